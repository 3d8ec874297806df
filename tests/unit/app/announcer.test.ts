// The one live region, as a screen reader hears it: each announcement a change of its text.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Announcer } from '../../../src/lib/app/announcer.svelte';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('Announcer', () => {
  it('says nothing until something is announced', () => {
    expect(new Announcer().message).toBe('');
  });

  it('empties the region before each message, so the same words twice are heard twice', async () => {
    const announcer = new Announcer();
    announcer.announce('Paused');
    await vi.advanceTimersByTimeAsync(200);
    expect(announcer.message).toBe('Paused');
    announcer.announce('Paused');
    expect(announcer.message).toBe('');
    await vi.advanceTimersByTimeAsync(200);
    expect(announcer.message).toBe('Paused');
  });

  it('says again the end of reading that came while a dialog was open, and nothing older', async () => {
    const announcer = new Announcer();
    announcer.announce('Finished reading', true);
    await vi.advanceTimersByTimeAsync(200);
    const openedAt = performance.now();
    announcer.sayAgainSince(openedAt);
    expect(announcer.message).toBe('Finished reading'); // older than the dialog: not again

    announcer.announce('Rule added.');
    announcer.announce('The speech engine stopped responding.', true);
    announcer.announce('Rule deleted.');
    await vi.advanceTimersByTimeAsync(200);
    announcer.sayAgainSince(openedAt);
    expect(announcer.message).toBe('');
    await vi.advanceTimersByTimeAsync(200);
    expect(announcer.message).toBe('The speech engine stopped responding.');
  });
});
