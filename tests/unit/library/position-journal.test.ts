import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { ArticleStore } from '../../../src/lib/library/articles';
import { openLibraryDb } from '../../../src/lib/library/db';
import { Library } from '../../../src/lib/library/library.svelte';
import { webStorageJournal } from '../../../src/lib/library/position-journal';
import { memoryStorage } from '../support/memory-storage';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

function library(journal = webStorageJournal(memoryStorage())) {
  return new Library({
    open: async () => new ArticleStore(await openLibraryDb()),
    channel: { post() {}, listen: () => () => {} },
    device: { persist: () => Promise.resolve(true), usage: () => Promise.resolve(null) },
    journal,
  });
}

const blocks = [
  { kind: 'paragraph' as const, text: 'One. Two.' },
  { kind: 'paragraph' as const, text: 'Three. Four.' },
];

/** Saves the two-paragraph article in the library; its record. */
async function addArticle(into: Library) {
  const added = await into.store!.add({
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
    // The page is hidden: the journal holds the place even if IndexedDB never gets it.
    first.savePosition(record.id, update);
    first.flush();
    const journaled = storage.map.get('aloud.lastPosition');
    expect(journaled).toBeDefined();
    // As if the write had been lost with the closing page:
    await first.store!.savePosition(record.id, {
      ...update,
      block: 0,
      offset: 0,
      at: update.at - 5,
    });
    const stale = await first.store!.getRecord(record.id);
    expect(stale?.position.block).toBe(1);

    const second = library(webStorageJournal(storage));
    await second.start();
    expect(second.articles[0]?.position).toEqual({ block: 1, offset: 7, at: update.at });
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
    await first.store!.savePosition(record.id, {
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
