// A part of Aloud loaded on demand (a view, a panel, a dialog): the one way components load
// one. The part is fetched once; a fetch that failed is tried again at the next use (the
// network may be back); a part that cannot load says so, in words (PART_NOT_LOADED).

/** Shown and said when a part cannot load: offline, after another tab updated Aloud. */
export const PART_NOT_LOADED = 'This part of Aloud could not load. Reload the page while online.';

/** A component (or any default export) that loads the first time it is wanted. */
export class LazyPart<T> {
  /** The part, once loaded. */
  loaded = $state.raw<T | null>(null);
  #load: () => Promise<{ default: T }>;
  #loading: Promise<T | null> | null = null;

  constructor(load: () => Promise<{ default: T }>) {
    this.#load = load;
  }

  /** Loads the part (once); null when it could not load, to be tried again next time. */
  load(): Promise<T | null> {
    this.#loading ??= this.#load().then(
      (module) => (this.loaded = module.default),
      () => {
        this.#loading = null;
        return null;
      },
    );
    return this.#loading;
  }
}
