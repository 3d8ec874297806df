import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB, type IDBPDatabase } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticleStore } from '../../../src/lib/library/articles';
import { contentHash } from '../../../src/lib/text/content-hash';
import {
  DB_NAME,
  DB_VERSION,
  StorageError,
  openLibraryDb,
  toStorageError,
} from '../../../src/lib/library/db';
import type { ArticleRecord } from '../../../src/lib/library/types';
import type { Block } from '../../../src/lib/text/types';
import { START, newArticle, testClock } from './fixtures';

/** How long a test waits for an open that should not be blocked. */
const OPEN_TIMEOUT_MS = 1_000;

const UNAVAILABLE_MESSAGE =
  'The library is off: this browser does not let Aloud store data (private mode or blocked storage). You can still read pasted text.';

/** The schema as version 1 released it, written out here so that the test cannot drift. */
function openVersion1(): Promise<IDBPDatabase> {
  return openDB(DB_NAME, 1, {
    upgrade(db) {
      const articles = db.createObjectStore('articles', { keyPath: 'id' });
      articles.createIndex('openedAt', 'openedAt');
      articles.createIndex('contentHash', 'contentHash');
      db.createObjectStore('contents', { keyPath: 'id' });
    },
  });
}

function timeout(ms: number): Promise<never> {
  return new Promise((_resolve, reject) =>
    setTimeout(() => reject(new Error(`nothing happened in ${ms} ms`)), ms),
  );
}

/** Connections a test opened, closed after it. */
let opened: { close(): void }[] = [];

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  opened = [];
});

afterEach(() => {
  for (const db of opened) db.close();
});

async function track<T extends { close(): void }>(open: Promise<T>): Promise<T> {
  const db = await open;
  opened.push(db);
  return db;
}

describe('opening the library', () => {
  it('given a library saved by the first version, keeps its article and text and adds settings', async () => {
    const blocks: Block[] = newArticle('Tides').blocks;
    const record: ArticleRecord = {
      id: 'from-version-1',
      title: 'Tides',
      source: 'tides.md',
      format: 'markdown',
      lang: 'en',
      addedAt: START,
      openedAt: START,
      blockCount: blocks.length,
      totalCharacters: 90,
      charactersRead: 40,
      position: { block: 1, offset: 12, at: START + 5_000 },
      finished: false,
      contentHash: contentHash(blocks),
    };
    const old = await openVersion1();
    await old.put('articles', record);
    await old.put('contents', { id: record.id, blocks });
    old.close();

    const db = await track(openLibraryDb());
    const store = new ArticleStore(db, { now: testClock(START + 60_000).now });

    expect(db.version).toBe(DB_VERSION);
    expect(await store.list()).toEqual([record]);
    expect(await store.getContent(record.id)).toEqual(blocks);
    await store.setSetting('preferences', { rate: 1.5 });
    expect(await store.getSetting('preferences')).toEqual({ rate: 1.5 });
    // The content-hash index came through the upgrade: the same text is found, not added.
    const again = await store.add(newArticle('Tides'));
    expect(again.existing).toBe(true);
    expect(again.record.id).toBe(record.id);
  });

  it('creates an empty library on first use', async () => {
    const db = await track(openLibraryDb());
    expect([...db.objectStoreNames].sort()).toEqual(['articles', 'contents', 'settings']);
    expect(await new ArticleStore(db).list()).toEqual([]);
  });

  it('is off, with a message for people, when the browser has no IndexedDB', async () => {
    const saved = globalThis.indexedDB;
    Reflect.deleteProperty(globalThis, 'indexedDB');
    try {
      const error = await openLibraryDb().catch((reason: unknown) => reason);
      expect(error).toBeInstanceOf(StorageError);
      expect(error).toMatchObject({ kind: 'unavailable', message: UNAVAILABLE_MESSAGE });
    } finally {
      globalThis.indexedDB = saved;
    }
  });

  it('is off when the browser refuses to open storage', async () => {
    globalThis.indexedDB = {
      open() {
        throw new DOMException('Storage is blocked', 'SecurityError');
      },
    } as unknown as IDBFactory;
    await expect(openLibraryDb()).rejects.toMatchObject({ kind: 'unavailable' });
  });

  it('is off when the open request fails, as with a library from a newer Aloud', async () => {
    (await openDB(DB_NAME, DB_VERSION + 1)).close();
    await expect(openLibraryDb()).rejects.toMatchObject({ kind: 'unavailable' });
  });

  it('lets go when a newer version in another tab needs to upgrade', async () => {
    const db = await track(openLibraryDb());
    const newer = await track(
      Promise.race([openDB(DB_NAME, DB_VERSION + 1), timeout(OPEN_TIMEOUT_MS)]),
    );
    expect(newer.version).toBe(DB_VERSION + 1);
    // This tab's connection is closed: its writes fail as StorageErrors, not silently.
    await expect(new ArticleStore(db).setSetting('preferences', {})).rejects.toMatchObject({
      kind: 'failed',
    });
  });

  it('says when an older tab keeps the upgrade waiting, and opens once that tab lets go', async () => {
    const old = await openVersion1();
    const onBlocked = vi.fn(() => old.close());
    const db = await track(Promise.race([openLibraryDb({ onBlocked }), timeout(OPEN_TIMEOUT_MS)]));
    expect(onBlocked).toHaveBeenCalledOnce();
    expect(db.version).toBe(DB_VERSION);
  });
});

