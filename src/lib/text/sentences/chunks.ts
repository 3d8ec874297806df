// Cuts a sentence into chunks that a speech engine can say in one utterance.
import type { Chunk } from '../types';
import {
  extendsPrevious,
  hasWordCharacter,
  isHighSurrogate,
  isLowSurrogate,
  isWhitespace,
} from './characters';

/**
 * The longest utterance. Chrome's network voices stop an utterance after about 15 s; at about
 * 14 characters a second, 220 characters take some 16 s at rate 1 and 31 s at 0.5, so this
 * alone does not keep within that: sentences are cut at clauses first (MIN_PREFERRED_CHUNK_LENGTH
 * on), and the Player's stall watchdog restarts an utterance that goes silent. Local voices,
 * which Aloud prefers, have no such limit; what this keeps short is the sentence restarted
 * when the rate or voice changes mid-way.
 */
export const MAX_CHUNK_LENGTH = 220;

/**
 * A punctuation break that leaves a chunk shorter than this is passed over for a later break, so
 * a long sentence is not read as a stammer of two-word utterances.
 */
const MIN_PREFERRED_CHUNK_LENGTH = 60;

/**
 * Room kept for at least one whole character (a surrogate pair) after leading whitespace, so
 * every chunk has something to say.
 */
const MIN_CONTENT_ROOM = 2;

const enum BreakStrength {
  None = 0,
  Comma = 1,
  Clause = 2,
}

/** How good a place `end` is to end a chunk, judged by the punctuation just before it. */
function breakStrengthAt(text: string, end: number): BreakStrength {
  const before = text.charCodeAt(end - 1);
  // A chunk ends before the sentence's last visible character (see cutSpans): one follows.
  const after = text.charCodeAt(end);
  switch (before) {
    case 0x3b: // ;
    case 0x3a: // :
      // "2:30" and similar are not clause breaks: require a following space.
      return isWhitespace(after) ? BreakStrength.Clause : BreakStrength.None;
    case 0x2014: // — em dash, often set without spaces
    case 0x2013: // – en dash
    case 0xff1b: // ；
    case 0xff1a: // ：
      return BreakStrength.Clause;
    case 0x2c: // ,
      return isWhitespace(after) ? BreakStrength.Comma : BreakStrength.None;
    case 0xff0c: // ，
    case 0x3001: // 、
      return BreakStrength.Comma;
    default:
      return BreakStrength.None;
  }
}

/**
 * Chooses where the chunk that starts with content at `contentStart` ends: a position in
 * (contentStart, last], or -1 if there is none. Prefers the last clause break, then the last
 * comma, that leaves a chunk of a reasonable length; then the last space; then any punctuation
 * break; then a hard cut.
 */
function chooseBreak(text: string, contentStart: number, last: number): number {
  const preferredFrom = contentStart + MIN_PREFERRED_CHUNK_LENGTH;
  let lastComma: number | undefined;
  let lastSpace: number | undefined;
  let lastShortBreak: number | undefined;
  for (let end = last; end > contentStart; end--) {
    const strength = breakStrengthAt(text, end);
    if (strength === BreakStrength.Clause) {
      if (end >= preferredFrom) return end;
      lastShortBreak ??= end;
    } else if (strength === BreakStrength.Comma) {
      if (end >= preferredFrom) lastComma ??= end;
      else lastShortBreak ??= end;
    }
    if (
      lastSpace === undefined &&
      isWhitespace(text.charCodeAt(end)) &&
      !isWhitespace(text.charCodeAt(end - 1))
    ) {
      lastSpace = end;
    }
  }
  // With no break at all (a long word, a URL, text without spaces), a hard cut: between two
  // characters as a reader sees them (a Thai or Devanagari vowel sign, a flag, an emoji with its
  // skin tone), or failing that between code points.
  return (
    lastComma ??
    lastSpace ??
    lastShortBreak ??
    lastGraphemeBoundary(text, contentStart, last) ??
    codePointBreak(text, contentStart, last)
  );
}

/**
 * A cut in a single "character" longer than a chunk (marks piled on a letter): at least keep
 * code points. A position in (contentStart, last], or -1 if there is none.
 */
function codePointBreak(text: string, contentStart: number, last: number): number {
  let point = last;
  while (point > contentStart + 1 && extendsPrevious(text.charCodeAt(point))) point--;
  if (isHighSurrogate(text.charCodeAt(point - 1)) && isLowSurrogate(text.charCodeAt(point))) {
    // Only one character fits and it is a surrogate pair: take it whole, or give up.
    return point + 1 <= last ? point + 1 : -1;
  }
  return point;
}

