// Languages: the base language of a tag, which voices, rules and rewrites are matched by, and
// a cheap guess of an article's language from the scripts its letters are written in.

/**
 * Engines name some languages by ISO 639-3 codes (espeak-ng says "cmn" for Mandarin), and
 * Norwegian Bokmål is "nb" or "no": map them to the codes articles use.
 */
const LANGUAGE_ALIASES: Readonly<Record<string, string>> = { cmn: 'zh', yue: 'zh', nb: 'no' };

/** The primary language of a BCP 47 tag, lower-cased and aliased: "en-US" → "en". */
export function baseLanguage(tag: string): string {
  const base = (tag.split(/[-_]/)[0] ?? '').toLowerCase();
  return LANGUAGE_ALIASES[base] ?? base;
}

/** Enough text to see the script without scanning a whole book. */
const SAMPLE_LENGTH = 2000;

/**
 * Japanese is written mostly in Han characters with kana between them; Chinese has no kana.
 * A text in Han whose kana are at least this share of its CJK letters is Japanese.
 */
const MIN_KANA_SHARE_FOR_JAPANESE = 0.05;

type Script =
  | 'latin'
  | 'kana'
  | 'han'
  | 'hangul'
  | 'cyrillic'
  | 'arabic'
  | 'hebrew'
  | 'greek'
  | 'devanagari'
  | 'thai';

/** Script → language spoken by most of its readers (Cyrillic could be Ukrainian, etc.). */
const LANGUAGE_OF: Partial<Record<Script, string>> = {
  hangul: 'ko',
  cyrillic: 'ru',
  arabic: 'ar',
  hebrew: 'he',
  greek: 'el',
  devanagari: 'hi',
  thai: 'th',
};

/**
 * The Unicode blocks whose letters tell a script, as [first, last, script]. Latin-1 leaves out
 * × and ÷; the Arabic presentation forms stop before U+FEFF, the invisible byte order mark.
 */
const SCRIPT_BLOCKS: readonly (readonly [number, number, Script])[] = [
  [0x41, 0x5a, 'latin'], // A–Z
  [0x61, 0x7a, 'latin'], // a–z
  [0xc0, 0xd6, 'latin'], // Latin-1: À–Ö
  [0xd8, 0xf6, 'latin'], // Ø–ö
  [0xf8, 0x24f, 'latin'], // ø–ÿ, Latin Extended-A and -B
  [0x370, 0x3ff, 'greek'],
  [0x400, 0x52f, 'cyrillic'], // with its supplement
  [0x590, 0x5ff, 'hebrew'],
  [0x600, 0x6ff, 'arabic'],
  [0x750, 0x77f, 'arabic'], // Arabic Supplement
  [0x8a0, 0x8ff, 'arabic'], // Arabic Extended-A
  [0x900, 0x97f, 'devanagari'],
  [0xe00, 0xe7f, 'thai'],
  [0x1100, 0x11ff, 'hangul'], // Hangul Jamo
  [0x1e00, 0x1eff, 'latin'], // Latin Extended Additional (Vietnamese)
  [0x1f00, 0x1fff, 'greek'], // Greek Extended (polytonic)
  [0x3040, 0x30ff, 'kana'], // Hiragana, Katakana
  [0x3130, 0x318f, 'hangul'], // Hangul Compatibility Jamo
  [0x31f0, 0x31ff, 'kana'], // Katakana Phonetic Extensions
  [0x3400, 0x4dbf, 'han'], // CJK Extension A
  [0x4e00, 0x9fff, 'han'], // CJK Unified Ideographs
  [0xac00, 0xd7af, 'hangul'], // Hangul Syllables
  [0xf900, 0xfaff, 'han'], // CJK Compatibility Ideographs
  [0xfb1d, 0xfb4f, 'hebrew'], // Hebrew presentation forms
  [0xfb50, 0xfdff, 'arabic'], // Arabic Presentation Forms-A
  [0xfe70, 0xfefe, 'arabic'], // Arabic Presentation Forms-B
  [0xff66, 0xff9f, 'kana'], // halfwidth Katakana
];

function scriptOf(code: number): Script | undefined {
  return SCRIPT_BLOCKS.find(([first, last]) => code >= first && code <= last)?.[2];
}

/** Guesses a BCP 47 language from the script of the text; Latin script gives the fallback. */
export function guessLanguage(text: string, fallback = 'en'): string {
  const counts = new Map<Script, number>();
  const end = Math.min(text.length, SAMPLE_LENGTH);
  for (let i = 0; i < end; i++) {
    const script = scriptOf(text.charCodeAt(i));
    if (script) counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  const kana = counts.get('kana') ?? 0;
  const cjk = kana + (counts.get('han') ?? 0);
  let best: Script | 'cjk' = 'latin';
  let bestCount = counts.get('latin') ?? 0;
  if (cjk > bestCount) {
    best = 'cjk';
    bestCount = cjk;
  }
  // Kana and Han alone never outnumber the two together, counted above.
  for (const [script, count] of counts) {
    if (count > bestCount) {
      best = script;
      bestCount = count;
    }
  }
  if (best === 'cjk') return kana >= cjk * MIN_KANA_SHARE_FOR_JAPANESE ? 'ja' : 'zh';
  return LANGUAGE_OF[best] ?? fallback;
}
