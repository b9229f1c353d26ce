// The search page. Reads the site's own static index (search/index/; its layout is described in
// src/ArchiveSite.Core/Search/SearchIndexLayout.cs), fetching only the shards a query needs, and shows the
// results. Everything shown is inserted as text, never as HTML. A search is the page's URL:
// ?q=…&person=…&tag=…&year=…&sort=new, so it can be shared and reloaded.

const PAGE_SIZE = 10;
const MAX_WORDS = 12;
const MAX_QUERY = 300;
const PREFIX_MIN = 3;
const PREFIX_SHARDS = 3;
const PREFIX_KEYS = 12;

function say(text) {
  const status = document.getElementById("search-status");
  if (status) {
    status.textContent = text;
  }
}

async function fetchBytes(url, cache) {
  const response = await fetch(url, cache ? { cache } : undefined);
  if (!response.ok) {
    throw new Error(`${url}: ${response.status}`);
  }
  return new Uint8Array(await response.arrayBuffer());
}

async function fetchJson(url, cache) {
  return JSON.parse(new TextDecoder().decode(await fetchBytes(url, cache)));
}

/** The index: the meta file, then shards, directory pages and chunks as queries need them, each fetched once. */
class SearchIndex {
  constructor(url, meta) {
    this.url = url;
    this.meta = meta;
    this.pages = new Map();
    this.shards = new Map();
    this.directories = new Map();
    this.chunks = new Map();
    this.facets = new Map();
    this.buffers = null;
  }

  static async open(url) {
    const meta = await fetchJson(url + "meta.json", "no-cache");
    if (meta.version !== 1) {
      throw new Error("unknown index version");
    }
    return new SearchIndex(url, meta);
  }

  get documents() {
    return this.meta.documents;
  }

  /** The shard that would hold a key: its page's number and its place in the page. */
  async locate(key) {
    const number = lastNotAfter(this.meta.first, key);
    const page = await this.page(number);
    return { number, page, at: lastNotAfter(page.first, key) };
  }

  page(number) {
    return this.load(this.pages, number, () => fetchJson(`${this.url}p/${this.meta.pages[number]}.json`));
  }

  shard(hash) {
    return this.load(this.shards, hash, () => fetchBytes(`${this.url}t/${hash}.bin`).then(parseShard));
  }

  /** Loads a file once; a failed load is tried again next time. */
  load(cache, name, fetcher) {
    if (!cache.has(name)) {
      const loading = fetcher();
      loading.catch(() => cache.delete(name));
      cache.set(name, loading);
    }
    return cache.get(name);
  }

  async entry(key) {
    if (this.meta.pages.length === 0) {
      return null;
    }
    const { page, at } = await this.locate(key);
    const shard = await this.shard(page.shards[at]);
    return shard.get(key) || null;
  }

  /** Keys that start with the prefix, most frequent first, from the first few shards that can hold them. */
  async keysStartingWith(prefix) {
    if (this.meta.pages.length === 0) {
      return [];
    }
    let { number, page, at } = await this.locate(prefix);
    const found = [];
    for (let shards = 0; shards < PREFIX_SHARDS; shards++) {
      for (const [key, entry] of await this.shard(page.shards[at])) {
        if (key.startsWith(prefix)) {
          found.push([key, entry]);
        }
      }
      if (at + 1 < page.first.length) {
        at++;
      } else if (number + 1 < this.meta.first.length && this.meta.first[number + 1].startsWith(prefix)) {
        number++;
        page = await this.page(number);
        at = 0;
      } else {
        break;
      }
      if (!page.first[at].startsWith(prefix)) {
        break;
      }
    }
    found.sort((a, b) => b[1].count - a[1].count);
    return found.slice(0, PREFIX_KEYS);
  }

  async records(ids) {
    const size = this.meta.chunkSize;
    const chunkNumbers = [...new Set(ids.map((id) => Math.floor(id / size)))];
    const chunks = await Promise.all(chunkNumbers.map((number) => this.chunk(number)));
    const byNumber = new Map(chunkNumbers.map((number, i) => [number, chunks[i]]));
    return ids.map((id) => byNumber.get(Math.floor(id / size))[id % size]);
  }

