import { parseRoute, routeHash, type Route } from './route';

/** The part of `window` the router needs, so tests can pass their own. */
export interface HistoryWindow {
  location: { hash: string; search: string };
  history: {
    pushState(data: unknown, unused: string, url: string): void;
    replaceState(data: unknown, unused: string, url: string): void;
  };
  addEventListener(type: 'hashchange' | 'popstate', listener: () => void): void;
  removeEventListener(type: 'hashchange' | 'popstate', listener: () => void): void;
}

/**
 * The current address as reactive state, and the only code that changes it. The
 * browser's Back and Forward work because every view change is a history entry.
 */
export class Router {
  route = $state.raw<Route>({ view: 'start' });
  #window: HistoryWindow;
  /** The address last handled. */
  #hash: string;

  constructor(win: HistoryWindow = window) {
    this.#window = win;
    this.#hash = win.location.hash;
    this.route = parseRoute(win.location.hash) ?? { view: 'start' };
  }

  /** Follows Back, Forward and typed addresses; returns the function that stops. */
  start(): () => void {
    const update = () => {
      // Browsers fire popstate and hashchange for the same move: handle the address once.
      const hash = this.#window.location.hash;
      if (hash === this.#hash) return;
      this.#hash = hash;
      // An in-page anchor is not a new view.
      this.route = parseRoute(hash) ?? this.route;
    };
    this.#window.addEventListener('hashchange', update);
    this.#window.addEventListener('popstate', update);
    return () => {
      this.#window.removeEventListener('hashchange', update);
      this.#window.removeEventListener('popstate', update);
    };
  }

  /** The address's query at this start: what arrived with it (`?send`, `?shared=failed`). */
  get arrival(): URLSearchParams {
    // A copy read once, not state: nothing renders from the query.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    return new URLSearchParams(this.#window.location.search);
  }

  /** Takes `names` off the address's query, in place: the address is the app's own again. */
  forgetArrival(...names: string[]): void {
    const params = this.arrival;
    for (const name of names) params.delete(name);
    const query = params.size > 0 ? `?${params}` : '';
    this.#window.history.replaceState(null, '', `/${query}${this.#window.location.hash}`);
  }

  /** Goes to a view as a new history entry (Back returns), or in place of the current one. */
  go(route: Exclude<Route, { view: 'start' }>, { replace = false } = {}): void {
    const hash = routeHash(route);
    if (replace) this.#window.history.replaceState(null, '', hash);
    else if (this.#window.location.hash !== hash) this.#window.history.pushState(null, '', hash);
    this.#hash = hash;
    this.route = route;
  }
}
