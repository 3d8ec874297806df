// Sentence starts that ICU does not see: items of a list written inline ("Bring: 1. A map
// 2. A torch", "• A map • A torch"), and a new sentence after a trailing-off "…".
import type { QuoteTracker } from './quotes';

/** Bullets that mark list items: • ◦ ‣ ⁃ ▪ ● ∙ (sentence-boundaries.ts keeps one with its item). */
export const ITEM_BULLETS = '•◦‣⁃▪●∙';
/** A bullet after a space or at the start. */
const BULLET = new RegExp(`(?<!\\S)[${ITEM_BULLETS}]`, 'g');
/** A bullet, a first item marker or "…": without any, a paragraph has no start to add. */
const MAY_HAVE_EXTRA = new RegExp(`[${ITEM_BULLETS}…]|[1a][.)]`);
const NONE: readonly number[] = [];

/** A list has a first item ("1." or "a)"): paragraphs without one skip the marker scan. */
const FIRST_ITEM = /(?<!\S)[1a][.)]/;

/**
 * A numbered or lettered item marker after a space or at the start: "1.", "1)", "1.)",
 * "a.", "a)". Letters only in lowercase: "J. K. Rowling" is not a list.
 */
const MARKER = /(?<!\S)(\d{1,3}|[a-z])(\.\)|[.)])(?=\s)/g;

/**
 * "…" then a capitalised word: ICU does not end a sentence at U+2026, a narrator does. The
 * quotation or bracket it closes goes with it ("“It faded…” Then he left.").
 */
const ELLIPSIS_THEN_CAPITAL = /…[”’"'»)\]]*\s+(?=\p{Lu})/gu;

interface Marker {
  at: number;
  style: string;
  value: number;
}

/** The value of a marker's number or letter, so that "2." can be told to follow "1.". */
function markerValue(label: string): number {
  const code = label.charCodeAt(0);
  return code >= 0x61 ? code - 0x60 : Number(label);
}

/**
 * Item markers that belong to a list: one whose neighbour in the sequence ("1." beside "2.",
 * "a)" beside "b)") is in the same paragraph. "Room 2. Then we left" has no list.
 */
function listMarkers(text: string): number[] {
  if (!FIRST_ITEM.test(text)) return [];
  const found: Marker[] = [];
  for (const match of text.matchAll(MARKER)) {
    const label = match[1] ?? '';
    const style = (label.charCodeAt(0) >= 0x61 ? 'a' : '1') + (match[2] ?? '');
    found.push({ at: match.index, style, value: markerValue(label) });
  }
  if (found.length < 2) return [];
  const present = new Set(found.map(({ style, value }) => `${style}${value}`));
  return found
    .filter(
      ({ style, value }) =>
        present.has(`${style}${value + 1}`) || present.has(`${style}${value - 1}`),
    )
    .map(({ at }) => at);
}

/**
 * Offsets where a sentence starts although ICU has no boundary there, sorted. "…" inside an
 * open quotation is a pause ("“Thanks to the efforts… And then we moved”"), not an end.
 */
export function extraSentenceStarts(text: string, quotes: QuoteTracker): readonly number[] {
  // Most paragraphs have none of what is looked for here: one scan says so.
  if (!MAY_HAVE_EXTRA.test(text)) return NONE;
  const bullets = [...text.matchAll(BULLET)].map((match) => match.index);
  const ellipses: number[] = [];
  for (const match of text.includes('…') ? text.matchAll(ELLIPSIS_THEN_CAPITAL) : []) {
    // Still inside a quotation where the next words start: a pause, not an end.
    const next = match.index + match[0].length;
    if (!quotes.isOpen(0, next)) ellipses.push(next);
  }
  // A start at 0 (a paragraph that opens with "1." or "•") is the paragraph's own start:
  // segment.ts never starts a sentence twice there, so it needs no filtering out.
  return merged(merged(bullets, listMarkers(text)), ellipses);
}

/** Two sorted lists as one (each is found in order: no sort needed). */
function merged(a: number[], b: number[]): number[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const both: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = (a[i] ?? Infinity) <= (b[j] ?? Infinity) ? a[i++] : b[j++];
    if (next !== undefined) both.push(next);
  }
  return both;
}