  chunk(number) {
    return this.load(this.chunks, number, async () => {
      const names = await this.directory(Math.floor(number / this.meta.directorySize));
      const length = this.meta.hashLength;
      const at = (number % this.meta.directorySize) * length;
      return fetchJson(`${this.url}d/${names.slice(at, at + length)}.json`);
    });
  }

  directory(number) {
    return this.load(this.directories, number, () => fetchJson(`${this.url}c/${this.meta.directories[number]}.json`));
  }

  /** Per-document arrays for one search, allocated once: hits and scores zeroed, best left as it was. */
  scratch() {
    if (!this.buffers) {
      const n = this.documents;
      this.buffers = { hits: new Uint8Array(n), scores: new Float32Array(n), best: new Float32Array(n) };
    }
    this.buffers.hits.fill(0);
    this.buffers.scores.fill(0);
    return this.buffers;
  }

  loadFacets() {
    return this.load(this.facets, 0, () => fetchJson(`${this.url}f/${this.meta.facets}.json`));
  }
}

/** The index of the last sorted string not after the key (0 when all are). */
function lastNotAfter(sorted, key) {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (sorted[middle] <= key) {
      low = middle;
    } else {
      high = middle - 1;
    }
  }
  return low;
}

function readVarint(bytes, state) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[state.at++];
    value += (b & 0x7f) * 2 ** shift;
    if (b < 0x80) {
      return value;
    }
    shift += 7;
  }
}

function parseShard(bytes) {
  const decoder = new TextDecoder();
  const state = { at: 0 };
  const entries = new Map();
  const count = readVarint(bytes, state);
  for (let i = 0; i < count; i++) {
    const keyLength = readVarint(bytes, state);
    const key = decoder.decode(bytes.subarray(state.at, state.at + keyLength));
    state.at += keyLength;
    const documents = readVarint(bytes, state);
    const encoding = bytes[state.at++];
    const length = readVarint(bytes, state);
    entries.set(key, { count: documents, encoding, bytes: bytes.subarray(state.at, state.at + length) });
    state.at += length;
  }
  return entries;
}

/**
 * Scores every document d of a posting at weight × impact: raises best[d] to it, or when count is given (a word
 * with a single key) adds it to best[d] and counts the word in count[d]. Bitmaps are walked a byte (eight
 * articles) at a time, so a word found in most of the archive costs one pass over its bytes.
 */
function scorePosting(entry, impact, weight, best, count) {
  const bytes = entry.bytes;
  if (entry.encoding === 1) {
    const half = bytes.length / 2;
    const plain = weight * impact.dense + 1e-6;
    const strong = weight * impact.denseStrong + 1e-6;
    for (let i = 0; i < half; i++) {
      let present = bytes[i];
      if (present === 0) continue;
      const strongBits = bytes[half + i];
      const base = i << 3;
      while (present !== 0) {
        const low = present & -present;
        const d = base + 31 - Math.clz32(low);
        const score = strongBits & low ? strong : plain;
        if (count) {
          best[d] += score;
          count[d]++;
        } else if (score > best[d]) {
          best[d] = score;
        }
        present ^= low;
      }
    }
    return;
  }
  let at = 0;
  let d = -1;
  while (at < bytes.length) {
    let gap = 0;
    let shift = 0;
    let b;
    do {
      b = bytes[at++];
      gap += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b >= 0x80);
    d += gap;
    const score = weight * (bytes[at++] & 0x7f) + 1e-6;
    if (count) {
      best[d] += score;
      count[d]++;
    } else if (score > best[d]) {
      best[d] = score;
    }
  }
}

/** The results of a search in order, put in order only as far as they are shown. */
class Ranking {
  /** Keys already in order (sort null), or keys that sort puts in order; id gives the document of a key. */
  constructor(keys, sort, id) {
    this.keys = keys;
    this.sort = sort;
    this.id = id;
    this.sorted = sort === null;
    this.length = keys.length;
  }

  /** The documents from place `from` to before place `to`. */
  slice(from, to) {
    const end = Math.min(to, this.length);
    if (!this.sorted && from === 0 && end <= PAGE_SIZE) {
      return Array.from(smallest(this.keys, end), this.id);
    }
    if (!this.sorted) {
      this.sort(this.keys);
      this.sorted = true;
    }
    return Array.from(this.keys.subarray(from, end), this.id);
  }
}

