// The only module that opens IndexedDB: the library's schema, its upgrades and its errors.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ArticleContent, ArticleRecord } from './types';

export const DB_NAME = 'aloud';
export const DB_VERSION = 2;

/** The library's stores, as idb types them. */
export interface AloudDb extends DBSchema {
  articles: {
    key: string;
    value: ArticleRecord;
    indexes: { openedAt: number; contentHash: string };
  };
  contents: {
    key: string;
    value: ArticleContent;
  };
  settings: {
    key: string;
    value: unknown;
  };
}

/**
 * The key of the contents record that holds part `part` of an article's blocks (see
 * content-parts). Part 0 has the article's id, as every record had before parts, so a
 * library saved then is read as it is.
 */
export function partKey(id: string, part: number): string {
  return part === 0 ? id : `${id}/${part}`;
}

/** Why the library could not do what was asked, in words meant for people. */
export type StorageErrorKind = 'quota' | 'unavailable' | 'failed';

const MESSAGES: Record<StorageErrorKind, string> = {
  quota:
    'Your device refused to save: its storage is full. Free some space or delete articles you have finished; nothing already saved was lost.',
  unavailable:
    'The library is off: this browser does not let Aloud store data (private mode or blocked storage). You can still read pasted text.',
  failed: 'Aloud could not save to the library. Nothing already saved was lost.',
};

/** A library failure whose message can be shown to people as it is. */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  readonly kind: StorageErrorKind;

  constructor(kind: StorageErrorKind, options?: ErrorOptions) {
    super(MESSAGES[kind], options);
    this.kind = kind;
  }
}

function nameOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const name = (value as { name?: unknown }).name;
  return typeof name === 'string' ? name : undefined;
}

/**
 * True if error, or the error of the transaction or request it stands for, is a full disk.
 * Browsers report quota either on the request or only as the `.error` of the aborted
 * transaction (the request then fails with a bare AbortError).
 */
export function isQuotaError(error: unknown): boolean {
  if (nameOf(error) === 'QuotaExceededError') return true;
  if (typeof error !== 'object' || error === null) return false;
  const inner = (error as { error?: unknown }).error;
  if (nameOf(inner) === 'QuotaExceededError') return true;
  const target = (error as { target?: { error?: unknown } | null }).target;
  return nameOf(target?.error) === 'QuotaExceededError';
}

/**
 * Turns whatever IndexedDB threw into a StorageError. `during` says whether the library was
 * being opened: a refusal then (InvalidStateError in Firefox's private mode, SecurityError
 * for blocked storage, UnknownError for a broken backing store, or anything else) means
 * storage is off, whereas later the same names mean that one operation failed.
 */
export function toStorageError(error: unknown, during: 'open' | 'use' = 'use'): StorageError {
  if (error instanceof StorageError) return error;
  if (isQuotaError(error)) return new StorageError('quota', { cause: error });
  return new StorageError(during === 'open' ? 'unavailable' : 'failed', { cause: error });
}

/**
 * Brings a database of any earlier version up to DB_VERSION, one step per version, so that
 * the data of every earlier version is kept. A step is never changed once released.
 */
function upgrade(db: IDBPDatabase<AloudDb>, oldVersion: number): void {
  if (oldVersion < 1) {
    const articles = db.createObjectStore('articles', { keyPath: 'id' });
    articles.createIndex('openedAt', 'openedAt');
    articles.createIndex('contentHash', 'contentHash');
    db.createObjectStore('contents', { keyPath: 'id' });
  }
  if (oldVersion < 2) {
    // Out-of-line keys: each setting is a value of its own kind under a fixed name.
    db.createObjectStore('settings');
  }
}

/** What the caller may want to hear while the library opens. */
export interface OpenOptions {
  /**
   * Called when another tab holds an older version open and does not let go, so the open
   * waits; the caller can ask the person to close other Aloud tabs.
   */
  onBlocked?: () => void;
}

/** Opens (creating or upgrading) the library; rejects with a StorageError if storage is off. */
export async function openLibraryDb(options: OpenOptions = {}): Promise<IDBPDatabase<AloudDb>> {
  // A browser with no IndexedDB at all fails here too (a ReferenceError): storage is off.
  try {
    return await openDB<AloudDb>(DB_NAME, DB_VERSION, {
      upgrade: (db, oldVersion) => upgrade(db, oldVersion),
      blocked: () => options.onBlocked?.(),
      blocking: (_currentVersion, _blockedVersion, event) => {
        // A newer Aloud in another tab needs to upgrade the schema and cannot while this
        // connection is open. Let go: this tab's later writes fail with a StorageError,
        // which is better than keeping the newer version from starting at all.
        (event.target as IDBDatabase).close();
      },
    });
  } catch (error) {
    throw toStorageError(error, 'open');
  }
}
