// Generates the name tables under src/ArchiveSite.Core/Language/Data from the MIT packages
// shevchenko@3.1.1 and petrovich@0.2.1 plus the curated lists in this folder.
// Usage: npm install --prefix /tmp/langdata shevchenko@3.1.1 petrovich@0.2.1 i18n-iso-countries@7.14.0
//        NODE_PATH=/tmp/langdata/node_modules node tools/langdata/generate.mjs
//        (also: npm install --prefix /tmp/langdata cldr-dates-full@48.2.0)
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(process.env.NODE_PATH ? path.join(process.env.NODE_PATH, 'x.js') : import.meta.url);
const shevchenko = require('shevchenko');
const petrovich = require('petrovich');
const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, '../../src/ArchiveSite.Core/Language/Data');

const genders = require(path.join(path.dirname(require.resolve('shevchenko')), 'gender-detection/given-names-genders.json.js')).default;

function readList(file) {
  return fs.readFileSync(path.join(here, file), 'utf8').split('\n')
    .filter(l => l.trim() && !l.startsWith('#')).map(l => l.split('\t').map(x => x.trim()));
}

const cap = s => s.split('-').map(p => p ? p[0].toUpperCase() + p.slice(1) : p).join('-');
const ukCases = [['N', null], ['G', 'inGenitive'], ['D', 'inDative'], ['A', 'inAccusative'], ['I', 'inAblative'], ['L', 'inLocative'], ['V', 'inVocative']];

const rows = new Map(); // key form|lemma|gender|lang -> Set of cases
function add(form, lemma, gender, lang, kase) {
  const key = [form, lemma, gender, lang].join('\t');
  if (!rows.has(key)) rows.set(key, new Set());
  rows.get(key).add(kase);
}

async function ukName(name, gender) {
  const g = gender === 'f' ? 'feminine' : 'masculine';
  for (const [c, fn] of ukCases) {
    const form = fn ? (await shevchenko[fn]({ gender: g, givenName: name })).givenName : name;
    add(form, name, gender, 'uk', c);
  }
}

const ukNames = new Map();
for (const [name, g] of Object.entries(genders)) ukNames.set(cap(name) + '|' + (g === 'feminine' ? 'f' : 'm'), [cap(name), g === 'feminine' ? 'f' : 'm']);
// Foreign names ending in a vowel other than -а (Джо, Ріші, Ніколя, Антоніу) do not decline in Ukrainian,
// unless the name is also Ukrainian (Марко is in the shevchenko list).
const indeclinable = new Set();
for (const file of ['foreign_given_names_uk.txt', 'extra_given_names_uk.txt']) {
  for (const [name, g] of readList(file)) {
    const key = name + '|' + g;
    if (/[оеєіїуюя]$/.test(name) && !/[іи]я$/.test(name) && !ukNames.has(key)) indeclinable.add(key);
    if (!ukNames.has(key)) ukNames.set(key, [name, g]);
  }
}
for (const [key, [name, g]] of ukNames) {
  if (indeclinable.has(key)) {
    for (const c of 'NGDAILV') add(name, name, g, 'uk', c);
  } else {
    await ukName(name, g);
  }
}

const ruCases = [['N', null], ['G', 'genitive'], ['D', 'dative'], ['A', 'accusative'], ['I', 'instrumental'], ['L', 'prepositional']];
const ruMap = [];
for (const [ru, uk, g] of readList('ru_uk_given.txt')) {
  ruMap.push([ru, uk, g]);
  const sex = g === 'f' ? petrovich.female : petrovich.male;
  for (const [c, fn] of ruCases) add(fn ? sex.first[fn](ru) : ru, ru, g, 'ru', c);
}

// A Russian woman's name made from a man's by -а (Александр → Александра, Станислав → Станислава) is taken
// when the Ukrainian list has the same pair (Олександр → Олександра); its nominative is also his genitive.
const ruFeminine = new Set(ruMap.filter(r => r[2] === 'f').map(r => r[0]));
for (const [ru, uk, g] of [...ruMap]) {
  if (g !== 'm' || !/[бвгдзклмнпрстфх]$/.test(ru) || ruFeminine.has(ru + 'а') || !ukNames.has(uk + 'а|f')) continue;
  ruFeminine.add(ru + 'а');
  ruMap.push([ru + 'а', uk + 'а', 'f']);
  for (const [c, fn] of ruCases) add(fn ? petrovich.female.first[fn](ru + 'а') : ru + 'а', ru + 'а', 'f', 'ru', c);
}

