// Aloud as src/main.ts puts it together, mounted into the test's jsdom document, over doubles:
// the fake speech engine, a fresh fake IndexedDB, Web Storage in memory and a fake address bar.
// IndexedDB's interfaces (IDBRequest…), which jsdom has not got either; each test opens a
// fresh factory.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { IDBPDatabase } from 'idb';
import { flushSync, mount, unmount } from 'svelte';
import App from '../../../src/App.svelte';
import { AppController } from '../../../src/lib/app/app-controller.svelte';
import { ArticleStore } from '../../../src/lib/library/articles';
import { openLibraryDb, type AloudDb } from '../../../src/lib/library/db';
import { Library } from '../../../src/lib/library/library.svelte';
import { webStorageJournal } from '../../../src/lib/library/position-journal';
import { Reader } from '../../../src/lib/app/reader.svelte';
import { Router } from '../../../src/lib/app/router.svelte';
import { startPreferences } from '../../../src/lib/settings/preferences-store';
import type { KeyValueStorage } from '../../../src/lib/platform/web-storage';
import { Announcer } from '../../../src/lib/app/announcer.svelte';
import { Notices } from '../../../src/lib/app/notices.svelte';
import { FakeEngine, fakeVoice } from '../../../src/lib/speech/fake-engine';
import { FakeHistoryWindow } from '../support/history-window';
import { ChannelHub, testDeviceStorage } from '../support/library-doubles';
import { memoryStorage } from '../support/memory-storage';

export interface AloudApp {
  engine: FakeEngine;
  /** Unmounts the app and closes its database. */
  close(): void;
}

/** The library opened, with the Web Storage the page has (one, as in a browser). */
export interface OpenedLibrary {
  library: Library;
  webStorage: KeyValueStorage;
  /** The app's live region and notice channel, made before the library as main.ts does. */
  announcer: Announcer;
  notices: Notices;
  close(): void;
}

/**
 * Opens the library as main.ts does (an empty one, as at a first visit); `mountApp` then
 * builds the rest and mounts the app. Two steps, so that a test can fake timers in between:
 * the library's open races a timer of its own.
 */
export async function openLibrary(): Promise<OpenedLibrary> {
  globalThis.indexedDB = new IDBFactory();
  const connections: IDBPDatabase<AloudDb>[] = [];
  const webStorage = memoryStorage();
  const announcer = new Announcer();
  const notices = new Notices(announcer);
  const library = new Library({
    onError: (message, lasting) => notices.say(message, { lasting }),
    open: async () => {
      const db = await openLibraryDb();
      connections.push(db);
      return new ArticleStore(db);
    },
    channel: new ChannelHub().channel(),
    device: testDeviceStorage(),
    journal: webStorageJournal(webStorage),
  });
  await library.start();
  return {
    library,
    webStorage,
    announcer,
    notices,
    close: () => connections.forEach((db) => db.close()),
  };
}

/** The rest of main.ts over `library`: preferences, the reader, the controller, the app. */
export async function mountApp(
  { library, webStorage, announcer, notices, close }: OpenedLibrary,
  target: HTMLElement,
): Promise<AloudApp> {
  const preferences = await startPreferences(library.settings, webStorage, () =>
    notices.say('Aloud could not save your settings; they hold for this visit.'),
  );
  const engine = new FakeEngine([fakeVoice({ name: 'English', lang: 'en-US' })]);
  const reader = new Reader({
    engine,
    network: { online: true },
    languages: ['en-US'],
    announcer,
    preferences,
  });
  const controller = new AppController({
    reader,
    library,
    router: new Router(new FakeHistoryWindow()),
    announcer,
    notices,
  });
  const app = mount(App, { target, props: { controller } });
  flushSync();
  return {
    engine,
    close: () => {
      void unmount(app);
      close();
    },
  };
}
