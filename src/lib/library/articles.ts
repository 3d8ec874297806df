// The library's articles and settings in IndexedDB: one transaction per change, so that a
// refused write (a full disk, a closed connection) leaves what was saved before intact.
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Block } from '../text/types';
import { contentHash } from './content-hash';
import { PREFERENCES_KEY, isQuotaError, toStorageError, type AloudDb } from './db';
import { LIBRARY_FILE_FORMAT, LIBRARY_FILE_VERSION } from './library-file';
import type {
  ArticleRecord,
  ExportedArticle,
  LibraryFile,
  NewArticle,
  PositionUpdate,
  StoredPreferences,
} from './types';

/** An article as it was before deletion, so that Undo can put it back exactly. */
export interface DeletedArticle {
  record: ArticleRecord;
  blocks: Block[];
}

/** What an import did, for the message that follows it. */
export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
}

/** What ArticleStore takes from the outside world, so that tests can fix time and ids. */
export interface ArticleStoreOptions {
  now?: () => number;
  newId?: () => string;
}

type Stores = StoreNames<AloudDb>;
type WriteTransaction<S extends Stores[]> = IDBPTransaction<AloudDb, S, 'readwrite'>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Saves, lists and changes the library's articles; every failure is a StorageError. */
export class ArticleStore {
  readonly #db: IDBPDatabase<AloudDb>;
  readonly #now: () => number;
  readonly #newId: () => string;

  constructor(db: IDBPDatabase<AloudDb>, options: ArticleStoreOptions = {}) {
    this.#db = db;
    this.#now = options.now ?? Date.now;
    this.#newId = options.newId ?? (() => crypto.randomUUID());
  }

