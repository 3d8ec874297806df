import type { HistoryWindow } from '../../../src/lib/app/router.svelte';

type HistoryEvent = 'hashchange' | 'popstate';

const BOTH: readonly HistoryEvent[] = ['popstate', 'hashchange'];

/**
 * A window's history as the router sees it: a list of entries and a current one. pushState
 * and replaceState change the address without events, as browsers do; back() and follow()
 * are the person's doing, and fire the events a browser fires.
 */
export class FakeHistoryWindow implements HistoryWindow {
  readonly location: { hash: string; search: string };
  /** The addresses in the tab's history, oldest first. */
  readonly entries: string[];
  /** What the code asked of history, in order: "push #/welcome", "replace #/". */
  readonly calls: string[] = [];
  #index = 0;
  #listeners = new Map<HistoryEvent, Set<() => void>>();

  readonly history = {
    pushState: (_data: unknown, _unused: string, url: string): void => {
      this.calls.push(`push ${url}`);
      this.entries.splice(this.#index + 1, Infinity, this.#go(url));
      this.#index++;
    },
    replaceState: (_data: unknown, _unused: string, url: string): void => {
      this.calls.push(`replace ${url}`);
      this.entries[this.#index] = this.#go(url);
    },
  };

  /** Shows `url` (a hash, or a path with a query and a hash); returns its hash. */
  #go(url: string): string {
    if (url.startsWith('/')) {
      const parsed = new URL(url, 'https://aloud.test');
      this.location.search = parsed.search;
      this.location.hash = parsed.hash;
    } else {
      this.location.hash = url;
    }
    return this.location.hash;
  }

  constructor(hash = '', search = '') {
    this.location = { hash, search };
    this.entries = [hash];
  }

  /** The address now shown. */
  get current(): string {
    return this.entries[this.#index] ?? '';
  }

  addEventListener(type: HistoryEvent, listener: () => void): void {
    const listeners = this.#listeners.get(type) ?? new Set();
    listeners.add(listener);
    this.#listeners.set(type, listeners);
  }

  removeEventListener(type: HistoryEvent, listener: () => void): void {
    this.#listeners.get(type)?.delete(listener);
  }

  /** How many listeners are attached, so a test can see that stopping removed them. */
  get listenerCount(): number {
    let count = 0;
    for (const listeners of this.#listeners.values()) count += listeners.size;
    return count;
  }

  /**
   * The person presses Back. Browsers differ in the events they fire between entries that
   * pushState made: `events` picks them (by default popstate, then hashchange if the hash
   * changed).
   */
  back(events: readonly HistoryEvent[] = BOTH): void {
    if (this.#index === 0) throw new Error('FakeHistoryWindow: nothing to go back to');
    this.#traverse(this.#index - 1, events);
  }

  /** The person presses Forward. */
  forward(events: readonly HistoryEvent[] = BOTH): void {
    if (this.#index + 1 >= this.entries.length) {
      throw new Error('FakeHistoryWindow: nothing to go forward to');
    }
    this.#traverse(this.#index + 1, events);
  }

  /** Fires an event alone, as a browser does for the second half of one move. */
  fire(type: HistoryEvent): void {
    for (const listener of this.#listeners.get(type) ?? []) listener();
  }

  /** The person follows a link or types an address with this hash: a new entry. */
  follow(hash: string, events: readonly HistoryEvent[] = BOTH): void {
    const before = this.location.hash;
    this.entries.splice(this.#index + 1, Infinity, hash);
    this.#index++;
    this.location.hash = hash;
    this.#fireChange(before, events);
  }

  #traverse(index: number, events: readonly HistoryEvent[]): void {
    const before = this.location.hash;
    this.#index = index;
    this.location.hash = this.entries[index] ?? '';
    this.#fireChange(before, events);
  }

  #fireChange(before: string, events: readonly HistoryEvent[]): void {
    if (events.includes('popstate')) this.#fire('popstate');
    if (events.includes('hashchange') && this.location.hash !== before) this.#fire('hashchange');
  }

  #fire(type: HistoryEvent): void {
    for (const listener of [...(this.#listeners.get(type) ?? [])]) listener();
  }
}
