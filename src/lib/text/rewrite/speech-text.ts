// What the engine is given to say for a piece of text: the text rewritten for the ear
// (abbreviations a voice gets wrong, titles in each language (titles.ts), web addresses,
// citation markers, emoji, the listener's own rules), with a map back to the original characters, so that the highlight and the saved
// place stay on the text as shown. About 300 lines: the rewrites are one pass over the text
// with one map back, and each rewrite is a few lines beside the others it must not overlap.
import { baseLanguage } from '../language';
import {
  FULL_STOP,
  isAsciiDigit,
  isAsciiLetter,
  isLetterAt,
  isUpperAt,
  isWhitespace,
} from '../sentences/characters';
import { ENGLISH_TITLES, titlesBeforeNames } from './titles';

/** One rewrite: where it applies in the original text, and what is said instead. */
interface Rewrite {
  start: number;
  end: number;
  say: string;
}

/** A way to find text to rewrite: each match of `pattern` is said as `say(match)`. */
export interface SpeechRewriter {
  pattern: RegExp;
  /** What is said for a match; null leaves the match as it is. */
  say: (match: RegExpExecArray) => string | null;
}

/** The text to speak, and where each of its characters comes from. */
export interface SpeechText {
  text: string;
  /** The offset in the original text of the character at `offset` of the spoken text. */
  original(offset: number): number;
}

/** What the listener chose about how things are said. */
export interface SpeechTextOptions {
  /** Emoji are read by the voice's own names for them, or not at all. */
  emoji: 'say' | 'skip';
  /** The listener's own rules, tried before Aloud's (see speech-rules.ts). */
  rules?: readonly SpeechRewriter[];
}

/** Abbreviations that mean one thing wherever they are (looked up in lowercase). */
const ABBREVIATIONS: Record<string, string> = {
  vs: 'versus',
  v: 'versus',
  approx: 'approximately',
  etc: 'et cetera',
  'e.g': 'for example',
  'i.e': 'that is',
};

const url = (host: string, lang: string): string => (lang === 'en' ? `a link to ${host}` : host);

/** The longest word shortened here ("approx"): a longer word before a stop is not one. */
const MAX_WORD = 6;

/** A word's first letter as written and its length, as a number to look up. */
const shapeOf = (text: string, start: number, end: number): number =>
  text.charCodeAt(start) * 8 + (end - start);

/**
 * The shape (first letter, length) of every word shortened here, as written and lowercased
 * for ABBREVIATIONS: a word before a stop of another shape is passed without being copied.
 */
const SHAPES = new Set(
  [
    ...Object.keys(ENGLISH_TITLES),
    'St',
    'No',
    'Nos',
    ...Object.keys(ABBREVIATIONS).flatMap((word) => [word, word[0]?.toUpperCase() + word.slice(1)]),
  ].map((word) => shapeOf(word, 0, word.length)),
);

/**
 * English words shortened with a full stop, said in full: titles before a name ("Sen.
 * Warren"), "St." as Saint before a name or Street after one, "No." before a number, and vs.,
 * approx., etc., e.g., i.e. One pass over the full stops, each looked at where it is: a
 * pattern for each took several times as long as splitting the text into sentences.
 */
function englishAbbreviations(text: string, rewrites: Rewrite[]): void {
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    // Most stops end a sentence or a number: the word before, if any, is looked at only as
    // far as the longest abbreviation; a stop after a digit or a space ends no word.
    const before = text.charCodeAt(dot - 1);
    if (before < 0x80 && !isAsciiLetter(before)) continue;
    let start = dot;
    while (
      start > 0 &&
      dot - start <= MAX_WORD &&
      (isLetterAt(text, start - 1) || text.charCodeAt(start - 1) === FULL_STOP)
    ) {
      start--;
    }
    if (start === dot || dot - start > MAX_WORD || !SHAPES.has(shapeOf(text, start, dot))) {
      continue;
    }
    if (dot + 1 < text.length && isLetterAt(text, dot + 1)) continue;
    const word = text.slice(start, dot);
    let next = dot + 1;
    while (next < text.length && isWhitespace(text.charCodeAt(next))) next++;
    const beforeName = next > dot + 1 && next < text.length && isUpperAt(text, next);
    let say: string | null = null;
    if (beforeName && ENGLISH_TITLES[word]) {
      say = ENGLISH_TITLES[word] ?? null;
    } else if (word === 'St') {
      // After a capitalised word ("Baker St."), a street; before a name ("St. Louis"), a saint.
      const before = /\p{Lu}\p{Ll}+\s+$/u.test(text.slice(Math.max(0, start - 24), start));
      say = before ? 'Street' : beforeName ? 'Saint' : null;
    } else if ((word === 'No' || word === 'Nos') && next - dot <= 2) {
      if (isAsciiDigit(text.charCodeAt(next))) {
        say = spacedWord(word === 'No' ? 'number' : 'numbers', text, dot + 1);
      }
    } else {
      const full = ABBREVIATIONS[word] ?? ABBREVIATIONS[word.toLowerCase()];
      // At the end ("etc.", "etc.[3]", "etc.”") the stop ends the sentence too: kept for the
      // voice's tone.
      if (full) say = endsText(text, dot + 1) ? `${full}.` : full;
    }
    if (say !== null) rewrites.push({ start, end: dot + 1, say });
  }
  // "N° 12" (with or without a stop): the word, before a number only.
  for (let sign = text.indexOf('N°'); sign >= 0; sign = text.indexOf('N°', sign + 2)) {
    const match = /^N°\.?(?=\s?\d)/.exec(text.slice(sign, sign + 5));
    if (!match) continue;
    const end = sign + match[0].length;
    rewrites.push({ start: sign, end, say: spacedWord('number', text, end) });
  }
}

