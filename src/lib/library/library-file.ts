// Reading an exported library file: every field checked before anything is imported.
import {
  CLUTTER_KINDS,
  type ArticleFormat,
  type Block,
  type BlockKind,
  type ClutterKind,
} from '../text/types';
import { readFilePreferences, type FilePreferences } from '../settings/file-preferences';
import type { Bookmark, ExportedArticle, LibraryFile, ReadingPosition } from './types';

export const LIBRARY_FILE_FORMAT = 'aloud-library';
/** Raised when the file's shape changes; an older Aloud then refuses the newer file. */
export const LIBRARY_FILE_VERSION = 1;

const NOT_A_LIBRARY =
  'This is not an Aloud library file. Choose a file made with Export library. Nothing was changed.';
const DAMAGED =
  'This library file is incomplete or damaged (it may have been cut short). Nothing was changed.';
const NEWER_VERSION =
  'This library was exported by a newer version of Aloud. Update Aloud (reload it while online), then import it again. Nothing was changed.';

/** Some editors add one at the start of a file they save; JSON.parse refuses it. */
const BYTE_ORDER_MARK = 0xfeff;
/** Longest title quoted in a message, so that a huge title does not swamp it. */
const MAX_QUOTED_TITLE = 60;
/** Heading levels, as in HTML. */
const MIN_HEADING_LEVEL = 1;
const MAX_HEADING_LEVEL = 6;

const FORMATS: ReadonlySet<string> = new Set<ArticleFormat>(['text', 'markdown', 'html']);
const BLOCK_KINDS: ReadonlySet<string> = new Set<BlockKind>([
  'heading',
  'paragraph',
  'list-item',
  'code',
  'quote',
  'caption',
]);

/** The outcome of reading a library file: the clean file, or what is wrong, for people. */
export type ParsedLibraryFile = { ok: true; file: LibraryFile } | { ok: false; message: string };

type Fields = Record<string, unknown>;

/** Thrown inside the checks and turned into the result; never leaves this module. */
class Problem extends Error {}

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0;
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

/** Reads an exported library file, checking every field; nothing else is kept from it. */
export function parseLibraryFile(text: string): ParsedLibraryFile {
  const json = text.charCodeAt(0) === BYTE_ORDER_MARK ? text.slice(1) : text;
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    // A file that starts like an export but does not parse was most likely cut short.
    return { ok: false, message: /^\s*\{/.test(json) ? DAMAGED : NOT_A_LIBRARY };
  }
  if (!isObject(data) || data.format !== LIBRARY_FILE_FORMAT) {
    return { ok: false, message: NOT_A_LIBRARY };
  }
  const version = data.version;
  if (!Number.isInteger(version) || (version as number) < 1) return { ok: false, message: DAMAGED };
  if ((version as number) > LIBRARY_FILE_VERSION) return { ok: false, message: NEWER_VERSION };
  if (!isTime(data.exportedAt) || !Array.isArray(data.articles)) {
    return { ok: false, message: DAMAGED };
  }
  const articles: ExportedArticle[] = [];
  try {
    for (const [index, article] of data.articles.entries()) {
      articles.push(readArticle(article, index + 1));
    }
  } catch (error) {
    if (error instanceof Problem) return { ok: false, message: error.message };
    throw error;
  }
  let preferences: FilePreferences | null = null;
  if (data.preferences !== undefined && data.preferences !== null) {
    if (!isObject(data.preferences)) return { ok: false, message: DAMAGED };
    // A value of the wrong kind is left out: the one chosen here is kept (see importLibrary).
    // Rules from a file are saved here as if written now: each is tried for speed.
    preferences = readFilePreferences(data.preferences, { fromFile: true });
  }
  return {
    ok: true,
    file: {
      format: LIBRARY_FILE_FORMAT,
      version: version as number,
      exportedAt: data.exportedAt,
      articles,
      preferences,
    },
  };
}

