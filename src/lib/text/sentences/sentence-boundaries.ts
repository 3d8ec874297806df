// Corrections to ICU's sentence boundaries where they are wrong for speech. Each check looks at a
// few characters around one boundary, so the cost per paragraph stays close to ICU's own.
import { languageRules, listedKey, MAX_LISTED_LENGTH, type LanguageRules } from './language-rules';
import {
  FULL_STOP,
  isAsciiDigit,
  isAsciiLetter,
  isLetterAt,
  isLowerAt,
  isUpperAt,
  isWhitespace,
} from './characters';
import type { CjkBrackets } from './cjk-brackets';
import { ITEM_BULLETS } from './extra-starts';
import { CLOSING_QUOTES, QuoteTracker, STRAIGHT_QUOTE } from './quotes';

const QUESTION_MARK = 0x3f;
const EXCLAMATION_MARK = 0x21;
const HORIZONTAL_ELLIPSIS = 0x2026;
const OPENING_PARENTHESIS = 0x28;
const OPENING_BRACKET = 0x5b;
const LEFT_GUILLEMET = 0xab;

const SEMICOLON = 0x3b;
const GREEK_QUESTION_MARK = 0x37e;
const DEGREE_SIGN = 0xb0;
const MASCULINE_ORDINAL = 0xba;
const SPACE = 0x20;

/** Longest abbreviation looked for before a full stop ("messrs", "Ph.D"): bounds the scan. */
const MAX_ABBREVIATION_LENGTH = 8;
/** "The thing is . . . I never": three spaced stops are a pause inside a sentence, four end one. */
const SPACED_ELLIPSIS_STOPS = 3;

/** A citation after a quotation ("“…” (Ortiz 2019, p. 4).") is looked for this far at most. */
const MAX_CITATION_LENGTH = 120;

/** Dotted abbreviations that end a sentence before a capitalised word unless it opens a phrase. */
const TIMES_OF_DAY = new Set(['a.m', 'p.m']);

/** "By 7 a.m. Dr. Okafor had seen…": a time in a phrase that opens the sentence. */
const OPENING_TIME_PHRASE = /^(?:by|at|until|till|before|after|from|since|around|about)\s\S+\s?$/i;

/**
 * A list item marker on its own ("1.", "a)", "2.)", "•", "• 9.", "⁃9."), which never ends a
 * sentence.
 */
const LONE_MARKER = new RegExp(
  `^(?:[${ITEM_BULLETS}]\\s?)?(?:\\d{1,3}|[a-zA-Z])(?:\\.\\)|[.)])$|^[${ITEM_BULLETS}]$`,
);
/** The longest text LONE_MARKER matches ("• 100.)"): longer sentences are not tested against it. */
const LONGEST_MARKER = 7;

/** A citation marker ("[12]", "[citation needed]") is at most this long. */
const MAX_MARKER_LENGTH = 24;

/**
 * Where a boundary belongs when it comes before a citation: ICU counts the opening bracket of
 * "long.[12] Then" as closing the sentence, and ends a quotation before its source in "“…”
 * (Lee 12) Others disagree". The citation goes with the sentence it cites, so the boundary
 * moves past it; any other boundary stays where it is.
 */
export function pastCitationMarker(text: string, boundary: number): number {
  const opening = text.charCodeAt(boundary - 1);
  if (opening === OPENING_BRACKET) {
    const close = indexWithin(text, ']', boundary, MAX_MARKER_LENGTH);
    return close >= 0 ? close + 1 : boundary;
  }
  const code = text.charCodeAt(boundary);
  if (code !== OPENING_PARENTHESIS && code !== OPENING_BRACKET) return boundary;
  let quote = boundary - 1;
  while (quote > 0 && isWhitespace(text.charCodeAt(quote))) quote--;
  if (!isClosingQuote(text.charCodeAt(quote))) return boundary;
  const end = citationEnd(text, boundary);
  // Followed by its own stop, the citation is kept by continuesSentence instead.
  return end > 0 && (end === text.length || isWhitespace(text.charCodeAt(end))) ? end : boundary;
}