/** The k smallest numbers of an array, in order, in one pass. */
function smallest(keys, k) {
  const top = new Float64Array(k).fill(Infinity);
  if (k === 0) return top;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key >= top[k - 1]) continue;
    let at = k - 1;
    while (at > 0 && top[at - 1] > key) {
      top[at] = top[at - 1];
      at--;
    }
    top[at] = key;
  }
  return top;
}

/** The words of a query, as the reader wrote them, and the last one's prefix while it is being typed. */
function queryWords(words, text) {
  const query = text.slice(0, MAX_QUERY);
  const tokens = words.tokenize(query).slice(0, MAX_WORDS).map((t) => words.normalize(query.slice(t.start, t.start + t.length)));
  const content = tokens.filter((w) => !words.isStopWord(w));
  const chosen = content.length > 0 ? content : tokens;
  const typing = chosen.length > 0 && !/\s$/u.test(query) && tokens[tokens.length - 1] === chosen[chosen.length - 1];
  return chosen.map((word, i) => ({
    word,
    keys: [...new Set([words.stem(word, "uk"), words.stem(word, "ru"), word])],
    prefix: typing && i === chosen.length - 1 && word.length >= PREFIX_MIN ? word : null,
  }));
}

/** Runs a search: every word must match (by one of its keys, or its prefix), every filter too. */
async function search(index, words, state) {
  const n = index.documents;
  const groups = queryWords(words, state.q);
  const filters = [];
  if (state.person) filters.push("#p:" + state.person);
  if (state.tag) filters.push("#t:" + state.tag);
  if (state.year) filters.push("#y:" + state.year);
  if (groups.length === 0 && filters.length === 0) {
    return null;
  }

  const matched = new Set();
  const prefixes = [];
  const [groupEntries, filterEntries] = await Promise.all([
    Promise.all(groups.map(async (group) => {
      const entries = (await Promise.all(group.keys.map(async (key) => [key, await index.entry(key)]))).filter(([, e]) => e);
      if (group.prefix) {
        for (const found of await index.keysStartingWith(group.prefix)) {
          if (!entries.some(([key]) => key === found[0])) {
            entries.push(found);
          }
        }
      }
      return entries;
    })),
    Promise.all(filters.map((key) => index.entry(key))),
  ]);
  for (const [f, entry] of filterEntries.entries()) {
    if (!entry) {
      return { ids: new Ranking(new Int32Array(0), null, (key) => key), matched, prefixes, initials: new Set(), unknown: filters[f].slice(3) };
    }
  }

  // A document is a result when every word (by its best key) and every filter has it: hits counts them.
  const { hits, scores, best } = index.scratch();
  const max = index.meta.impact.max;
  for (const [g, group] of groups.entries()) {
    if (group.prefix) prefixes.push(group.prefix);
    const entries = groupEntries[g];
    for (const [key] of entries) matched.add(key);
    const weight = (entry) => Math.log(1 + (n - entry.count + 0.5) / (entry.count + 0.5)) / max;
    if (entries.length === 1) {
      scorePosting(entries[0][1], index.meta.impact, weight(entries[0][1]), scores, hits);
      continue;
    }
    best.fill(0);
    for (const [, entry] of entries) {
      scorePosting(entry, index.meta.impact, weight(entry), best, null);
    }
    for (let d = 0; d < n; d++) {
      const score = best[d];
      if (score > 0) {
        hits[d]++;
        scores[d] += score;
      }
    }
  }
  // A filter only counts (its scores go to best, no longer needed).
  for (const entry of filterEntries) {
    scorePosting(entry, index.meta.impact, 0, best, hits);
  }

  // Newest first is the documents' own order, backwards. Best match orders one number a document (its score
  // above its number, so ties go to the newer); only the first page is picked at once, the rest sorted if asked.
  const needed = groups.length + filters.length;
  let ids;
  if (state.sort === "new" || groups.length === 0) {
    const newest = new Int32Array(n);
    let found = 0;
    for (let d = n - 1; d >= 0; d--) {
      if (hits[d] === needed) newest[found++] = d;
    }
    ids = new Ranking(newest.subarray(0, found), null, (key) => key);
  } else {
    const width = 2 ** Math.ceil(Math.log2(n + 1));
    const order = new Float64Array(n);
    let found = 0;
    for (let d = 0; d < n; d++) {
      if (hits[d] === needed) order[found++] = -(Math.round(scores[d] * 1e5) * width + d);
    }
    ids = new Ranking(order.subarray(0, found), (keys) => keys.sort(), (key) => -key % width);
  }
  const initials = new Set([...matched, ...prefixes].map((key) => key[0]));
  return { ids, matched, prefixes, initials, unknown: null };
}

