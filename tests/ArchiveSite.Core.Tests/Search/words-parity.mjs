// Prints what words.js makes of the word forms and sentences named on the command line, as JSON, for
// WordsParityTests to compare with the C# results: node words-parity.mjs words.js word-forms.txt sentences.txt
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [modulePath, formsPath, sentencesPath] = process.argv.slice(2);
const words = await import(pathToFileURL(modulePath).href);
const lines = (path) => readFileSync(path, "utf8").split("\n").filter((line) => line.length > 0 && !line.startsWith("#"));

const forms = lines(formsPath).map((form) => {
  const normalized = words.normalize(form);
  return [normalized, words.key(form, "uk"), words.key(form, "ru"), words.isStopWord(normalized)];
});
const tokens = [...lines(formsPath), ...lines(sentencesPath)].map((text) => words.tokenize(text).flatMap((t) => [t.start, t.length]));

// Every Latin, Greek and Cyrillic character alone, for the lower casing.
const characters = [];
for (const [first, last] of [[0x0000, 0x024F], [0x0370, 0x052F], [0x1E00, 0x1FFF], [0x2DE0, 0x2DFF], [0xA640, 0xA69F]]) {
  for (let c = first; c <= last; c++) { characters.push(words.normalize(String.fromCharCode(c))); }
}

process.stdout.write(JSON.stringify({ forms, tokens, characters, stopWords: [...words.STOP_WORDS] }));
