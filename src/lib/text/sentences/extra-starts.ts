// Sentence starts that ICU does not see: items of a list written inline ("Bring: 1. A map
// 2. A torch", "• A map • A torch"), a new sentence after a trailing-off "…", after numbered
// references ("…patients.7 8 Later studies…"), an ellipsis that opens a sentence ("here.
// . . . and then"), and the starts a language writes in its own way (language-rules.ts).
import { isAsciiDigit, isLetterAt, isLowerAt, isWhitespace } from './characters';
import type { LanguageRules } from './language-rules';
import type { QuoteTracker } from './quotes';

/** Bullets that mark list items: • ◦ ‣ ⁃ ▪ ● ∙ (sentence-boundaries.ts keeps one with its item). */
export const ITEM_BULLETS = '•◦‣⁃▪●∙';
/** A bullet after a space or at the start. */
const BULLET = new RegExp(`(?<!\\S)[${ITEM_BULLETS}]`, 'g');
/** A bullet or a first item marker: without any, a paragraph has no item to start. */
const MAY_HAVE_ITEMS = new RegExp(`[${ITEM_BULLETS}]|[1a][.)]\\)?\\s`);

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

/**
 * Numbered references after a sentence's stop, then a capitalised word: "…in older
 * patients.7 8 Later studies…" (the numbers are the sentence's, as a "[7]" marker is). Tried
 * just after a stop that follows a lowercase letter.
 */
const REFERENCES_THEN_CAPITAL = /\d{1,3}(?:,? ?\d{1,3})*\s+(?=\p{Lu})/uy;

/**
 * An ellipsis that opens a sentence after another's stop: "The tape runs out here. . . . and
 * then the lights went out." (a lowercase word after it: words left out before it). Tried
 * just after a stop that follows a letter; the match ends where the sentence starts.
 */
const SPACE_THEN_ELLIPSIS = /\s+(?=(?:\. \. \.|\.\.\.|…)\s*\p{Ll})/uy;

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
export function extraSentenceStarts(
  text: string,
  quotes: QuoteTracker,
  rules: LanguageRules,
): readonly number[] {
  const ownStarts = languageStarts(text, rules);
  const afterStop = startsAfterStops(text, rules);
  const ellipses: number[] = [];
  for (const match of text.includes('…') ? text.matchAll(ELLIPSIS_THEN_CAPITAL) : []) {
    // Still inside a quotation where the next words start: a pause, not an end.
    const next = match.index + match[0].length;
    if (!quotes.isOpen(0, next)) ellipses.push(next);
  }
  // Most paragraphs have no list: one scan says so.
  const items = MAY_HAVE_ITEMS.test(text)
    ? merged(
        [...text.matchAll(BULLET)].map((match) => match.index),
        listMarkers(text),
      )
    : NONE;
  // A start at 0 (a paragraph that opens with "1." or "•") is the paragraph's own start:
  // segment.ts never starts a sentence twice there, so it needs no filtering out.
  return merged(merged(items, ellipses), merged(afterStop, ownStarts));
}

/**
 * Starts after numbered references ("patients.7 8 Later") and before an ellipsis that opens a
 * sentence ("here. . . . and then"): each looked for only after a full stop that ends a word.
 */
function startsAfterStops(text: string, rules: LanguageRules): readonly number[] {
  let starts: number[] | null = null;
  for (let dot = text.indexOf('.'); dot > 0; dot = text.indexOf('.', dot + 1)) {
    const next = text.charCodeAt(dot + 1);
    let pattern: RegExp;
    if (isAsciiDigit(next)) {
      // After a word of two lowercase letters or more that is not an abbreviation ("vol.3").
      let start = dot;
      while (start > 0 && isLowerAt(text, start - 1)) start--;
      if (dot - start < 2 || isLetterAt(text, start - 1)) continue;
      if (rules.abbreviations.has(text.slice(start, dot))) continue;
      pattern = REFERENCES_THEN_CAPITAL;
    } else if (isWhitespace(next) && mayOpenEllipsis(text, dot + 2) && isLetterAt(text, dot - 1)) {
      pattern = SPACE_THEN_ELLIPSIS;
    } else {
      continue;
    }
    pattern.lastIndex = dot + 1;
    if (pattern.test(text)) (starts ??= []).push(pattern.lastIndex);
  }
  return starts ?? NONE;
}

/** True if an ellipsis may start at `at` or after a few more spaces: ".", "…". */
function mayOpenEllipsis(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && isWhitespace(text.charCodeAt(i))) i++;
  const code = text.charCodeAt(i);
  return code === 0x2e || code === 0x2026;
}

/** The starts a language writes in its own way: Greek's ";" question, Dutch "'s Avonds". */
function languageStarts(text: string, { starts }: LanguageRules): readonly number[] {
  if (!starts) return NONE;
  let found: number[] | null = null;
  starts.lastIndex = 0;
  for (let match = starts.exec(text); match; match = starts.exec(text)) {
    (found ??= []).push(match.index + match[0].length);
  }
  return found ?? NONE;
}

/** Two sorted lists as one (each is found in order: no sort needed). */
function merged(a: readonly number[], b: readonly number[]): readonly number[] {
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