/** Chinese and Japanese opening brackets: 〈 《 「 『 【 are the even code points here, and （. */
function isCjkOpening(code: number): boolean {
  return (code >= 0x3008 && code <= 0x3011 && code % 2 === 0) || code === 0xff08;
}

/**
 * Where a boundary belongs when ICU put it after an opening bracket: it gives the 「 of
 * "帰った！「本当？」" to the sentence before. The bracket opens the next one.
 */
export function beforeOpeningBrackets(text: string, boundary: number): number {
  let at = boundary;
  while (at > 0 && isCjkOpening(text.charCodeAt(at - 1))) at--;
  return at;
}

/**
 * Where `search` is in text from `from`, looked for only `within` characters far: a search to
 * the paragraph's end from every bracket would be quadratic in a paragraph of unclosed ones.
 */
function indexWithin(text: string, search: string, from: number, within: number): number {
  const code = search.charCodeAt(0);
  const end = Math.min(text.length, from + within);
  for (let i = from; i < end; i++) if (text.charCodeAt(i) === code) return i;
  return -1;
}

/** What the boundary checks of one paragraph share. */
export interface ParagraphScan {
  text: string;
  rules: LanguageRules;
  quotes: QuoteTracker;
  /** Chinese and Japanese titles and quotations, if the paragraph has any. */
  brackets: CjkBrackets | null;
}

/** Sets up the checks for one paragraph in a language. */
export function scanParagraph(text: string, lang: string | undefined): ParagraphScan {
  const rules = languageRules(lang);
  return { text, rules, quotes: new QuoteTracker(text), brackets: rules.brackets?.(text) ?? null };
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
  // 《你好！世界》, 「なぜ？」と聞いた: the title's or quotation's own end.
  if (scan.brackets?.holds(text, boundary)) return true;

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
  if (wrapsLine(text, last, next)) return true;
  const nextCode = next < text.length ? text.charCodeAt(next) : -1;
  if (
    (nextCode === OPENING_PARENTHESIS || nextCode === OPENING_BRACKET) &&
    isClosingQuote(code) &&
    citationFollows(text, next)
  ) {
    return true;
  }

  if (code === FULL_STOP) {
    const before = text.charCodeAt(last - 1);
    if (before === FULL_STOP && text.charCodeAt(last - 2) === FULL_STOP) {
      // "“Thanks to the efforts... And then we moved”": a trailing-off inside a quotation goes on.
      return scan.quotes.isOpen(sentenceStart, last);
    }
    // "EE. UU..", "the U.S..": the abbreviation's stop, then the sentence's.
    if (before === FULL_STOP) return false;
    if (before === SPACE && text.charCodeAt(last - 2) === FULL_STOP) {
      return spacedEllipsisGoesOn(scan, last, sentenceStart, next);
    }
    return isAbbreviationBefore(scan, sentenceStart, last, next);
  }
  if (code === HORIZONTAL_ELLIPSIS) return scan.quotes.isOpen(sentenceStart, last);
  // ICU ends a sentence at every ? and !, but "He asked “why?” and left" goes on: a
  // lower-case word after them (and any closing quotes or brackets) continues the sentence.
  if (next < text.length && isLowerAt(text, next)) {
    let end = last;
    while (end > sentenceStart && CLOSING_PUNCTUATION.has(text.charCodeAt(end))) end--;
    const terminal = text.charCodeAt(end);
    return (
      terminal === QUESTION_MARK ||
      terminal === EXCLAMATION_MARK ||
      (scan.rules.semicolonAsks === true &&
        (terminal === SEMICOLON || terminal === GREEK_QUESTION_MARK))
    );
  }
  return false;
}