/** Appends text to an element, marking the words that the query matched, as they are written. */
function appendMarked(element, words, text, language, result) {
  let at = 0;
  for (const token of words.tokenize(text)) {
    const surface = text.slice(token.start, token.start + token.length);
    const word = words.normalize(surface);
    // A key starts with its word's first letter, so most words are ruled out before they are stemmed.
    const hit = result.initials.has(word[0])
      && (result.matched.has(word) || result.prefixes.some((p) => word.startsWith(p)) || result.matched.has(words.stem(word, language)));
    if (!hit) continue;
    element.append(document.createTextNode(text.slice(at, token.start)));
    const mark = document.createElement("mark");
    mark.textContent = surface;
    element.append(mark);
    at = token.start + token.length;
  }
  element.append(document.createTextNode(text.slice(at)));
}

// Intl objects are costly to make (their locale data loads on first use): one of each per language, made
// when first needed.
const formats = new Map();
function format(lang, kind) {
  const name = lang + " " + kind;
  if (!formats.has(name)) {
    const locale = lang === "en" ? "en-GB" : "uk-UA";
    formats.set(name, kind === "date"
      ? new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })
      : kind === "plural" ? new Intl.PluralRules(lang === "en" ? "en" : "uk") : new Intl.NumberFormat(locale));
  }
  return formats.get(name);
}

function formatDate(iso, lang) {
  if (!iso) return "";
  const [year, month, day] = iso.split("-").map(Number);
  return format(lang, "date").format(new Date(Date.UTC(year, month - 1, day)));
}

function foundText(template, count, lang) {
  const forms = template.split("|");
  const categories = lang === "en" ? ["one", "other"] : ["one", "few", "many", "other"];
  const at = categories.indexOf(format(lang, "plural").select(count));
  return forms[Math.min(at < 0 ? forms.length - 1 : at, forms.length - 1)].replace("{0}", format(lang, "number").format(count));
}

function readState(params) {
  return {
    q: params.get("q") || "",
    person: params.get("person") || "",
    tag: params.get("tag") || "",
    year: /^\d{4}$/.test(params.get("year") || "") ? params.get("year") : "",
    sort: params.get("sort") === "new" ? "new" : "",
  };
}

function stateUrl(state) {
  const params = new URLSearchParams();
  for (const name of ["q", "person", "tag", "year", "sort"]) {
    if (state[name]) params.set(name, state[name]);
  }
  const query = params.toString();
  return window.location.pathname + (query ? "?" + query : "");
}

