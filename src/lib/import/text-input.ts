import type { Article, ArticleInit } from '../text/article';
import { createArticle } from '../text/create-article';
import type { ArticleFormat } from '../library/types';
import { looksLikeMarkdown, type SourceFormat } from '../text/paragraphs';

/** Largest file or paste Aloud takes in: a long book is ~3 MB, so this leaves room. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;
/** How much of a file's start is inspected for binary content. */
const SNIFF_BYTES = 8192;
/** File name endings that are opened as text; the picker offers these. */
export const TEXT_FILE_EXTENSIONS = ['.txt', '.text', '.md', '.markdown'] as const;

export type ImportResult =
  { ok: true; article: Article; format: ArticleFormat } | { ok: false; message: string };

/** The part of a File that importing needs (so tests can pass plain objects). */
export interface FileLike {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toFixed(1)} MB`
    : `${Math.ceil(bytes / 1024)} KB`;
}

const LIMIT_TEXT = `${MAX_INPUT_BYTES / (1024 * 1024)} MB`;

/** Turns pasted text into an article, or says plainly why it cannot. */
export function importPastedText(text: string, fallbackLang?: string): ImportResult {
  if (text.trim() === '') {
    return { ok: false, message: 'There is no text to read. Paste an article into the box first.' };
  }
  // Measured in UTF-8 bytes, like files; only long texts are worth encoding to find out.
  if (text.length > MAX_INPUT_BYTES / 4 && new Blob([text]).size > MAX_INPUT_BYTES) {
    return { ok: false, message: `This text is too long. Aloud reads texts up to ${LIMIT_TEXT}.` };
  }
  const format: SourceFormat = looksLikeMarkdown(text) ? 'markdown' : 'text';
  return build(text, { source: 'Pasted text', format, fallbackLang });
}

/**
 * A file's bytes, or why they cannot be read: too large, empty or unreadable. The same checks
 * for every kind of file.
 */
export async function readFileBytes(
  file: FileLike,
): Promise<{ ok: true; name: string; bytes: Uint8Array } | { ok: false; message: string }> {
  const name = file.name || 'The file';
  if (file.size > MAX_INPUT_BYTES) {
    return {
      ok: false,
      message: `“${name}” is ${formatSize(file.size)}, too large: Aloud opens files up to ${LIMIT_TEXT}.`,
    };
  }
  if (file.size === 0)
    return { ok: false, message: `“${name}” is empty: there is nothing to read.` };
  try {
    return { ok: true, name, bytes: new Uint8Array(await file.arrayBuffer()) };
  } catch {
    return { ok: false, message: `“${name}” could not be read. Try opening it again.` };
  }
}

/** Reads a .txt or .md file into an article, refusing binary, non-UTF-8 and oversized files. */
export async function importTextFile(file: FileLike, fallbackLang?: string): Promise<ImportResult> {
  const read = await readFileBytes(file);
  if (!read.ok) return read;
  const { name, bytes } = read;
  const text = decodeText(bytes);
  if (text === null) {
    return {
      ok: false,
      message: `“${name}” is not a text file (it looks like an image, document or other binary file). Open a .txt or .md file.`,
    };
  }
  if (text === undefined) {
    return {
      ok: false,
      message: `“${name}” is not valid UTF-8 text. Save it as UTF-8 (Unicode) and open it again.`,
    };
  }
  if (text.trim() === '')
    return { ok: false, message: `“${name}” is empty: there is nothing to read.` };
  const format: SourceFormat = /\.(md|markdown)$/i.test(name) ? 'markdown' : 'text';
  return build(text, { source: name, format, fallbackLang });
}

/**
 * Decodes UTF-8 (or UTF-16 with a byte order mark). Returns null for binary content and
 * undefined for bytes that are not valid UTF-8.
 */
export function decodeText(bytes: Uint8Array): string | null | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (looksBinary(bytes.subarray(0, SNIFF_BYTES))) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
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
