import type { Article, ArticleInit } from '../../text/article';
import { createArticle } from '../../text/create-article';
import type { ArticleFormat } from '../../text/types';
import { looksLikeMarkdown } from '../../text/blocks/markdown-sniff';
import type { SourceFormat } from '../../text/types';
import { LIMIT_TEXT, MAX_INPUT_BYTES, readFileBytes, type FileLike } from './file-kinds';
import { decodeText, type TextEncoding } from './text-decoding';

export { MAX_INPUT_BYTES, readFileBytes, type FileLike };

export type ImportResult =
  | {
      ok: true;
      article: Article;
      format: ArticleFormat;
      /** Of the blocks (text/content-hash.ts), when computed where the import ran. */
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
function sourceName(name: string, encoding: TextEncoding, guessed: boolean): string {
  if (!guessed) return name;
  return `${name} (read as ${encoding === 'windows-1252' ? 'Western, Windows-1252' : 'UTF-16'})`;
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
  return {
    ok: true,
    text: decoded.text,
    source: sourceName(name, decoded.encoding, decoded.guessed),
  };
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

function build(text: string, init: ArticleInit): ImportResult {
  const article = createArticle(text, init);
  return article
    ? { ok: true, article, format: init.format }
    : { ok: false, message: 'There is no text to read in this input.' };
}
