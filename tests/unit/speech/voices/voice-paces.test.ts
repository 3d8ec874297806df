import { describe, expect, it } from 'vitest';
import { VoicePaces } from '../../../../src/lib/speech/voices/voice-paces.svelte';

describe('a voice’s pace', () => {
  it('is unknown until the voice is heard', () => {
    const paces = new VoicePaces();
    expect(paces.of('espeak')).toBeUndefined();
    paces.heard('espeak', 'en', 60, 2, 1);
    expect(paces.of('espeak')).toBe(30);
    expect(paces.of('natural')).toBeUndefined();
  });

  it('is counted at rate 1, whatever the rate it was heard at', () => {
    const paces = new VoicePaces();
    paces.heard('espeak', 'en', 60, 2, 2); // twice as fast as usual: 15 characters a second at 1
    expect(paces.of('espeak')).toBe(15);
  });

  it('moves a third of the way towards each new chunk heard', () => {
    const paces = new VoicePaces();
    paces.heard('espeak', 'en', 30, 2, 1); // 15 a second
    paces.heard('espeak', 'en', 60, 2, 1); // 30 a second
    expect(paces.of('espeak')).toBe(20);
  });

  it('leaves out a chunk heard for less than a second, which says more of the engine’s delay', () => {
    const paces = new VoicePaces();
    paces.heard('espeak', 'en', 10, 0.5, 1);
    paces.heard('espeak', 'en', 10, Number.NaN, 1);
    expect(paces.of('espeak')).toBeUndefined();
    paces.heard('espeak', 'en', 10, 1, 1);
    expect(paces.of('espeak')).toBe(10);
  });
});

describe('the pace of a language', () => {
  it('is the pace of the voice last heard in it, whatever the region', () => {
    const paces = new VoicePaces();
    expect(paces.ofLanguage('en-GB')).toBeUndefined();
    paces.heard('espeak', 'en-US', 60, 2, 1);
    expect(paces.ofLanguage('en-GB')).toBe(30);
    expect(paces.ofLanguage('fr')).toBeUndefined();
  });
});