async function start(form) {
  const text = form.dataset;
  const lang = text.lang || "uk";
  let index;
  let words;
  try {
    [index, words] = await Promise.all([SearchIndex.open(text.index), import(text.words)]);
  } catch {
    const note = document.createElement("p");
    note.className = "search-note";
    note.textContent = text.unavailable;
    form.replaceWith(note);
    return;
  }

  const list = document.getElementById("search-results");
  const more = document.getElementById("search-more");
  const input = form.elements.namedItem("q");
  const yearSelect = form.elements.namedItem("year");
  for (const [year, count] of index.meta.years) {
    const option = document.createElement("option");
    option.value = String(year);
    option.textContent = `${year} (${count})`;
    yearSelect.append(option);
  }
  form.hidden = false;

  let current = null;
  let shown = 0;
  let run = 0;

  function fillForm(state) {
    input.value = state.q;
    form.elements.namedItem("person").value = state.person;
    form.elements.namedItem("tag").value = state.tag;
    yearSelect.value = state.year;
    for (const radio of form.querySelectorAll("input[name='sort']")) radio.checked = radio.value === state.sort;
  }

  function formState() {
    return readState(new URLSearchParams(new FormData(form)));
  }

  function filterLink(name, value) {
    const link = document.createElement("a");
    const state = { ...formState(), [name]: value };
    link.href = stateUrl(state);
    link.textContent = value;
    link.addEventListener("click", (event) => {
      event.preventDefault();
      fillForm(state);
      go(state, true);
    });
    return link;
  }

  function termLine(label, name, values) {
    const line = document.createElement("p");
    line.className = "search-terms";
    line.append(document.createTextNode(label + ": "));
    values.forEach((value, i) => {
      if (i > 0) line.append(document.createTextNode(", "));
      line.append(filterLink(name, value));
    });
    return line;
  }

  function nextPage() {
    const ids = current.ids.slice(shown, shown + PAGE_SIZE);
    return { ids, loading: index.records(ids) };
  }

  /** The next page of results; loading may already have been started with its ids. */
  async function showMore(focus, next = nextPage()) {
    const { ids, loading } = next;
    const records = await loading;
    let first = null;
    for (const record of records) {
      const item = document.createElement("li");
      item.className = "search-result";
      item.lang = record.l;
      const heading = document.createElement("h2");
      const link = document.createElement("a");
      link.href = text.base + record.u;
      appendMarked(link, words, record.t, record.l, current);
      heading.append(link);
      item.append(heading);
      if (record.d) {
        const time = document.createElement("time");
        time.dateTime = record.d;
        time.textContent = formatDate(record.d, lang);
        item.append(time);
      }
      if (record.s) {
        const summary = document.createElement("p");
        summary.className = "search-summary";
        appendMarked(summary, words, record.s, record.l, current);
        item.append(summary);
      }
      if (record.p.length > 0) item.append(termLine(text.persons, "person", record.p));
      if (record.g.length > 0) item.append(termLine(text.tags, "tag", record.g));
      list.append(item);
      first = first || link;
    }
    shown += ids.length;
    more.hidden = shown >= current.ids.length;
    if (focus && first) first.focus();
  }

  async function go(state, push) {
    const mine = ++run;
    const url = stateUrl(state);
    if (url !== window.location.pathname + window.location.search) {
      if (push) window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    }
    if (state.person || state.tag) {
      loadNames();
    }
    say(text.busy);
    let result;
    try {
      result = await search(index, words, state);
    } catch {
      if (mine === run) say(text.failed);
      return;
    }
    if (mine !== run) return;
    list.replaceChildren();
    shown = 0;
    current = result;
    more.hidden = true;
    if (!result) {
      say(text.prompt);
      return;
    }
    if (result.unknown) {
      say(text.unknownFilter.replace("{0}", result.unknown));
      return;
    }
    // The first page's records are asked for before the count is put into words (which loads Intl's data).
    const first = nextPage();
    first.loading.catch(() => {});
    say(result.ids.length === 0 ? text.nothing : foundText(text.found, result.ids.length, lang));
    try {
      await showMore(false, first);
    } catch {
      if (mine === run) say(text.failed);
    }
  }

  let namesLoaded = false;
  function loadNames() {
    if (namesLoaded) return;
    namesLoaded = true;
    index.loadFacets().then((facets) => {
      for (const [list, names] of [["search-person-names", facets.p], ["search-tag-names", facets.t]]) {
        const target = document.getElementById(list);
        for (const [name] of names) {
          const option = document.createElement("option");
          option.value = name;
          target.append(option);
        }
      }
    }, () => { namesLoaded = false; });
  }

  let typing = 0;
  input.addEventListener("input", () => {
    window.clearTimeout(typing);
    typing = window.setTimeout(() => go(formState(), false), 150);
  });
  form.addEventListener("change", (event) => {
    if (event.target !== input) go(formState(), false);
  });
  for (const name of ["person", "tag"]) {
    form.elements.namedItem(name).addEventListener("focus", loadNames);
  }
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    window.clearTimeout(typing);
    go(formState(), true);
  });
  more.addEventListener("click", () => {
    showMore(true).catch(() => say(text.failed));
  });
  window.addEventListener("popstate", () => {
    const state = readState(new URLSearchParams(window.location.search));
    fillForm(state);
    go(state, false);
  });

  const initial = readState(new URLSearchParams(window.location.search));
  fillForm(initial);
  await go(initial, false);
}

const searchForm = document.getElementById("search");
if (searchForm) {
  start(searchForm).catch(() => say(searchForm.dataset.failed));
}
