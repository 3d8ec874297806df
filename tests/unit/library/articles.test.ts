import 'fake-indexeddb/auto';
import {
  deleteArticle,
  renameArticle,
  restoreArticle,
} from '../../../src/lib/library/article-edits';
import { exportLibrary, importLibrary } from '../../../src/lib/library/library-transfer';
import { IDBFactory } from 'fake-indexeddb';
import type { IDBPDatabase } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticleStore } from '../../../src/lib/library/articles';
import { StorageError, openLibraryDb, type AloudDb } from '../../../src/lib/library/db';
import { PREFERENCES_KEY } from '../../../src/lib/settings/stored-preferences';
import { parseLibraryFile } from '../../../src/lib/library/library-file';
import { DEFAULT_LOOK } from '../../../src/lib/settings/look-choice';
import type { LibraryFile, PositionUpdate } from '../../../src/lib/library/types';
import {
  START,
  exportedArticle,
  libraryFile,
  newArticle,
  sequentialIds,
  speechRule,
  testClock,
  type TestClock,
} from './fixtures';

const MINUTE = 60_000;
const QUOTA_MESSAGE =
  'Your device refused to save: its storage is full. Free some space or delete articles you have finished; nothing already saved was lost.';

let db: IDBPDatabase<AloudDb>;
let clock: TestClock;
let store: ArticleStore;

/**
 * A library file holding `preferences` (JSON, as a hand-edited file may hold anything), read
 * as an import reads it.
 */
function fileWith(preferences: string): LibraryFile {
  const parsed = parseLibraryFile(
    `{ "format": "aloud-library", "version": 1, "exportedAt": ${START}, "articles": [], "preferences": ${preferences} }`,
  );
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.file;
}

/** Opens a new, empty library (a device of its own) with its own clock and ids. */
async function freshLibrary(): Promise<ArticleStore> {
  globalThis.indexedDB = new IDBFactory();
  db = await openLibraryDb();
  clock = testClock();
  return new ArticleStore(db, { now: clock.now, newId: sequentialIds() });
}

beforeEach(async () => {
  store = await freshLibrary();
});

afterEach(() => {
  db.close();
  vi.restoreAllMocks();
});

/**
 * Makes IDBObjectStore.put throw `error` for the value that `refuse` picks, as a browser does
 * when a write is refused, and lets every other put through.
 */
function refusePut(refuse: (storeName: string, value: unknown) => boolean, error: Error): void {
  const put = IDBObjectStore.prototype.put;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    value: unknown,
    key?: IDBValidKey,
  ) {
    if (refuse(this.name, value)) throw error;
    return put.call(this, value, key);
  });
}

function idOf(value: unknown): unknown {
  return (value as { id?: unknown }).id;
}

function position(at: number, overrides: Partial<PositionUpdate> = {}): PositionUpdate {
  return { block: 1, offset: 10, at, charactersRead: 40, finished: false, ...overrides };
}

describe('adding articles', () => {
  it('keeps an added article with its text, its dates and its place at the start', async () => {
    const article = newArticle('Tides');
    const { record, existing } = await store.add(article);

    expect(existing).toBe(false);
    expect(record).toEqual({
      id: 'article-1',
      title: 'Tides',
      source: 'Pasted text',
      format: 'text',
      lang: 'en',
      addedAt: START,
      openedAt: START,
      blockCount: 3,
      totalCharacters: article.blocks.reduce((sum, block) => sum + block.text.length, 0),
      charactersRead: 0,
      position: { block: 0, offset: 0, at: START },
      finished: false,
      contentHash: expect.stringMatching(/^[0-9a-f]{16}-\d+$/),
    });
    expect(await store.getRecord('article-1')).toEqual(record);
    expect(await store.getContent('article-1')).toEqual(article.blocks);
  });

  it('given an article that was half read, adding the same text again keeps its place and does not duplicate it', async () => {
    const first = await store.add(newArticle('Tides'));
    clock.advance(MINUTE);
    await store.savePosition(first.record.id, position(clock.now()));
    clock.advance(MINUTE);

    const again = await store.add(newArticle('Tides', { title: 'Tides, pasted again' }));

    expect(again.existing).toBe(true);
    expect(again.record).toMatchObject({
      id: first.record.id,
      title: 'Tides',
      openedAt: clock.now(),
      position: { block: 1, offset: 10, at: START + MINUTE },
      charactersRead: 40,
    });
    expect(await store.list()).toEqual([again.record]);
  });

  it('refuses an article with no text', async () => {
    await expect(store.add(newArticle('Empty', { blocks: [] }))).rejects.toThrow(
      'An article needs some text',
    );
    expect(await store.list()).toEqual([]);
  });

  it('given a full disk, keeps what was saved and saves nothing of the refused article', async () => {
    const first = await store.add(newArticle('Tides'));
    refusePut(
      (storeName, value) => storeName === 'contents' && idOf(value) === 'article-2',
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );

    const error = await store.add(newArticle('Currents')).catch((reason: unknown) => reason);

    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({ kind: 'quota', message: QUOTA_MESSAGE });
    vi.restoreAllMocks();
    expect(await store.list()).toEqual([first.record]);
    expect(await store.getContent('article-1')).toEqual(newArticle('Tides').blocks);
    expect(await store.getRecord('article-2')).toBeUndefined();
    expect(await store.getContent('article-2')).toBeUndefined();
  });
});

