import type { PositionUpdate } from './types';

/**
 * Writes at most one reading position per this many milliseconds: a place is saved as each
 * sentence starts, and skipping quickly through sentences must not queue a write per press.
 */
export const POSITION_WRITE_INTERVAL_MS = 400;

interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/**
 * Coalesces position writes: the first is written at once, later ones within the interval
 * collapse into one written at its end. `flush()` writes what is pending now (the page is
 * being hidden or closed).
 */
export class PositionSaver {
  #write: (id: string, update: PositionUpdate) => Promise<unknown>;
  #timers: Timers;
  #pending: { id: string; update: PositionUpdate } | null = null;
  #latest: { id: string; update: PositionUpdate } | null = null;
  #timer: unknown = null;

  constructor(
    write: (id: string, update: PositionUpdate) => Promise<unknown>,
    timers: Timers = globalThis as unknown as Timers,
  ) {
    this.#write = write;
    this.#timers = timers;
  }

  /** Saves a position, now or at the end of the current interval. */
  save(id: string, update: PositionUpdate): void {
    // A different article's pending place must not be lost to this one.
    if (this.#pending && this.#pending.id !== id) this.flush();
    this.#pending = { id, update };
    this.#latest = this.#pending;
    if (this.#timer === null) this.flush();
  }

  /**
   * The last position asked for, written or not: what a closing page must not lose (its
   * write may still be in flight when the page goes).
   */
  get latest(): { id: string; update: PositionUpdate } | null {
    return this.#latest;
  }

  /** Writes the pending position, if any, and starts a new interval. */
  flush(): void {
    const pending = this.#pending;
    if (this.#timer !== null) this.#timers.clearTimeout(this.#timer);
    this.#timer = null;
    if (!pending) return;
    this.#pending = null;
    void this.#write(pending.id, pending.update);
    this.#timer = this.#timers.setTimeout(() => {
      this.#timer = null;
      if (this.#pending) this.flush();
    }, POSITION_WRITE_INTERVAL_MS);
  }
}
