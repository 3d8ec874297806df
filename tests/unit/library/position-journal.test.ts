import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticleStore } from '../../../src/lib/library/articles';
import { openLibraryDb } from '../../../src/lib/library/db';
import { Library } from '../../../src/lib/library/library.svelte';
import { webStorageJournal } from '../../../src/lib/library/position-journal';
import { memoryStorage } from '../support/memory-storage';
import { refusePut } from '../support/refuse-put';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** Each library's store, for what the test does behind the library's back. */
const stores = new WeakMap<Library, ArticleStore>();
function storeOf(library: Library): ArticleStore {
  const store = stores.get(library);
  if (!store) throw new Error('the library is not open');
  return store;
}

function library(journal = webStorageJournal(memoryStorage())) {
  const opened: Library = new Library({
    open: async () => {
      const store = new ArticleStore(await openLibraryDb());
      stores.set(opened, store);
      return store;
    },
    channel: { post() {}, listen: () => () => {} },
    device: { persist: () => Promise.resolve(true), usage: () => Promise.resolve(null) },
    journal,
  });
  return opened;
}

const blocks = [
  { kind: 'paragraph' as const, text: 'One. Two.' },
  { kind: 'paragraph' as const, text: 'Three. Four.' },
];

/** Saves the two-paragraph article in the library; its record. */
async function addArticle(into: Library) {
  const added = await storeOf(into).add({
    title: 'T',
    source: 'Pasted text',
    format: 'text',
    lang: 'en',
    blocks,
  });
  return added.record;
}

describe('the position journal', () => {
  it('given a page closed before its last place was written, the next start keeps that place', async () => {
    const storage = memoryStorage();
    const first = library(webStorageJournal(storage));
    await first.start();
    const record = await addArticle(first);
    const update = {
      block: 1,
      offset: 7,
      at: record.position.at + 10,
      charactersRead: 16,
      finished: false,
    };
    // The page closes as the place is being written: its IndexedDB write never lands.
    refusePut(() => true, new DOMException('The transaction was aborted.', 'AbortError'));
    first.savePosition(record.id, update);
    first.flush();
    await vi.waitFor(() => expect(first.error).not.toBeNull());
    vi.restoreAllMocks();
    expect((await storeOf(first).getRecord(record.id))?.position.block).toBe(0);

    const second = library(webStorageJournal(storage));
    await second.start();
    expect(second.articles[0]).toMatchObject({
      position: { block: 1, offset: 7, at: update.at },
      charactersRead: 16,
    });
    expect(storage.map.has('aloud.lastPosition')).toBe(false);
  });

  it('given nothing was being read, a hidden page journals nothing', async () => {
    const storage = memoryStorage();
    const first = library(webStorageJournal(storage));
    await first.start();
    first.flush();
    expect(storage.map.has('aloud.lastPosition')).toBe(false);
  });

  it('given the library is off, journals no place', async () => {
    const storage = memoryStorage();
    const off = new Library({
      open: () => Promise.reject(new Error('no storage')),
      channel: { post() {}, listen: () => () => {} },
      device: { persist: () => Promise.resolve(true), usage: () => Promise.resolve(null) },
      journal: webStorageJournal(storage),
    });
    await off.start();
    off.savePosition('article-1', {
      block: 1,
      offset: 0,
      at: 1,
      charactersRead: 5,
      finished: false,
    });
    off.flush();
    expect(storage.map.has('aloud.lastPosition')).toBe(false);
  });

  it('an older journaled place never moves a newer saved one back', async () => {
    const storage = memoryStorage();
    const first = library(webStorageJournal(storage));
    await first.start();
    const record = await addArticle(first);
    webStorageJournal(storage).save({
      id: record.id,
      update: {
        block: 0,
        offset: 5,
        at: record.position.at + 1,
        charactersRead: 5,
        finished: false,
      },
    });
    await storeOf(first).savePosition(record.id, {
      block: 1,
      offset: 0,
      at: record.position.at + 50,
      charactersRead: 9,
      finished: false,
    });
    const second = library(webStorageJournal(storage));
    await second.start();
    expect(second.articles[0]?.position.block).toBe(1);
  });

  it('ignores a damaged or foreign journal entry, and starts as usual', async () => {
    for (const entry of ['{', '"x"', '{"id":"a","update":{"block":"1"}}']) {
      const storage = memoryStorage({ 'aloud.lastPosition': entry });
      expect(webStorageJournal(storage).take()).toBeNull();
      const second = library(webStorageJournal(storage));
      await second.start();
      expect(second.status).toBe('ready');
    }
  });
});

describe('the journal itself', () => {
  const place = {
    block: 3,
    offset: 12,
    at: 1_736_933_400_000,
    charactersRead: 250,
    finished: false,
  };

  it('gives back the place written last, once', () => {
    const storage = memoryStorage();
    const journal = webStorageJournal(storage);
    journal.save({ id: 'article-1', update: { ...place, block: 1 } });
    journal.save({ id: 'article-2', update: place });

    expect(webStorageJournal(storage).take()).toEqual({ id: 'article-2', update: place });
    expect(webStorageJournal(storage).take()).toBeNull();
  });

  it('keeps nothing, quietly, when storage is blocked', () => {
    const journal = webStorageJournal(null);
    journal.save({ id: 'article-1', update: place });
    expect(journal.take()).toBeNull();
  });

  it('ignores an entry with any part of the place missing or wrong, and removes it', () => {
    const entries: unknown[] = [
      null,
      42,
      [],
      { update: place },
      { id: 7, update: place },
      { id: 'article-1' },
      { id: 'article-1', update: 'block 3' },
      { id: 'article-1', update: null },
      ...['block', 'offset', 'at', 'charactersRead'].flatMap((key) => [
        { id: 'article-1', update: { ...place, [key]: undefined } },
        { id: 'article-1', update: { ...place, [key]: '3' } },
      ]),
      { id: 'article-1', update: { ...place, finished: undefined } },
      { id: 'article-1', update: { ...place, finished: 'no' } },
    ];
    for (const entry of entries) {
      const storage = memoryStorage({ 'aloud.lastPosition': JSON.stringify(entry) });
      expect(webStorageJournal(storage).take(), JSON.stringify(entry)).toBeNull();
      expect(storage.map.has('aloud.lastPosition')).toBe(false);
    }
    // JSON.parse reads a number too large for a double as Infinity: no place is that far in.
    const endless = JSON.stringify({ id: 'article-1', update: place }).replace('250', '1e999');
    expect(webStorageJournal(memoryStorage({ 'aloud.lastPosition': endless })).take()).toBeNull();
  });
});
