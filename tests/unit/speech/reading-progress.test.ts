import { describe, expect, it, vi } from 'vitest';
import { FakeEngine, fakeVoice } from '../../../src/lib/speech/fake-engine';
import { Player } from '../../../src/lib/speech/player.svelte';
import { VoiceList } from '../../../src/lib/speech/voices/voice-list.svelte';
import { createArticle } from '../../../src/lib/text/create-article';
import {
  CHARS_PER_SECOND_AT_RATE_1,
  CJK_CHARS_PER_SECOND,
  scriptPace,
  timeLeftText,
  estimateSeconds,
  formatDuration,
} from '../../../src/lib/speech/reading-progress.svelte';

describe('estimateSeconds', () => {
  it('takes a minute for a minute of characters at rate 1', () => {
    expect(estimateSeconds(CHARS_PER_SECOND_AT_RATE_1 * 60, 1)).toBe(60);
  });

  it('halves the time at double rate and honours a custom pace', () => {
    expect(estimateSeconds(1400, 2)).toBe(50);
    expect(estimateSeconds(1000, 1, 10)).toBe(100);
  });

  it('is zero for no characters and finite for a nonsensical rate', () => {
    expect(estimateSeconds(0, 1)).toBe(0);
    expect(estimateSeconds(-5, 1)).toBe(0);
    expect(Number.isFinite(estimateSeconds(1000, 0))).toBe(true);
    expect(estimateSeconds(1400, Number.NaN)).toBe(100);
  });

  it('gives no estimate, rather than an endless one, for a pace that is not a speed', () => {
    expect(estimateSeconds(1000, 1, 0)).toBe(0);
    expect(estimateSeconds(1000, 1, -14)).toBe(0);
  });
});

describe('formatDuration', () => {
  it.each([
    [0, 'under a minute'],
    [59, 'under a minute'],
    [60, '1 min'],
    [12 * 60 + 10, '12 min'],
    [59 * 60 + 40, '1 h'],
    [65 * 60, '1 h 5 min'],
    [3 * 3600 + 59 * 60, '3 h 59 min'],
  ])('formats %d seconds as "%s"', (seconds, expected) => {
    expect(formatDuration(seconds)).toBe(expected);
  });

  it('copes with values that are not durations', () => {
    expect(formatDuration(Number.NaN)).toBe('under a minute');
    expect(formatDuration(Infinity)).toBe('unknown length');
  });
});

describe('the reading progress of the Player', () => {
  function reading(text: string, lang: string) {
    const engine = new FakeEngine([fakeVoice({ name: 'Voice', lang })]);
    const voices = new VoiceList(engine);
    voices.start();
    const player = new Player({ engine, voices });
    player.load(createArticle(text, { source: 'test', format: 'text', lang })!);
    return { engine, player, progress: player.progress };
  }

  it('gives Chinese its own pace before any voice is heard: the time left is not 3× short', () => {
    const text = '今天的会议讨论了港口计划。'.repeat(40);
    const { progress } = reading(text, 'zh-CN');
    expect(progress.secondsLeft).toBeCloseTo(text.length / CJK_CHARS_PER_SECOND, 5);
    expect(progress.mediaPosition?.duration).toBeCloseTo(text.length / CJK_CHARS_PER_SECOND, 5);
    expect(progress.paceFor('zh')).toBe(CJK_CHARS_PER_SECOND);
    expect(progress.paceFor('en')).toBe(CHARS_PER_SECOND_AT_RATE_1);
  });

  it('gives the lock screen the part read and the whole, at rate 1, with the rate', () => {
    const { player, progress } = reading('One sentence here.\nAnother one there.', 'en');
    player.setRate(1.5);
    player.nextParagraph();
    const total = player.article!.totalCharacters;
    expect(progress.mediaPosition).toEqual({
      duration: estimateSeconds(total, 1),
      position: estimateSeconds(player.article!.charactersBefore(1), 1),
      playbackRate: 1.5,
    });
    expect(progress.charactersRead).toBe(player.article!.charactersBefore(1));
  });

  it('counts a finished article as read to its end, with nothing left', () => {
    const { engine, player, progress } = reading('Only one sentence.', 'en');
    player.play();
    engine.finish();
    expect(player.status).toBe('ended');
    expect(progress.charactersRead).toBe(player.article!.totalCharacters);
    expect(progress.secondsLeft).toBe(0);
    expect(progress.mediaPosition?.position).toBe(progress.mediaPosition?.duration);
  });

  it('follows the pace of the voice heard, in the library list too', async () => {
    vi.useFakeTimers();
    try {
      const { engine, player, progress } = reading('A sentence of some length to hear.', 'en');
      player.play();
      engine.start();
      await vi.advanceTimersByTimeAsync(1000);
      engine.finish();
      // 34 characters heard in a second: far slower than the usual pace.
      expect(progress.paceFor('en-GB')).toBeCloseTo(34, 0);
      expect(
        timeLeftText({ finished: false, totalCharacters: 3400, charactersRead: 0 }, 1, 34),
      ).toBe('2 min left');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('scriptPace', () => {
  it('knows the scripts by language, or by the text when the language does not say', () => {
    expect(scriptPace('ja-JP')).toBe(CJK_CHARS_PER_SECOND);
    expect(scriptPace('ko')).toBe(CJK_CHARS_PER_SECOND);
    expect(scriptPace('nb-NO')).toBe(CHARS_PER_SECOND_AT_RATE_1);
    expect(scriptPace('', '회의가 길었다.')).toBe(CJK_CHARS_PER_SECOND);
  });
});
