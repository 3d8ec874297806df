// The library's articles and settings in IndexedDB: one transaction per change, so that a
// refused write (a full disk, a closed connection) leaves what was saved before intact.
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Block } from '../text/types';
import { isQuotaError, partKey, toStorageError, type AloudDb } from './db';
import type { ArticleRecord, NewArticle, PositionUpdate } from './types';

/** What ArticleStore takes from the outside world, so that tests can fix time and ids. */
export interface ArticleStoreOptions {
  now?: () => number;
  newId?: () => string;
}

export type Stores = StoreNames<AloudDb>;
export type WriteTransaction<S extends Stores[]> = IDBPTransaction<AloudDb, S, 'readwrite'>;

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

  /** The time now, by the store's clock (tests fix it). */
  now(): number {
    return this.#now();
  }

  /** A new article id. */
  newId(): string {
    return this.#newId();
  }

  /**
   * Saves an article brought in. The same text brought in again is not duplicated: the saved
   * one is marked as opened now and returned with its reading place, `existing: true`.
   */
  async add(article: NewArticle): Promise<{ record: ArticleRecord; existing: boolean }> {
    // Only bringing an article in needs this code (and the hash): it loads then, not with
    // the app shell.
    const { addArticle } = await import('./add-article');
    return addArticle(this, article);
  }

  /** Every article, the most recently opened first. */
  async list(): Promise<ArticleRecord[]> {
    const records = await this.read(() => this.#db.getAllFromIndex('articles', 'openedAt'));
    return records.reverse();
  }

  /** One article's record, or undefined if there is none with this id. */
  getRecord(id: string): Promise<ArticleRecord | undefined> {
    return this.read(() => this.#db.get('articles', id));
  }

  /** One article's blocks, or undefined if there is none with this id. */
  async getContent(id: string): Promise<Block[] | undefined> {
    return this.read(async () => {
      const first = await this.#db.get('contents', id);
      const blocks = first?.blocks;
      // A long article is stored in parts, each read as a task of its own (content-parts).
      for (let part = 1; blocks && part < (first.parts ?? 1); part++) {
        const next = await this.#db.get('contents', partKey(id, part));
        if (!next) return undefined;
        for (const block of next.blocks) blocks.push(block);
      }
      return blocks;
    });
  }

  /** Records that the article was opened now, which puts it first in the list. */
  markOpened(id: string): Promise<ArticleRecord | undefined> {
    const now = this.#now();
    return this.update(id, (record) => ({ ...record, openedAt: now }));
  }

  /**
   * Records where reading is. The newest position by `update.at` wins: an older or
   * same-time one (another tab's late write) changes nothing and gives undefined.
   */
  savePosition(id: string, update: PositionUpdate): Promise<ArticleRecord | undefined> {
    return this.write(['articles'], async (tx) => {
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
    return this.read(() => this.#db.get('settings', key));
  }

  /** Stores a setting under key, replacing what was there. */
  setSetting(key: string, value: unknown): Promise<void> {
    return this.write(['settings'], async (tx) => {
      await tx.objectStore('settings').put(value, key);
    });
  }

  /** Changes one record in its own transaction; undefined if there is none with this id. */
  update(
    id: string,
    change: (record: ArticleRecord) => ArticleRecord,
  ): Promise<ArticleRecord | undefined> {
    return this.write(['articles'], async (tx) => {
      const articles = tx.objectStore('articles');
      const record = await articles.get(id);
      if (!record) return undefined;
      const next = change(record);
      await articles.put(next);
      return next;
    });
  }

  /**
   * Runs work in one readwrite transaction over stores and waits for it to commit (the
   * library's export and import use it too, from their own module). If the
   * work fails, the transaction is aborted so that none of its writes land, and the error
   * becomes a StorageError.
   */
  async write<S extends Stores[], T>(
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

  /** Runs reads, turning a failure into a StorageError. */
  async read<T>(work: (db: IDBPDatabase<AloudDb>) => Promise<T>): Promise<T> {
    try {
      return await work(this.#db);
    } catch (error) {
      throw toStorageError(error);
    }
  }
}
