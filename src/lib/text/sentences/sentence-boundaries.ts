// Corrections to ICU's sentence boundaries where they are wrong for speech. Each check looks at a
// few characters around one boundary, so the cost per paragraph stays close to ICU's own.
import { abbreviationRules, type AbbreviationRules } from './abbreviations';
import {
  FULL_STOP,
  isAsciiDigit,
  isAsciiLetter,
  isAsciiLower,
  isAsciiUpper,
  hasWordCharacter,
  isUpperAt,
  isWhitespace,
} from './characters';
import { ITEM_BULLETS } from './extra-starts';
import { CLOSING_QUOTES, QuoteTracker, STRAIGHT_QUOTE } from './quotes';

const QUESTION_MARK = 0x3f;
const EXCLAMATION_MARK = 0x21;
const HORIZONTAL_ELLIPSIS = 0x2026;
const OPENING_PARENTHESIS = 0x28;
const OPENING_BRACKET = 0x5b;
const LEFT_GUILLEMET = 0xab;

/** Longest abbreviation looked for before a full stop ("messrs", "Ph.D"): bounds the scan. */
const MAX_ABBREVIATION_LENGTH = 8;
/** Longest abbreviation without inner stops in the lists (abbreviations.ts): "messrs". */
const MAX_LISTED_LENGTH = 6;

/** A citation after a quotation ("“…” (Ortiz 2019, p. 4).") is looked for this far at most. */
const MAX_CITATION_LENGTH = 120;

/** Dotted abbreviations that end a sentence before a capitalised word unless it opens a phrase. */
const TIMES_OF_DAY = new Set(['a.m', 'p.m']);

/** "By 7 a.m. Dr. Okafor had seen…": a time in a phrase that opens the sentence. */
const OPENING_TIME_PHRASE = /^(?:by|at|until|till|before|after|from|since|around|about)\s\S+\s?$/i;

/** A list item marker on its own ("1.", "a)", "2.)", "•"), which never ends a sentence. */
const LONE_MARKER = new RegExp(`^(?:\\d{1,3}|[a-zA-Z])(?:\\.\\)|[.)])$|^[${ITEM_BULLETS}]$`);
/** The longest text LONE_MARKER matches ("100.)"): longer sentences are not tested against it. */
const LONGEST_MARKER = 5;

/** A citation marker ("[12]", "[citation needed]") is at most this long. */
const MAX_MARKER_LENGTH = 24;

/**
 * Where a boundary belongs when ICU put it inside a citation marker: it counts the opening
 * bracket of "long.[12] Then" as closing the sentence. The marker goes with the sentence it
 * cites, so the boundary moves past it; any other boundary stays where it is.
 */
export function pastCitationMarker(text: string, boundary: number): number {
  if (text.charCodeAt(boundary - 1) !== OPENING_BRACKET) return boundary;
  const close = text.indexOf(']', boundary);
  return close >= 0 && close - boundary < MAX_MARKER_LENGTH ? close + 1 : boundary;
}

/** What the boundary checks of one paragraph share. */
export interface ParagraphScan {
  text: string;
  rules: AbbreviationRules;
  quotes: QuoteTracker;
}

/** Sets up the checks for one paragraph in a language. */
export function scanParagraph(text: string, lang: string | undefined): ParagraphScan {
  return { text, rules: abbreviationRules(lang), quotes: new QuoteTracker(text) };
}

/**
 * Decides whether ICU's sentence boundary at `boundary` should be dropped, i.e. the text before
 * it does not end a sentence. `sentenceStart` is where the current sentence began.
 */
