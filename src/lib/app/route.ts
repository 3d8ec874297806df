// The app's addresses, in the URL's hash so that a static host and the service worker's
// navigation fallback serve every one of them: `#/` the library, `#/read/<id>` a saved
// article, `#/welcome` the sample, `#/unsaved` text the library could not keep.

export type Route =
  | { view: 'start' }
  | { view: 'library' }
  | { view: 'welcome' }
  | { view: 'unsaved' }
  | { view: 'read'; id: string };

/**
 * The route a location hash names; an unknown address shows the library. A hash that is not
 * a path ("#article", an in-page anchor) names no route: null.
 */
export function parseRoute(hash: string): Route | null {
  const path = hash.replace(/^#/, '');
  if (path === '') return { view: 'start' };
  if (!path.startsWith('/')) return null;
  if (path === '/welcome') return { view: 'welcome' };
  if (path === '/unsaved') return { view: 'unsaved' };
  const read = /^\/read\/([^/]+)$/.exec(path);
  if (read?.[1]) {
    try {
      return { view: 'read', id: decodeURIComponent(read[1]) };
    } catch {
      // A malformed escape in a hand-typed address: the library, as for any unknown one.
    }
  }
  // "#/" and any address not known.
  return { view: 'library' };
}

/** The hash for a route (the start has none of its own: it resolves to another view). */
export function routeHash(route: Exclude<Route, { view: 'start' }>): string {
  switch (route.view) {
    case 'library':
      return '#/';
    case 'welcome':
      return '#/welcome';
    case 'unsaved':
      return '#/unsaved';
    case 'read':
      return `#/read/${encodeURIComponent(route.id)}`;
  }
}