/**
 * A spaced ellipsis (". . .") before the boundary: three stops after a space leave words out
 * inside a sentence ("The thing is . . . I never went"), unless a word that opens sentences
 * follows ("It faded . . . Then the lights came on"); a fourth stop, or a first one written
 * against the word before, is the sentence's own ("lost . . . . Nobody", "sentence. . . . The").
 */
function spacedEllipsisGoesOn(
  scan: ParagraphScan,
  last: number,
  sentenceStart: number,
  next: number,
): boolean {
  const { text } = scan;
  const nextWord = wordAt(text, next);
  if (nextWord !== 'i' && scan.rules.starters.has(nextWord)) return false;
  let stops = 1;
  let first = last;
  while (
    first - 2 >= sentenceStart &&
    text.charCodeAt(first - 1) === SPACE &&
    text.charCodeAt(first - 2) === FULL_STOP
  ) {
    first -= 2;
    stops++;
  }
  return (
    stops === SPACED_ELLIPSIS_STOPS && (first === 0 || isWhitespace(text.charCodeAt(first - 1)))
  );
}

const LINE_FEED = 0x0a;
/** What ends a sentence or a line of a list: a line that ends without one is cut off. */
const LINE_END = /[.!?…。！？;:,”’"')\]]$/u;

/**
 * True if a line break between `last` and `next` only wraps a sentence: "It was a cold\nnight
 * in the city." (text copied from a PDF) goes on where the line before has no end of its own
 * and the next opens in lowercase and ends the sentence. Lines that end nothing and lead to
 * none ("features\ncontact manager") are items, each said on its own.
 */
function wrapsLine(text: string, last: number, next: number): boolean {
  if (next >= text.length || !isLowerAt(text, next)) return false;
  let lineFeed = last + 1;
  while (lineFeed < next && text.charCodeAt(lineFeed) !== LINE_FEED) lineFeed++;
  if (lineFeed === next) return false;
  if (LINE_END.test(text[last] ?? '')) return false;
  let lineEnd = text.indexOf('\n', next);
  if (lineEnd < 0) lineEnd = text.length;
  while (lineEnd > next && isWhitespace(text.charCodeAt(lineEnd - 1))) lineEnd--;
  const end = text.charCodeAt(lineEnd - 1);
  return end === FULL_STOP || end === QUESTION_MARK || end === EXCLAMATION_MARK;
}

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

/**
 * Where the citation in the bracket at `open` ends (past its closing bracket), or -1 if it is
 * not one: it closes soon, and does not end with a stop of its own ("(He did not.)" is a
 * sentence).
 */
function citationEnd(text: string, open: number): number {
  const close = text.charCodeAt(open) === OPENING_PARENTHESIS ? ')' : ']';
  const end = indexWithin(text, close, open, MAX_CITATION_LENGTH + 1);
  if (end < 0) return -1;
  const inside = text.charCodeAt(end - 1);
  return inside === FULL_STOP || inside === QUESTION_MARK || inside === EXCLAMATION_MARK
    ? -1
    : end + 1;
}

/** True if a citation in the bracket at `open` is followed by a sentence's end: "(Lee 12)." */
function citationFollows(text: string, open: number): boolean {
  const end = citationEnd(text, open);
  if (end < 0) return false;
  const after = text.charCodeAt(firstNonSpace(text, end));
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

const MARK = /\p{M}/u;

/** A letter, or a mark written over or under one (Arabic's vowel signs, "ًا"). */
function isWordPartAt(text: string, at: number): boolean {
  return isLetterAt(text, at) || (text.charCodeAt(at) >= 0x300 && MARK.test(text[at] ?? ''));
}

/** The lowercased word that starts at `start`, in any script (its first 16 letters). */
function wordAt(text: string, start: number): string {
  let end = start;
  while (end < text.length && end - start < 16 && isLetterAt(text, end)) end++;
  return text.slice(start, end).toLowerCase();
}

/** The start of the word that ends just before `end` (past spaces), or -1 if there is none. */
function wordBefore(text: string, end: number): number {
  let i = end;
  while (i > 0 && isWhitespace(text.charCodeAt(i - 1))) i--;
  if (i === end) return -1;
  let start = i;
  while (start > 0 && isLetterAt(text, start - 1)) start--;
  return start < i ? start : -1;
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
  const previous = text.charCodeAt(dot - 1);

  if (isAsciiDigit(previous)) {
    // "am 12. Juni", "der 3. Versuch": an ordinal, unless the word after opens a sentence.
    if (!rules.ordinalStop) return false;
    let start = dot - 1;
    while (start > 0 && isAsciiDigit(text.charCodeAt(start - 1))) start--;
    const before = start > 0 ? text.charCodeAt(start - 1) : SPACE;
    return dot - start <= 3 && isWhitespace(before) && !rules.starters.has(wordAt(text, next));
  }
  // "N°. 12", "Nº. 4411.20.7": the sign of a number, before its number.
  if (previous === DEGREE_SIGN || previous === MASCULINE_ORDINAL) return isAsciiDigit(nextCode);

  let start = dot;
  // Whether the word has stops inside ("U.S", "Ph.D", "o.a").
  let dotted = false;
  while (start > 0 && dot - start < MAX_ABBREVIATION_LENGTH) {
    const code = text.charCodeAt(start - 1);
    if (code === FULL_STOP) dotted = true;
    else if (!isLetterAt(text, start - 1)) break;
    start--;
  }
  if (start === dot || !isLetterAt(text, start)) return false;
  if (start > 0) {
    const before = text.charCodeAt(start - 1);
    // Part of a longer word ("Zürich.", "example.org", "متأخرًا.", a word longer than any
    // abbreviation).
    if (before === FULL_STOP || isAsciiDigit(before) || isWordPartAt(text, start - 1)) {
      return false;
    }
  }

  if (dot - start === 1) {
    // "J. R. Tolkien", "А. С. Пушкин": an initial, unless what follows opens a sentence
    // ("vitamin C. It helps").
    if (isUpperAt(text, start)) return initialGoesOn(scan, start, next);
    // Arabic, Persian, Hebrew have no capitals: a letter alone with a stop ("د. أحمد", Dr.)
    // is an abbreviation.
    if (!isLowerAt(text, start)) return isLetterAt(text, next);
  }
  // No listed abbreviation is longer ("einschl"), nor has this first letter and
  // length: most sentence ends are passed here, without a copy of their last word.
  if (
    !dotted &&
    (dot - start > MAX_LISTED_LENGTH || !rules.listedKeys.has(listedKey(text, start, dot)))
  ) {
    return false;
  }
  const word = text.slice(start, dot).toLowerCase();
  // "EE. UU.", "av. J.-C.": a stop inside an abbreviation of several words.
  const rests = rules.phrases.get(word);
  if (rests?.some((rest) => text.slice(dot + 1, dot + 1 + rest.length).toLowerCase() === rest)) {
    return true;
  }
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
  if (kind === 'continues') {
    // "в 1990 г. Потом": after a number, a title's letters are a unit or a year.
    const before = start - 1;
    return !(isWhitespace(text.charCodeAt(before)) && isAsciiDigit(text.charCodeAt(before - 1)));
  }
  if (kind === 'before-number') return isAsciiDigit(nextCode) || isLowerAt(text, next);
  return false;
}

/**
 * Whether the stop after a capital letter alone is an initial's. The pronoun "I" ends a
 * sentence ("…you and I. Then"), unless it stands between names ("Albert I. Jones").
 */
function initialGoesOn(scan: ParagraphScan, letter: number, next: number): boolean {
  const { text, rules } = scan;
  const opensSentence = isUpperAt(text, next) && rules.starters.has(wordAt(text, next));
  if (text.charCodeAt(letter) !== 0x49 /* I */ || rules.starters.size === 0) {
    return !opensSentence;
  }
  const name = wordBefore(text, letter);
  return name >= 0 && isUpperAt(text, name) && isUpperAt(text, next) && !opensSentence;
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