/** Checks one article and copies its known fields; throws a Problem naming the first fault. */
function readArticle(value: unknown, number: number): ExportedArticle {
  const article = `Article ${number} in this library file`;
  if (!isObject(value)) throw new Problem(`${article} is damaged. Nothing was changed.`);
  const { title } = value;
  if (typeof title !== 'string' || title.trim() === '') {
    throw new Problem(`${article} has no title. Nothing was changed.`);
  }
  const named = `${article} (“${quotable(title)}”)`;
  const wrong = (field: string): Problem =>
    new Problem(`${named} is damaged: its ${field} is missing or wrong. Nothing was changed.`);

  const { id, source, lang, contentHash, format, addedAt, openedAt } = value;
  if (!isText(id)) throw wrong('id');
  if (!isText(source)) throw wrong('source');
  if (!isText(lang)) throw wrong('language');
  if (!isText(contentHash)) throw wrong('content hash');
  if (typeof format !== 'string' || !FORMATS.has(format)) throw wrong('format');
  if (!isTime(addedAt)) throw wrong('date added');
  if (!isTime(openedAt)) throw wrong('date last opened');

  const blocks = readBlocks(value.blocks);
  if (!blocks) throw new Problem(`${named} is missing its text. Nothing was changed.`);

  const { blockCount, totalCharacters, charactersRead, finished } = value;
  if (blockCount !== blocks.length) throw wrong('block count');
  if (!isCount(totalCharacters)) throw wrong('length');
  if (!isCount(charactersRead)) throw wrong('progress');
  if (typeof finished !== 'boolean') throw wrong('finished mark');
  const position = readPosition(value.position, blocks.length);
  if (!position) throw wrong('reading position');

  return {
    id,
    title,
    source,
    format: format as ArticleFormat,
    lang,
    addedAt,
    openedAt,
    blockCount,
    totalCharacters,
    charactersRead,
    position,
    finished,
    contentHash,
    blocks,
    // The listener's choice to hear this article's clutter; a wrong value means no choice.
    ...(typeof value.readEverything === 'boolean' ? { readEverything: value.readEverything } : {}),
    ...readBookmarks(value.bookmarks, blocks.length),
  };
}

/**
 * The file's bookmarks of an article that point into its text; a damaged one is left out,
 * not the article: a bookmark is worth less than the text it marks.
 */
function readBookmarks(value: unknown, blockCount: number): { bookmarks?: Bookmark[] } {
  if (!Array.isArray(value)) return {};
  const bookmarks: Bookmark[] = [];
  for (const item of value) {
    if (!isObject(item)) continue;
    const { block, offset, words, at } = item;
    if (!isCount(block) || block >= blockCount || !isCount(offset) || !isText(words)) continue;
    bookmarks.push({ block, offset, words, at: isTime(at) ? at : 0 });
  }
  return bookmarks.length > 0 ? { bookmarks } : {};
}

const KNOWN_CLUTTER: ReadonlySet<string> = new Set<ClutterKind>(CLUTTER_KINDS);

/** A BCP 47 language tag's shape: "de", "zh-Hant", "pt-BR". */
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;

/** The blocks copied clean, or undefined if any is missing or wrong. */
function readBlocks(value: unknown): Block[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const blocks: Block[] = [];
  for (const item of value) {
    if (!isObject(item)) return undefined;
    const { kind, text, level, lang, clutter } = item;
    if (typeof kind !== 'string' || !BLOCK_KINDS.has(kind) || !isText(text)) return undefined;
    // A block's own language is kept when it looks like a language tag, and what clutter it
    // is when it is a kind Aloud knows; anything else is dropped rather than refusing.
    const own = {
      ...(typeof lang === 'string' && LANGUAGE_TAG.test(lang) ? { lang } : {}),
      ...(typeof clutter === 'string' && KNOWN_CLUTTER.has(clutter)
        ? { clutter: clutter as ClutterKind }
        : {}),
    };
    if (kind !== 'heading') {
      // A level on a paragraph means nothing; it is dropped rather than refusing the file.
      blocks.push({ kind: kind as BlockKind, text, ...own });
      continue;
    }
    if (level === undefined) {
      blocks.push({ kind: 'heading', text, ...own });
    } else if (
      Number.isInteger(level) &&
      (level as number) >= MIN_HEADING_LEVEL &&
      (level as number) <= MAX_HEADING_LEVEL
    ) {
      blocks.push({ kind: 'heading', text, level: level as number, ...own });
    } else {
      return undefined;
    }
  }
  return blocks;
}

function readPosition(value: unknown, blockCount: number): ReadingPosition | undefined {
  if (!isObject(value)) return undefined;
  const { block, offset, at } = value;
  if (!isCount(block) || block >= blockCount || !isCount(offset) || !isTime(at)) return undefined;
  return { block, offset, at };
}

function quotable(title: string): string {
  const trimmed = title.trim();
  return trimmed.length > MAX_QUOTED_TITLE ? `${trimmed.slice(0, MAX_QUOTED_TITLE - 1)}…` : trimmed;
}
