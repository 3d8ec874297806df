// Paragraph → sentences → speech chunks, with offsets for highlighting. Called lazily, one
// paragraph at a time, just before it is read.
import type { Sentence } from './types';
import { hasWordCharacter, isWhitespace } from './characters';
import { chunkSentence } from './chunks';
import { continuesSentence } from './sentence-boundaries';

export { MAX_CHUNK_LENGTH } from './chunks';

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

/** Start offsets of the sentences of text: ICU's boundaries, corrected for speech. */
function sentenceStarts(text: string, lang: string | undefined): number[] {
  const starts = [0];
  let sentenceStart = 0;
  for (const { index } of sentenceSegmenter(lang).segment(text)) {
    if (index === 0 || continuesSentence(text, index, sentenceStart)) continue;
    // A sentence owns the whitespace after it (ICU sometimes hands it to the next one).
    let start = index;
    while (start < text.length && isWhitespace(text.charCodeAt(start))) start++;
    if (start >= text.length) break;
    if (start <= sentenceStart) continue;
    starts.push(start);
    sentenceStart = start;
  }
  return starts;
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
