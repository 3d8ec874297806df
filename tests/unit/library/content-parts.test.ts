import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { IDBFactory } from 'fake-indexeddb';
import type { IDBPDatabase } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteArticle, restoreArticle } from '../../../src/lib/library/article-edits';
import { ArticleStore } from '../../../src/lib/library/articles';
import { BLOCKS_PER_PART } from '../../../src/lib/library/content-parts';
import { joinParts, toParts } from '../../../src/lib/library/content-parts';
import { openLibraryDb, type AloudDb } from '../../../src/lib/library/db';
import { exportLibrary, importLibrary } from '../../../src/lib/library/library-transfer';
import type { Block } from '../../../src/lib/text/types';
import { newArticle, sequentialIds, testClock } from './fixtures';

/** A long article: `count` numbered paragraphs, so that any lost or moved block shows. */
function paragraphs(count: number): Block[] {
  return Array.from({ length: count }, (_, i) => ({ kind: 'paragraph', text: `Paragraph ${i}.` }));
}

describe('toParts and joinParts', () => {
  it('store a long article in parts of BLOCKS_PER_PART and join them back in order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 * BLOCKS_PER_PART + 5 }), (count) => {
        const blocks = paragraphs(count);
        const parts = toParts('a', blocks);
        expect(parts).toHaveLength(Math.ceil(count / BLOCKS_PER_PART));
        expect(parts.every((part) => part.blocks.length <= BLOCKS_PER_PART)).toBe(true);
        // Stored in any order (IndexedDB returns them by key), read back whole.
        const joined = joinParts([...parts].reverse());
        expect(joined.get('a')).toEqual(blocks);
        // One entry per article, not one per record.
        expect([...joined.keys()]).toEqual(['a']);
      }),
      { numRuns: 30 },
    );
  });

  it('keep a short article in one record, as every article was stored before parts', () => {
    expect(toParts('a', paragraphs(3))).toEqual([{ id: 'a', blocks: paragraphs(3) }]);
    expect(joinParts([{ id: 'a', blocks: paragraphs(3) }]).get('a')).toEqual(paragraphs(3));
  });

  it('leave out an article with a part missing, rather than give it with a hole', () => {
    const parts = toParts('a', paragraphs(2 * BLOCKS_PER_PART));
    const joined = joinParts([parts[0]!, { id: 'b', blocks: paragraphs(1) }]);
    expect(joined.has('a')).toBe(false);
    expect(joined.get('b')).toEqual(paragraphs(1));
  });
});

describe('a long article in the library', () => {
  let db: IDBPDatabase<AloudDb>;
  let store: ArticleStore;
  const blocks = paragraphs(2 * BLOCKS_PER_PART + 1);
  const long = newArticle('Long', { blocks });

  beforeEach(async () => {
    globalThis.indexedDB = new IDBFactory();
    db = await openLibraryDb();
    store = new ArticleStore(db, { now: testClock().now, newId: sequentialIds() });
  });

  afterEach(() => db.close());

  it('is saved in three records and read back whole', async () => {
    const { record } = await store.add(long);
    expect(await db.count('contents')).toBe(3);
    expect(await store.getContent(record.id)).toEqual(blocks);
  });

  it('is deleted with all its records, and Undo puts every block back', async () => {
    const { record } = await store.add(long);
    const deleted = await deleteArticle(store, record.id);
    expect(await db.count('contents')).toBe(0);
    await restoreArticle(store, deleted!);
    expect(await store.getContent(record.id)).toEqual(blocks);
  });

  it('given a record of it lost (damaged storage), opens as nothing rather than with a hole', async () => {
    const { record } = await store.add(long);
    await db.delete('contents', `${record.id}/1`);
    expect(await store.getContent(record.id)).toBeUndefined();
  });

  it('goes whole into an exported file and back into another library', async () => {
    await store.add(long);
    const file = await exportLibrary(store);
    expect(file.articles[0]?.blocks).toEqual(blocks);
    globalThis.indexedDB = new IDBFactory();
    const other = await openLibraryDb();
    const target = new ArticleStore(other, { now: testClock().now });
    await importLibrary(target, file);
    expect(await target.getContent(file.articles[0]!.id)).toEqual(blocks);
    other.close();
  });
});