// Foreign names in Russian text are the same names in Russian transcription (Ентоні → Энтони, Ед → Эд,
// П'єр → Пьер): derived letter by letter from the Ukrainian spelling, declined by petrovich, mapped back.
const ruSeen = new Set(ruMap.map(r => r[0]));
const toRussian = name => name.replace(/'/g, 'ь').replace(/(^|[аеиоуіюяєї])е/gi, (m, v) => v + (m.endsWith('Е') ? 'Э' : 'э'))
  .replace(/є/g, 'е').replace(/Є/g, 'Е').replace(/ї/g, 'йи').replace(/Ї/g, 'Йи').replace(/і/g, 'и').replace(/І/g, 'И').replace(/ґ/g, 'г').replace(/Ґ/g, 'Г');
for (const [name, g] of readList('foreign_given_names_uk.txt')) {
  const ru = toRussian(name);
  if (ruSeen.has(ru)) continue;
  ruSeen.add(ru);
  ruMap.push([ru, name, g]);
  const sex = g === 'f' ? petrovich.female : petrovich.male;
  for (const [c, fn] of ruCases) add(fn ? sex.first[fn](ru) : ru, ru, g, 'ru', c);
}

for (const [name, g] of readList('latin_given_names.txt')) for (const c of 'NGDAILV') add(name, name, g, 'lat', c);

const lines = [...rows.entries()].map(([k, v]) => k + '\t' + [...'NGDAILV'].filter(c => v.has(c)).join(''));
lines.sort();
fs.writeFileSync(path.join(out, 'given_names.tsv'), '# form\tlemma\tgender\tlanguage\tcases (generated by tools/langdata/generate.mjs)\n' + lines.join('\n') + '\n');
ruMap.sort((a, b) => a[0].localeCompare(b[0]));
fs.writeFileSync(path.join(out, 'ru_uk_given.tsv'), '# russian\tukrainian\tgender\n' + ruMap.map(r => r.join('\t')).join('\n') + '\n');
console.log('given_names.tsv', lines.length, 'ru_uk_given.tsv', ruMap.length);

// Country names (nominative) in Ukrainian and Russian from i18n-iso-countries; the case forms are made at load time.
const countriesUk = require('i18n-iso-countries/langs/uk.json').countries;
const countriesRu = require('i18n-iso-countries/langs/ru.json').countries;
const countryRows = [];
for (const [code, names] of Object.entries(countriesUk)) {
  const uk = Array.isArray(names) ? names : [names];
  const ru = countriesRu[code] ? (Array.isArray(countriesRu[code]) ? countriesRu[code] : [countriesRu[code]]) : [];
  const split = list => {
    const result = [];
    for (const n of list) {
      const m = /^(.*?) \((.*)\)$/.exec(n);
      // "КНР (Китайская Народная Республика)" gives an alias; "Виргинские Острова (США)" only a qualifier.
      if (m) { result.push(m[1]); if (m[2].length > m[1].length) result.push(m[2]); } else { result.push(n); }
    }
    return result;
  };
  const ukAll = split(uk), ruAll = split(ru);
  countryRows.push([code, 'uk', ukAll[0], ukAll.slice(1).join('|')]);
  if (ruAll.length) countryRows.push([code, 'ru', ruAll[0], ruAll.slice(1).join('|')]);
}
countryRows.sort((a, b) => (a[0] + a[1]).localeCompare(b[0] + b[1]));
fs.writeFileSync(path.join(out, 'countries.tsv'), '# iso\tlanguage\tname\tother names (generated by tools/langdata/generate.mjs from i18n-iso-countries)\n' + countryRows.map(r => r.join('\t')).join('\n') + '\n');
console.log('countries.tsv', countryRows.length);

// World cities: CLDR exemplar city names (Unicode licence) in Ukrainian and Russian. Zones whose
// "cities" are research stations, small US counties or look like surnames are left out.
const skipZone = /^(Antarctica|Arctic|Etc)\/|^America\/(Indiana|Kentucky|North_Dakota)\//;
const skipName = new Set(['Дарвін', 'Дарвин', 'Девіс', 'Дейвіс', 'Дэвис', 'Палмер', 'Кейсі', 'Кейси', 'Маккуорі', 'Маккуори', 'Восток', 'Мирний', 'Мирный', 'Нокс', 'Уайтгорс']);
const cityRows = [];
for (const lang of ['uk', 'ru']) {
  const zones = require(`cldr-dates-full/main/${lang}/timeZoneNames.json`).main[lang].dates.timeZoneNames.zone;
  const walk = (node, prefix) => {
    for (const [key, value] of Object.entries(node)) {
      if (value && typeof value.exemplarCity === 'string') {
        const zone = prefix + key;
        const name = value.exemplarCity.replace(/\u02BC/g, "'");
        if (!skipZone.test(zone) && !skipName.has(name) && !/[()]/.test(name)) cityRows.push([lang, name]);
      } else if (value && typeof value === 'object') {
        walk(value, prefix + key + '/');
      }
    }
  };
  walk(zones, '');
}
const cityLines = [...new Set(cityRows.map(r => r.join('\t')))].sort();
fs.writeFileSync(path.join(out, 'cities_cldr.tsv'), '# language\tcity (generated by tools/langdata/generate.mjs from CLDR exemplar cities, cldr-dates-full 48.2.0)\n' + cityLines.join('\n') + '\n');
console.log('cities_cldr.tsv', cityLines.length);
