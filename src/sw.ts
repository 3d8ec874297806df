/// <reference lib="webworker" />
// The service worker's entry: it only registers listeners. The app shell is precached (it
// works offline), a new version waits for the person's Reload, a share from another app
// (Web Share Target, a POST to /share) is kept for the page, which then opens, a link the
// person gives is fetched for the page (GET /fetch-page), and a reading font, once fetched,
// is kept.
import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { fetchPageForApp } from './lib/import/link/fetch-route';
import { FETCH_PAGE_PATH } from './lib/import/link/links';
import { receiveShare } from './lib/import/share/receive-share';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | { url: string })[] };

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// Every address of the app is the one page (its views live in the hash).
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html')));
registerRoute(({ url }) => url.pathname === '/share', receiveShare, 'POST');
// The reading fonts are not precached (most people never choose one): a face the page
// fetches is kept, so that the font chosen still shows offline. Their names hold their hash.
registerRoute(
  ({ url }) => url.origin === self.location.origin && /^\/assets\/.+\.woff2$/.test(url.pathname),
  new CacheFirst({ cacheName: 'aloud-fonts' }),
);
// A link the person gave: its page, fetched for the app, whose own policy cannot.
registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname === FETCH_PAGE_PATH,
  fetchPageForApp,
);

// The first worker takes the open page at once (it works offline without a reload); a later
// one waits until the person presses Reload (the page then asks it to skip waiting).
clientsClaim();
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
