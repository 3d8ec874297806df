// Which language an article, and each of its blocks, is in: the script first (Cyrillic is
// Russian here, kana is Japanese), then, for Latin-script text, franc-min's trigram guess.
// Used only when an article is brought in (franc's data is not in the app shell).
import { francAll } from 'franc-min';
import { baseLanguage, guessLanguage } from './language';
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
 * The runner-up's score (1 is the winner's) must stay below this for a window's guess to count:
 * German and Dutch, Spanish and Portuguese are close, and a wrong voice is worse than none.
 */
const MAX_RUNNER_UP_SCORE = 0.9;
/**
 * Franc's scores shrink towards 1 together as the text grows (they are normalised by its
 * length), so past about 700 characters the runner-up always scores over 0.9 and one guess
 * over the whole text says nothing. Text is judged instead in windows of about this many
 * characters, each held to the same margin. Measured on English (the fixtures), German,
 * Dutch, French, Spanish, Portuguese and Italian news text: no window of 80 to 300
 * characters, taken at every 10th character, was ever wrong. On 1,446 excerpts (every 50th
 * character, 150 characters to the whole text) the vote decided 95% with 150-character
 * windows, 93% with 200, 90% with 250 and 86% with 300 (half the Portuguese and list-heavy
 * English windows stayed over the margin), and never wrongly. 200 rather than 150: a window
 * of some 35 words is less at the mercy of one name or quotation, and blocks of up to 300
 * characters (most paragraphs) are still judged whole, as before.
 */
const WINDOW_LENGTH = 200;
/**
 * Windows judged at most, from the start: about 1,000 characters. Three or four windows
 * decided fewer excerpts, six no more; and the cost on import stays bounded (3 to 4 ms here,
 * less than the single 2,000-character guess it replaces), however long the text.
 */
const MAX_WINDOWS = 5;
/**
 * The winning language must take more than half the windows and at least this many times
 * as many as all other languages together: text that is mixed, or too close to call, keeps
 * the person's language.
 */
const MIN_WINNING_LEAD = 2;
/** Blocks looked at one by one, at most: a book keeps its article language throughout. */
export const MAX_BLOCKS_DETECTED = 300;

/** Pieces of about WINDOW_LENGTH characters from the start, cut between words. */
function windowsOf(text: string): string[] {
  const windows: string[] = [];
  let start = 0;
  while (start < text.length && windows.length < MAX_WINDOWS) {
    let end = start + WINDOW_LENGTH;
    // A short remainder joins this window: on its own it would say too little.
    if (text.length - end < WINDOW_LENGTH / 2) end = text.length;
    else {
      const space = text.slice(start + WINDOW_LENGTH / 2, end).search(/\s\S*$/);
      if (space >= 0) end = start + WINDOW_LENGTH / 2 + space;
    }
    windows.push(text.slice(start, end));
    start = end;
  }
  return windows;
}

/** The language of one window when franc's margin is clear, or null. */
function windowLanguage(text: string): string | null {
  const [best, runnerUp] = francAll(text, FRANC_OPTIONS);
  if (runnerUp && runnerUp[1] >= MAX_RUNNER_UP_SCORE) return null;
  // Franc's "und" (undetermined, for text without letters) is in no table.
  return (best && LATIN_LANGUAGES[best[0]]) ?? null;
}

/** The language of a text when it is clear, or null. */
export function detectLanguage(text: string): string | null {
  return languageOf(text);
}

/**
 * The language of a text, or null when unclear. Given `unlike` (a base language), only a
 * language other than it is sought: the windows are judged until none could win any more,
 * and null says "not another language". A block in its article's language, the usual case,
 * is settled in two windows instead of five, with the same answer.
 */
function languageOf(text: string, unlike?: string): string | null {
  const script = guessLanguage(text, '');
  if (script !== '') return script;
  if (text.length < MIN_DETECTION_LENGTH) return null;
  const windows = windowsOf(text);
  const votes = new Map<string, number>();
  let allVotes = 0;
  for (let judged = 1; judged <= windows.length; judged++) {
    const lang = windowLanguage(windows[judged - 1]!);
    if (lang) {
      votes.set(lang, (votes.get(lang) ?? 0) + 1);
      allVotes++;
    }
    const left = windows.length - judged;
    if (unlike !== undefined && !anotherCanWin(votes, allVotes, left, windows.length, unlike)) {
      return null;
    }
  }
  let winner: string | null = null;
  let winnerVotes = 0;
  for (const [lang, count] of votes) {
    if (count > winnerVotes) [winner, winnerVotes] = [lang, count];
  }
  return wins(winnerVotes, allVotes, windows.length) ? winner : null;
}

/**
 * The vote's rule: a language wins with more than half the windows and at least
 * MIN_WINNING_LEAD times as many as all others together.
 */
function wins(count: number, allVotes: number, windows: number): boolean {
  return count * 2 > windows && count >= MIN_WINNING_LEAD * (allVotes - count);
}

/** Whether a language other than `unlike` could still win, were all `left` windows its. */
function anotherCanWin(
  votes: ReadonlyMap<string, number>,
  allVotes: number,
  left: number,
  windows: number,
  unlike: string,
): boolean {
  // One no window has voted for yet.
  if (wins(left, allVotes + left, windows)) return true;
  for (const [lang, count] of votes) {
    if (lang !== unlike && wins(count + left, allVotes + left, windows)) return true;
  }
  return false;
}

/** The article's language: its text's, or `fallback` (the person's own) when unclear. */
export function articleLanguage(text: string, fallback: string): string {
  const detected = detectLanguage(text);
  // The person's own tag keeps its region ("en-GB") when the language is theirs.
  return detected && baseLanguage(detected) !== baseLanguage(fallback) ? detected : fallback;
}

/** The blocks, each marked with its language where it clearly differs from the article's. */
export function withBlockLanguages(blocks: readonly Block[], articleLang: string): Block[] {
  if (blocks.length > MAX_BLOCKS_DETECTED) return [...blocks];
  const articleBase = baseLanguage(articleLang);
  return blocks.map((block) => {
    // Code has no spoken language of its own (its words would fool the guess).
    if (block.kind === 'code') return block;
    const lang = languageOf(block.text, articleBase);
    return lang && baseLanguage(lang) !== articleBase ? { ...block, lang } : block;
  });
}
