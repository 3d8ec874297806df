import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { IDBPDatabase } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticleStore } from '../../../src/lib/library/articles';
import { openLibraryDb, type AloudDb } from '../../../src/lib/library/db';
import { PREFERENCES_KEY } from '../../../src/lib/settings/stored-preferences';
import { Library } from '../../../src/lib/library/library.svelte';
import type { PositionUpdate, ReadingPosition } from '../../../src/lib/library/types';
import { Article } from '../../../src/lib/text/article';
import {
  ChannelHub,
  testDeviceStorage,
  type TestChannel,
  type TestDeviceStorage,
} from '../support/library-doubles';
import { quotaError, refusePut } from '../support/refuse-put';
import {
  START,
  newArticle,
  sequentialIds,
  speechRule,
  testClock,
  type TestClock,
} from './fixtures';
import { segmentParagraph } from '../../../src/lib/text/sentences/segment';

const MINUTE = 60_000;
const QUOTA_MESSAGE =
  'Your device refused to save: its storage is full. Free some space or delete articles you have finished; nothing already saved was lost.';
const FAILED_MESSAGE = 'Aloud could not save to the library. Nothing already saved was lost.';
const UNAVAILABLE_MESSAGE =
  'The library is off: this browser does not let Aloud store data (private mode or blocked storage). You can still read pasted text.';

let clock: TestClock;
let newId: () => string;
let hub: ChannelHub;
/** Connections the tabs opened, closed after each test. */
let connections: IDBPDatabase<AloudDb>[];

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  clock = testClock();
  newId = sequentialIds();
  hub = new ChannelHub();
  connections = [];
});

afterEach(async () => {
  vi.restoreAllMocks();
  await settle();
  for (const db of connections) db.close();
});

/** Lets queued channel messages and the writes they start finish. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 10));
}

async function openStore(): Promise<ArticleStore> {
  const db = await openLibraryDb();
  connections.push(db);
  return new ArticleStore(db, { now: clock.now, newId });
}

interface Tab {
  library: Library;
  channel: TestChannel;
  device: TestDeviceStorage;
}

/** One open Aloud tab: its own Library over the device's shared database. */
function tab(): Tab {
  const channel = hub.channel();
  const device = testDeviceStorage();
  const library = new Library({ open: openStore, channel, device });
  return { library, channel, device };
}

async function startedTab(): Promise<Tab> {
  const opened = tab();
  await opened.library.start();
  return opened;
}

/** An article as brought in, ready to read. */
function article(title: string): Article {
  const { blocks, source, lang } = newArticle(title);
  return new Article(blocks, { source, lang, title }, segmentParagraph);
}

function titles(library: Library): string[] {
  return library.articles.map((record) => record.title);
}

function position(at: number, overrides: Partial<PositionUpdate> = {}): PositionUpdate {
  return { block: 2, offset: 7, at, charactersRead: 40, finished: false, ...overrides };
}

