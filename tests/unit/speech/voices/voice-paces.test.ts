import { describe, expect, it } from 'vitest';
import { VoicePaces } from '../../../../src/lib/speech/voices/voice-paces.svelte';
import { CHARS_PER_SECOND_AT_RATE_1 } from '../../../../src/lib/text/reading-time';

const SENTENCE = 'The harbour plan was discussed at length.'; // 41 characters

describe('a voice’s pace', () => {
  it('is unknown until the voice is heard', () => {
    const paces = new VoicePaces();
    expect(paces.of('espeak')).toBeUndefined();
    paces.heard('espeak', 60, 2, 1);
    expect(paces.of('espeak')).toBe(30);
    expect(paces.of('natural')).toBeUndefined();
  });

  it('is counted at rate 1, whatever the rate it was heard at', () => {
    const paces = new VoicePaces();
    paces.heard('espeak', 60, 2, 2); // twice as fast as usual: 15 characters a second at 1
    expect(paces.of('espeak')).toBe(15);
  });

  it('moves a third of the way towards each new chunk heard', () => {
    const paces = new VoicePaces();
    paces.heard('espeak', 30, 2, 1); // 15 a second
    paces.heard('espeak', 60, 2, 1); // 30 a second
    expect(paces.of('espeak')).toBe(20);
  });

  it('leaves out a chunk heard for less than a second, which says more of the engine’s delay', () => {
    const paces = new VoicePaces();
    paces.heard('espeak', 10, 0.5, 1);
    paces.heard('espeak', 10, Number.NaN, 1);
    expect(paces.of('espeak')).toBeUndefined();
    paces.heard('espeak', 10, 1, 1);
    expect(paces.of('espeak')).toBe(10);
  });
});

describe('the time a voice should take to say a text', () => {
  it('follows the pace it was heard at', () => {
    const paces = new VoicePaces();
    paces.heard('espeak', 60, 2, 1);
    expect(paces.expectedSeconds('espeak', SENTENCE, 1)).toBeCloseTo(41 / 30, 5);
    expect(paces.expectedSeconds('espeak', SENTENCE, 2)).toBeCloseTo(41 / 60, 5);
  });

  it('is the usual pace for a voice not heard yet', () => {
    const paces = new VoicePaces();
    expect(paces.expectedSeconds('natural', SENTENCE, 1)).toBeCloseTo(
      41 / CHARS_PER_SECOND_AT_RATE_1,
      5,
    );
  });

  it('is longer for Chinese, Japanese or Korean, of fewer characters a second', () => {
    const paces = new VoicePaces();
    for (const text of ['今天的会议。', 'きょうはいい天気。', '회의가 길었다.']) {
      expect(paces.expectedSeconds('natural', text, 1)).toBeCloseTo(text.length / 5, 5);
    }
  });
});