/** Grapheme clusters are looked for this far around a cut: longer ones are pathological. */
const GRAPHEME_WINDOW = 64;

let graphemeSegmenter: Intl.Segmenter | undefined;

/** The last grapheme boundary in (from, at], if any: where a hard cut splits no character. */
function lastGraphemeBoundary(text: string, from: number, at: number): number | undefined {
  graphemeSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const windowStart = Math.max(from, at - GRAPHEME_WINDOW);
  let boundary: number | undefined;
  for (const { index } of graphemeSegmenter.segment(
    text.slice(windowStart, at + GRAPHEME_WINDOW),
  )) {
    const position = windowStart + index;
    if (position > at) break;
    if (position > from) boundary = position;
  }
  return boundary;
}

/**
 * Appends the spans of text[start, end) cut into pieces of at most MAX_CHUNK_LENGTH characters.
 * The span limit can only be exceeded by a run of whitespace too long to share between two
 * chunks (more than MAX_CHUNK_LENGTH - 2 characters): a chunk is never whitespace only.
 */
function cutSpans(text: string, start: number, end: number, spans: number[]): void {
  let contentEnd = end;
  while (contentEnd > start && isWhitespace(text.charCodeAt(contentEnd - 1))) contentEnd--;
  let pos = start;
  while (end - pos > MAX_CHUNK_LENGTH) {
    let contentStart = pos;
    while (contentStart < contentEnd && isWhitespace(text.charCodeAt(contentStart))) contentStart++;
    const limit =
      contentStart <= pos + MAX_CHUNK_LENGTH - MIN_CONTENT_ROOM
        ? pos + MAX_CHUNK_LENGTH
        : contentStart + MAX_CHUNK_LENGTH;
    // The chunk must end before the sentence's last visible character, so the rest is not blank.
    const last = Math.min(limit, contentEnd - 1);
    if (last <= contentStart) break;
    let cut = chooseBreak(text, contentStart, last);
    if (cut <= contentStart) break;
    // Spaces after the break belong to this chunk, as far as the limit allows (they stop before
    // contentEnd, which a visible character precedes).
    while (cut < limit && isWhitespace(text.charCodeAt(cut))) cut++;
    spans.push(pos, cut);
    pos = cut;
  }
  spans.push(pos, end);
}

/**
 * Merges a span with nothing to say (only punctuation, symbols or emoji) into a neighbour when
 * the result stays within the limit, so that the engine is not asked to speak "”" on its own.
 */
function mergeSilentSpans(text: string, spans: number[]): number[] {
  if (spans.length <= 2) return spans;
  const merged: number[] = [];
  for (let i = 0; i < spans.length; i += 2) {
    const start = spans[i] ?? 0;
    const end = spans[i + 1] ?? 0;
    const count = merged.length;
    if (!hasWordCharacter(text, start, end)) {
      const previousStart = count > 0 ? (merged[count - 2] ?? 0) : -1;
      if (previousStart >= 0 && end - previousStart <= MAX_CHUNK_LENGTH) {
        merged[count - 1] = end;
        continue;
      }
      const nextEnd = spans[i + 3];
      if (nextEnd !== undefined && nextEnd - start <= MAX_CHUNK_LENGTH) {
        spans[i + 2] = start;
        continue;
      }
    }
    merged.push(start, end);
  }
  return merged;
}

/** text.slice(start, end).trim(), with one copy instead of two. */
function trimmedSlice(text: string, start: number, end: number): string {
  let from = start;
  while (from < end && isWhitespace(text.charCodeAt(from))) from++;
  let to = end;
  while (to > from && isWhitespace(text.charCodeAt(to - 1))) to--;
  return text.slice(from, to);
}

/** Cuts the sentence text[start, end) into contiguous chunks covering it exactly. */
export function chunkSentence(text: string, start: number, end: number): Chunk[] {
  if (end - start <= MAX_CHUNK_LENGTH) {
    return [{ start, end, text: trimmedSlice(text, start, end) }];
  }
  const spans: number[] = [];
  cutSpans(text, start, end, spans);
  const merged = mergeSilentSpans(text, spans);
  const chunks: Chunk[] = [];
  for (let i = 0; i < merged.length; i += 2) {
    const chunkStart = merged[i] ?? 0;
    const chunkEnd = merged[i + 1] ?? 0;
    chunks.push({
      start: chunkStart,
      end: chunkEnd,
      text: trimmedSlice(text, chunkStart, chunkEnd),
    });
  }
  return chunks;
}
