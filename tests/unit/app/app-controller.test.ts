import 'fake-indexeddb/auto';
import { importLibraryFile } from '../../../src/lib/app/import-library';
import { Notices } from '../../../src/lib/app/notices.svelte';
import { IDBFactory } from 'fake-indexeddb';
import type { IDBPDatabase } from 'idb';
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppController } from '../../../src/lib/app/app-controller.svelte';
import { saveAndOpen } from '../../../src/lib/app/bring-in/save-and-open';
import { ArticleStore } from '../../../src/lib/library/articles';
import { openLibraryDb, type AloudDb } from '../../../src/lib/library/db';
import { PREFERENCES_KEY } from '../../../src/lib/settings/stored-preferences';
import { Library } from '../../../src/lib/library/library.svelte';
import type { NewArticle } from '../../../src/lib/library/types';
import { Reader } from '../../../src/lib/app/reader.svelte';
import { Router } from '../../../src/lib/app/router.svelte';
import { Announcer } from '../../../src/lib/app/announcer.svelte';
import { FakeEngine, fakeVoice } from '../../../src/lib/speech/fake-engine';
import { Article } from '../../../src/lib/text/article';
import { START, sequentialIds, testClock, type TestClock } from '../library/fixtures';
import { FakeHistoryWindow } from '../support/history-window';
import { ChannelHub, testDeviceStorage } from '../support/library-doubles';
import { quotaError, refusePut } from '../support/refuse-put';
import { segmentParagraph } from '../../../src/lib/text/sentences/segment';

const MINUTE = 60_000;
const QUOTA_MESSAGE =
  'Your device refused to save: its storage is full. Free some space or delete articles you have finished; nothing already saved was lost.';

/** Two short articles, each a heading and two paragraphs of a few sentences. */
const TIDES: NewArticle = {
  title: 'Tides',
  source: 'Pasted text',
  format: 'text',
  lang: 'en',
  blocks: [
    { kind: 'heading', level: 1, text: 'Tides' },
    { kind: 'paragraph', text: 'The sea rises. The sea falls.' },
    { kind: 'paragraph', text: 'Twice a day. Every day. Without fail.' },
  ],
};
const STORMS: NewArticle = {
  ...TIDES,
  title: 'Storms',
  blocks: [
    { kind: 'heading', level: 1, text: 'Storms' },
    { kind: 'paragraph', text: 'The wind rises. The rain falls.' },
    { kind: 'paragraph', text: 'Then it is over.' },
  ],
};

/** The offset of "Every day." in the last paragraph of TIDES: its second sentence. */
const EVERY_DAY = 'Twice a day. '.length;

/** An article as it is brought in (pasted), ready to read. */
function broughtIn(article: NewArticle): Article {
  return new Article(
    article.blocks,
    {
      source: article.source,
      title: article.title,
      lang: article.lang,
    },
    segmentParagraph,
  );
}

/** The live region, with every announcement kept so that a test can read them all. */
class RecordingAnnouncer extends Announcer {
  readonly said: string[] = [];
  override announce(message: string): void {
    this.said.push(message);
    super.announce(message);
  }
}

let clock: TestClock;
let newId: () => string;
let connections: IDBPDatabase<AloudDb>[];
let stops: (() => void)[];

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  clock = testClock();
  newId = sequentialIds();
  connections = [];
  stops = [];
});

afterEach(async () => {
  for (const stop of stops.reverse()) stop();
  vi.useRealTimers();
  vi.restoreAllMocks();
  await new Promise((resolve) => setTimeout(resolve, 10));
  for (const db of connections) db.close();
});

async function openStore(): Promise<ArticleStore> {
  const db = await openLibraryDb();
  connections.push(db);
  return new ArticleStore(db, { now: clock.now, newId });
}

/**
 * The app as main.ts puts it together, over a fake engine, a database of its own and a fake
 * address bar; `before` fills the library as an earlier visit left it.
 */
