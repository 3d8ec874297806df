import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeEngine, fakeVoice } from '../../../../src/lib/speech/fake-engine';
import { VoiceList } from '../../../../src/lib/speech/voices/voice-list.svelte';

const ENGLISH = fakeVoice({ name: 'English (America) espeak-ng', lang: 'en-US' });
const POLL_MS = 250;
const WAIT_MS = 6000;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('VoiceList', () => {
  it('is ready at once when the engine already has voices', () => {
    const list = new VoiceList(new FakeEngine([ENGLISH]));
    list.start(POLL_MS, WAIT_MS);
    expect(list.status).toBe('ready');
    expect(list.voices).toEqual([ENGLISH]);
  });

  it('goes from loading to ready when the engine says its voices changed', async () => {
    const engine = new FakeEngine([]);
    const list = new VoiceList(engine);
    list.start(POLL_MS, WAIT_MS);
    expect(list.status).toBe('loading');
    engine.setVoices([ENGLISH]);
    expect(list.status).toBe('ready');
    expect(list.voices).toEqual([ENGLISH]);
    await expect(list.settled).resolves.toBeUndefined();
  });

  it('finds voices by polling in a browser that never fires voiceschanged, then stops looking', async () => {
    const engine = new FakeEngine([]);
    const list = new VoiceList(engine);
    list.start(POLL_MS, WAIT_MS);
    engine.setVoicesQuietly([ENGLISH]);
    expect(list.status).toBe('loading');
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(list.status).toBe('ready');
    expect(list.voices).toEqual([ENGLISH]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('gives up after the wait limit when the device has no voice, and settles', async () => {
    const list = new VoiceList(new FakeEngine([]));
    let settled = false;
    void list.settled.then(() => (settled = true));
    list.start(POLL_MS, WAIT_MS);
    await vi.advanceTimersByTimeAsync(WAIT_MS - POLL_MS);
    expect(list.status).toBe('loading');
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(list.status).toBe('none');
    expect(settled).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('still takes voices installed after it gave up waiting', async () => {
    const engine = new FakeEngine([]);
    const list = new VoiceList(engine);
    list.start(POLL_MS, WAIT_MS);
    await vi.advanceTimersByTimeAsync(WAIT_MS);
    expect(list.status).toBe('none');
    engine.setVoices([ENGLISH]);
    expect(list.status).toBe('ready');
    expect(list.voices).toEqual([ENGLISH]);
  });

  it('uses a default wait of a few seconds for slow engines such as espeak-ng', async () => {
    const engine = new FakeEngine([]);
    const list = new VoiceList(engine);
    list.start();
    await vi.advanceTimersByTimeAsync(1500);
    engine.setVoicesQuietly([ENGLISH]);
    await vi.advanceTimersByTimeAsync(500);
    expect(list.status).toBe('ready');
  });

  it('says unsupported, and settles, when the browser has no speech engine', async () => {
    const engine = new FakeEngine([ENGLISH]);
    engine.supported = false;
    const list = new VoiceList(engine);
    list.start(POLL_MS, WAIT_MS);
    expect(list.status).toBe('unsupported');
    expect(list.voices).toEqual([]);
    await expect(list.settled).resolves.toBeUndefined();
  });

  it('keeps the last voices when the list briefly comes back empty', () => {
    const engine = new FakeEngine([ENGLISH]);
    const list = new VoiceList(engine);
    list.start(POLL_MS, WAIT_MS);
    engine.setVoices([]);
    expect(list.status).toBe('ready');
    expect(list.voices).toEqual([ENGLISH]);
  });

  it('stops polling and listening once stopped', async () => {
    const engine = new FakeEngine([]);
    const list = new VoiceList(engine);
    const stop = list.start(POLL_MS, WAIT_MS);
    stop();
    expect(vi.getTimerCount()).toBe(0);
    engine.setVoicesQuietly([ENGLISH]);
    await vi.advanceTimersByTimeAsync(WAIT_MS);
    engine.setVoices([ENGLISH]);
    expect(list.status).toBe('loading');
    expect(list.voices).toEqual([]);
  });
});