/**
 * A word said in place of the text before `end`, with a space of its own where the text has
 * none there ("No.5", "N°12"): otherwise it would run into the number.
 */
function spacedWord(word: string, text: string, end: number): string {
  return isWhitespace(text.charCodeAt(end)) ? word : `${word} `;
}

/** Whether only citation markers, closing quotes and brackets, and spaces are left from `at`. */
function endsText(text: string, at: number): boolean {
  AT_END.lastIndex = at;
  return AT_END.test(text);
}

/** "[12]", "[3, 4]", "[citation needed]", "[note 2]", "[a]": for the eye only. */
const CITATION_MARKER = String.raw`\[(?:\d{1,3}(?:\s?[,–-]\s?\d{1,3})*|[Cc]itation needed|[Nn]ote \d{1,3}|[a-z])\]`;
const CITATION = new RegExp(String.raw`\s?${CITATION_MARKER}`, 'gu');
/** The end of the text, after any citation markers, closing quotes and brackets, and spaces. */
const AT_END = new RegExp(String.raw`(?:${CITATION_MARKER}|[\s"'”’»›)\]])*$`, 'uy');
/** A web address; the trailing stop of a sentence is not part of it. */
const WEB_ADDRESS =
  /\b(?:https?:\/\/(?:www\.)?|www\.)([\p{L}\d-]+(?:\.[\p{L}\d-]+)+)(?:[/?#][^\s]*[^\s.,;:!?)\]"'”’])?/giu;
/** An e-mail address, tried only where its "@" is (a scan from every word was slow). */
const EMAIL_AT = /([\p{L}\d._%+-]+)@([\p{L}\d-]+(?:\.[\p{L}\d-]+)+)\b/uy;
const LOCAL_PART = /[\p{L}\d._%+-]/u;

/** Addresses and citation markers, in every language; each looked for only if it can be there. */
function commonRewrites(text: string, lang: string, rewrites: Rewrite[]): void {
  if (text.includes('[')) rewriteWith(text, LEFT_OUT_CITATION, rewrites);
  const scheme = text.indexOf('://');
  const www = text.indexOf('www.');
  if (scheme >= 0 || www >= 0) {
    // The first address starts at "www." or at its scheme, at most "https".length before "://".
    const from = Math.max(
      0,
      Math.min(scheme >= 0 ? scheme - 5 : Infinity, www >= 0 ? www : Infinity),
    );
    rewriteWith(
      text,
      { pattern: WEB_ADDRESS, say: (match) => url(match[1] ?? '', lang) },
      rewrites,
      from,
    );
  }
  if (lang !== 'en') return; // "at" is English; elsewhere the voice says the address its way
  for (let at = text.indexOf('@'); at > 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && !isWhitespace(text.charCodeAt(start - 1))) start--;
    // Leading punctuation ("(ada@example.org") is not part of the address.
    while (start < at && !LOCAL_PART.test(text[start] ?? '')) start++;
    EMAIL_AT.lastIndex = start;
    const match = EMAIL_AT.exec(text);
    if (!match) continue;
    const end = match.index + match[0].length;
    if (!overlaps(rewrites, match.index, end)) {
      rewrites.push({ start: match.index, end, say: `${match[1]} at ${match[2]}` });
    }
  }
}

/** Emoji, with their skin tones and joined parts; ©, ® and ™ are text, and said. */
const EMOJI =
  /(?:(?![\u00a9\u00ae\u2122])\p{Extended_Pictographic}|\p{Regional_Indicator}{2})(?:\uFE0F|\p{Emoji_Modifier}|\u200D\p{Extended_Pictographic})*/gu;
/** Every emoji has one of these code units; text without any has no emoji to skip. */
const MAY_HAVE_EMOJI =
  /[\u00a9\u00ae\u203c\u2049\u2122\u2139\u2190-\u2bff\u3030\u303d\u3297\u3299\ud83c-\ud83e]/;

const leftOut = (): string => '';
const LEFT_OUT_CITATION: SpeechRewriter = { pattern: CITATION, say: leftOut };
const LEFT_OUT_EMOJI: SpeechRewriter = { pattern: EMOJI, say: leftOut };

/** Base languages ("en-GB" → "en"), remembered: asked for every chunk read. */
const baseLanguages = new Map<string, string>();

/** Adds the matches of `rewriter` that do not overlap a rewrite already taken. */
function rewriteWith(
  text: string,
  { pattern, say }: SpeechRewriter,
  rewrites: Rewrite[],
  from = 0,
): void {
  pattern.lastIndex = from;
  // A pattern without the g flag is used for its first match only: exec would find it again.
  for (let match = pattern.exec(text); match; match = pattern.global ? pattern.exec(text) : null) {
    if (match[0] === '') {
      pattern.lastIndex++; // a pattern that can match nothing must still move on
      continue;
    }
    const start = match.index;
    const end = start + match[0].length;
    if (!overlaps(rewrites, start, end)) {
      const said = say(match);
      if (said !== null && said !== match[0]) rewrites.push({ start, end, say: said });
    }
  }
}

function overlaps(rewrites: readonly Rewrite[], start: number, end: number): boolean {
  for (const taken of rewrites) if (start < taken.end && end > taken.start) return true;
  return false;
}

function byStart(a: Rewrite, b: Rewrite): number {
  return a.start - b.start;
}

/**
 * The text to say for `text` in `lang` (a BCP 47 tag), and the map back. Rewrites never
 * overlap: where two would, the one tried first wins: the listener's rules, then addresses
 * and citation markers, then abbreviations, then emoji.
 */
export function speechText(text: string, lang: string, options: SpeechTextOptions): SpeechText {
  let base = baseLanguages.get(lang);
  if (base === undefined) {
    base = baseLanguage(lang);
    baseLanguages.set(lang, base);
  }
  // One list for every call: what it holds is used up by withRewrites before this returns.
  const rewrites = scratch;
  if (rewrites.length > 0) rewrites.length = 0;
  for (const rule of options.rules ?? []) rewriteWith(text, rule, rewrites);
  commonRewrites(text, base, rewrites);
  // Abbreviations: English's on one pass over the stops, other languages' titles by pattern.
  let found: readonly Rewrite[];
  if (base === 'en') {
    const english = scratchEnglish;
    if (english.length > 0) english.length = 0;
    englishAbbreviations(text, english);
    found = english;
  } else {
    found = titlesBeforeNames(text, base);
  }
  for (const rewrite of found) {
    if (!overlaps(rewrites, rewrite.start, rewrite.end)) rewrites.push(rewrite);
  }
  if (options.emoji === 'skip' && MAY_HAVE_EMOJI.test(text)) {
    rewriteWith(text, LEFT_OUT_EMOJI, rewrites);
  }
  return withRewrites(text, rewrites);
}

const scratch: Rewrite[] = [];
const scratchEnglish: Rewrite[] = [];

/** Applies rewrites (not overlapping) and keeps, for each piece said, where it came from. */
function withRewrites(text: string, rewrites: Rewrite[]): SpeechText {
  if (rewrites.length === 0) return new Unchanged(text);
  rewrites.sort(byStart);
  // Pieces of the spoken text, each [spokenStart, originalStart, copied (1) or said (0)].
  const pieces: number[] = [];
  let spoken = '';
  let from = 0;
  for (const { start, end, say } of rewrites) {
    pieces.push(spoken.length, from, 1);
    spoken += text.slice(from, start);
    pieces.push(spoken.length, start, 0);
    spoken += say;
    from = end;
    // Text left out between two spaces leaves one of them, not both ("loops (Photo) all").
    if (say === '' && /\s$/.test(spoken) && /\s/.test(text[from] ?? '')) from++;
  }
  pieces.push(spoken.length, from, 1);
  spoken += text.slice(from);
  return new Rewritten(spoken, pieces);
}

/** Text said as it is written. */
class Unchanged implements SpeechText {
  constructor(readonly text: string) {}
  original(offset: number): number {
    return offset;
  }
}

/** Text said otherwise: its pieces, and where each comes from. */
class Rewritten implements SpeechText {
  readonly text: string;
  readonly #pieces: readonly number[];
  /** Spaces cut from the start, where something said first was left out. */
  readonly #lead: number;

  constructor(spoken: string, pieces: readonly number[]) {
    // What was removed at either end leaves spaces the voice has no use for (cut as trim()
    // would, without the copies trim() and trimStart() both make).
    let lead = 0;
    while (lead < spoken.length && isWhitespace(spoken.charCodeAt(lead))) lead++;
    let end = spoken.length;
    while (end > lead && isWhitespace(spoken.charCodeAt(end - 1))) end--;
    this.text = lead === 0 && end === spoken.length ? spoken : spoken.slice(lead, end);
    this.#lead = lead;
    this.#pieces = pieces;
  }

  original(trimmedOffset: number): number {
    const pieces = this.#pieces;
    const offset = trimmedOffset + this.#lead;
    let found = 0;
    for (let i = 0; i < pieces.length && (pieces[i] ?? 0) <= offset; i += 3) found = i;
    const spokenStart = pieces[found] ?? 0;
    const originalStart = pieces[found + 1] ?? 0;
    // Inside words said instead of others, the place is where those others begin.
    return pieces[found + 2] === 1 ? originalStart + offset - spokenStart : originalStart;
  }
}