export function continuesSentence(
  scan: ParagraphScan,
  boundary: number,
  sentenceStart: number,
): boolean {
  const { text } = scan;
  let last = boundary - 1;
  while (last >= sentenceStart && isWhitespace(text.charCodeAt(last))) last--;
  // Only whitespace since the last boundary: it belongs with the next sentence.
  if (last < sentenceStart) return true;
  const code = text.charCodeAt(last);
  // "1." or "•" alone: the item's marker stays with its item.
  if (
    last - sentenceStart < LONGEST_MARKER &&
    LONE_MARKER.test(text.slice(sentenceStart, last + 1))
  ) {
    return true;
  }

  if (last === boundary - 1 && boundary < text.length) {
    // No space after the "end": ICU split inside a URL, an e-mail address or a file name
    // ("example.com/a.b?c"). Chinese and Japanese stops are not ASCII, so they still split.
    if (
      (code === FULL_STOP || code === QUESTION_MARK || code === EXCLAMATION_MARK) &&
      isUrlCharacter(text.charCodeAt(boundary))
    ) {
      return true;
    }
    // 「本当？」と聞いた: a quotation's question or exclamation, then a particle, goes on.
    if (CLOSING_QUOTES.has(code) && isHiragana(text.charCodeAt(boundary))) return true;
  }

  const next = firstNonSpace(text, boundary);
  const nextCode = next < text.length ? text.charCodeAt(next) : -1;
  if (
    (nextCode === OPENING_PARENTHESIS || nextCode === OPENING_BRACKET) &&
    isClosingQuote(code) &&
    citationFollows(text, next)
  ) {
    return true;
  }

  if (
    code === HORIZONTAL_ELLIPSIS ||
    (code === FULL_STOP &&
      text.charCodeAt(last - 1) === FULL_STOP &&
      text.charCodeAt(last - 2) === FULL_STOP)
  ) {
    // "“Thanks to the efforts… And then we moved”": a trailing-off inside a quotation goes on.
    return scan.quotes.isOpen(sentenceStart, last);
  }

  if (code === FULL_STOP) return isAbbreviationBefore(scan, sentenceStart, last, next);
  // ICU ends a sentence at every ? and !, but "He asked “why?” and left" goes on: a
  // lower-case word after them (and any closing quotes or brackets) continues the sentence.
  if (next < text.length && LOWER_CASE.test(text[next] ?? '')) {
    let end = last;
    while (end > sentenceStart && CLOSING_PUNCTUATION.has(text.charCodeAt(end))) end--;
    const terminal = text.charCodeAt(end);
    return terminal === QUESTION_MARK || terminal === EXCLAMATION_MARK;
  }
  return false;
}

const LOWER_CASE = /^\p{Ll}$/u;

function firstNonSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isWhitespace(text.charCodeAt(i))) i++;
  return i;
}

function isHiragana(code: number): boolean {
  return code >= 0x3041 && code <= 0x309f;
}

function isClosingQuote(code: number): boolean {
  return CLOSING_QUOTES.has(code) || code === STRAIGHT_QUOTE || code === 0x2019;
}

/** True if the bracket at `open` closes soon after, followed by a sentence's end. */
function citationFollows(text: string, open: number): boolean {
  const close = text.charCodeAt(open) === OPENING_PARENTHESIS ? ')' : ']';
  const end = text.indexOf(close, open);
  if (end < 0 || end - open > MAX_CITATION_LENGTH) return false;
  const after = text.charCodeAt(firstNonSpace(text, end + 1));
  return after === FULL_STOP || after === QUESTION_MARK || after === EXCLAMATION_MARK;
}

function isUrlCharacter(code: number): boolean {
  return (
    isAsciiLetter(code) ||
    isAsciiDigit(code) ||
    code === 0x2f /* / */ ||
    code === 0x3d /* = */ ||
    code === 0x26 /* & */ ||
    code === 0x23 /* # */ ||
    code === 0x25 /* % */ ||
    code === 0x5f /* _ */ ||
    code === 0x7e /* ~ */ ||
    code === 0x2d /* - */
  );
}

/** The lowercased word that starts at `start` (ASCII letters and Latin-1 letters). */
function wordAt(text: string, start: number): string {
  const match = /^[\p{L}]+/u.exec(text.slice(start, start + 16));
  return match ? match[0].toLowerCase() : '';
}

