import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { AppController } from './lib/app/app-controller.svelte';
import { onPageHidden } from './lib/platform/page-lifecycle';
import { ArticleStore } from './lib/library/articles';
import { openLibraryDb } from './lib/library/db';
import { browserDeviceStorage } from './lib/platform/device-storage';
import { Library } from './lib/library/library.svelte';
import { browserLibraryChannel } from './lib/library/library-channel';
import { webStorageJournal } from './lib/library/position-journal';
import { Reader } from './lib/app/reader.svelte';
import { Router } from './lib/app/router.svelte';
import { SHARE_CACHE } from './lib/import/share/share-names';
import { defaultWebStorage, storageNote } from './lib/platform/web-storage';
import { startPreferences } from './lib/settings/preferences-store';
import { Announcer } from './lib/app/announcer.svelte';
import { Notices } from './lib/app/notices.svelte';
import { NetworkStatus } from './lib/platform/network-status.svelte';
import { WebSpeechEngine } from './lib/speech/web-speech';

// The composition root: the one place that picks the browser's implementations.
const target = document.getElementById('app');
if (!target) throw new Error('Aloud: #app is missing from index.html');

const announcer = new Announcer();
const notices = new Notices(announcer);
const library = new Library({
  open: async () => new ArticleStore(await openLibraryDb()),
  channel: browserLibraryChannel(),
  device: browserDeviceStorage(),
  journal: webStorageJournal(defaultWebStorage()),
  onError: (message, lasting) => notices.say(message, { lasting }),
});
await library.start();

const preferences = await startPreferences(library.settings, defaultWebStorage(), () =>
  notices.say('Aloud could not save your settings; they hold for this visit.'),
);

const network = new NetworkStatus();
network.start();
const reader = new Reader({
  engine: new WebSpeechEngine(),
  network,
  languages: navigator.languages,
  announcer,
  preferences,
  voiceHabitsNote: storageNote(defaultWebStorage(), 'aloud-voice-habits'),
});
const controller = new AppController({
  reader,
  library,
  router: new Router(),
  announcer,
  notices,
  onPageHidden,
});
mount(App, { target, props: { controller } });

// A page sent with the bookmarklet (`?send`), or something shared from another app (kept
// by the service worker, which then opened Aloud): shares are looked for at every start,
// so that a share outlives a page closed too soon.
if (window.location.search !== '' || ('caches' in window && (await caches.has(SHARE_CACHE))))
  void import('./lib/app/bring-in/arrivals').then(({ takeArrivals }) => takeArrivals(controller));