  /**
   * Saves an article brought in. The same text brought in again is not duplicated: the saved
   * one is marked as opened now and returned with its reading place, `existing: true`.
   */
  async add(article: NewArticle): Promise<{ record: ArticleRecord; existing: boolean }> {
    if (article.blocks.length === 0) throw new Error('An article needs some text');
    const hash = contentHash(article.blocks);
    const now = this.#now();
    return this.#write(['articles', 'contents'], async (tx) => {
      const articles = tx.objectStore('articles');
      const found = await articles.index('contentHash').get(hash);
      if (found) {
        const record = { ...found, openedAt: now };
        await articles.put(record);
        return { record, existing: true };
      }
      const id = this.#newId();
      const record: ArticleRecord = {
        id,
        title: article.title,
        source: article.source,
        format: article.format,
        lang: article.lang,
        addedAt: now,
        openedAt: now,
        blockCount: article.blocks.length,
        totalCharacters: article.blocks.reduce((sum, block) => sum + block.text.length, 0),
        charactersRead: 0,
        position: { block: 0, offset: 0, at: now },
        finished: false,
        contentHash: hash,
      };
      await articles.put(record);
      await tx.objectStore('contents').put({ id, blocks: article.blocks });
      return { record, existing: false };
    });
  }

  /** Every article, the most recently opened first. */
  async list(): Promise<ArticleRecord[]> {
    const records = await this.#read(() => this.#db.getAllFromIndex('articles', 'openedAt'));
    return records.reverse();
  }

  /** One article's record, or undefined if there is none with this id. */
  getRecord(id: string): Promise<ArticleRecord | undefined> {
    return this.#read(() => this.#db.get('articles', id));
  }

  /** One article's blocks, or undefined if there is none with this id. */
  async getContent(id: string): Promise<Block[] | undefined> {
    const content = await this.#read(() => this.#db.get('contents', id));
    return content?.blocks;
  }

  /** Records that the article was opened now, which puts it first in the list. */
  markOpened(id: string): Promise<ArticleRecord | undefined> {
    const now = this.#now();
    return this.#update(id, (record) => ({ ...record, openedAt: now }));
  }

  /** Gives the article a new title (trimmed); throws a plain Error for an empty one. */
  rename(id: string, title: string): Promise<ArticleRecord | undefined> {
    const trimmed = title.trim();
    if (trimmed === '') return Promise.reject(new Error('A title cannot be empty'));
    return this.#update(id, (record) => ({ ...record, title: trimmed }));
  }

  /** Removes an article and its blocks, returning both so that the caller can offer Undo. */
  delete(id: string): Promise<DeletedArticle | undefined> {
    return this.#write(['articles', 'contents'], async (tx) => {
      const articles = tx.objectStore('articles');
      const contents = tx.objectStore('contents');
      const record = await articles.get(id);
      const content = await contents.get(id);
      if (!record) return undefined;
      await articles.delete(id);
      await contents.delete(id);
      return { record, blocks: content?.blocks ?? [] };
    });
  }

  /** Puts back an article that delete() removed, exactly as it was. */
  restore(deleted: DeletedArticle): Promise<void> {
    return this.#write(['articles', 'contents'], async (tx) => {
      await tx.objectStore('articles').put(deleted.record);
      await tx.objectStore('contents').put({ id: deleted.record.id, blocks: deleted.blocks });
    });
  }

  /**
   * Records where reading is. The newest position by `update.at` wins: an older or
   * same-time one (another tab's late write) changes nothing and gives undefined.
   */
  savePosition(id: string, update: PositionUpdate): Promise<ArticleRecord | undefined> {
    return this.#write(['articles'], async (tx) => {
      const articles = tx.objectStore('articles');
      const record = await articles.get(id);
      if (!record || update.at <= record.position.at) return undefined;
      const next: ArticleRecord = {
        ...record,
        position: { block: update.block, offset: update.offset, at: update.at },
        charactersRead: update.charactersRead,
        finished: update.finished,
      };
      await articles.put(next);
      return next;
    });
  }

  /** A stored setting, or undefined if it was never set. */
  getSetting(key: string): Promise<unknown> {
    return this.#read(() => this.#db.get('settings', key));
  }

  /** Stores a setting under key, replacing what was there. */
  setSetting(key: string, value: unknown): Promise<void> {
    return this.#write(['settings'], async (tx) => {
      await tx.objectStore('settings').put(value, key);
    });
  }

  /** The whole library, every article with its blocks and the preferences, for a file. */
  async exportLibrary(): Promise<LibraryFile> {
    const exportedAt = this.#now();
    const [records, contents, preferences] = await this.#read(async () => {
      const tx = this.#db.transaction(['articles', 'contents', 'settings']);
      return Promise.all([
        tx.objectStore('articles').index('openedAt').getAll(),
        tx.objectStore('contents').getAll(),
        tx.objectStore('settings').get(PREFERENCES_KEY),
        tx.done,
      ]);
    });
    const blocksById = new Map(contents.map((content) => [content.id, content.blocks]));
    const articles: ExportedArticle[] = [];
    for (const record of records.reverse()) {
      const blocks = blocksById.get(record.id);
      // Record and blocks are always written together; a record alone could not be read.
      if (blocks) articles.push({ ...record, blocks });
    }
    return {
      format: LIBRARY_FILE_FORMAT,
      version: LIBRARY_FILE_VERSION,
      exportedAt,
      articles,
      preferences: isPlainObject(preferences) ? (preferences as StoredPreferences) : null,
    };
  }

  /**
   * Merges a library file (already checked by parseLibraryFile) into the library, all or
   * nothing. An article already here (same id, or else same text) is not duplicated: it
   * keeps its id and title and takes the file's reading place only if that is newer.
   */
  importLibrary(file: LibraryFile): Promise<ImportSummary> {
    return this.#write(['articles', 'contents', 'settings'], async (tx) => {
      const articles = tx.objectStore('articles');
      const contents = tx.objectStore('contents');
      const settings = tx.objectStore('settings');
      const [existingRecords, storedPreferences] = await Promise.all([
        articles.getAll(),
        settings.get(PREFERENCES_KEY),
      ]);
      const byId = new Map(existingRecords.map((record) => [record.id, record]));
      const byHash = new Map(existingRecords.map((record) => [record.contentHash, record]));
      const summary: ImportSummary = { added: 0, updated: 0, unchanged: 0 };
      // Requests are queued without waiting for each (the transaction runs them in order and
      // fails as a whole), each handled at once: if a later one throws, the transaction is
      // aborted and the earlier ones fail with it, which the caller hears once, not each.
      const writes: Promise<unknown>[] = [];
      const queue = (request: Promise<unknown>): void => {
        void request.catch(() => undefined);
        writes.push(request);
      };

      for (const { blocks, ...incoming } of file.articles) {
        const existing = byId.get(incoming.id) ?? byHash.get(incoming.contentHash);
        if (!existing) {
          const record: ArticleRecord = { ...incoming };
          queue(articles.put(record));
          queue(contents.put({ id: record.id, blocks }));
          byId.set(record.id, record);
          byHash.set(record.contentHash, record);
          summary.added++;
          continue;
        }
        const merged = mergeRecord(existing, incoming);
        if (merged === existing) {
          summary.unchanged++;
          continue;
        }
        queue(articles.put(merged));
        byId.set(merged.id, merged);
        byHash.set(merged.contentHash, merged);
        summary.updated++;
      }

      if (file.preferences) {
        queue(settings.put(mergePreferences(storedPreferences, file.preferences), PREFERENCES_KEY));
      }
      await Promise.all(writes);
      return summary;
    });
  }

  /** Changes one record in its own transaction; undefined if there is none with this id. */
  #update(
    id: string,
    change: (record: ArticleRecord) => ArticleRecord,
  ): Promise<ArticleRecord | undefined> {
    return this.#write(['articles'], async (tx) => {
      const articles = tx.objectStore('articles');
      const record = await articles.get(id);
      if (!record) return undefined;
      const next = change(record);
      await articles.put(next);
      return next;
    });
  }

  /**
   * Runs work in one readwrite transaction over stores and waits for it to commit. If the
   * work fails, the transaction is aborted so that none of its writes land, and the error
   * becomes a StorageError.
   */
  async #write<S extends Stores[], T>(
    stores: S,
    work: (tx: WriteTransaction<S>) => Promise<T>,
  ): Promise<T> {
    let tx: WriteTransaction<S>;
    try {
      tx = this.#db.transaction(stores, 'readwrite');
    } catch (error) {
      throw toStorageError(error);
    }
    // Handled from the start, so that an abort while the work still runs is not reported
    // as an unhandled rejection.
    const ended = tx.done.then(
      () => ({ ok: true as const }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    let result: T;
    try {
      result = await work(tx);
    } catch (error) {
      try {
        // Without this, the requests already queued would still commit.
        tx.abort();
      } catch {
        // Already finished: the browser aborted it.
      }
      const outcome = await ended;
      // A full disk may show only on the transaction, the request failing as a bare abort.
      throw toStorageError(!outcome.ok && isQuotaError(outcome.error) ? outcome.error : error);
    }
    const outcome = await ended;
    if (!outcome.ok) throw toStorageError(outcome.error);
    return result;
  }

  async #read<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw toStorageError(error);
    }
  }
}

