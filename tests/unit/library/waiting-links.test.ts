import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { IDBPDatabase } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addWaitingLink } from '../../../src/lib/library/add-article';
import { deleteArticle, restoreArticle } from '../../../src/lib/library/article-edits';
import { ArticleStore } from '../../../src/lib/library/articles';
import { openLibraryDb, type AloudDb } from '../../../src/lib/library/db';
import { exportLibrary } from '../../../src/lib/library/library-transfer';
import { newArticle, sequentialIds, testClock } from './fixtures';

const LINK = 'https://news.example/harbour';
const waitingLink = {
  url: LINK,
  title: 'news.example/harbour',
  source: 'news.example',
  lang: 'en',
  failure: 'refused',
} as const;

describe('a link kept waiting for its text', () => {
  let db: IDBPDatabase<AloudDb>;
  let store: ArticleStore;

  beforeEach(async () => {
    globalThis.indexedDB = new IDBFactory();
    db = await openLibraryDb();
    store = new ArticleStore(db, { now: testClock().now, newId: sequentialIds() });
  });
  afterEach(() => db.close());

  it('is listed with why it waits, and has no text to open', async () => {
    const record = await addWaitingLink(store, waitingLink);
    expect(await store.list()).toEqual([record]);
    expect(record).toMatchObject({ url: LINK, waiting: 'refused', blockCount: 0 });
    // Nothing of it was read yet: it is not shown as finished, nor its place as moved.
    expect(record).toMatchObject({
      charactersRead: 0,
      finished: false,
      position: { block: 0, offset: 0 },
    });
    expect(await store.getContent(record.id)).toBeUndefined();
  });

  it('is kept once, with the newest reason, when the same link fails again', async () => {
    const first = await addWaitingLink(store, waitingLink);
    const again = await addWaitingLink(store, { ...waitingLink, failure: 'offline' });
    expect(again.id).toBe(first.id);
    expect(await store.list()).toEqual([again]);
    expect(again.waiting).toBe('offline');
  });

  it('gives way to its article once the article is saved with its address', async () => {
    await addWaitingLink(store, waitingLink);
    await store.add(newArticle('Harbour', { url: LINK }));
    const records = await store.list();
    expect(records.map((record) => record.title)).toEqual(['Harbour']);
    expect(records[0]?.url).toBe(LINK);
    // Another article, without the address, leaves a waiting link alone.
    await addWaitingLink(store, { ...waitingLink, url: `${LINK}-2` });
    await store.add(newArticle('Other'));
    expect(await store.list()).toHaveLength(3);
  });

  it('is deleted and put back by Undo still waiting, and is not in an export', async () => {
    const record = await addWaitingLink(store, waitingLink);
    const deleted = await deleteArticle(store, record.id);
    expect(await store.list()).toEqual([]);
    await restoreArticle(store, deleted!);
    expect(await store.list()).toEqual([record]);
    expect(await store.getContent(record.id)).toBeUndefined();
    expect((await exportLibrary(store)).articles).toEqual([]);
  });
});
