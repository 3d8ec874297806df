// Writes src/lib/speech/voices/recommended-voices.json, the trimmed copy of the CC0 list of
// recommended Web Speech voices (github.com/HadrienGardeur/web-speech-recommended-voices,
// json/ at 06a281b, the last commit that holds the files; the list now lives in
// readium/speech). Run it with the path of that json/ folder:
//   node scripts/trim-recommended-voices.mjs path/to/json
// Kept per base language, in the list's order (its order is its recommendation): the best
// quality tier each voice is offered in (0 very high … 3 low), its friendly label, and the
// names a browser may give it. Novelty and very low quality voices are kept by name only,
// to be ranked last.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const source = process.argv[2];
if (!source) throw new Error('Give the path of the json/ folder of the recommended voices.');
const TIERS = ['veryHigh', 'high', 'normal', 'low'];
/**
 * @typedef {{ name: string, label?: string, altNames?: string[], quality?: string[] }} Voice
 * @param {string} file
 * @returns {{ language: string, voices: Voice[] }}
 */
const read = (file) => JSON.parse(readFileSync(path.join(source, file), 'utf8'));

/** @type {Record<string, (string | number)[][]>} */
const languages = {};
for (const file of readdirSync(source)
  .filter((name) => name.endsWith('.json'))
  .sort()) {
  const { language, voices } = read(file);
  languages[language] = voices.map((voice) => {
    const tiers = (voice.quality ?? ['normal']).map((tier) => TIERS.indexOf(tier));
    const best = Math.min(...tiers.filter((tier) => tier >= 0), 2);
    return [best, voice.label ?? voice.name, voice.name, ...(voice.altNames ?? [])];
  });
}
/** @type {string[]} */
const avoid = [];
for (const file of ['filters/novelty.json', 'filters/veryLowQuality.json']) {
  for (const voice of read(file).voices) avoid.push(voice.name, ...(voice.altNames ?? []));
}

const out = path.resolve(
  path.dirname(new URL(import.meta.url).pathname),
  '../src/lib/speech/voices/recommended-voices.json',
);
writeFileSync(
  out,
  `${JSON.stringify({ source: 'HadrienGardeur/web-speech-recommended-voices@06a281b (CC0 1.0)', languages, avoid })}\n`,
);
console.log(`Wrote ${out}`);
