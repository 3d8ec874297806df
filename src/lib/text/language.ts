// A cheap guess of an article's language from the scripts its letters are written in.

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

function scriptOf(code: number): Script | null {
  if (code < 0x80) {
    return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) ? 'latin' : null;
  }
  if (code >= 0xc0 && code <= 0x24f) return code === 0xd7 || code === 0xf7 ? null : 'latin';
  if (code >= 0x370 && code <= 0x3ff) return 'greek';
  if (code >= 0x400 && code <= 0x52f) return 'cyrillic';
  if (code >= 0x590 && code <= 0x5ff) return 'hebrew';
  if ((code >= 0x600 && code <= 0x6ff) || (code >= 0x750 && code <= 0x77f)) return 'arabic';
  if (code >= 0x8a0 && code <= 0x8ff) return 'arabic';
  if (code >= 0x900 && code <= 0x97f) return 'devanagari';
  if (code >= 0xe00 && code <= 0xe7f) return 'thai';
  if (code >= 0x1100 && code <= 0x11ff) return 'hangul';
  if (code >= 0x1e00 && code <= 0x1eff) return 'latin';
  if (code >= 0x1f00 && code <= 0x1fff) return 'greek';
  if (code >= 0x3040 && code <= 0x30ff) return 'kana';
  if (code >= 0x3130 && code <= 0x318f) return 'hangul';
  if (code >= 0x31f0 && code <= 0x31ff) return 'kana';
  if ((code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff)) return 'han';
  if (code >= 0xac00 && code <= 0xd7af) return 'hangul';
  if (code >= 0xf900 && code <= 0xfaff) return 'han';
  if (code >= 0xfb1d && code <= 0xfb4f) return 'hebrew';
  if ((code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfeff)) return 'arabic';
  if (code >= 0xff66 && code <= 0xff9f) return 'kana';
  return null;
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
  for (const [script, count] of counts) {
    if (script !== 'kana' && script !== 'han' && count > bestCount) {
      best = script;
      bestCount = count;
    }
  }
  if (bestCount === 0) return fallback;
  if (best === 'cjk') return kana >= cjk * MIN_KANA_SHARE_FOR_JAPANESE ? 'ja' : 'zh';
  return LANGUAGE_OF[best] ?? fallback;
}
