// A text file's bytes into its text: which encoding they are in, or that they are not text.
// Files carry no label of their encoding, so it is told from the bytes, as browsers do.

/** How a file's bytes were read as text. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** A file's text and how it was read, or why there is none: binary, or nothing but blanks. */
export type DecodedText =
  { ok: true; text: string; encoding: TextEncoding } | { ok: false; reason: 'binary' | 'empty' };

/** How much of a file's start is inspected for its encoding and for binary content. */
const SNIFF_BYTES = 8192;

/** Fewer byte pairs than this say too little to tell UTF-16 from binary. */
const UTF16_MIN_PAIRS = 16;
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
  const decoded = ((): { text: string; encoding: TextEncoding } | null => {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, 'utf-16le');
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, 'utf-16be');
    const lane = utf16Lane(sample) ?? utf16WithoutNuls(sample);
    if (lane) return utf16(bytes, lane);
    if (onlyControlCharacters(sample)) return { text: '', encoding: 'utf-8' };
    if (looksBinary(sample)) return null;
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
    } catch {
      return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
    }
  })();
  if (!decoded) return { ok: false, reason: 'binary' };
  // Control characters are not text: a file of NULs is as empty as one of spaces.
  if (decoded.text.replace(/[\s\p{Cc}]/gu, '') === '') return { ok: false, reason: 'empty' };
  return { ok: true, ...decoded };
}

function utf16(bytes: Uint8Array, encoding: Utf16) {
  return { text: new TextDecoder(encoding).decode(bytes), encoding };
}

/** The way round UTF-16 text is when NULs fill one byte lane only, as they do in it. */
function utf16Lane(sample: Uint8Array): Utf16 | null {
  if (sample.length / 2 < UTF16_MIN_PAIRS) return null;
  let evenNuls = false;
  let oddNuls = false;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    // Two NULs side by side (binary, or UTF-32) say nothing of a lane.
    if (sample[i] === 0 && sample[i + 1] !== 0) evenNuls = true;
    if (sample[i + 1] === 0 && sample[i] !== 0) oddNuls = true;
  }
  // None at all, or in both lanes (as binary has): not UTF-16 by its NULs.
  if (evenNuls === oddNuls) return null;
  const lane = evenNuls ? 'utf-16be' : 'utf-16le';
  return readsAsText(sample, lane) ? lane : null;
}

/**
 * A Japanese or Chinese line in UTF-16 may hold no NUL at all. Such a sample, when it is not
 * UTF-8, is UTF-16 if it reads as text. Little-endian first, as Windows writes it, for the
 * rare text that reads both ways.
 */
function utf16WithoutNuls(sample: Uint8Array): Utf16 | null {
  if (sample.length / 2 < UTF16_MIN_PAIRS || sample.includes(0) || isUtf8(sample)) return null;
  return (['utf-16le', 'utf-16be'] as const).find((lane) => readsAsText(sample, lane)) ?? null;
}

/**
 * Not text: a control character other than the blank ones (tab, line breaks, form feed and
 * the vertical tab, Word's line break within a paragraph), a private or unassigned one, or
 * the replacement for half a pair of surrogates.
 */
const NOT_TEXT = /(?!\s)[\p{Cc}\p{Co}\p{Cn}\uFFFD]/gu;

/** Whether the sample, read that way round, is text: characters that are not are rare. */
function readsAsText(sample: Uint8Array, lane: Utf16): boolean {
  // Streamed, so that a pair of surrogates cut by the sample's end is not taken for a fault.
  const text = new TextDecoder(lane).decode(sample, { stream: true });
  const notText = text.match(NOT_TEXT)?.length ?? 0;
  return notText <= text.length * NOT_TEXT_SHARE;
}

function isUtf8(sample: Uint8Array): boolean {
  try {
    // Streamed: a character cut by the sample's end still counts.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Nothing but control characters and blanks (a file of NULs): there is no text at all. */
function onlyControlCharacters(sample: Uint8Array): boolean {
  return sample.every((byte) => byte < 0x20 || byte === 0x7f);
}

/** Text never holds NUL bytes, and rarely other control characters besides tab and newlines. */
function looksBinary(sample: Uint8Array): boolean {
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control > sample.length / 100;
}
