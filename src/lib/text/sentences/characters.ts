// Character classes used by the segmenter. They work on UTF-16 code units so that the hot loops
// never allocate strings.

/** ".", the code unit both the sentence splitter and the rewrites look for. */
export const FULL_STOP = 0x2e;

/** True for exactly the code units that String.prototype.trim() and /\s/ treat as whitespace. */
export function isWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** True for A-Z and a-z. */
export function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** True for 0-9. */
export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** True for A-Z. */
export function isAsciiUpper(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

/** True for a capital at `at` in `text`: ASCII at once, others by their Unicode category. */
export function isUpperAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code < 0x80 ? isAsciiUpper(code) : /\p{Lu}/u.test(text[at] ?? '');
}

const LETTER = /\p{L}/u;
const LOWER_CASE = /\p{Ll}/u;

/** True for a letter at `at` in `text`, in any script: ASCII at once, others by their category. */
export function isLetterAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) return isAsciiLetter(code);
  return isCommonLetter(code) || LETTER.test(text[at] ?? '');
}

/** True for a lowercase letter at `at` in `text`, in any script. */
export function isLowerAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code < 0x80 ? isAsciiLower(code) : LOWER_CASE.test(text[at] ?? '');
}

/** True for a-z. */
export function isAsciiLower(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

/** True for the first half of a surrogate pair. */
export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** True for the second half of a surrogate pair. */
export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * True for some code units that belong to the character before them: the Latin combining
 * diacritics (U+0300–036F) and those for symbols (U+20D0–20FF), the zero-width joiner and
 * non-joiner, variation selectors 1–16, and the second half of a surrogate pair. Not every
 * combining mark (not Thai's, Devanagari's or Arabic's): cuts that must respect those go by
 * grapheme clusters (chunks.ts's hard cuts use Intl.Segmenter).
 */
export function extendsPrevious(code: number): boolean {
  return (
    isLowSurrogate(code) ||
    (code >= 0x0300 && code <= 0x036f) ||
    code === 0x200c ||
    code === 0x200d ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    (code >= 0x20d0 && code <= 0x20ff)
  );
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * True for the letters most text outside ASCII is written in, by code ranges that hold letters
 * only: Latin with accents, Greek, Cyrillic, Arabic and Persian, kana and Han. Others are asked
 * of the Unicode category (a regular expression per character, many times slower).
 */
function isCommonLetter(code: number): boolean {
  if (code < 0x0250) return (code >= 0xc0 && code !== 0xd7 && code !== 0xf7) || code === 0xaa;
  if (code < 0x0800) {
    return (
      (code >= 0x0388 && code <= 0x038a) ||
      code === 0x038c ||
      (code >= 0x038e && code <= 0x03a1) ||
      (code >= 0x03a3 && code <= 0x03f5) ||
      (code >= 0x03f7 && code <= 0x03ff) ||
      (code >= 0x0400 && code <= 0x0481) ||
      (code >= 0x048a && code <= 0x052f) ||
      (code >= 0x0621 && code <= 0x064a) ||
      (code >= 0x0671 && code <= 0x06d3)
    );
  }
  return (
    (code >= 0x3041 && code <= 0x3096) ||
    (code >= 0x30a1 && code <= 0x30fa) ||
    (code >= 0x4e00 && code <= 0x9fff)
  );
}

/** True if text[start, end) holds a letter or digit in any script, i.e. something to say. */
export function hasWordCharacter(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (isAsciiLetter(code) || isAsciiDigit(code)) return true;
      continue;
    }
    if (isCommonLetter(code)) return true;
    // Rare path: let the Unicode property escape decide, one code point at a time.
    const point = text.codePointAt(i) ?? code;
    if (WORD_CHARACTER.test(String.fromCodePoint(point))) return true;
    if (point > 0xffff) i++;
  }
  return false;
}
