import type { Article, ArticleInit } from '../text/article';
import { createArticle } from '../text/create-article';
import type { ArticleFormat } from '../library/types';
import { looksLikeMarkdown } from '../text/markdown-sniff';
import type { SourceFormat } from '../text/types';
import { LIMIT_TEXT, MAX_INPUT_BYTES, readFileBytes, type FileLike } from './file-kinds';

export { MAX_INPUT_BYTES, readFileBytes, type FileLike };

/** How much of a file's start is inspected for binary content. */
const SNIFF_BYTES = 8192;

export type ImportResult =
  | {
      ok: true;
      article: Article;
      format: ArticleFormat;
      /** Of the blocks (library/content-hash), when computed where the import ran. */
      contentHash?: string;
    }
  | { ok: false; message: string };

/** The stages of an import, for its progress: shown for a big file, too quick to see else. */
/** An import's stages; `fetching` comes first, for a link only. */
export type ImportStep = 'fetching' | 'reading' | 'finding' | 'languages' | 'saving';
/** Told each stage as it starts. */
export type OnImportStep = (step: ImportStep) => void;

/**
 * Turns pasted (or shared) text into an article, or says plainly why it cannot. `from`
 * names where it came from, and its title when it came with one.
 */
export function importPastedText(
  text: string,
  fallbackLang?: string,
  from: { source: string; title?: string } = { source: 'Pasted text' },
): ImportResult {
  if (text.trim() === '') {
    return { ok: false, message: 'There is no text to read. Paste an article into the box first.' };
  }
  // Measured in UTF-8 bytes, like files; only long texts are worth encoding to find out.
  if (text.length > MAX_INPUT_BYTES / 4 && new Blob([text]).size > MAX_INPUT_BYTES) {
    return { ok: false, message: `This text is too long. Aloud reads texts up to ${LIMIT_TEXT}.` };
  }
  const format: SourceFormat = looksLikeMarkdown(text) ? 'markdown' : 'text';
  return build(text, { ...from, format, fallbackLang });
}

/** Why a file's bytes give no text, for people. */
function refusal(name: string, reason: 'binary' | 'empty'): string {
  return reason === 'empty'
    ? `“${name}” is empty: there is nothing to read.`
    : `“${name}” is not a text file (it looks like an image, document or other binary file). Open a .txt, .md or .html file.`;
}

/**
 * The article's source: the file's name, saying how it was read when that was a guess (it
 * shows under the title and in the library, so a wrong guess is noticed).
 */
function sourceName(name: string, encoding: TextEncoding): string {
  return encoding === 'windows-1252' ? `${name} (read as Western, Windows-1252)` : name;
}

/**
 * A file's text and the source it shows under (its name, and how it was read when that was a
 * guess), or why it has none: what every kind of file goes through before its format.
 */
export function decodeFile(
  name: string,
  bytes: Uint8Array,
): { ok: true; text: string; source: string } | { ok: false; message: string } {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, message: refusal(name, decoded.reason) };
  return { ok: true, text: decoded.text, source: sourceName(name, decoded.encoding) };
}

/** Reads a .txt or .md file into an article, refusing binary, empty and oversized files. */
export async function importTextFile(file: FileLike, fallbackLang?: string): Promise<ImportResult> {
  const read = await readFileBytes(file);
  return read.ok ? importTextBytes(read.name, read.bytes, fallbackLang) : read;
}

/** A text file's bytes (already read) into an article, refusing binary and empty ones. */
export function importTextBytes(
  name: string,
  bytes: Uint8Array,
  fallbackLang?: string,
  onStep?: OnImportStep,
): ImportResult {
  const decoded = decodeFile(name, bytes);
  if (!decoded.ok) return decoded;
  onStep?.('finding');
  const format: SourceFormat = /\.(md|markdown)$/i.test(name) ? 'markdown' : 'text';
  return build(decoded.text, { source: decoded.source, format, fallbackLang });
}

/** How a file's bytes were read as text. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** A file's text and how it was read, or why there is none: binary, or nothing but blanks. */
export type DecodedText =
  { ok: true; text: string; encoding: TextEncoding } | { ok: false; reason: 'binary' | 'empty' };

/**
 * Below this share of text (UTF-16 without a byte order mark puts a NUL beside every ASCII
 * letter), a sample with NULs in one byte lane only is taken for UTF-16.
 */
const UTF16_NUL_SHARE = 0.3;
/** Fewer byte pairs than this say too little to tell UTF-16 from binary. */
const UTF16_MIN_PAIRS = 16;

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
    const lane = utf16Lane(sample);
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

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be') {
  return { text: new TextDecoder(encoding).decode(bytes), encoding };
}

/** 'utf-16le' or 'utf-16be' when NULs fill one byte lane only, as UTF-16 text does. */
function utf16Lane(sample: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(sample.length / 2);
  if (pairs < UTF16_MIN_PAIRS) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0 && sample[i + 1] !== 0) evenNuls++;
    if (sample[i + 1] === 0 && sample[i] !== 0) oddNuls++;
  }
  if (oddNuls / pairs >= UTF16_NUL_SHARE && evenNuls === 0) return 'utf-16le';
  if (evenNuls / pairs >= UTF16_NUL_SHARE && oddNuls === 0) return 'utf-16be';
  return null;
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

function build(text: string, init: ArticleInit): ImportResult {
  const article = createArticle(text, init);
  return article
    ? { ok: true, article, format: init.format }
    : { ok: false, message: 'There is no text to read in this input.' };
}
