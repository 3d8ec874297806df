import { describe, expect, it } from 'vitest';
import { POSITION_WRITE_INTERVAL_MS, PositionSaver } from '../../../src/lib/library/position-saver';
import type { PositionUpdate } from '../../../src/lib/library/types';

/** setTimeout and clearTimeout over a clock that moves only when the test says. */
class ManualTimers {
  now = 0;
  #next = 0;
  #timers = new Map<number, { at: number; callback: () => void }>();

  setTimeout = (callback: () => void, ms: number): unknown => {
    const handle = ++this.#next;
    this.#timers.set(handle, { at: this.now + ms, callback });
    return handle;
  };

  clearTimeout = (handle: unknown): void => {
    this.#timers.delete(handle as number);
  };

  /** Moves time on, running each timer that comes due, in order. */
  advance(ms: number): void {
    const end = this.now + ms;
    for (;;) {
      const due = [...this.#timers].filter(([, timer]) => timer.at <= end);
      due.sort(([, a], [, b]) => a.at - b.at);
      const first = due[0];
      if (!first) break;
      const [handle, timer] = first;
      this.#timers.delete(handle);
      this.now = timer.at;
      timer.callback();
    }
    this.now = end;
  }
}

/** The place of sentence `n`: a position that tells one save from another. */
function place(n: number): PositionUpdate {
  return { block: n, offset: n * 10, at: 1000 + n, charactersRead: n * 100, finished: false };
}

function setup() {
  const timers = new ManualTimers();
  const written: { id: string; block: number; time: number }[] = [];
  const saver = new PositionSaver((id, update) => {
    written.push({ id, block: update.block, time: timers.now });
    return Promise.resolve();
  }, timers);
  return { saver, timers, written };
}

describe('PositionSaver', () => {
  it('writes the first place at once', () => {
    const { saver, written } = setup();
    saver.save('tides', place(1));
    expect(written).toEqual([{ id: 'tides', block: 1, time: 0 }]);
  });

  it('given quick skips through sentences, writes one trailing place, the latest, at the end of the interval', () => {
    const { saver, timers, written } = setup();
    saver.save('tides', place(1));
    timers.advance(100);
    saver.save('tides', place(2));
    timers.advance(100);
    saver.save('tides', place(3));
    saver.save('tides', place(4));
    expect(written.map((write) => write.block)).toEqual([1]);

    timers.advance(POSITION_WRITE_INTERVAL_MS - 200 - 1);
    expect(written.map((write) => write.block)).toEqual([1]);
    timers.advance(1);
    expect(written).toEqual([
      { id: 'tides', block: 1, time: 0 },
      { id: 'tides', block: 4, time: POSITION_WRITE_INTERVAL_MS },
    ]);
  });

  it('keeps coalescing after a trailing write: the next interval starts with it', () => {
    const { saver, timers, written } = setup();
    saver.save('tides', place(1));
    saver.save('tides', place(2));
    timers.advance(POSITION_WRITE_INTERVAL_MS); // place 2 written, a new interval starts
    saver.save('tides', place(3));
    expect(written.map((write) => write.block)).toEqual([1, 2]);
    timers.advance(POSITION_WRITE_INTERVAL_MS);
    expect(written.map((write) => write.time)).toEqual([
      0,
      POSITION_WRITE_INTERVAL_MS,
      2 * POSITION_WRITE_INTERVAL_MS,
    ]);
  });

  it('given a quiet interval, writes the next place at once again', () => {
    const { saver, timers, written } = setup();
    saver.save('tides', place(1));
    timers.advance(POSITION_WRITE_INTERVAL_MS * 3);
    saver.save('tides', place(2));
    expect(written).toEqual([
      { id: 'tides', block: 1, time: 0 },
      { id: 'tides', block: 2, time: POSITION_WRITE_INTERVAL_MS * 3 },
    ]);
  });

  it('writes nothing more when no place changed within the interval', () => {
    const { saver, timers, written } = setup();
    saver.save('tides', place(1));
    timers.advance(POSITION_WRITE_INTERVAL_MS * 5);
    expect(written).toHaveLength(1);
  });

  it('given the page is being hidden, flush() writes the pending place immediately, and only once', () => {
    const { saver, timers, written } = setup();
    saver.save('tides', place(1));
    timers.advance(50);
    saver.save('tides', place(2));

    saver.flush();
    expect(written).toEqual([
      { id: 'tides', block: 1, time: 0 },
      { id: 'tides', block: 2, time: 50 },
    ]);
    saver.flush();
    timers.advance(POSITION_WRITE_INTERVAL_MS * 2);
    expect(written).toHaveLength(2);
  });

  it('given nothing pending, flush() writes nothing', () => {
    const { saver, written } = setup();
    saver.flush();
    expect(written).toEqual([]);
  });

  it('given a flush with nothing pending (the page was hidden), writes the next place at once', () => {
    const { saver, timers, written } = setup();
    saver.save('tides', place(1));
    saver.flush();
    timers.advance(10);
    saver.save('tides', place(2));
    expect(written).toEqual([
      { id: 'tides', block: 1, time: 0 },
      { id: 'tides', block: 2, time: 10 },
    ]);
  });

  it('given a place of another article while one is pending, writes the pending one first, so that nothing is lost', () => {
    const { saver, timers, written } = setup();
    saver.save('tides', place(1));
    saver.save('tides', place(2)); // pending
    timers.advance(10);

    saver.save('storms', place(7));
    expect(written).toEqual([
      { id: 'tides', block: 1, time: 0 },
      { id: 'tides', block: 2, time: 10 },
    ]);
    timers.advance(POSITION_WRITE_INTERVAL_MS);
    expect(written.at(-1)).toEqual({
      id: 'storms',
      block: 7,
      time: 10 + POSITION_WRITE_INTERVAL_MS,
    });
    expect(written).toHaveLength(3);
  });
});
