// Corrections to ICU's sentence boundaries where they are wrong for speech. Each check looks at a
// few characters around one boundary, so the cost per paragraph stays close to ICU's own.
import {
  isAsciiDigit,
  isAsciiLetter,
  isAsciiLower,
  isAsciiUpper,
  hasWordCharacter,
  isWhitespace,
} from './characters';

const FULL_STOP = 0x2e;
const QUESTION_MARK = 0x3f;
const EXCLAMATION_MARK = 0x21;
const HORIZONTAL_ELLIPSIS = 0x2026;

/** Longest abbreviation looked for before a full stop ("messrs", "Ph.D"): bounds the scan. */
const MAX_ABBREVIATION_LENGTH = 8;

/** How a full stop after an abbreviation relates to the word that follows it. */
type AbbreviationKind =
  /** Titles and Latin abbreviations that are followed by a name or a clause: never a sentence end. */
  | 'continues'
  /** Abbreviations that introduce a number ("No. 12", "Jan. 2027", "p. 4"): no end before a digit. */
  | 'before-number';

// Abbreviations that are not listed (etc., Jr., Inc., a.m., p.m.) keep ICU's rule: no end before
// a lowercase word, an end before a capitalised one. "at 5 p.m. Then we left" is two sentences;
// the rare "at 5 p.m. Eastern" costs a pause, which is better than running two sentences together.
const ABBREVIATIONS = new Map<string, AbbreviationKind>([
  ...[
    'mr',
    'mrs',
    'ms',
    'mx',
    'dr',
    'prof',
    'st',
    'mt',
    'ft',
    'gen',
    'col',
    'capt',
    'lt',
    'sgt',
    'cpl',
    'maj',
    'adm',
    'cmdr',
    'rep',
    'sen',
    'gov',
    'rev',
    'hon',
    'pres',
    'supt',
    'messrs',
    'mme',
    'mlle',
    'vs',
    'v',
    'cf',
    'viz',
  ].map((word): [string, AbbreviationKind] => [word, 'continues']),
  ...[
    'no',
    'nos',
    'nr',
    'vol',
    'fig',
    'figs',
    'p',
    'pp',
    'ch',
    'art',
    'sec',
    'ca',
    'approx',
    'jan',
    'feb',
    'mar',
    'apr',
    'jun',
    'jul',
    'aug',
    'sep',
    'sept',
    'oct',
    'nov',
    'dec',
  ].map((word): [string, AbbreviationKind] => [word, 'before-number']),
]);

/** Dotted abbreviations that keep ICU's rule although they contain inner full stops. */
const TIMES_OF_DAY = new Set(['a.m', 'p.m']);

/**
 * Decides whether ICU's sentence boundary at `boundary` should be dropped, i.e. the text before
 * it does not end a sentence. `sentenceStart` is where the current sentence began.
 */
export function continuesSentence(text: string, boundary: number, sentenceStart: number): boolean {
  let last = boundary - 1;
  while (last >= sentenceStart && isWhitespace(text.charCodeAt(last))) last--;
  // Only whitespace since the last boundary: it belongs with the next sentence.
  if (last < sentenceStart) return true;
  const code = text.charCodeAt(last);

  if (last === boundary - 1 && boundary < text.length) {
    // No space after the "end": ICU split inside a URL, an e-mail address or a file name
    // ("example.com/a.b?c"). Chinese and Japanese stops are not ASCII, so they still split.
    if (
      (code === FULL_STOP || code === QUESTION_MARK || code === EXCLAMATION_MARK) &&
      isUrlCharacter(text.charCodeAt(boundary))
    ) {
      return true;
    }
  }

  if (
    code === HORIZONTAL_ELLIPSIS ||
    (code === FULL_STOP &&
      text.charCodeAt(last - 1) === FULL_STOP &&
      text.charCodeAt(last - 2) === FULL_STOP)
  ) {
    // "“Thanks to the efforts… And then we moved”": a trailing-off inside a quotation goes on.
    return isInsideQuotation(text, sentenceStart, last);
  }

  const next = firstNonSpace(text, boundary);
  if (code === FULL_STOP) return isAbbreviationBefore(text, last, next);
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

/** True if the full stop at `dot` ends an abbreviation that does not end a sentence here. */
function isAbbreviationBefore(text: string, dot: number, next: number): boolean {
  let start = dot;
  while (start > 0 && dot - start < MAX_ABBREVIATION_LENGTH) {
    const code = text.charCodeAt(start - 1);
    if (!isAsciiLetter(code) && code !== FULL_STOP) break;
    start--;
  }
  if (start === dot || !isAsciiLetter(text.charCodeAt(start))) return false;
  if (start > 0) {
    const before = text.charCodeAt(start - 1);
    // Part of a longer word ("Zürich." or a word longer than any abbreviation): not one.
    if (before === FULL_STOP || isAsciiDigit(before)) return false;
    if (before >= 0x80 && hasWordCharacter(text, start - 1, start)) return false;
  }
  const nextCode = next < text.length ? text.charCodeAt(next) : -1;

  if (dot - start === 1) {
    const letter = text.charCodeAt(start);
    // Initials ("J. R. Tolkien"), but not the pronoun in "So do I. Then we left."
    if (isAsciiUpper(letter)) return letter !== 0x49; /* I */
  }
  const word = text.slice(start, dot).toLowerCase();
  if (word.includes('.')) {
    // "U.S. Army", "Ph.D. — Updated", "e.g. Nurses": dotted abbreviations go on.
    return !TIMES_OF_DAY.has(word);
  }
  const kind = ABBREVIATIONS.get(word);
  if (kind === 'continues') return true;
  if (kind === 'before-number') return isAsciiDigit(nextCode) || isAsciiLower(nextCode);
  return false;
}

const OPENING_QUOTES = new Set([0x201c, 0x201e, 0xab, 0x300c, 0x300e]); // “ „ « 「 『
const CLOSING_QUOTES = new Set([0x201d, 0xbb, 0x300d, 0x300f]); // ” » 」 』
const STRAIGHT_QUOTE = 0x22;
/** What may close a quoted or bracketed sentence end: the quotes above, and ’ ' ) ]. */
const CLOSING_PUNCTUATION = new Set([...CLOSING_QUOTES, STRAIGHT_QUOTE, 0x2019, 0x27, 0x29, 0x5d]);

/** True if a quotation opened in text[start, end) is still open at end. */
function isInsideQuotation(text: string, start: number, end: number): boolean {
  let depth = 0;
  let straight = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (OPENING_QUOTES.has(code)) depth++;
    else if (CLOSING_QUOTES.has(code)) depth = Math.max(0, depth - 1);
    else if (code === STRAIGHT_QUOTE) straight++;
  }
  return depth > 0 || straight % 2 === 1;
}
