// Which language an article, and each of its blocks, is in: the script first (Cyrillic is
// Russian here, kana is Japanese), then, for Latin-script text, franc-min's trigram guess.
// Used only when an article is brought in (franc's data is not in the app shell).
import { francAll } from 'franc-min';
import { guessLanguage } from './language';
import type { Block } from './types';

/**
 * Latin-script languages told apart by their trigrams, ISO 639-3 (franc) → 639-1 (voices).
 * Only languages people commonly read, so that a short English block is not taken for
 * Tagalog.
 */
const LATIN_LANGUAGES: Readonly<Record<string, string>> = {
  eng: 'en',
  deu: 'de',
  fra: 'fr',
  spa: 'es',
  ita: 'it',
  por: 'pt',
  nld: 'nl',
  pol: 'pl',
  swe: 'sv',
  dan: 'da',
  nob: 'no',
  fin: 'fi',
  ces: 'cs',
  slk: 'sk',
  hun: 'hu',
  ron: 'ro',
  hrv: 'hr',
  tur: 'tr',
  vie: 'vi',
  ind: 'id',
  cat: 'ca',
};
const FRANC_OPTIONS = { only: Object.keys(LATIN_LANGUAGES), minLength: 1 };

/** Text shorter than this says too little about its language: it keeps the article's. */
const MIN_DETECTION_LENGTH = 40;
/**
 * The runner-up's score (1 is the winner's) must stay below this for a guess to count:
 * German and Dutch, Spanish and Portuguese are close, and a wrong voice is worse than none.
 */
const MAX_RUNNER_UP_SCORE = 0.9;
/** Blocks looked at one by one, at most: a book keeps its article language throughout. */
export const MAX_BLOCKS_DETECTED = 300;

function base(lang: string): string {
  return (lang.split('-')[0] ?? '').toLowerCase();
}

/** The language of a text when it is clear, or null. */
export function detectLanguage(text: string): string | null {
  const script = guessLanguage(text, '');
  if (script !== '') return script;
  if (text.length < MIN_DETECTION_LENGTH) return null;
  const [best, runnerUp] = francAll(text.slice(0, 2000), FRANC_OPTIONS);
  if (runnerUp && runnerUp[1] >= MAX_RUNNER_UP_SCORE) return null;
  // Franc's "und" (undetermined, for text without letters) is in no table.
  return (best && LATIN_LANGUAGES[best[0]]) ?? null;
}

/** The article's language: its text's, or `fallback` (the person's own) when unclear. */
export function articleLanguage(text: string, fallback: string): string {
  const detected = detectLanguage(text);
  // The person's own tag keeps its region ("en-GB") when the language is theirs.
  return detected && base(detected) !== base(fallback) ? detected : fallback;
}

/** The blocks, each marked with its language where it clearly differs from the article's. */
export function withBlockLanguages(blocks: readonly Block[], articleLang: string): Block[] {
  if (blocks.length > MAX_BLOCKS_DETECTED) return [...blocks];
  return blocks.map((block) => {
    // Code has no spoken language of its own (its words would fool the guess).
    if (block.kind === 'code') return block;
    const lang = detectLanguage(block.text);
    return lang && base(lang) !== base(articleLang) ? { ...block, lang } : block;
  });
}