async function startApp(
  hash = '',
  before: (store: ArticleStore) => Promise<unknown> = async () => {},
) {
  await before(await openStore());
  const engine = new FakeEngine([fakeVoice({ name: 'English', lang: 'en-US' })]);
  const announcer = new RecordingAnnouncer();
  const notices = new Notices(announcer);
  const reader = new Reader({ engine, preferences: null, languages: ['en-US'], announcer });
  stops.push(reader.start());
  const library = new Library({
    onError: (message, lasting) => notices.say(message, { lasting }),
    open: openStore,
    channel: new ChannelHub().channel(),
    device: testDeviceStorage(),
  });
  await library.start();
  const win = new FakeHistoryWindow(hash);
  const router = new Router(win);
  const controller = new AppController({ reader, library, router, announcer, notices });
  stops.push(controller.start());
  flushSync();
  return { controller, reader, player: reader.player, library, router, win, announcer, notices };
}

// The app follows the address through an $effect.
describe('AppController, following the address', () => {
  it('given an empty library, starts at the welcome sample above the library, so that Back leads to it', async () => {
    const { controller, player, router, win } = await startApp('');

    await vi.waitFor(() => expect(player.article?.title).toBe('Welcome to Aloud'));
    expect(win.calls).toEqual(['replace #/', 'push #/welcome']);
    expect(win.entries).toEqual(['#/', '#/welcome']);
    expect(router.route).toEqual({ view: 'welcome' });
    expect(controller.articleId).toBeNull();
    expect(controller.navigated).toBe(false);

    win.back();
    await vi.waitFor(() => expect(router.route).toEqual({ view: 'library' }));
    expect(controller.navigated).toBe(true);
  });

  it('given saved articles, opens the one read last at its saved place, paused there', async () => {
    const { controller, player, win, announcer } = await startApp('', async (store) => {
      await store.add(STORMS);
      clock.advance(MINUTE);
      const { record } = await store.add(TIDES);
      clock.advance(MINUTE);
      await store.savePosition(record.id, {
        block: 2,
        offset: EVERY_DAY,
        at: clock.now(),
        charactersRead: 60,
        finished: false,
      });
    });

    await vi.waitFor(() => expect(controller.articleId).toBe('article-2'));
    expect(win.calls).toEqual(['replace #/', 'push #/read/article-2']);
    expect(player.article?.title).toBe('Tides');
    expect(player.status).toBe('paused');
    expect([player.paragraph, player.sentence]).toEqual([2, 1]);
    // Focus reads the title; the live region says where Play goes on from.
    expect(announcer.said.at(-1)).toBe(
      `Opened at paragraph 3 of ${player.article?.length}. Press Play to go on.`,
    );
  });

  it('given the article read last was finished, opens it at its start, ready to be heard again', async () => {
    const { controller, player } = await startApp('', async (store) => {
      const { record } = await store.add(TIDES);
      await store.savePosition(record.id, {
        block: 2,
        offset: EVERY_DAY,
        at: START + MINUTE,
        charactersRead: 66,
        finished: true,
      });
    });

    await vi.waitFor(() => expect(controller.articleId).toBe('article-1'));
    expect(player.status).toBe('idle');
    expect([player.paragraph, player.sentence]).toEqual([0, 0]);
  });

  it('given the address of an article that is not in the library, says it is missing', async () => {
    const { controller, player } = await startApp('#/read/article-9');

    await vi.waitFor(() => expect(controller.missing).toBe(true));
    expect(controller.articleId).toBeNull();
    expect(player.article).toBeNull();
  });

  it('given Back pressed while a saved article is still loading, stays in the library', async () => {
    const { controller, library, player, router, win } = await startApp('#/', (store) =>
      store.add(TIDES),
    );
    const load = vi.spyOn(library, 'load');
    win.follow('#/read/article-1');
    flushSync(); // its loading has started
    win.back();
    flushSync();

    // To the end of that load, and of what the controller does with it: microtasks, all run
    // before the next task.
    expect(load).toHaveBeenCalledExactlyOnceWith('article-1');
    expect(await load.mock.results[0]?.value).toMatchObject({ record: { id: 'article-1' } });
    await new Promise((resolve) => setImmediate(resolve));
    expect(router.route).toEqual({ view: 'library' });
    expect(controller.articleId).toBeNull();
    expect(player.article).toBeNull();
  });

  it('given the address of unsaved text after a reload, shows the library instead', async () => {
    const { router, win } = await startApp('#/unsaved');
    await vi.waitFor(() => expect(router.route).toEqual({ view: 'library' }));
    expect(win.calls).toEqual(['replace #/']);
  });

  it('given the same text brought in again, announces it is already saved and opens it where it was left', async () => {
    const { controller, player, library, win, announcer } = await startApp('#/');
    await saveAndOpen(controller, broughtIn(TIDES), 'text');
    player.nextParagraph();
    player.nextParagraph();
    player.nextSentence(); // "Every day." — the place the keeper saves
    await vi.waitFor(() =>
      expect(library.articles[0]?.position).toMatchObject({ block: 2, offset: EVERY_DAY }),
    );
    win.back();
    await saveAndOpen(controller, broughtIn(STORMS), 'text');
    win.back();

    await saveAndOpen(controller, broughtIn(TIDES), 'text');

    expect(announcer.said.at(-1)).toBe(
      'Already in your library: opened where you left off. Press Play to listen.',
    );
    await vi.waitFor(() => expect(controller.articleId).toBe('article-1'));
    expect(player.article?.title).toBe('Tides');
    expect(player.status).toBe('paused');
    expect([player.paragraph, player.sentence]).toEqual([2, 1]);
    expect(win.entries).toEqual(['#/', '#/read/article-1']);
    expect(library.articles).toHaveLength(2);
  });

  it('given text the library refused, keeps showing it, and the live region ends with why, said with the article', async () => {
    const { controller, router, announcer } = await startApp('#/');
    refusePut(() => true, quotaError());
    // The test's clock from here, so that "nothing is said after" covers a long while, not a
    // short real wait. Timers only: fake IndexedDB schedules with setImmediate, which stays real.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });

    const opening = saveAndOpen(controller, broughtIn(TIDES), 'text');

    // What the live region ends up saying: the reason comes with the article, not after it.
    const expected = `Opened: 3 paragraphs. Press Play to listen. ${QUOTA_MESSAGE}`;
    await vi.waitFor(() => expect(announcer.message).toBe(expected)); // (moves the clock on)
    await opening;
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    expect(announcer.message).toBe(expected);
    expect(announcer.said.at(-1)).toBe(expected);
    expect(router.route).toEqual({ view: 'unsaved' });
  });

  it('given a library write that fails while nobody waits for it, shows and says why', async () => {
    const { controller, library, announcer, notices } = await startApp('#/');
    await saveAndOpen(controller, broughtIn(TIDES), 'text');
    refusePut(() => true, quotaError());
    const id = library.articles[0]!.id;
    expect(await library.rename(id, 'Tides again')).toBe(false);
    expect(notices.current).toEqual({ message: QUOTA_MESSAGE, dismissable: true });
    expect(announcer.said).toContain(QUOTA_MESSAGE);
  });
});

