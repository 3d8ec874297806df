// Where a share waits between the service worker, which receives it (a POST the page never
// sees), and the page, which imports it. Cache Storage holds the form as it came, so that
// nothing is lost if the page is slow to start, and it needs no schema.

import { SHARE_CACHE } from './share-names';

/** The address a share is kept under: one per share, by the time it came. */
const SHARE_KEY_PREFIX = '/shared/';

/** Keeps a share's form (service worker side); resolves once it is stored. */
export async function keepShare(form: FormData): Promise<void> {
  const cache = await caches.open(SHARE_CACHE);
  const key = `${SHARE_KEY_PREFIX}${Date.now()}-${Math.random().toString(36).slice(2)}`;
  await cache.put(key, new Response(form));
}

/** Takes every waiting share, oldest first, and removes it (page side). */
export async function takeShares(): Promise<FormData[]> {
  if (!('caches' in globalThis)) return [];
  const cache = await caches.open(SHARE_CACHE);
  const keys = [...(await cache.keys())].sort((a, b) => a.url.localeCompare(b.url));
  const forms: FormData[] = [];
  for (const key of keys) {
    const response = await cache.match(key);
    if (response) forms.push(await response.formData());
    await cache.delete(key);
  }
  // Gone when empty, so that the next start finds nothing to look at.
  if ((await cache.keys()).length === 0) await caches.delete(SHARE_CACHE);
  return forms;
}
