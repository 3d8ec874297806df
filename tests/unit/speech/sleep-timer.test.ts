import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeEngine, fakeVoice } from '../../../src/lib/speech/fake-engine';
import { Player } from '../../../src/lib/speech/player.svelte';
import { SleepTimer, clockText } from '../../../src/lib/speech/sleep-timer.svelte';
import { VoiceList } from '../../../src/lib/speech/voices/voice-list.svelte';
import { createArticle } from '../../../src/lib/text/create-article';

const TEXT = 'One. Two. Three.\nFour. Five.\nSix.';
/** Long enough to listen to for many minutes, a sentence a second. */
const LONG = Array.from({ length: 40 }, (_, p) =>
  Array.from({ length: 10 }, (_, s) => `Sentence ${p * 10 + s}.`).join(' '),
).join('\n');

function setup(text = TEXT) {
  const engine = new FakeEngine([fakeVoice({ name: 'English', lang: 'en-US' })]);
  const voices = new VoiceList(engine);
  voices.start();
  const player = new Player({ engine, voices, now: () => Date.now() });
  player.load(createArticle(text, { source: 'test', format: 'text', lang: 'en' })!);
  const said: string[] = [];
  const timer = new SleepTimer(player, (message) => said.push(message));
  /** Listens for `seconds`, the engine reading a sentence a second. */
  const listen = async (seconds: number) => {
    for (let i = 0; i < seconds; i++) {
      await vi.advanceTimersByTimeAsync(1000);
      if (player.status === 'playing') engine.finish();
    }
  };
  return { engine, player, timer, said, listen };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('SleepTimer', () => {
  it('after its minutes of listening, stops at the end of the sentence being read', async () => {
    const { engine, player, timer, said, listen } = setup(LONG);
    player.play();
    timer.set(5);
    expect(said).toEqual(['Sleep timer set: reading stops in 5 minutes.']);
    expect(timer.label).toBe('5:00 left');
    await listen(5 * 60 - 1);
    expect(timer.label).toBe('0:01 left');
    await vi.advanceTimersByTimeAsync(1000);
    // Time is up in the middle of a sentence: it is finished, and nothing more is read.
    expect(player.status).toBe('playing');
    const spoken = engine.texts.length;
    engine.finish();
    expect(player.status).toBe('paused');
    expect(engine.texts).toHaveLength(spoken);
    // Play goes on from the next sentence.
    player.play();
    expect(engine.texts.at(-1)).toBe(`Sentence ${spoken}.`);
    player.pause();
    expect(timer.choice).toBeNull();
    expect(said.at(-1)).toBe('Sleep timer: reading stopped. Press Play to go on.');
  });

  it('counts listening time only: a pause pauses it', async () => {
    const { player, timer, listen } = setup(LONG);
    player.play();
    timer.set(5);
    await listen(60);
    player.pause();
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(timer.label).toBe('4:00 left');
    expect(player.stopAt).toBeNull();
  });

  it('stops at the end of the paragraph, and at the end of the article', () => {
    const { engine, player, timer } = setup();
    player.play();
    timer.set('paragraph');
    engine.finish(); // One.
    engine.finish(); // Two.
    expect(player.status).toBe('playing');
    engine.finish(); // Three: the paragraph ends.
    expect(player.status).toBe('paused');
    expect(player.paragraph).toBe(1);
    timer.set('article');
    player.play();
    for (let i = 0; i < 3; i++) engine.finish();
    expect(player.status).toBe('ended');
    expect(timer.choice).toBeNull();
  });

  it('is turned off, or changed, with one announcement each, and then stops nothing', async () => {
    const { player, timer, said, listen } = setup(LONG);
    player.play();
    timer.set(5);
    timer.set(10);
    timer.cancel();
    timer.cancel();
    expect(said).toEqual([
      'Sleep timer set: reading stops in 5 minutes.',
      'Sleep timer set: reading stops in 10 minutes.',
      'Sleep timer off.',
    ]);
    await listen(5 * 60 + 5);
    expect(player.status).toBe('playing');
  });

  it('says and shows where it stops, and shows nothing once off', () => {
    const { timer, said } = setup();
    expect(timer.label).toBe('');
    timer.set('paragraph');
    expect(timer.label).toBe('at the end of this paragraph');
    timer.set('article');
    expect(timer.label).toBe('at the end of the article');
    timer.set(1);
    expect(timer.label).toBe('1:00 left');
    timer.cancel();
    expect(timer.label).toBe('');
    expect(said).toEqual([
      'Sleep timer set: reading stops at the end of this paragraph.',
      'Sleep timer set: reading stops at the end of the article.',
      'Sleep timer set: reading stops in 1 minute.',
      'Sleep timer off.',
    ]);
  });

  it('shows minutes and seconds left, rounded up', () => {
    expect(clockText(299_001)).toBe('5:00');
    expect(clockText(61_000)).toBe('1:01');
    expect(clockText(0)).toBe('0:00');
  });
});