describe('opening while an older tab holds the library', () => {
  it('given no one to tell, waits for that tab to let go, then opens', async () => {
    const old = await openVersion1();
    const opening = track(openLibraryDb());
    // The older tab closes (the person closed it) once the open has been blocked.
    setTimeout(() => old.close(), 20);
    const db = await Promise.race([opening, timeout(OPEN_TIMEOUT_MS)]);
    expect(db.version).toBe(DB_VERSION);
  });
});

describe('toStorageError', () => {
  const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  it('calls a full disk a full disk, however the browser reports it', () => {
    expect(toStorageError(quota).kind).toBe('quota');
    expect(toStorageError({ name: 'QuotaExceededError', message: 'full' }).kind).toBe('quota');
    // An aborted transaction carries the reason in `.error`; so does an error event's target.
    expect(toStorageError({ error: quota }).kind).toBe('quota');
    expect(toStorageError({ target: { error: quota } }).kind).toBe('quota');
    expect(toStorageError({ target: null }).kind).toBe('failed');
    expect(toStorageError(quota).cause).toBe(quota);
    expect(toStorageError(quota).message).toBe(
      'Your device refused to save: its storage is full. Free some space or delete articles you have finished; nothing already saved was lost.',
    );
  });

  it('calls any refusal while opening storage being off', () => {
    for (const name of ['InvalidStateError', 'SecurityError', 'UnknownError']) {
      expect(toStorageError(new DOMException('no', name), 'open').kind).toBe('unavailable');
    }
  });

  it('calls other failures a failed save and keeps the cause', () => {
    const cause = new DOMException('The connection is closing.', 'InvalidStateError');
    const error = toStorageError(cause);
    expect(error.kind).toBe('failed');
    expect(error.message).toBe(
      'Aloud could not save to the library. Nothing already saved was lost.',
    );
    expect(error.cause).toBe(cause);
    expect(toStorageError('something odd').kind).toBe('failed');
    // A promise rejected with no reason at all.
    expect(toStorageError(null).kind).toBe('failed');
    expect(toStorageError(undefined).kind).toBe('failed');
  });

  it('keeps a StorageError as it is', () => {
    const error = new StorageError('quota');
    expect(toStorageError(error)).toBe(error);
    expect(toStorageError(error, 'open')).toBe(error);
  });
});