/**
 * The existing record with what the file adds: the newer reading place (only for the same
 * text, where a place means the same thing) and the later opening. The same object if
 * nothing changed.
 */
function mergeRecord(existing: ArticleRecord, incoming: ArticleRecord): ArticleRecord {
  let merged = existing;
  if (
    incoming.contentHash === existing.contentHash &&
    incoming.position.at > existing.position.at
  ) {
    merged = {
      ...merged,
      position: { ...incoming.position },
      charactersRead: incoming.charactersRead,
      finished: incoming.finished,
    };
  }
  if (incoming.openedAt > existing.openedAt) merged = { ...merged, openedAt: incoming.openedAt };
  return merged;
}

/**
 * The file's preferences over the stored ones; voices are merged per language (the file's
 * choice wins for the same language) so that voices chosen on this device are not lost.
 */
function mergePreferences(stored: unknown, incoming: StoredPreferences): StoredPreferences {
  const current: StoredPreferences = isPlainObject(stored) ? stored : {};
  const merged: StoredPreferences = { ...current, ...incoming };
  if (isPlainObject(incoming.voiceByLanguage)) {
    merged.voiceByLanguage = {
      ...(isPlainObject(current.voiceByLanguage) ? current.voiceByLanguage : {}),
      ...incoming.voiceByLanguage,
    };
  } else if ('voiceByLanguage' in current) {
    // A file without usable voices keeps the ones chosen here.
    merged.voiceByLanguage = current.voiceByLanguage;
  }
  return merged;
}
