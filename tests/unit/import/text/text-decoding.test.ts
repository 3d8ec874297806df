import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../../src/lib/import/text/text-decoding';
import { LATIN1, PNG_START, utf16le, utf16WithoutMark } from './encoded-text';

const JAPANESE = '猫はソファで寝ています。今日はいい天気なので、散歩に行きます。';
const RUNS = Number(process.env.FUZZ_RUNS ?? 500);

/** The text decodeText found, or the reason it found none. */
function decoded(bytes: Uint8Array): string {
  const result = decodeText(bytes);
  return result.ok ? `${result.encoding}: ${result.text}` : result.reason;
}

describe('decodeText', () => {
  it('decodes UTF-8, dropping a byte order mark', () => {
    expect(decoded(new TextEncoder().encode('Déjà vu'))).toBe('utf-8: Déjà vu');
    expect(decoded(new Uint8Array([0xef, 0xbb, 0xbf, 0x48, 0x69]))).toBe('utf-8: Hi');
  });

  it('decodes UTF-16 little- and big-endian with a byte order mark', () => {
    expect(decoded(utf16le('Hi ✓'))).toBe('utf-16le: Hi ✓');
    expect(decoded(new Uint8Array([0xfe, 0xff, 0x00, 0x48, 0x00, 0x69]))).toBe('utf-16be: Hi');
  });

  it('recognises UTF-16 without a byte order mark, either way round', () => {
    expect(decoded(utf16WithoutMark('Plain old notes.', 'le'))).toBe('utf-16le: Plain old notes.');
    expect(decoded(utf16WithoutMark('Plain old notes.', 'be'))).toBe('utf-16be: Plain old notes.');
  });

  it.each([
    ['Russian', 'Кошка спит на диване.\nПогода сегодня хорошая, и мы идём гулять.'],
    ['Greek', 'Η γάτα κοιμάται στον καναπέ.\nΣήμερα ο καιρός είναι καλός.'],
    [
      'Japanese, with line breaks',
      '猫はソファで寝ています。\n今日はいい天気なので、散歩に行きます。',
    ],
    ['Japanese, on one line', JAPANESE],
    ['Chinese, on one line', '猫在沙发上睡觉。今天天气很好，我们去散步吧。'],
    // 一 (U+4E00) and the full-width space put NULs in the other lane than the line break's.
    [
      'Japanese, with 一 and a full-width space',
      '　猫は一匹、ソファで寝ています。\n今日は一日中いい天気です。',
    ],
    ['Chinese, with 一', '我有一只猫。\n今天天气很好，我们一起去散步吧。'],
  ])('recognises %s saved as UTF-16 without a byte order mark, either way round', (_, text) => {
    expect(decoded(utf16WithoutMark(text, 'le'))).toBe(`utf-16le: ${text}`);
    expect(decoded(utf16WithoutMark(text, 'be'))).toBe(`utf-16be: ${text}`);
  });

  it('recognises UTF-16 without a mark whose first 8 KB end inside an emoji', () => {
    // 4,095 characters take 8,190 bytes: the emoji's two halves fall either side of 8,192,
    // and the first half alone is not text.
    const text = `${JAPANESE.repeat(200).slice(0, 4095)}🐈${JAPANESE}`;
    expect(decodeText(utf16WithoutMark(text, 'le'))).toEqual({
      ok: true,
      text,
      encoding: 'utf-16le',
      guessed: true,
    });
  });

  it('reads UTF-16 holding a rare character that is not text (a maker’s logo) all the same', () => {
    // U+F8FF is private: Apple's logo on a Mac, nothing elsewhere.
    const text = `${'Кошка спит на диване. '.repeat(5)}\uf8ff`;
    expect(decoded(utf16WithoutMark(text, 'le'))).toBe(`utf-16le: ${text}`);
    expect(decoded(utf16WithoutMark(`${JAPANESE.repeat(4)}\uf8ff`, 'be'))).toMatch(/^utf-16be: /);
  });

  it('reads katakana in UTF-16, which holds no control byte at all, the right way round', () => {
    // マ, ミ and ポ the wrong way round are halves of pairs; the other letters are all "text".
    const text = 'ポマードとミミズ'.repeat(3);
    expect(decoded(utf16WithoutMark(text, 'be'))).toBe(`utf-16be: ${text}`);
  });

  it('reads a UTF-8 file whose first 8 KB end inside a letter as UTF-8', () => {
    const text = `${'a'.repeat(8191)}${'я'.repeat(10)}`;
    expect(decodeText(new TextEncoder().encode(text))).toEqual({
      ok: true,
      text,
      encoding: 'utf-8',
      guessed: false,
    });
  });

  it('reads a Windows-1252 text with a curly apostrophe as Windows-1252, not as UTF-16', () => {
    const notes =
      'Meeting notes\nAttendees: Ann, Bob, Carl\nAgenda: budget, hiring, the new office\n' +
      'Action items: Bob to send the numbers by Friday; Ann’s team to draft the plan.\n';
    const bytes = Uint8Array.from(notes, (letter) =>
      letter === '’' ? 0x92 : letter.charCodeAt(0),
    );
    expect(decodeText(bytes)).toMatchObject({ ok: true, encoding: 'windows-1252', guessed: true });
  });

  it('reads UTF-8 with one stray Windows byte as Windows-1252, not as UTF-16', () => {
    const utf8 = new TextEncoder().encode('Кошка спит на диване. Погода сегодня хорошая.');
    const bytes = new Uint8Array([...utf8.subarray(0, 22), 0x96, ...utf8.subarray(22)]);
    expect(decodeText(bytes)).toMatchObject({ ok: true, encoding: 'windows-1252' });
  });

  it('does not take a longer Latin-1 text, capitals and all, for UTF-16', () => {
    const text = "À l'été, ÇA COÛTE CHER À PARIS. Übermäßig teuer, sagt Ærøskøbing. Öl? Ñandú!";
    const latin1 = Uint8Array.from(text, (letter) => letter.charCodeAt(0));
    expect(decoded(latin1)).toBe(`windows-1252: ${text}`);
  });

  it('takes random bytes (a compressed file, a photo’s data) for binary, never for UTF-16', () => {
    // Without NULs, so that the reading as UTF-16 is what decides. Unbiased: fast-check
    // otherwise favours runs of one byte, and 01 01 01… is "āāā…" in UTF-16, a text indeed.
    const bytes = fc.noBias(fc.uint8Array({ min: 1, minLength: 512, maxLength: 4096 }));
    fc.assert(
      fc.property(bytes, (bytes) => {
        expect(decoded(bytes)).toBe('binary');
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps tabs, newlines and form feeds as text', () => {
    expect(decoded(new TextEncoder().encode('a\tb\r\nc\fd'))).toBe('utf-8: a\tb\r\nc\fd');
  });

  it('takes a few bytes with NULs for binary, too little to tell them from UTF-16', () => {
    // Fewer than 16 letters in UTF-16 without a mark say nothing sure of their encoding.
    expect(decoded(utf16WithoutMark('Hi', 'le'))).toBe('binary');
    expect(decoded(utf16WithoutMark('Hello there', 'le'))).toBe('binary');
    expect(decoded(utf16WithoutMark('Hello there, Ann', 'le'))).toBe('utf-16le: Hello there, Ann');
  });

  it('takes text full of a terminal’s colour codes for binary, never for UTF-16', () => {
    // Read as big-endian UTF-16, these bytes would all be characters of some script.
    const log = '\x1b[1mBold\x1b[0m and \x1b[4mline\x1b[0m. '.repeat(20);
    expect(decoded(new TextEncoder().encode(log))).toBe('binary');
  });

  it('takes binary content for binary', () => {
    expect(decoded(PNG_START)).toBe('binary');
    expect(decoded(new Uint8Array([0x41, 0x00, 0x42]))).toBe('binary');
    expect(decoded(new Uint8Array([0x01, 0x02, 0x03, 0x41]))).toBe('binary');
  });

  it('takes a single NUL byte, even in a long text, for binary', () => {
    for (const text of ['Storm closes coastal roads. ', 'Meeting notes. Attendees: Ann, Bob. ']) {
      for (const nul of ['\0', ' \0']) {
        const bytes = new TextEncoder().encode(`${text.repeat(40)}${nul}${text.repeat(40)}`);
        expect(decoded(bytes)).toBe('binary');
      }
    }
  });

  it('keeps a text with a rare stray control character (one in a hundred bytes) as text', () => {
    // Word exports a line break within a paragraph as a vertical tab.
    const line = 'Heavy rain closed the coast road.\vCrews worked until dawn to clear it, and all';
    const bytes = new TextEncoder().encode(line.padEnd(100, '.'));
    expect(decodeText(bytes)).toMatchObject({ ok: true, encoding: 'utf-8' });
  });

  it('takes a file of nothing but control characters (NULs) for an empty one', () => {
    expect(decoded(new Uint8Array(64))).toBe('empty');
    expect(decoded(new Uint8Array([0x00, 0x01, 0x0a, 0x00]))).toBe('empty');
  });

  it('reads bytes that are not UTF-8, but not binary either, as Windows-1252', () => {
    expect(decoded(LATIN1)).toBe('windows-1252: Café au lait.');
    // Without a space in it, too: a word, or a list of words a line.
    const latin1 = (text: string) => Uint8Array.from(text, (letter) => letter.charCodeAt(0));
    expect(decoded(latin1('Café'))).toBe('windows-1252: Café');
    const list = 'Café\nThé\nCrème\nGâteau\nÉclair\nMadeleine\n';
    expect(decoded(latin1(list))).toBe(`windows-1252: ${list}`);
  });

  it('does not take Latin-1 text whose first letters look like a byte order mark for UTF-16', () => {
    // Icelandic: þ is the byte 0xFE, the half of a UTF-16 byte order mark.
    const latin1 = (text: string) => Uint8Array.from(text, (letter) => letter.charCodeAt(0));
    expect(decoded(latin1('þetta er gott.'))).toBe('windows-1252: þetta er gott.');
    expect(decoded(latin1('Íþróttir í dag.'))).toBe('windows-1252: Íþróttir í dag.');
  });
});