describe('the list', () => {
  it('shows the most recently opened article first', async () => {
    await store.add(newArticle('First'));
    clock.advance(MINUTE);
    await store.add(newArticle('Second'));
    clock.advance(MINUTE);
    await store.add(newArticle('Third'));
    clock.advance(MINUTE);
    const opened = await store.markOpened('article-1');

    expect(opened?.openedAt).toBe(START + 3 * MINUTE);
    expect((await store.list()).map((record) => record.title)).toEqual([
      'First',
      'Third',
      'Second',
    ]);
  });

  it('has nothing to open or change for an id it does not know', async () => {
    expect(await store.getRecord('nowhere')).toBeUndefined();
    expect(await store.getContent('nowhere')).toBeUndefined();
    expect(await store.markOpened('nowhere')).toBeUndefined();
    expect(await renameArticle(store, 'nowhere', 'A title')).toBeUndefined();
    expect(await deleteArticle(store, 'nowhere')).toBeUndefined();
  });
});

describe('renaming', () => {
  it('gives the article the new title without surrounding spaces', async () => {
    await store.add(newArticle('Tides'));
    const renamed = await renameArticle(store, 'article-1', '  Tides and currents  ');
    expect(renamed?.title).toBe('Tides and currents');
    expect((await store.getRecord('article-1'))?.title).toBe('Tides and currents');
  });

  it('refuses an empty title and keeps the old one', async () => {
    await store.add(newArticle('Tides'));
    const error = await renameArticle(store, 'article-1', '   ').catch((reason: unknown) => reason);
    expect(error).not.toBeInstanceOf(StorageError);
    expect(error).toEqual(new Error('A title cannot be empty'));
    expect((await store.getRecord('article-1'))?.title).toBe('Tides');
  });
});

describe('deleting', () => {
  it('removes the article and its text, and Undo puts both back exactly', async () => {
    await store.add(newArticle('Tides'));
    await store.add(newArticle('Currents'));
    await store.savePosition('article-1', position(START + MINUTE, { finished: true }));
    const before = await store.getRecord('article-1');

    const deleted = await deleteArticle(store, 'article-1');

    expect(deleted).toEqual({ record: before, blocks: newArticle('Tides').blocks });
    expect(await store.getRecord('article-1')).toBeUndefined();
    expect(await store.getContent('article-1')).toBeUndefined();
    expect((await store.list()).map((record) => record.id)).toEqual(['article-2']);

    await restoreArticle(store, deleted!);

    expect(await store.getRecord('article-1')).toEqual(before);
    expect(await store.getContent('article-1')).toEqual(newArticle('Tides').blocks);
    expect(await store.list()).toHaveLength(2);
  });
});

describe('reading positions', () => {
  beforeEach(async () => {
    await store.add(newArticle('Tides'));
  });

  it('records a position newer than the saved one', async () => {
    const saved = await store.savePosition('article-1', position(START + MINUTE));
    expect(saved).toMatchObject({
      position: { block: 1, offset: 10, at: START + MINUTE },
      charactersRead: 40,
      finished: false,
    });
    expect(await store.getRecord('article-1')).toEqual(saved);
  });

  it('given another tab wrote later, ignores an older position', async () => {
    await store.savePosition('article-1', position(START + 2 * MINUTE, { block: 2 }));
    const before = await store.getRecord('article-1');

    const stale = await store.savePosition(
      'article-1',
      position(START + MINUTE, { block: 0, finished: true }),
    );

    expect(stale).toBeUndefined();
    expect(await store.getRecord('article-1')).toEqual(before);
  });

  it('ignores a position written at the same moment as the saved one', async () => {
    await store.savePosition('article-1', position(START + MINUTE, { block: 2 }));
    const before = await store.getRecord('article-1');
    expect(await store.savePosition('article-1', position(START + MINUTE))).toBeUndefined();
    expect(await store.getRecord('article-1')).toEqual(before);
  });

  it('records that an article was read to the end', async () => {
    const saved = await store.savePosition(
      'article-1',
      position(START + MINUTE, { block: 2, offset: 0, charactersRead: 80, finished: true }),
    );
    expect(saved).toMatchObject({ finished: true, charactersRead: 80 });
  });

  it('has nothing to record for an article that was deleted', async () => {
    await deleteArticle(store, 'article-1');
    expect(await store.savePosition('article-1', position(START + MINUTE))).toBeUndefined();
    expect(await store.list()).toEqual([]);
  });
});