describe('AppController, bringing articles in', () => {
  it('saves an article brought in and opens it at its own address above the library', async () => {
    const { controller, player, library, win, announcer } = await startApp('#/');

    await saveAndOpen(controller, broughtIn(TIDES), 'text');

    expect(controller.articleId).toBe('article-1');
    expect(player.article?.title).toBe('Tides');
    expect(player.status).toBe('idle');
    expect(library.articles.map((record) => record.title)).toEqual(['Tides']);
    expect(win.entries).toEqual(['#/', '#/read/article-1']);
    expect(announcer.said.at(-1)).toBe(
      'Opened: 3 paragraphs, saved to your library. Press Play to listen.',
    );
  });

  it('given an article already open, the next one takes its place in the history', async () => {
    const { controller, win } = await startApp('#/');
    await saveAndOpen(controller, broughtIn(TIDES), 'text');
    await saveAndOpen(controller, broughtIn(STORMS), 'text');
    expect(win.entries).toEqual(['#/', '#/read/article-2']);
    expect(controller.articleId).toBe('article-2');
  });

  it('given the same text brought in again, does not save it twice and says it is already there', async () => {
    const { controller, library, win, announcer } = await startApp('#/');
    await saveAndOpen(controller, broughtIn(TIDES), 'text');
    win.back();

    await saveAndOpen(controller, broughtIn(TIDES), 'text');

    expect(announcer.said.at(-1)).toBe(
      'Already in your library: opened where you left off. Press Play to listen.',
    );
    expect(win.entries).toEqual(['#/', '#/read/article-1']);
    expect(library.articles).toHaveLength(1);
  });

  it('shows text new to the library while it is saved, and keeps its place when it gets its address', async () => {
    const { controller, player, win, announcer } = await startApp('#/');
    const said = announcer.said.length;

    const opening = saveAndOpen(controller, broughtIn(TIDES), 'text', 'hash-of-tides');

    // On screen before the save ends, with nothing said yet: focus reads its title.
    expect(player.article?.title).toBe('Tides');
    expect(controller.articleId).toBeNull();
    expect(announcer.said).toHaveLength(said);
    player.nextParagraph();
    await opening;
    expect(controller.articleId).toBe('article-1');
    expect(player.paragraph).toBe(1);
    expect(win.entries).toEqual(['#/', '#/read/article-1']);
    expect(announcer.said.at(-1)).toBe(
      'Opened: 3 paragraphs, saved to your library. Press Play to listen.',
    );
  });

  it('given text the library already holds, opens it only where it was left', async () => {
    const { controller, player, win } = await startApp('#/');
    await saveAndOpen(controller, broughtIn(TIDES), 'text', 'hash-of-tides');
    player.nextParagraph();
    player.nextParagraph();
    win.back();
    const before = player.article;

    const opening = saveAndOpen(controller, broughtIn(TIDES), 'text', 'hash-of-tides');

    expect(player.article).toBe(before);
    await opening;
    await vi.waitFor(() => expect(controller.articleId).toBe('article-1'));
    expect(player.paragraph).toBe(2);
  });

  it('given the library refuses to save, still opens the text, at the unsaved address, and says why', async () => {
    const { controller, player, library, win, announcer } = await startApp('#/');
    refusePut(() => true, quotaError());

    await saveAndOpen(controller, broughtIn(TIDES), 'text');

    expect(player.article?.title).toBe('Tides');
    expect(controller.articleId).toBeNull();
    expect(win.entries).toEqual(['#/', '#/unsaved']);
    expect(library.articles).toEqual([]);
    expect(announcer.said.at(-1)).toBe(
      `Opened: 3 paragraphs. Press Play to listen. ${QUOTA_MESSAGE}`,
    );
  });

  it('given the open article deleted, stops reading it and stops keeping its place', async () => {
    const { controller, player } = await startApp('#/');
    await saveAndOpen(controller, broughtIn(TIDES), 'text');
    player.play();
    expect(player.status).toBe('playing');

    controller.forget('article-2');
    expect(player.status).toBe('playing');
    expect(controller.articleId).toBe('article-1');

    controller.forget('article-1');
    expect(player.status).toBe('idle');
    expect(controller.articleId).toBeNull();
  });

  it('given a library export imported, takes its speed along with its articles', async () => {
    const { controller, library, player } = await startApp('#/');
    await saveAndOpen(controller, broughtIn(TIDES), 'text');
    await library.settings?.setSetting(PREFERENCES_KEY, { rate: 1.5 });
    const file = await library.exportFile();
    await library.settings?.setSetting(PREFERENCES_KEY, { rate: 1 });

    const summary = await importLibraryFile(controller, file!);

    expect(summary).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect(player.rate).toBe(1.5);
  });
});