/** True if the full stop at `dot` ends an abbreviation or number that goes on here. */
function isAbbreviationBefore(
  scan: ParagraphScan,
  sentenceStart: number,
  dot: number,
  next: number,
): boolean {
  const { text, rules } = scan;
  const nextCode = next < text.length ? text.charCodeAt(next) : -1;

  if (rules.ordinalStop && isAsciiDigit(text.charCodeAt(dot - 1))) {
    // "am 12. Juni", "der 3. Versuch": an ordinal, unless the word after opens a sentence.
    let start = dot - 1;
    while (start > 0 && isAsciiDigit(text.charCodeAt(start - 1))) start--;
    const before = start > 0 ? text.charCodeAt(start - 1) : 0x20;
    return dot - start <= 3 && isWhitespace(before) && !rules.starters.has(wordAt(text, next));
  }

  let start = dot;
  while (start > 0 && dot - start < MAX_ABBREVIATION_LENGTH) {
    const code = text.charCodeAt(start - 1);
    if (!isAsciiLetter(code) && code !== FULL_STOP) break;
    start--;
  }
  if (start === dot || !isAsciiLetter(text.charCodeAt(start))) return false;
  if (start > 0) {
    const before = text.charCodeAt(start - 1);
    // Part of a longer word ("Zürich.", "example.org", a word longer than any abbreviation).
    if (before === FULL_STOP || isAsciiDigit(before) || isAsciiLetter(before)) return false;
    if (before >= 0x80 && hasWordCharacter(text, start - 1, start)) return false;
  }

  if (dot - start === 1) {
    const letter = text.charCodeAt(start);
    // Initials ("J. R. Tolkien"), but not the pronoun in "So do I. Then we left."
    if (isAsciiUpper(letter)) return letter !== 0x49; /* I */
  }
  const dotted = text.lastIndexOf('.', dot - 1) >= start;
  // No listed abbreviation is longer ("messrs", "approx"): most sentence ends are passed here.
  if (!dotted && dot - start > MAX_LISTED_LENGTH) return false;
  const word = text.slice(start, dot).toLowerCase();
  if (dotted) {
    // A domain ("example.org") has parts longer than an abbreviation's ("U.S", "Ph.D", "o.a").
    if (word.split('.').some((part) => part.length > 2)) return false;
    // The word after, past a quotation or bracket it opens: "the U.S. “They said…”" ends.
    const nextWord = afterOpeningMarks(text, next);
    if (!isUpperAt(text, nextWord)) return true;
    if (TIMES_OF_DAY.has(word)) {
      return OPENING_TIME_PHRASE.test(text.slice(sentenceStart, start));
    }
    // "U.S. Army" goes on; "the U.K. Nobody was surprised" ends.
    return !rules.starters.has(wordAt(text, nextWord));
  }
  const kind = rules.abbreviations.get(word);
  if (kind === 'continues') return true;
  if (kind === 'before-number') return isAsciiDigit(nextCode) || isAsciiLower(nextCode);
  return false;
}

/** Quotes and brackets that open what follows them: “ „ « » ‘ ‚ " ' ( [. */
const OPENING_MARKS = new Set([
  0x201c,
  0x201e,
  0xab,
  0xbb,
  0x2018,
  0x201a,
  STRAIGHT_QUOTE,
  0x27,
  OPENING_PARENTHESIS,
  OPENING_BRACKET,
]);

/**
 * Where the word at `at` starts, past any quotes and brackets that open before it, and the
 * space French writes after « (« Ils sont venus »).
 */
function afterOpeningMarks(text: string, at: number): number {
  let i = at;
  while (i < text.length && OPENING_MARKS.has(text.charCodeAt(i))) {
    i = text.charCodeAt(i) === LEFT_GUILLEMET ? firstNonSpace(text, i + 1) : i + 1;
  }
  return i;
}

/**
 * What may close a quoted or bracketed sentence end: closing quotes, ’ ' ) ], and the “ ‘ that
 * close German quotations („warum?“ und ging).
 */
const CLOSING_PUNCTUATION = new Set([
  ...CLOSING_QUOTES,
  STRAIGHT_QUOTE,
  0x2019,
  0x27,
  0x29,
  0x5d,
  0x201c,
  0x2018,
]);
