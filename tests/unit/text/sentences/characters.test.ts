// The character classes the segmenter cuts text with. Each is checked against what JavaScript
// itself (its regular expressions, trim, surrogate pairs, grapheme clusters) says about every
// UTF-16 code unit: a class that disagreed would cut a sentence or a chunk in the wrong place.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  extendsPrevious,
  hasWordCharacter,
  isAsciiDigit,
  isAsciiLetter,
  isAsciiLower,
  isAsciiUpper,
  isLetterAt,
  isLowerAt,
  isHighSurrogate,
  isLowSurrogate,
  isUpperAt,
  isWhitespace,
} from '../../../../src/lib/text/sentences/characters';

const EVERY_CODE_UNIT = Array.from({ length: 0x10000 }, (_, code) => code);

/** The code units for which `test` is true, where JavaScript's own `expected` is not (or v.v.). */
function disagreements(
  test: (code: number) => boolean,
  expected: (code: number) => boolean,
): string[] {
  return EVERY_CODE_UNIT.filter((code) => test(code) !== expected(code)).map(
    (code) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`,
  );
}

const unit = (code: number): string => String.fromCharCode(code);

describe('whitespace', () => {
  it('is exactly what trim() removes and \\s matches', () => {
    expect(disagreements(isWhitespace, (code) => unit(code).trim() === '')).toEqual([]);
    expect(disagreements(isWhitespace, (code) => /\s/.test(unit(code)))).toEqual([]);
  });
});

describe('ASCII letters and digits', () => {
  it.each([
    ['letters', isAsciiLetter, /[A-Za-z]/],
    ['capitals', isAsciiUpper, /[A-Z]/],
    ['small letters', isAsciiLower, /[a-z]/],
    ['digits', isAsciiDigit, /[0-9]/],
  ])('%s are exactly those of the ASCII range', (_, test, pattern) => {
    expect(disagreements(test, (code) => pattern.test(unit(code)))).toEqual([]);
  });
});

describe('a capital in a text', () => {
  it('is exactly an uppercase letter, in any script', () => {
    const inText = (code: number) => isUpperAt(`a${unit(code)}`, 1);
    expect(disagreements(inText, (code) => /\p{Lu}/u.test(unit(code)))).toEqual([]);
  });

  it('is not found past the end of the text', () => {
    expect(isUpperAt('A', 1)).toBe(false);
  });
});

describe('surrogate pairs', () => {
  // A pair is one character (an emoji, a rare Han character): a cut between its halves would
  // hand the voice two broken halves.
  it('knows the halves that make one character together', () => {
    const pairsWithLowHalf = (code: number) =>
      (String.fromCharCode(code, 0xdc00).codePointAt(0) ?? 0) > 0xffff;
    const pairsWithHighHalf = (code: number) =>
      (String.fromCharCode(0xd800, code).codePointAt(0) ?? 0) > 0xffff;
    expect(disagreements(isHighSurrogate, pairsWithLowHalf)).toEqual([]);
    expect(disagreements(isLowSurrogate, pairsWithHighHalf)).toEqual([]);
  });
});

describe('code units that belong to the character before them', () => {
  const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
  const characterCount = (text: string) => [...graphemes.segment(text)].length;

  // Unassigned code units (the end of the symbol marks' block) may go either way.
  const unassigned = /\p{Cn}/u;

  it('never start a character of their own', () => {
    const wrong = EVERY_CODE_UNIT.filter(extendsPrevious).filter((code) => {
      if (unassigned.test(unit(code))) return false;
      // A second half goes with a first half; any other mark can follow a plain letter.
      const before = isLowSurrogate(code) ? '\ud83d' : 'e';
      return characterCount(before + unit(code)) !== 1;
    });
    expect(wrong).toEqual([]);
  });

  it('include accents, joiners, variation selectors, marks on symbols and second halves', () => {
    const marks = [0x0300, 0x0301, 0x036f, 0x200c, 0x200d, 0xfe00, 0xfe0f, 0x20d0, 0x20e3, 0x20ff];
    const halves = [0xdc00, 0xde00, 0xdfff];
    expect([...marks, ...halves].filter((code) => !extendsPrevious(code))).toEqual([]);
  });

  it('do not include the characters next to them', () => {
    // Each just outside one of the ranges, and each a character of its own.
    const neighbours = [
      0x02ff, 0x0370, 0x200b, 0x200e, 0x20cf, 0x2100, 0xfdff, 0xfe10, 0xdbff, 0xe000, 0x41,
    ];
    expect(neighbours.filter(extendsPrevious)).toEqual([]);
    expect(neighbours.filter((code) => characterCount(`e${unit(code)}`) === 1)).toEqual([]);
  });
});

describe('letters in any script', () => {
  it('are exactly what Unicode calls letters, and lowercase ones its lowercase, for every code unit', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const character = String.fromCharCode(code);
      expect(isLetterAt(character, 0), code.toString(16)).toBe(/\p{L}/u.test(character));
      expect(isLowerAt(character, 0), code.toString(16)).toBe(/\p{Ll}/u.test(character));
    }
  });
});

describe('something to say', () => {
  const WORD = /[\p{L}\p{N}]/u;

  it.each([
    ['Hello', true],
    ['42', true],
    ['— … !?', false],
    ['', false],
    ['🎉 👍🏽', false],
    ['«Ça»', true],
    ['東京', true],
    ['٣', true], // an Arabic-Indic digit
    ['𝒜', true], // a letter outside the first plane, as a surrogate pair
    ['𝒜'.slice(0, 1), false], // half of it is nothing to say
  ])('“%s” has a letter or digit: %s', (text, expected) => {
    expect(hasWordCharacter(text, 0, text.length)).toBe(expected);
  });

  it('looks only between start and end', () => {
    const text = 'a — b';
    expect(hasWordCharacter(text, 1, 4)).toBe(false);
    expect(hasWordCharacter(text, 0, 1)).toBe(true);
    expect(hasWordCharacter(text, 4, 5)).toBe(true);
    expect(hasWordCharacter('— é —', 1, 4)).toBe(true);
    expect(hasWordCharacter('— é —', 3, 5)).toBe(false);
  });

  it('agrees with Unicode’s letters and numbers on any text (property)', () => {
    const pieces = fc.constantFrom(
      'a',
      'Z',
      '0',
      '9',
      ' ',
      '.',
      '—',
      'é',
      '東',
      '🎉',
      '𝒜',
      '\uffff',
      '@',
      '[',
      '`',
      '{',
      '/',
      ':',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(hasWordCharacter(text, 0, text.length)).toBe(WORD.test(text));
      }),
      { numRuns: 500 },
    );
  });
});