describe('Library, starting', () => {
  it('is loading until started, with nothing listed yet', () => {
    const { library } = tab();
    expect(library.status).toBe('loading');
    expect(library.articles).toEqual([]);
    expect(library.lastOpened).toBeNull();
  });

  it('given storage that never answers, gives up after five seconds and starts without the library', async () => {
    vi.useFakeTimers();
    try {
      const library = new Library({
        open: () => new Promise(() => {}),
        channel: hub.channel(),
        device: testDeviceStorage(),
      });
      const started = library.start();
      await vi.advanceTimersByTimeAsync(4_999);
      expect(library.status).toBe('loading');
      await vi.advanceTimersByTimeAsync(1);
      await started;
      expect(library.status).toBe('unavailable');
      expect(library.error).toBe(UNAVAILABLE_MESSAGE);
    } finally {
      vi.useRealTimers();
    }
  });

  it('given storage refused in any way while opening, says the library is off', async () => {
    const library = new Library({
      open: () => Promise.reject(new DOMException('The operation failed.', 'UnknownError')),
      channel: hub.channel(),
      device: testDeviceStorage(),
    });
    await library.start();
    expect(library.status).toBe('unavailable');
    expect(library.error).toBe(UNAVAILABLE_MESSAGE);
  });

  it('lists the saved articles, the one opened last first', async () => {
    const store = await openStore();
    await store.add(newArticle('Tides'));
    clock.advance(MINUTE);
    await store.add(newArticle('Storms'));
    clock.advance(MINUTE);
    await store.add(newArticle('Winds'));
    clock.advance(MINUTE);
    await store.markOpened('article-1');

    const { library } = await startedTab();

    expect(library.status).toBe('ready');
    expect(titles(library)).toEqual(['Tides', 'Winds', 'Storms']);
    expect(library.lastOpened?.title).toBe('Tides');
    expect(library.error).toBeNull();
  });

  it('given an empty library, has nothing to open', async () => {
    const { library } = await startedTab();
    expect(library.articles).toEqual([]);
    expect(library.lastOpened).toBeNull();
  });

  it('shows how much the library uses on the device', async () => {
    const { library } = await startedTab();
    await vi.waitFor(() => expect(library.usage).toBe(2048));
  });

  it('given a browser that keeps no data, is unavailable and says why in words', async () => {
    vi.spyOn(IDBFactory.prototype, 'open').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const { library, device } = tab();

    await library.start();

    expect(library.status).toBe('unavailable');
    expect(library.error).toBe(UNAVAILABLE_MESSAGE);
    expect(library.settings).toBeNull();
    expect(await library.add(article('Tides'), 'text')).toBeNull();
    expect(await library.load('article-1')).toBeNull();
    expect(await library.exportFile()).toBeNull();
    library.savePosition('article-1', position(START + 1));
    await library.refresh();
    expect(device.persistRequests).toBe(0);
    // Each attempt finds the library off: the notice still says why, not that a save failed.
    expect(library.error).toBe(UNAVAILABLE_MESSAGE);
  });

  it('given a notice the person has read, dismissing it clears it', async () => {
    vi.spyOn(IDBFactory.prototype, 'open').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const { library } = tab();
    await library.start();
    library.dismissError();
    expect(library.error).toBeNull();
  });
});

describe('Library, adding', () => {
  it('saves an article brought in, lists it first and tells the other tabs', async () => {
    const { library, channel } = await startedTab();
    await library.add(article('Storms'), 'text');
    clock.advance(MINUTE);

    const result = await library.add(article('Tides'), 'markdown');

    expect(result?.existing).toBe(false);
    expect(result?.record).toMatchObject({ id: 'article-2', title: 'Tides', format: 'markdown' });
    expect(titles(library)).toEqual(['Tides', 'Storms']);
    expect(channel.posted).toEqual([{ type: 'changed' }, { type: 'changed' }]);
  });

  it('asks the browser to keep the library at the first save only, not at start', async () => {
    const { library, device } = await startedTab();
    expect(device.persistRequests).toBe(0);

    await library.add(article('Tides'), 'text');
    await library.add(article('Storms'), 'text');

    expect(device.persistRequests).toBe(1);
  });

  it('given the same text brought in again, finds the saved one instead of adding it twice', async () => {
    const { library } = await startedTab();
    const first = await library.add(article('Tides'), 'text');
    const again = await library.add(article('Tides'), 'text');
    expect(again?.existing).toBe(true);
    expect(again?.record.id).toBe(first?.record.id);
    expect(library.articles).toHaveLength(1);
  });

  it('given a full disk, returns null, says why, and still lists the articles saved before', async () => {
    const { library, device } = await startedTab();
    await library.add(article('Storms'), 'text');
    refusePut(() => true, quotaError());

    const result = await library.add(article('Tides'), 'text');

    expect(result).toBeNull();
    expect(library.error).toBe(QUOTA_MESSAGE);
    expect(titles(library)).toEqual(['Storms']);
    vi.restoreAllMocks();
    await library.refresh();
    expect(titles(library)).toEqual(['Storms']);
    expect(device.persistRequests).toBe(1);
  });

  it('given a refused first save, asks to persist at the first save that works', async () => {
    const { library, device } = await startedTab();
    refusePut(() => true, quotaError());
    await library.add(article('Tides'), 'text');
    expect(device.persistRequests).toBe(0);

    vi.restoreAllMocks();
    await library.add(article('Tides'), 'text');
    expect(device.persistRequests).toBe(1);
    expect(library.error).toBeNull();
  });
});

