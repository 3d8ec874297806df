import { describe, expect, it } from 'vitest';
import { fakeVoice } from '../../../../src/lib/speech/fake-engine';
import { clampRate } from '../../../../src/lib/speech/rate';
import {
  RATE_PRESETS,
  previewText,
  rankVoices,
  rateText,
} from '../../../../src/lib/speech/voices/voice-choice';

describe('rankVoices', () => {
  it('lists the recommended first, then those named as the platforms’ best, local before network, else as the engine does', () => {
    const voices = [
      fakeVoice({ name: 'English (America) espeak-ng', lang: 'en-US' }),
      fakeVoice({ name: 'Online voice', lang: 'en-US', needsNetwork: true }),
      fakeVoice({ name: 'English (Great Britain) espeak-ng', lang: 'en-GB' }),
      fakeVoice({ name: 'Google US English', lang: 'en-US', needsNetwork: true }),
      fakeVoice({ name: 'Samantha (Enhanced)', lang: 'en-US' }),
      fakeVoice({ name: 'Microsoft Aria Online (Natural)', lang: 'en-US', needsNetwork: true }),
    ];
    expect(rankVoices(voices).map((voice) => voice.name)).toEqual([
      // On the curated list (HadrienGardeur/web-speech-recommended-voices).
      'Google US English',
      'Samantha (Enhanced)',
      'Microsoft Aria Online (Natural)',
      'English (America) espeak-ng',
      'English (Great Britain) espeak-ng',
      'Online voice',
    ]);
  });

  it('ranks by the curated list’s quality tier and order, novelties last', () => {
    const voices = [
      fakeVoice({ name: 'Bad News', lang: 'en-US' }),
      fakeVoice({ name: 'Samantha', lang: 'en-US' }),
      fakeVoice({ name: 'English (America) espeak-ng', lang: 'en-US' }),
      fakeVoice({
        name: 'Microsoft Aria Online (Natural) - English (United States)',
        lang: 'en-US',
        needsNetwork: true,
      }),
      fakeVoice({ name: 'Google US English', lang: 'en-US' }),
    ];
    expect(rankVoices(voices).map((voice) => voice.name)).toEqual([
      'Microsoft Aria Online (Natural) - English (United States)',
      'Google US English',
      'Samantha',
      'English (America) espeak-ng',
      'Bad News',
    ]);
  });

  it('then by what was seen here: a voice heard offline and reporting words first', () => {
    const voices = ['A espeak', 'B espeak', 'C espeak'].map((name) => fakeVoice({ name }));
    const seen = (id: string) =>
      id === 'C espeak' ? { offline: true as const, words: true as const } : undefined;
    expect(rankVoices(voices, seen).map((voice) => voice.name)).toEqual([
      'C espeak',
      'A espeak',
      'B espeak',
    ]);
  });
});

describe('speed presets', () => {
  it('are kept exactly by the player, and shown as people say them', () => {
    for (const preset of RATE_PRESETS) expect(clampRate(preset)).toBe(preset);
    expect(RATE_PRESETS.map(rateText)).toEqual([
      '0.8',
      '1.0',
      '1.25',
      '1.5',
      '2.0',
      '2.5',
      '3.0',
      '4.0',
    ]);
  });
});

describe('preview', () => {
  it('cuts a long sentence at a word, and has words of its own when there is none', () => {
    const long = `${'word '.repeat(60)}end.`;
    const text = previewText(long);
    expect(text.length).toBeLessThanOrEqual(121);
    expect(text.endsWith('word…')).toBe(true);
    expect(previewText(null)).toBe('This is how I sound reading to you.');
    expect(previewText(' \n ')).toBe('This is how I sound reading to you.');
  });

  it('says a sentence that fits whole, without the spaces around it', () => {
    // 120 characters: the longest said whole.
    const fits =
      'The harbour lights came on one by one as the ferry rounded the point, and the passengers gathered at the rails to watch.';
    expect(fits).toHaveLength(120);
    expect(previewText(`  ${fits}\n`)).toBe(fits);
  });
});
