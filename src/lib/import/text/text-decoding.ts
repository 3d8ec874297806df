// A text file's bytes into its text: which encoding they are in, or that they are not text.
// Files carry no label of their encoding, so it is told from the bytes, as browsers do.

/** How a file's bytes were read as text. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * A file's text and how it was read, or why there is none: binary, or nothing but blanks.
 * `guessed` when the bytes carry no sign of their encoding and another reading could be right
 * (Windows-1252, UTF-16 without a byte order mark): the source line then says how it was read.
 */
export type DecodedText =
  | { ok: true; text: string; encoding: TextEncoding; guessed: boolean }
  | { ok: false; reason: 'binary' | 'empty' };

/** How much of a file's start is inspected for its encoding and for binary content. */
const SNIFF_BYTES = 8192;

/** Fewer byte pairs than this say too little to tell UTF-16 from binary. */
const UTF16_MIN_PAIRS = 16;
/**
 * Single-byte text (UTF-8, Latin-1) has control bytes besides tab and line breaks rarely:
 * more than this share of them, and the bytes are binary or UTF-16.
 */
const CONTROL_SHARE = 0.01;
/** Western text has a space every few letters: fewer than this share of bytes is not it. */
const SPACE_SHARE = 0.02;
/**
 * UTF-16 read the wrong way round, or binary read as UTF-16, gives characters that are not
 * text by the dozen; a real text may hold a few (an emoji newer than the browser's tables).
 */
const NOT_TEXT_SHARE = 0.01;

type Utf16 = 'utf-16le' | 'utf-16be';

/**
 * Decodes a text file: UTF-8; UTF-16 with or without a byte order mark; else, bytes that are
 * not UTF-8 but not binary either (old Windows and Latin-1 files) as Windows-1252, which is
 * what browsers read Latin-1 as.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  const decoded = ((): { text: string; encoding: TextEncoding; guessed: boolean } | null => {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, 'utf-16le', false);
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, 'utf-16be', false);
    if (onlyControlCharacters(sample)) return { text: '', encoding: 'utf-8', guessed: false };
    const fewControls = controlBytes(sample) <= sample.length * CONTROL_SHARE;
    // Control bytes aplenty: UTF-16 without a mark (a NUL beside each ASCII letter, the
    // high byte of each Cyrillic or Greek one), or binary. Or kana, which have none.
    if (!fewControls || maybeKanaUtf16(sample)) {
      const lane = utf16Reading(sample);
      if (lane) return utf16(bytes, lane, true);
      if (!fewControls) return null;
    }
    // Text never holds a NUL byte: one in otherwise plain text is a binary file.
    if (sample.includes(0)) return null;
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      return { text, encoding: 'utf-8', guessed: false };
    } catch {
      const text = new TextDecoder('windows-1252').decode(bytes);
      return { text, encoding: 'windows-1252', guessed: true };
    }
  })();
  if (!decoded) return { ok: false, reason: 'binary' };
  // Control characters are not text: a file of NULs is as empty as one of spaces.
  // A test for one character of text stops at the first, where a copy without the blanks
  // made a second 10 MB string (11–21 ms) to learn that it was not empty.
  if (!/[^\s\p{Cc}]/u.test(decoded.text)) return { ok: false, reason: 'empty' };
  return { ok: true, ...decoded };
}

function utf16(bytes: Uint8Array, encoding: Utf16, guessed: boolean) {
  return { text: new TextDecoder(encoding).decode(bytes), encoding, guessed };
}

/**
 * The way round the sample reads as UTF-16 text, if either does. First the way its NULs say
 * (ASCII's high byte, in the second lane of little-endian), then the other: a Japanese text's
 * 一 and full-width space put NULs in the other lane too.
 */
function utf16Reading(sample: Uint8Array): Utf16 | null {
  if (sample.length / 2 < UTF16_MIN_PAIRS) return null;
  // ASCII with control codes and no NUL (a terminal's colours) is not UTF-16: a letter of
  // any script it could read as holds a NUL or a byte past 0x7F.
  if (!sample.includes(0) && sample.every((byte) => byte < 0x80)) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenNuls++;
    if (sample[i + 1] === 0) oddNuls++;
  }
  const lanes: Utf16[] = evenNuls > oddNuls ? ['utf-16be', 'utf-16le'] : ['utf-16le', 'utf-16be'];
  return lanes.find((lane) => readsAsText(sample, lane)) ?? null;
}

/**
 * Japanese kana in UTF-16 (U+3041–U+30FF) hold no control byte at all, but are not UTF-8 and
 * have no spaces, where Latin-1 or a damaged UTF-8 text has one every few letters.
 */
function maybeKanaUtf16(sample: Uint8Array): boolean {
  const spaces = sample.reduce((count, byte) => count + (byte === 0x20 ? 1 : 0), 0);
  return spaces < sample.length * SPACE_SHARE && !isUtf8(sample);
}

function isUtf8(sample: Uint8Array): boolean {
  try {
    // Streamed: a character cut by the sample's end is not a fault.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * Not text: a control character other than the blank ones (tab, line breaks, form feed and
 * the vertical tab, Word's line break within a paragraph), NUL among them; a private or
 * unassigned one; or the replacement for half a pair of surrogates.
 */
const NOT_TEXT = /(?!\s)[\p{Cc}\p{Co}\p{Cn}\uFFFD]/gu;

/** Whether the sample, read that way round, is text: characters that are not are rare. */
function readsAsText(sample: Uint8Array, lane: Utf16): boolean {
  const text = new TextDecoder(lane).decode(sample);
  const notText = text.match(NOT_TEXT)?.length ?? 0;
  return notText <= text.length * NOT_TEXT_SHARE;
}

/**
 * The control bytes in the sample other than tab, line feed, vertical tab (Word's line break
 * within a paragraph), form feed and carriage return; NUL among them.
 */
function controlBytes(sample: Uint8Array): number {
  let count = 0;
  for (const byte of sample) {
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) count++;
  }
  return count;
}

/** Nothing but control characters (a file of NULs): there is no text at all. */
function onlyControlCharacters(sample: Uint8Array): boolean {
  return sample.every((byte) => byte < 0x20 || byte === 0x7f);
}
