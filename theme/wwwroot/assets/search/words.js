// Word forms for search: normalisation, tokenizer, and the Ukrainian and Russian stemmers. Hand-written because
// no library stems Ukrainian and Russian identically in C# and in the browser; the index is made by the same
// rules in src/ArchiveSite.Core/Search/Words/, and a parity test keeps the two alike, table for table.

const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{Nd}]/u;
const DIGIT = /\p{Nd}/u;

const APOSTROPHES = "'\u2019\u02BC`\u2018\u00B4";
const SOFT_HYPHEN = "\u00AD";

// The class of each UTF-16 code unit, worked out on first sight: 1 letter, 2 digit (a letter-or-digit either
// way), 3 neither. Tokenizing tests every character, and a Unicode property regex a character is slow.
const CLASSES = new Uint8Array(0x10000);
function classOf(c) {
  const code = c.charCodeAt(0);
  let found = CLASSES[code];
  if (found === 0) {
    found = knownClass(code) || (LETTER.test(c) ? 1 : DIGIT.test(c) ? 2 : 3);
    CLASSES[code] = found;
  }
  return found;
}

// The classes of the characters of Ukrainian and Russian news text, without compiling the Unicode property
// regexes (which costs the page tens of milliseconds on first use): ASCII, Latin-1, the Cyrillic block and
// general punctuation. 0 for any other character.
function knownClass(code) {
  if (code < 0x80) {
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) ? 1 : code >= 0x30 && code <= 0x39 ? 2 : 3;
  }
  if (code < 0xc0) return code === 0xaa || code === 0xb5 || code === 0xba ? 1 : 3;
  if (code < 0x100) return code === 0xd7 || code === 0xf7 ? 3 : 1;
  if (code >= 0x400 && code <= 0x4ff) return code >= 0x482 && code <= 0x489 ? 3 : 1;
  if (code >= 0x2000 && code <= 0x206f) return 3;
  return 0;
}

const isLetter = (c) => c !== undefined && classOf(c) === 1;
const isLetterOrDigit = (c) => c !== undefined && classOf(c) !== 3;
const isApostrophe = (c) => APOSTROPHES.includes(c);
const continuesWord = (c) => c === SOFT_HYPHEN || (c >= "\u0300" && c <= "\u036F");
const isStressMark = (c) => c === "\u0301" || c === "\u0300";

const REPLACEMENTS = { "ё": "е", "ѐ": "е", "ѝ": "и" };

// Lower case one code point at a time, as .NET's invariant ToLower does: no final sigma, and İ stays İ.
function lowerCase(text) {
  let out = "";
  for (const c of text) {
    const lower = c.toLowerCase();
    out += lower.length === c.length ? lower : c;
  }
  return out;
}

