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

  it('gives a dialog opened after a message only what is announced since, the same words too', async () => {
    const announcer = new Announcer();
    announcer.announce('Sleep timer set: reading stops in 5 minutes.');
    await vi.advanceTimersByTimeAsync(200);
    const openedAt = performance.now();
    expect(announcer.messageSince(openedAt)).toBe('');

    announcer.announce('Rule added.');
    await vi.advanceTimersByTimeAsync(200);
    expect(announcer.messageSince(openedAt)).toBe('Rule added.');
    // Opened again: old news once more, until the same words are said again.
    const reopenedAt = performance.now();
    expect(announcer.messageSince(reopenedAt)).toBe('');
    announcer.announce('Rule added.');
    await vi.advanceTimersByTimeAsync(200);
    expect(announcer.messageSince(reopenedAt)).toBe('Rule added.');
  });

  it('counts a message announced as a dialog opened, and heard after, as news to it', async () => {
    const announcer = new Announcer();
    announcer.announce('Paused');
    const openedAt = performance.now();
    await vi.advanceTimersByTimeAsync(200);
    expect(announcer.messageSince(openedAt)).toBe('Paused');
  });
});
