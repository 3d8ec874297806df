// Paragraph → sentences → speech chunks, with offsets for highlighting. Called lazily, one
// paragraph at a time, just before it is read.
import type { Sentence } from '../types';
import { hasWordCharacter, isWhitespace } from './characters';
import { chunkSentence } from './chunks';
import {
  beforeOpeningBrackets,
  continuesSentence,
  pastCitationMarker,
  scanParagraph,
} from './sentence-boundaries';
import { extraSentenceStarts } from './extra-starts';

const segmenters = new Map<string, Intl.Segmenter>();

/** ICU sentence segmenters are costly to build: one per language, kept for the session. */
function sentenceSegmenter(lang: string | undefined): Intl.Segmenter {
  const key = lang ?? '';
  let segmenter = segmenters.get(key);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    } catch {
      // A malformed language tag (from a document or a setting) must not stop the reading.
      segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
    }
    segmenters.set(key, segmenter);
  }
  return segmenter;
}

/**
 * ICU's sentence iterator slows down on long text (a paragraph of 16,000 short sentences took
 * 3.8 s, one of 8,000 took 1 s): a long paragraph is given to it in windows this long.
 */
const ICU_WINDOW = 4096;
/** A boundary this near a window's end may depend on what follows: the next window starts there. */
const ICU_WINDOW_MARGIN = 256;

/** ICU's sentence boundaries inside text (not 0 nor text.length), in order. */
function icuBoundaries(text: string, lang: string | undefined): number[] {
  const segmenter = sentenceSegmenter(lang);
  const boundaries: number[] = [];
  let from = 0;
  while (from < text.length) {
    const to = Math.min(text.length, from + ICU_WINDOW);
    // The last window is read to its end; the others stop short of it, where ICU saw enough.
    const trusted = to === text.length ? to - 1 : to - ICU_WINDOW_MARGIN;
    let next = trusted;
    for (const { index } of segmenter.segment(text.slice(from, to))) {
      const at = from + index;
      if (index === 0) continue;
      if (at > trusted) break;
      boundaries.push(at);
      next = at;
    }
    // A window with no boundary (one long sentence) goes on from mid-sentence, which ICU
    // treats as a start: harmless, as nothing before it is looked at again.
    from = to === text.length ? to : next;
  }
  return boundaries;
}

/** Start offsets of the sentences of text: ICU's boundaries, corrected for speech. */
function sentenceStarts(text: string, lang: string | undefined): number[] {
  const scan = scanParagraph(text, lang);
  // Starts ICU does not see, merged in order: each comes before the ICU boundaries after it.
  const extra = extraSentenceStarts(text, scan.quotes, scan.rules);
  let nextExtra = 0;
  const starts = [0];
  for (const index of icuBoundaries(text, lang)) {
    let forced = false;
    for (let at = extra[nextExtra] ?? Infinity; at <= index; at = extra[++nextExtra] ?? Infinity) {
      if (at < index) pushStart(text, starts, at);
      else forced = true;
    }
    const boundary = forced ? index : beforeOpeningBrackets(text, pastCitationMarker(text, index));
    if (forced || !continuesSentence(scan, boundary, starts[starts.length - 1] ?? 0)) {
      pushStart(text, starts, boundary);
    }
  }
  for (; nextExtra < extra.length; nextExtra++) pushStart(text, starts, extra[nextExtra] ?? 0);
  return starts;
}

/** Starts a sentence at the first non-space character from `index`, if that is a new one. */
function pushStart(text: string, starts: number[], index: number): void {
  // A sentence owns the whitespace after it (ICU sometimes hands it to the next one).
  let start = index;
  while (start < text.length && isWhitespace(text.charCodeAt(start))) start++;
  if (start < text.length && start > (starts[starts.length - 1] ?? 0)) starts.push(start);
}

/**
 * Drops starts of sentences with nothing to say (only punctuation, symbols, emoji), which are
 * merged into the sentence before them, or into the next one at the start of the paragraph.
 */
function dropSilentSentences(text: string, starts: number[]): number[] {
  const kept: number[] = [];
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i] ?? 0;
    const end = starts[i + 1] ?? text.length;
    if (hasWordCharacter(text, start, end)) kept.push(kept.length === 0 ? 0 : start);
  }
  return kept.length > 0 ? kept : [0];
}

/**
 * Splits one paragraph into sentences and speech chunks whose offsets cover text exactly.
 * Callers pass trimmed paragraphs (Block.text); empty or whitespace-only text gives [].
 */
export function segmentParagraph(text: string, lang?: string): Sentence[] {
  if (!hasVisibleCharacter(text)) return [];
  const starts = dropSilentSentences(text, sentenceStarts(text, lang));
  const sentences: Sentence[] = [];
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i] ?? 0;
    const end = starts[i + 1] ?? text.length;
    sentences.push({ start, end, chunks: chunkSentence(text, start, end) });
  }
  return sentences;
}

/** The trimmed sentences of one paragraph. */
export function splitSentences(text: string, lang?: string): string[] {
  return segmentParagraph(text, lang).map(({ start, end }) => text.slice(start, end).trim());
}

function hasVisibleCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (!isWhitespace(text.charCodeAt(i))) return true;
  }
  return false;
}
