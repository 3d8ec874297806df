// What espeak-ng says for each title of each language, without and with Aloud's speech layer
// (src/lib/text/rewrite/titles.ts): its phonemes (`espeak-ng -x`), written to
// tests/fixtures/titles-espeak.md. A title a voice says as letters, as another word, or with a
// sentence's pause after it ("⏎" in the phonemes: espeak ended a clause there) is one the layer
// must say in full. Run: npx tsx scripts/espeak-titles.ts
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { speechText } from '../src/lib/text/rewrite/speech-text';
import { TITLES_IN } from '../src/lib/text/rewrite/titles';

/** A name and the words after it, in each language, to say each title before. */
const AFTER_TITLE: Readonly<Record<string, string>> = {
  de: 'Weber kommt',
  es: 'García llegó',
  fr: 'Dupont arrive',
  it: 'Rossi arriva',
  nl: 'Jansen komt',
  pt: 'Silva chegou',
  ru: 'Иванов пришёл',
};

/** espeak-ng's phonemes for text in a language, on one line (a clause break shown as ⏎). */
function phonemes(text: string, lang: string): string {
  const result = spawnSync('espeak-ng', ['-v', lang, '-q', '-x', text], { encoding: 'utf8' });
  if (result.error) throw result.error;
  return result.stdout.trim().replace(/\s*\n\s*/g, ' ⏎ ');
}

/**
 * Titles written without a stop: French ones that end with the word's last letter ("Mme",
 * "Dr"), Russian's "г-н", Italian's with a stop inside ("Sig.ra").
 */
const WITHOUT_STOP: Readonly<Record<string, readonly string[]>> = {
  fr: ['mme', 'mmes', 'mlle', 'mlles', 'me', 'dr', 'pr', 'mgr'],
};

function asWritten(key: string, lang: string): string {
  const stop = !(WITHOUT_STOP[lang]?.includes(key) || lang === 'ru' || key.includes('.'));
  // "MM." (Messieurs) is written in capitals; the others with one.
  const capitals = key === 'mm' ? 'MM' : (key[0]?.toUpperCase() ?? '') + key.slice(1);
  return capitals + (stop ? '.' : '');
}

const lines = [
  '# What espeak-ng says for each title, without and with the speech layer',
  '',
  'Written by `npx tsx scripts/espeak-titles.ts` (espeak-ng phonemes, `-x`). "⏎" is a clause',
  'break: espeak-ng paused there as at a sentence end. Each title is said before a name, as',
  'written with its stop where the language writes one.',
  '',
];
for (const [lang, titles] of Object.entries(TITLES_IN)) {
  const after = AFTER_TITLE[lang] ?? '';
  lines.push(
    `## ${lang}`,
    '',
    '| written | said without the layer | said with it |',
    '|---|---|---|',
  );
  for (const key of Object.keys(titles)) {
    const written = asWritten(key, lang);
    const text = `${written} ${after}.`;
    const spoken = speechText(text, lang, { emoji: 'say' }).text;
    lines.push(
      `| ${written} | \`${phonemes(text, lang)}\` | \`${phonemes(spoken, lang)}\` (${spoken}) |`,
    );
  }
  lines.push('');
}
writeFileSync('tests/fixtures/titles-espeak.md', `${lines.join('\n')}\n`);
console.log('tests/fixtures/titles-espeak.md written');