describe('Library, opening, removing and restoring', () => {
  it('opens a saved article with its text and record, and marks it opened', async () => {
    const { library } = await startedTab();
    await library.add(article('Tides'), 'text');
    clock.advance(MINUTE);
    await library.add(article('Storms'), 'text');
    clock.advance(MINUTE);

    const opened = await library.load('article-1');

    expect(opened?.record.title).toBe('Tides');
    expect(opened?.article.blocks).toEqual(newArticle('Tides').blocks);
    expect(opened?.article.title).toBe('Tides');
    await vi.waitFor(() => expect(titles(library)).toEqual(['Tides', 'Storms']));
  });

  it('given an article saved before clutter was looked for, opens it with its “Read More:” line marked', async () => {
    const { library } = await startedTab();
    const { source, lang } = newArticle('Tides');
    const blocks = [
      {
        kind: 'paragraph' as const,
        text: 'The tide came in early on Tuesday, the harbour master said.',
      },
      { kind: 'paragraph' as const, text: 'Read More: Storm Surge Floods the Harbour Road Again' },
      { kind: 'paragraph' as const, text: 'Boats were moved to higher moorings before noon.' },
    ];
    await library.add(
      new Article(blocks, { source, lang, title: 'Tides' }, segmentParagraph),
      'text',
    );

    const opened = await library.load('article-1');

    expect(opened?.article.blocks.map((block) => block.clutter)).toEqual([
      undefined,
      'related',
      undefined,
    ]);
  });

  it('given an article with clutter already marked, opens it as it was marked', async () => {
    const { library } = await startedTab();
    const { source, lang } = newArticle('Tides');
    const blocks = [
      { kind: 'paragraph' as const, text: 'Advertisement', clutter: 'advertisement' as const },
      { kind: 'paragraph' as const, text: 'The tide came in early on Tuesday.' },
      { kind: 'paragraph' as const, text: 'Read More: Storm Surge Floods the Harbour Road Again' },
    ];
    await library.add(
      new Article(blocks, { source, lang, title: 'Tides' }, segmentParagraph),
      'text',
    );

    const opened = await library.load('article-1');

    expect(opened?.article.blocks.map((block) => block.clutter)).toEqual([
      'advertisement',
      undefined,
      undefined,
    ]);
  });

  it('looks for clutter in an article of up to 2000 blocks, not in a longer one (a book)', async () => {
    const { library } = await startedTab();
    const { source, lang } = newArticle('Tides');
    const book = (length: number) => {
      const blocks = Array.from({ length }, (_, index) => ({
        kind: 'paragraph' as const,
        text: `Paragraph ${index} of the book.`,
      }));
      blocks[1] = {
        kind: 'paragraph',
        text: 'Read More: Storm Surge Floods the Harbour Road Again',
      };
      return new Article(blocks, { source, lang, title: `A book of ${length}` }, segmentParagraph);
    };
    const page = await library.add(book(2000), 'text');
    const longer = await library.add(book(2001), 'text');

    expect((await library.load(page!.record.id))?.article.blocks[1]?.clutter).toBe('related');
    expect((await library.load(longer!.record.id))?.article.blocks[1]?.clutter).toBeUndefined();
  });

  it('given a link still waiting for its text, opens nothing, and nothing is wrong', async () => {
    const { library } = await startedTab();
    const waiting = await library.keepWaitingLink({
      url: 'https://news.example/harbour',
      title: 'news.example/harbour',
      source: 'news.example',
      lang: 'en',
      failure: 'refused',
    });
    expect(await library.load(waiting!.id)).toBeNull();
    expect(library.error).toBeNull();
  });

  it('given an id that is not saved, opens nothing', async () => {
    const { library } = await startedTab();
    expect(await library.load('article-9')).toBeNull();
    expect(library.error).toBeNull();
  });

  it('removes an article, and Undo puts it back exactly as it was', async () => {
    const { library } = await startedTab();
    await library.add(article('Tides'), 'text');
    await library.add(article('Storms'), 'text');
    const before = library.articles.find((record) => record.title === 'Tides');

    const deleted = await library.remove('article-1');
    expect(titles(library)).toEqual(['Storms']);
    expect(deleted?.record).toEqual(before);

    expect(await library.restore(deleted!)).toBe(true);
    expect(library.articles.find((record) => record.id === 'article-1')).toEqual(before);
    expect((await library.load('article-1'))?.article.blocks).toEqual(newArticle('Tides').blocks);
  });

  it('shows the smaller size on the device after a removal', async () => {
    let used = 4096;
    const device = { persist: () => Promise.resolve(true), usage: () => Promise.resolve(used) };
    const library = new Library({ open: openStore, channel: hub.channel(), device });
    await library.start();
    await library.add(article('Tides'), 'text');
    await vi.waitFor(() => expect(library.usage).toBe(4096));

    used = 1024;
    await library.remove('article-1');

    await vi.waitFor(() => expect(library.usage).toBe(1024));
  });

  it('given an id that is not saved, removes nothing', async () => {
    const { library } = await startedTab();
    expect(await library.remove('article-9')).toBeNull();
  });

  it('renames an article, but not to an empty title', async () => {
    const { library } = await startedTab();
    await library.add(article('Tides'), 'text');
    expect(await library.rename('article-1', '  Tides and storms ')).toBe(true);
    expect(titles(library)).toEqual(['Tides and storms']);
    expect(await library.rename('article-1', '   ')).toBe(false);
    expect(titles(library)).toEqual(['Tides and storms']);
  });

  it('changes an article’s language when asked, and keeps it otherwise', async () => {
    const { library } = await startedTab();
    await library.add(article('Tides'), 'text');
    await library.rename('article-1', 'Gezeiten', 'de');
    expect(library.articles[0]).toMatchObject({ title: 'Gezeiten', lang: 'de' });
    await library.rename('article-1', 'Die Gezeiten');
    expect(library.articles[0]).toMatchObject({ title: 'Die Gezeiten', lang: 'de' });
  });
});

