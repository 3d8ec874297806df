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
  it('lists the voices people prefer first, then local before network, else as the engine does', () => {
    const voices = [
      fakeVoice({ name: 'English (America) espeak-ng', lang: 'en-US' }),
      fakeVoice({ name: 'Online voice', lang: 'en-US', needsNetwork: true }),
      fakeVoice({ name: 'English (Great Britain) espeak-ng', lang: 'en-GB' }),
      fakeVoice({ name: 'Google US English', lang: 'en-US', needsNetwork: true }),
      fakeVoice({ name: 'Samantha (Enhanced)', lang: 'en-US' }),
      fakeVoice({ name: 'Microsoft Aria Online (Natural)', lang: 'en-US', needsNetwork: true }),
    ];
    expect(rankVoices(voices).map((voice) => voice.name)).toEqual([
      'Samantha (Enhanced)',
      'Google US English',
      'Microsoft Aria Online (Natural)',
      'English (America) espeak-ng',
      'English (Great Britain) espeak-ng',
      'Online voice',
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
