// Names the service worker and the page share for a share in transit (see share-inbox.ts),
// apart so that the page's first load can look for a waiting share without the inbox code.

/** The cache the service worker keeps shares in until the page takes them. */
export const SHARE_CACHE = 'aloud-shares';
/** The page's address after a share: the app opens, then takes what waits. */
export const SHARE_LANDING = '/?shared';