describe('Library, reading places', () => {
  it('records a place, shows it in the list, and tells the other tabs where reading is', async () => {
    const { library, channel } = await startedTab();
    await library.add(article('Tides'), 'text');

    library.savePosition('article-1', position(START + MINUTE, { charactersRead: 55 }));

    await vi.waitFor(() =>
      expect(library.articles[0]).toMatchObject({
        position: { block: 2, offset: 7, at: START + MINUTE },
        charactersRead: 55,
        finished: false,
      }),
    );
    expect(channel.posted.at(-1)).toEqual({
      type: 'position',
      record: expect.objectContaining({
        id: 'article-1',
        position: { block: 2, offset: 7, at: START + MINUTE },
        charactersRead: 55,
      }),
    });
  });

  it('given a page being hidden, flush() writes the place still waiting', async () => {
    const { library } = await startedTab();
    await library.add(article('Tides'), 'text');
    library.savePosition('article-1', position(START + 1, { block: 1 }));
    library.savePosition('article-1', position(START + 2, { block: 2 })); // waits its turn
    library.flush();
    await vi.waitFor(() => expect(library.articles[0]?.position.at).toBe(START + 2));
  });
});

describe('Library, when storage fails after starting', () => {
  it('given a full disk, keeps reading and says why the place was not saved', async () => {
    const { library } = await startedTab();
    await library.add(article('Tides'), 'text');
    refusePut(() => true, quotaError());

    library.savePosition('article-1', position(START + MINUTE));

    await vi.waitFor(() => expect(library.error).toBe(QUOTA_MESSAGE));
    expect(library.articles[0]?.position.at).toBe(START);
  });

  it('given the connection was let go (a newer Aloud upgrading in another tab), each read says it failed', async () => {
    const { library } = await startedTab();
    await library.add(article('Tides'), 'text');
    for (const db of connections) db.close();

    await library.refresh();
    expect(library.error).toBe(FAILED_MESSAGE);
    expect(titles(library)).toEqual(['Tides']);

    library.dismissError();
    expect(await library.load('article-1')).toBeNull();
    expect(library.error).toBe(FAILED_MESSAGE);

    library.dismissError();
    expect(await library.exportFile()).toBeNull();
    expect(library.error).toBe(FAILED_MESSAGE);
  });
});