// Words already in normal form: lower-case Latin and Ukrainian or Russian letters (ё, ѐ, ѝ are replaced), digits, '.
const ALREADY_NORMAL = /^[a-z0-9\u0430-\u044F\u0454\u0456\u0457\u0491']*$/;

export function normalize(word) {
  const lowered = word.toLowerCase();
  if (ALREADY_NORMAL.test(lowered)) { return lowered; }
  let out = "";
  for (const c of lowerCase(word.normalize("NFC"))) {
    if (c === SOFT_HYPHEN || isStressMark(c)) { continue; }
    out += isApostrophe(c) ? "'" : (REPLACEMENTS[c] ?? c);
  }
  return out;
}

function wordEnd(text, start) {
  let i = start + 1;
  while (i < text.length) {
    const c = text[i];
    const inWord = isLetterOrDigit(c) || continuesWord(c)
      || (isApostrophe(c) && isLetter(text[i - 1]) && i + 1 < text.length && isLetter(text[i + 1]));
    if (!inWord) { break; }
    i++;
  }
  return i;
}

export function tokenize(text) {
  const tokens = [];
  let i = 0;
  while (i < text.length) {
    if (!isLetterOrDigit(text[i])) { i++; continue; }
    const end = wordEnd(text, i);
    tokens.push({ start: i, length: end - i });
    i = end;
  }
  return tokens;
}

// Endings matched as Snowball's among matches: the longest one inside the region wins.
// Kept by last letter, in that order, so that a word is compared only with the endings that end as it does.
function suffixTable(...groups) {
  const entries = [];
  for (const [endings, kind] of groups) {
    for (const ending of endings.split(" ").filter((e) => e.length > 0)) { entries.push({ ending, kind, length: ending.length }); }
  }
  entries.sort((a, b) => b.ending.length - a.ending.length || (a.ending < b.ending ? -1 : a.ending > b.ending ? 1 : 0));
  const byLast = new Map();
  for (const entry of entries) {
    const last = entry.ending[entry.ending.length - 1];
    if (!byLast.has(last)) { byLast.set(last, []); }
    byLast.get(last).push(entry);
  }
  return byLast;
}

const NO_MATCH = Object.freeze({ length: 0, kind: 0 });

function match(table, word, end, regionStart) {
  const entries = end > 0 ? table.get(word[end - 1]) : undefined;
  if (entries === undefined) { return NO_MATCH; }
  for (const entry of entries) {
    const start = end - entry.ending.length;
    if (start >= regionStart && word.startsWith(entry.ending, start)) {
      return entry;
    }
  }
  return NO_MATCH;
}

function canStem(word) {
  if (word.length <= 2) { return false; }
  for (const c of word) {
    if (c.length === 1 ? classOf(c) === 2 : DIGIT.test(c)) { return false; }
  }
  return true;
}

function afterVowel(word, from, vowels) {
  for (let i = from; i < word.length; i++) { if (vowels.includes(word[i])) { return i + 1; } }
  return word.length;
}

function afterNonVowel(word, from, vowels) {
  for (let i = from; i < word.length; i++) { if (!vowels.includes(word[i])) { return i + 1; } }
  return word.length;
}

// A final -ов/-ев/-єв leaving three letters goes, so that "Лавров" shares the key of "Лавровым".
function withoutPossessiveSuffix(word, end, regionStart) {
  if (end - 2 >= Math.max(regionStart, 3) && word[end - 1] === "в" && "оеє".includes(word[end - 2])) { return end - 2; }
  return end;
}

// A fleeting о or е before a final к or ц goes after a consonant, leaving three letters: "кубок" and "кубка" share a key.
function withoutFleetingVowel(stem, vowels) {
  const n = stem.length;
  if (n >= 4 && "кц".includes(stem[n - 1]) && "ое".includes(stem[n - 2]) && isLetter(stem[n - 3]) && !vowels.includes(stem[n - 3])) {
    return stem.slice(0, n - 2) + stem[n - 1];
  }
  return stem;
}

// Russian: the Snowball Russian stemmer (snowballstem.org), then the possessive suffix.
const RU_VOWELS = "аеиоуыэюя";
const AFTER_A_OR_YA = 1;
const ALWAYS = 2;
const RU_PERFECTIVE_GERUND = suffixTable(["в вши вшись", AFTER_A_OR_YA], ["ив ыв ивши ывши ившись ывшись", ALWAYS]);
const RU_ADJECTIVE = suffixTable(["ее ие ое ые ими ыми ей ий ой ый ем им ом ым его ого ему ому их ых ею ою ую юю ая яя", ALWAYS]);
const RU_PARTICIPLE = suffixTable(["ем нн вш ющ щ", AFTER_A_OR_YA], ["ивш ывш ующ", ALWAYS]);
const RU_REFLEXIVE = suffixTable(["ся сь", ALWAYS]);
const RU_VERB = suffixTable(
  ["ла на ете йте ли й л ем н ло но ет ют ны ть ешь нно", AFTER_A_OR_YA],
  ["ила ыла ена ейте уйте ите или ыли ей уй ил ыл им ым ен ило ыло ено ят ует уют ит ыт ены ить ыть ишь ую ю", ALWAYS]);
const RU_NOUN = suffixTable(
  ["а ев ов ие ье е иями ями ами еи ии и ией ей ой ий й иям ям ием ем ам ом о у ах иях ях ы ь ию ью ю ия ья я", ALWAYS]);
const RU_DERIVATIONAL = suffixTable(["ост ость", ALWAYS]);

// Returns the new end, or -1 when the table's ending is missing or (first kind) not after а or я.
function removeRussian(table, word, end, rv) {
  const found = match(table, word, end, rv);
  if (found.length === 0) { return -1; }
  const start = end - found.length;
  if (found.kind === AFTER_A_OR_YA && !(start - 1 >= rv && "ая".includes(word[start - 1]))) { return -1; }
  return start;
}

function removeRussianInflection(word, end, rv) {
  const gerund = removeRussian(RU_PERFECTIVE_GERUND, word, end, rv);
  if (gerund >= 0) { return gerund; }
  end -= match(RU_REFLEXIVE, word, end, rv).length;
  const adjective = match(RU_ADJECTIVE, word, end, rv).length;
  if (adjective > 0) {
    end -= adjective;
    const participle = removeRussian(RU_PARTICIPLE, word, end, rv);
    return participle >= 0 ? participle : end;
  }
  const verb = removeRussian(RU_VERB, word, end, rv);
  if (verb >= 0) { return verb; }
  return end - match(RU_NOUN, word, end, rv).length;
}

const withoutDoubleN = (word, end, rv) => (end - 2 >= rv && word[end - 1] === "н" && word[end - 2] === "н" ? end - 1 : end);

function tidyUpRussian(word, end, rv) {
  const stem = word.slice(0, end);
  if (stem.endsWith("ейше") && end - 4 >= rv) { return withoutDoubleN(word, end - 4, rv); }
  if (stem.endsWith("ейш") && end - 3 >= rv) { return withoutDoubleN(word, end - 3, rv); }
  if (end - 1 >= rv && word[end - 1] === "ь") { return end - 1; }
  return withoutDoubleN(word, end, rv);
}

function stemRussian(word) {
  if (!canStem(word)) { return word; }
  const text = word.replaceAll("ё", "е");
  const rv = afterVowel(text, 0, RU_VOWELS);
  const r1 = afterNonVowel(text, rv, RU_VOWELS);
  const r2 = afterNonVowel(text, afterVowel(text, r1, RU_VOWELS), RU_VOWELS);
  let end = removeRussianInflection(text, text.length, rv);
  if (end > rv && text[end - 1] === "и") { end--; }
  const derivational = match(RU_DERIVATIONAL, text, end, rv).length;
  if (derivational > 0 && end - derivational >= r2) { end -= derivational; }
  end = tidyUpRussian(text, end, rv);
  end = withoutPossessiveSuffix(text, end, rv);
  return withoutFleetingVowel(end === word.length ? word : text.slice(0, end), RU_VOWELS);
}

// Ukrainian: one inflection off the region after the first vowel, leaving at least three letters.
const UK_VOWELS = "аеєиіїоуюя";
const UK_MINIMUM_STEM = 3;
const UK_NO_NOUN_ENDING = 0;
const UK_PLAIN = 1;
const UK_DATIVE_I = 2;
const UK_SOFT_SIGN_OR_YU = 3;
const UK_GERUND = suffixTable(["ючи учи ачи ячи вши ивши івши авши", UK_PLAIN]);
const UK_REFLEXIVE = suffixTable(["ся сь", UK_PLAIN]);
const UK_ADJECTIVE = suffixTable(["ий ій ого ього ому ьому им ім ими іми их іх ою ьою ої ьої", UK_PLAIN]);
const UK_VERB = suffixTable(
  ["ив ила ило или ів іла іло іли ав ала ало али ув ула уло ули їв їла їло їли", UK_PLAIN],
  ["ють ують ають яють ить уть ємо єте ете ите имо емо еш єш иш ує ює ає яє", UK_PLAIN],
  ["тиму тимеш тиме тимемо тимете тимуть", UK_PLAIN]);
const UK_NOUN = suffixTable(
  ["ь ю", UK_SOFT_SIGN_OR_YU],
  ["а я о е є у ї и й ів їв ей ям ам ом ем єм ями ами ах ях ою ею єю ії ія ію ій ією іям іями іях ієм ові еві єві", UK_PLAIN],
  ["і", UK_DATIVE_I]);
// Stems that an ending changed, and what they are before the other endings: -і turns к into ц and г into з
// ("енергетиці", "перемозі"); -ь and -ю keep the і of -ість, -ості ("відповідальність"); a word without an
// ending keeps the ї of "Київ", "Києва".
const UK_ALTERNATIONS = [
  [UK_DATIVE_I, "тиц", "тик"], [UK_DATIVE_I, "іц", "ік"], [UK_DATIVE_I, "риц", "рик"], [UK_DATIVE_I, "оц", "ок"],
  [UK_DATIVE_I, "моз", "мог"], [UK_DATIVE_I, "дороз", "дорог"], [UK_SOFT_SIGN_OR_YU, "іст", "ост"], [UK_NO_NOUN_ENDING, "їв", "єв"],
];

function removeUkrainianInflection(word, end, region) {
  const gerund = match(UK_GERUND, word, end, region).length;
  if (gerund > 0) { return { end: end - gerund, nounKind: UK_NO_NOUN_ENDING }; }
  end -= match(UK_REFLEXIVE, word, end, region).length;
  let ending = match(UK_ADJECTIVE, word, end, region).length;
  if (ending === 0) { ending = match(UK_VERB, word, end, region).length; }
  let nounKind = UK_NO_NOUN_ENDING;
  if (ending === 0) {
    const noun = match(UK_NOUN, word, end, region);
    ending = noun.length;
    nounKind = noun.kind;
  }
  return { end: end - ending, nounKind };
}

function stemUkrainian(word) {
  return canStem(word) ? withoutFleetingVowel(inflectedUkrainian(word), UK_VOWELS) : word;
}

function inflectedUkrainian(word) {
  const region = Math.max(afterVowel(word, 0, UK_VOWELS), UK_MINIMUM_STEM);
  let { end, nounKind } = removeUkrainianInflection(word, word.length, region);
  if (end - 1 >= region && word[end - 1] === "ь") { end--; }
  const stem = word.slice(0, end);
  for (const [kind, changed, plain] of UK_ALTERNATIONS) {
    if (kind === nounKind && stem.endsWith(changed)) { return stem.slice(0, end - changed.length) + plain; }
  }
  end = withoutPossessiveSuffix(word, end, region);
  return end === word.length ? word : word.slice(0, end);
}

export function stem(normalizedWord, language) {
  return language === "ru" ? stemRussian(normalizedWord) : stemUkrainian(normalizedWord);
}

export function key(word, language) {
  return stem(normalize(word), language);
}

// Ukrainian and Russian function words the index skips, normalised (е for ё).
export const STOP_WORDS = Object.freeze([
  // Ukrainian
  "а", "аби", "або", "але", "б", "без", "би", "біля", "бо", "був", "була", "були", "було", "бути", "в", "вам",
  "вас", "ви", "від", "він", "вона", "вони", "воно", "все", "всі", "втім", "вже", "де", "для", "до", "є", "ж",
  "же", "з", "за", "зі", "із", "і", "й", "його", "її", "їй", "їм", "їх", "лише", "мене", "мені", "ми", "між",
  "навіть", "нам", "нас", "над", "наче", "не", "неї", "нею", "ним", "ними", "них", "ні", "нього", "ну", "от",
  "ось", "під", "після", "по", "при", "про", "с", "собі", "себе", "та", "так", "також", "там", "теж", "ти",
  "то", "тобто", "тож", "той", "тому", "тут", "у", "усі", "хоча", "це", "цей", "ці", "цих", "цього", "цьому",
  "ця", "через", "чи", "що", "щоб", "щодо", "як", "яка", "яке", "який", "які", "якщо", "я",
  // Russian
  "бы", "был", "была", "были", "было", "быть", "во", "вот", "все", "всех", "вы", "да", "даже", "его", "ее",
  "ей", "ему", "если", "еще", "или", "им", "их", "к", "как", "какая", "какой", "когда", "ко", "кто", "ли",
  "между", "меня", "мне", "мы", "на", "над", "него", "нее", "ней", "нет", "ни", "ним", "них", "но", "о", "об",
  "он", "она", "они", "оно", "от", "перед", "под", "после", "потому", "при", "со", "так", "также", "там",
  "тем", "то", "того", "тоже", "только", "тот", "уже", "чем", "через", "что", "чтобы", "эта", "эти", "это",
  "этого", "этой", "этом", "этот", "и",
]);

const STOP_WORD_SET = new Set(STOP_WORDS);

export function isStopWord(normalizedWord) {
  return STOP_WORD_SET.has(normalizedWord);
}