describe('a change the browser refuses part way', () => {
  it('lands none of it, even when the work carried on past the refused request', async () => {
    const { record } = await store.add(newArticle('Tides'));

    const change = store.write(['articles'], async (tx) => {
      const articles = tx.objectStore('articles');
      await articles.put({ ...record, title: 'Renamed' });
      // The same id again: the browser refuses to add it, and the transaction is undone.
      await articles.add(record).catch(() => undefined);
      return 'done';
    });

    await expect(change).rejects.toMatchObject({ kind: 'failed' });
    expect((await store.getRecord(record.id))?.title).toBe('Tides');
  });
});

describe('settings', () => {
  it('keeps a setting and gives undefined for one never set', async () => {
    expect(await store.getSetting(PREFERENCES_KEY)).toBeUndefined();
    await store.setSetting(PREFERENCES_KEY, { rate: 1.5 });
    expect(await store.getSetting(PREFERENCES_KEY)).toEqual({ rate: 1.5 });
  });
});

describe('exporting and importing', () => {
  const preferences = {
    rate: 1.25,
    voiceByLanguage: { en: 'English (Great Britain) espeak-ng' },
    singleKeyShortcuts: false,
  };

  /** A library of three articles, one half read, one finished, with preferences. */
  async function fillLibrary(): Promise<void> {
    await store.add(newArticle('Tides'));
    clock.advance(MINUTE);
    await store.add(newArticle('Currents', { format: 'markdown', source: 'currents.md' }));
    clock.advance(MINUTE);
    await store.add(newArticle('Waves', { lang: 'fr' }));
    clock.advance(MINUTE);
    await store.savePosition('article-1', position(clock.now()));
    await store.savePosition(
      'article-3',
      position(clock.now(), { block: 2, charactersRead: 90, finished: true }),
    );
    await store.setSetting(PREFERENCES_KEY, preferences);
  }

  async function contentsOf(target: ArticleStore) {
    const records = await target.list();
    return Promise.all(
      records.map(async (record) => ({ record, blocks: await target.getContent(record.id) })),
    );
  }

  it('exports every article with its text and the preferences', async () => {
    await fillLibrary();
    const file = await exportLibrary(store);
    expect(file).toMatchObject({
      format: 'aloud-library',
      version: 1,
      exportedAt: clock.now(),
      preferences,
    });
    // In the list's order, the most recently opened first.
    expect(file.articles.map((article) => article.title)).toEqual(['Waves', 'Currents', 'Tides']);
    expect(file.articles[2]).toMatchObject({
      id: 'article-1',
      position: { block: 1, offset: 10 },
      blocks: newArticle('Tides').blocks,
    });
  });

  it('exports no preferences when none were chosen', async () => {
    await store.add(newArticle('Tides'));
    expect((await exportLibrary(store)).preferences).toBeNull();
  });

  it('given an export, a new device imports the same articles, text, places and preferences', async () => {
    await fillLibrary();
    const before = await contentsOf(store);
    // Through the file's text, as a person would move it.
    const parsed = parseLibraryFile(JSON.stringify(await exportLibrary(store)));
    if (!parsed.ok) throw new Error(parsed.message);
    db.close();

    store = await freshLibrary();
    clock.advance(24 * 60 * MINUTE); // the other device imports it a day later
    const summary = await importLibrary(store, parsed.file);

    expect(summary).toEqual({ added: 3, updated: 0, unchanged: 0 });
    expect(await contentsOf(store)).toEqual(before);
    expect(await store.getSetting(PREFERENCES_KEY)).toEqual(preferences);
  });

  it('given every article was deleted, an import brings them back as they were', async () => {
    await fillLibrary();
    const before = await contentsOf(store);
    const file = await exportLibrary(store);
    for (const record of await store.list()) await deleteArticle(store, record.id);
    expect(await store.list()).toEqual([]);

    expect(await importLibrary(store, file)).toEqual({ added: 3, updated: 0, unchanged: 0 });
    expect(await contentsOf(store)).toEqual(before);
  });

  it('adds nothing when the same file is imported twice', async () => {
    await fillLibrary();
    const file = await exportLibrary(store);
    store = await freshLibrary();
    await importLibrary(store, file);
    const afterFirst = await contentsOf(store);

    expect(await importLibrary(store, file)).toEqual({ added: 0, updated: 0, unchanged: 3 });
    expect(await contentsOf(store)).toEqual(afterFirst);
  });

  it('given a file from a device whose clock runs ahead, its times are brought back to now', async () => {
    const ahead = exportedArticle('from-the-future', 'Tides', {
      blocks: newArticle('Tides').blocks,
      addedAt: START + 60 * MINUTE,
      openedAt: START + 60 * MINUTE,
      position: { block: 1, offset: 0, at: START + 60 * MINUTE },
    });
    const file = libraryFile([ahead]);
    await importLibrary(store, file);
    const record = await store.getRecord('from-the-future');
    expect(record).toMatchObject({ addedAt: START, openedAt: START, position: { at: START } });
    // So a place read here a minute later is not taken for an older one.
    clock.advance(MINUTE);
    expect(await store.savePosition('from-the-future', position(START + MINUTE))).toBeDefined();
  });

  it('given the same text under another id, keeps the article here and takes the newer place from the file', async () => {
    await store.add(newArticle('Tides'));
    await store.savePosition('article-1', position(START + MINUTE));
    const incoming = exportedArticle('from-another-device', 'Tides, elsewhere', {
      blocks: newArticle('Tides').blocks,
      openedAt: START + 3 * MINUTE,
      position: { block: 2, offset: 5, at: START + 2 * MINUTE },
      charactersRead: 75,
      finished: true,
    });
    const file = libraryFile([incoming]);

    clock.advance(10 * MINUTE); // imported after the file's last place
    expect(await importLibrary(store, file)).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect(await store.list()).toEqual([
      expect.objectContaining({
        id: 'article-1',
        title: 'Tides',
        openedAt: START + 3 * MINUTE,
        position: { block: 2, offset: 5, at: START + 2 * MINUTE },
        charactersRead: 75,
        finished: true,
      }),
    ]);
    expect(await store.getContent('from-another-device')).toBeUndefined();
  });

  it('given an article of the same id but other text, keeps the one here with its text and place', async () => {
    await store.add(newArticle('Tides'));
    await store.savePosition('article-1', position(START + MINUTE));
    const before = await store.getRecord('article-1');
    const other = exportedArticle('article-1', 'Currents', {
      blocks: newArticle('Currents').blocks,
      position: { block: 2, offset: 5, at: START + 2 * MINUTE },
    });
    const file = libraryFile([other]);

    clock.advance(10 * MINUTE);
    expect(await importLibrary(store, file)).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect(await store.getRecord('article-1')).toEqual(before);
    expect(await store.getContent('article-1')).toEqual(newArticle('Tides').blocks);
  });

  it('keeps the place here when the file’s place for the same article is older', async () => {
    await store.add(newArticle('Tides'));
    await store.savePosition('article-1', position(START + 2 * MINUTE));
    const before = await store.getRecord('article-1');
    const older = exportedArticle('article-1', 'Tides', {
      blocks: newArticle('Tides').blocks,
      position: { block: 0, offset: 0, at: START + MINUTE },
    });
    const file = libraryFile([older]);

    expect(await importLibrary(store, file)).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect(await store.getRecord('article-1')).toEqual(before);
  });

  it('takes the file’s preferences but keeps voices chosen here for other languages', async () => {
    await store.setSetting(PREFERENCES_KEY, {
      rate: 1,
      voiceByLanguage: { en: 'English here', fr: 'French here' },
      singleKeyShortcuts: true,
    });
    const file = libraryFile([], {
      rate: 2,
      voiceByLanguage: { fr: 'French from file', de: 'German from file' },
    });

    await importLibrary(store, file);

    expect(await store.getSetting(PREFERENCES_KEY)).toEqual({
      rate: 2,
      voiceByLanguage: { en: 'English here', fr: 'French from file', de: 'German from file' },
      singleKeyShortcuts: true,
    });
  });

  it('given a file whose voices are unusable, keeps the voices chosen here', async () => {
    await store.setSetting(PREFERENCES_KEY, { rate: 1, voiceByLanguage: { en: 'English here' } });
    const file = fileWith(JSON.stringify({ rate: 2, voiceByLanguage: 'English' }));

    await importLibrary(store, file);

    expect(await store.getSetting(PREFERENCES_KEY)).toEqual({
      rate: 2,
      voiceByLanguage: { en: 'English here' },
    });
  });

  it('takes how things are said from the file, keeping rules written only here', async () => {
    const importing = async (here: unknown, fromFile: unknown) => {
      await store.setSetting(PREFERENCES_KEY, here);
      await importLibrary(store, fileWith(JSON.stringify({ speech: fromFile })));
      return ((await store.getSetting(PREFERENCES_KEY)) as { speech: unknown }).speech;
    };

    // A device where nothing was said differently yet takes the file's as they are.
    const fromFile = { emoji: 'say', rules: [speechRule('a', 'GIF')] };
    expect(await importing({ rate: 1 }, fromFile)).toEqual(fromFile);
    // A file without rules keeps the rules here; a device without rules takes the file's.
    expect(
      await importing(
        { speech: { emoji: 'skip', rules: [speechRule('b', 'SQL')] } },
        { emoji: 'say' },
      ),
    ).toEqual({
      emoji: 'say',
      rules: [speechRule('b', 'SQL')],
    });
    expect(await importing({ speech: { emoji: 'skip' } }, fromFile)).toEqual(fromFile);
  });

  it('given a hand-edited file, each value of the wrong kind keeps the one chosen here', async () => {
    const here = {
      rate: 1.5,
      singleKeyShortcuts: false,
      readEverything: true,
      voiceByLanguage: { en: 'English here' },
      look: { ...DEFAULT_LOOK, theme: 'dark', font: 'serif', textSize: 150 },
      speech: { emoji: 'say', rules: [speechRule('a', 'GIF')] },
    };
    await store.setSetting(PREFERENCES_KEY, here);
    const file = fileWith(
      JSON.stringify({
        rate: 'fast',
        singleKeyShortcuts: 'no',
        readEverything: 1,
        voiceByLanguage: { fr: 42, de: 'German from file' },
        look: { theme: 'neon', font: 'serif', textSize: 120 },
        speech: { emoji: 'loud', rules: [{ id: 'a', find: '' }, speechRule('b', 'SQL')] },
      }),
    );

    await importLibrary(store, file);

    expect(await store.getSetting(PREFERENCES_KEY)).toEqual({
      ...here,
      voiceByLanguage: { en: 'English here', de: 'German from file' },
      // The file's text size is good; its theme is not.
      look: { ...here.look, textSize: 120 },
      // The file's damaged rule "a" is no rule: the one written here stays.
      speech: { emoji: 'say', rules: [speechRule('b', 'SQL'), speechRule('a', 'GIF')] },
    });

    // Speech settings that are no settings at all, and a rate past any number, change nothing.
    await store.setSetting(PREFERENCES_KEY, here);
    await importLibrary(store, fileWith('{ "speech": "loud", "rate": 1e999 }'));
    expect(await store.getSetting(PREFERENCES_KEY)).toEqual(here);
  });

  it('exports no preferences when those stored are damaged, and an import replaces them', async () => {
    for (const damaged of ['fast', null]) {
      await store.setSetting(PREFERENCES_KEY, damaged);
      expect((await exportLibrary(store)).preferences).toBeNull();
      await importLibrary(store, libraryFile([], { rate: 2 }));
      expect(await store.getSetting(PREFERENCES_KEY)).toEqual({ rate: 2 });
    }
  });

  it('given a write fails part way, an import changes nothing at all', async () => {
    await store.add(newArticle('Tides'));
    await store.setSetting(PREFERENCES_KEY, { rate: 1 });
    const before = await contentsOf(store);
    const file = libraryFile(
      [exportedArticle('new-1', 'Currents'), exportedArticle('new-2', 'Waves')],
      { rate: 2 },
    );
    // The last write of the import, after both articles were queued.
    refusePut((storeName) => storeName === 'settings', new Error('The disk went away'));

    const error = await importLibrary(store, file).catch((reason: unknown) => reason);

    vi.restoreAllMocks();
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({ kind: 'failed' });
    expect(await contentsOf(store)).toEqual(before);
    expect(await store.getContent('new-1')).toBeUndefined();
    expect(await store.getSetting(PREFERENCES_KEY)).toEqual({ rate: 1 });
  });

  it('given a full disk part way, an import says so and changes nothing', async () => {
    const file = libraryFile([
      exportedArticle('new-1', 'Currents'),
      exportedArticle('new-2', 'Waves'),
    ]);
    refusePut(
      (storeName, value) => storeName === 'contents' && idOf(value) === 'new-2',
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );

    await expect(importLibrary(store, file)).rejects.toMatchObject({ kind: 'quota' });
    vi.restoreAllMocks();
    expect(await store.list()).toEqual([]);
  });
});