describe('Library in two tabs', () => {
  it('given an article added in one tab, the other lists it', async () => {
    const first = await startedTab();
    const second = await startedTab();

    await first.library.add(article('Tides'), 'text');

    await vi.waitFor(() => expect(titles(second.library)).toEqual(['Tides']));
  });

  it('given an article removed in one tab, the other stops listing it', async () => {
    const first = await startedTab();
    await first.library.add(article('Tides'), 'text');
    const second = await startedTab();
    expect(titles(second.library)).toEqual(['Tides']);

    await first.library.remove('article-1');

    await vi.waitFor(() => expect(second.library.articles).toEqual([]));
  });

  it('given a place saved in one tab, the other hears it and lists it', async () => {
    const first = await startedTab();
    await first.library.add(article('Tides'), 'text');
    const second = await startedTab();
    const heard: { id: string; position: ReadingPosition }[] = [];
    second.library.onRemotePosition((id, place) => heard.push({ id, position: place }));

    first.library.savePosition('article-1', position(START + MINUTE));

    await vi.waitFor(() =>
      expect(heard).toEqual([
        { id: 'article-1', position: { block: 2, offset: 7, at: START + MINUTE } },
      ]),
    );
    await vi.waitFor(() => expect(second.library.articles[0]?.position.at).toBe(START + MINUTE));
    const writer = await startedTab();
    expect(writer.library.articles[0]?.position.at).toBe(START + MINUTE);
  });

  it('given two articles, a place saved for one leaves the other as it was, in both tabs', async () => {
    const first = await startedTab();
    await first.library.add(article('Tides'), 'text');
    await first.library.add(article('Storms'), 'text');
    const second = await startedTab();

    first.library.savePosition('article-1', position(START + MINUTE));

    for (const { library } of [first, second]) {
      await vi.waitFor(() =>
        expect(library.articles.find((entry) => entry.id === 'article-1')?.position.at).toBe(
          START + MINUTE,
        ),
      );
      expect(library.articles.map((entry) => entry.id).sort()).toEqual(['article-1', 'article-2']);
      expect(library.articles.find((entry) => entry.id === 'article-2')?.position.at).toBe(START);
    }
  });

  it('given an older place saved late by another tab, the newer one stays (newest wins)', async () => {
    const first = await startedTab();
    await first.library.add(article('Tides'), 'text');
    const second = await startedTab();
    const heardByFirst: ReadingPosition[] = [];
    first.library.onRemotePosition((_id, place) => heardByFirst.push(place));
    first.library.savePosition('article-1', position(START + 2 * MINUTE, { block: 2 }));
    await vi.waitFor(() => expect(second.library.articles[0]?.position.block).toBe(2));

    // The test's clock from here, so that "nothing is told" covers a long while, not a short
    // real wait. Timers only: fake IndexedDB schedules with setImmediate, which stays real.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      second.library.savePosition('article-1', position(START + MINUTE, { block: 1 }));
      await second.library.refresh(); // read after the write: IndexedDB keeps their order
      // Whatever the tabs would tell each other later (the channel delivers in a later task).
      await vi.advanceTimersByTimeAsync(MINUTE);
    } finally {
      vi.useRealTimers();
    }

    for (const { library } of [first, second, await startedTab()]) {
      expect(library.articles[0]?.position).toEqual({
        block: 2,
        offset: 7,
        at: START + 2 * MINUTE,
      });
    }
    expect(heardByFirst).toEqual([]);
    expect(second.channel.posted.filter((message) => message.type === 'position')).toEqual([]);
  });

  it('stops telling a listener about other tabs’ places once it stops listening', async () => {
    const first = await startedTab();
    await first.library.add(article('Tides'), 'text');
    const second = await startedTab();
    const heard: string[] = [];
    const stop = second.library.onRemotePosition((id) => heard.push(id));
    stop();

    first.library.savePosition('article-1', position(START + MINUTE));
    await vi.waitFor(() => expect(second.library.articles[0]?.position.at).toBe(START + MINUTE));
    expect(heard).toEqual([]);
  });
});

