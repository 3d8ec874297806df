// The library's records, as stored in IndexedDB and in an exported library file.
import type { FetchFailure } from '../import/link/links';
import type { ArticleFormat, Block } from '../text/types';
import type { FilePreferences } from '../settings/file-preferences';

/**
 * Where reading is: a block and the character offset of the sentence's start within it. An
 * offset, not a sentence index, so that a position saved today still lands on the right
 * sentence after the sentence rules change.
 */
export interface ReadingPosition {
  block: number;
  offset: number;
  /** When reading reached this position (ms since 1970): the newest wins between tabs. */
  at: number;
}

/**
 * A sentence the listener marked to come back to: where it starts (as a reading position
 * keeps it, so that it holds when the sentence rules change) and its first words, to list.
 */
export interface Bookmark {
  block: number;
  offset: number;
  /** The sentence's first words, as the list shows and says them. */
  words: string;
  /** When it was made (ms since 1970). */
  at: number;
}

/** How an article came in: a source format (the text module's) or, later, a web page. */

/**
 * One article in the list. Kept small (no text): the list reads every record, the blocks
 * are read only when the article is opened.
 */
export interface ArticleRecord {
  id: string;
  title: string;
  /** For people: a file name, "Pasted text", later a site. */
  source: string;
  format: ArticleFormat;
  lang: string;
  addedAt: number;
  openedAt: number;
  blockCount: number;
  totalCharacters: number;
  /** Characters before the position, so progress shows without reading the blocks. */
  charactersRead: number;
  position: ReadingPosition;
  /** Read to the end (and not started again since). */
  finished: boolean;
  /** Of the blocks' text: the same article brought in twice is found, not duplicated. */
  contentHash: string;
  /**
   * The page's address, when Aloud knows it (fetched, or sent by the bookmarklet): the link
   * kept waiting for this text gives way to it.
   */
  url?: string;
  /** Only on a link kept without its text (no blocks): why it could not be fetched. */
  waiting?: FetchFailure;
  /** The listener's choice for this article: read its clutter too, or not (else the default). */
  readEverything?: boolean;
  /** The sentences the listener bookmarked, in the article's order. */
  bookmarks?: Bookmark[];
}

/** An article's blocks as they were shown, stored apart from its record. */
export interface ArticleContent {
  /** The article's id, or for a later part `id/part` (see content-parts). */
  id: string;
  blocks: Block[];
  /** On the first record of an article stored in several: how many records hold it. */
  parts?: number;
}

/** An article brought in, before it has an id and dates. */
export interface NewArticle {
  title: string;
  source: string;
  format: ArticleFormat;
  lang: string;
  blocks: Block[];
  /** The blocks' content hash, when already computed (off the page, by the importer). */
  contentHash?: string;
  /** The page's address, when known. */
  url?: string;
}

/** A position to record, with what the list needs to show progress. */
export interface PositionUpdate extends ReadingPosition {
  charactersRead: number;
  finished: boolean;
}

/** An article with its blocks, as an export holds it. */
export interface ExportedArticle extends ArticleRecord {
  blocks: Block[];
}

/** The whole library in one JSON file. */
export interface LibraryFile {
  format: 'aloud-library';
  version: number;
  exportedAt: number;
  articles: ExportedArticle[];
  preferences: FilePreferences | null;
}

/** An article as it was before deletion, so that Undo can put it back exactly. */
export interface DeletedArticle {
  record: ArticleRecord;
  blocks: Block[];
}