describe('Library, export and import', () => {
  it('exports every article with its text and the preferences', async () => {
    const { library } = await startedTab();
    await library.add(article('Tides'), 'text');
    clock.advance(MINUTE);
    await library.add(article('Storms'), 'text');
    await library.settings?.setSetting(PREFERENCES_KEY, { rate: 1.4 });

    const file = await library.exportFile();

    expect(file).toMatchObject({ format: 'aloud-library', preferences: { rate: 1.4 } });
    expect(file?.articles.map((entry) => entry.title)).toEqual(['Storms', 'Tides']);
    expect(file?.articles[1]?.blocks).toEqual(newArticle('Tides').blocks);
  });

  it('carries the listener’s speech rules in the export, and an import keeps the rules written here too', async () => {
    const { library } = await startedTab();
    await library.add(article('Tides'), 'text');
    await library.settings?.setSetting(PREFERENCES_KEY, {
      rate: 1,
      speech: { emoji: 'say', rules: [speechRule('a', 'GIF'), speechRule('b', 'SQL')] },
    });
    const file = await library.exportFile();
    expect(file?.preferences?.speech).toMatchObject({ rules: [{ find: 'GIF' }, { find: 'SQL' }] });

    // Another device, with a rule of its own and an older version of one of the file's.
    await library.settings?.setSetting(PREFERENCES_KEY, {
      speech: { emoji: 'skip', rules: [speechRule('a', 'JIF'), speechRule('c', 'NASA')] },
    });
    await library.importFile(file!);
    const kept = (await library.settings?.getSetting(PREFERENCES_KEY)) as {
      speech: { emoji: string; rules: { find: string }[] };
    };
    expect(kept.speech.emoji).toBe('say');
    expect(kept.speech.rules.map(({ find }) => find)).toEqual(['GIF', 'SQL', 'NASA']);
  });

  it('given an export imported after a deletion, brings the deleted article back, once, and tells the other tabs', async () => {
    const { library } = await startedTab();
    const other = await startedTab();
    await library.add(article('Tides'), 'text');
    await library.add(article('Storms'), 'text');
    const file = await library.exportFile();
    await library.remove('article-1');
    await vi.waitFor(() => expect(titles(other.library)).toEqual(['Storms']));

    const summary = await library.importFile(file!);

    expect(summary).toEqual({ added: 1, updated: 0, unchanged: 1 });
    expect(titles(library).sort()).toEqual(['Storms', 'Tides']);
    await vi.waitFor(() => expect(titles(other.library).sort()).toEqual(['Storms', 'Tides']));
  });

  it('given a full disk, imports nothing and says why', async () => {
    const { library } = await startedTab();
    await library.add(article('Tides'), 'text');
    const file = await library.exportFile();
    await library.remove('article-1');
    refusePut(() => true, quotaError());

    expect(await library.importFile(file!)).toBeNull();

    expect(library.error).toBe(QUOTA_MESSAGE);
    vi.restoreAllMocks();
    await library.refresh();
    expect(library.articles).toEqual([]);
  });
});

describe('Library, bookmarks', () => {
  const mark = (block: number, words: string) => ({ block, offset: 0, words, at: 1 });

  it('keeps an article’s bookmarks, opens it with them, and carries them in an export', async () => {
    const { library } = await startedTab();
    const { record } = (await library.add(article('Tides'), 'text'))!;
    expect(await library.setBookmarks(record.id, [mark(1, 'The sea')])).toBe(true);

    expect((await library.load(record.id))?.record.bookmarks).toEqual([mark(1, 'The sea')]);
    const file = await library.exportFile();
    expect(file?.articles[0]?.bookmarks).toEqual([mark(1, 'The sea')]);
  });

  it('joins the bookmarks of an imported copy of the same text with the ones made here', async () => {
    const { library } = await startedTab();
    const { record } = (await library.add(article('Tides'), 'text'))!;
    await library.setBookmarks(record.id, [mark(0, 'From the file')]);
    const file = await library.exportFile();
    await library.setBookmarks(record.id, [mark(1, 'Made here')]);

    await library.importFile(file!);

    expect((await library.load(record.id))?.record.bookmarks).toEqual([
      mark(0, 'From the file'),
      mark(1, 'Made here'),
    ]);
  });
});
