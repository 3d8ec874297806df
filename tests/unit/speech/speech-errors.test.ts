import { describe, expect, it } from 'vitest';
import { describeSpeechError } from '../../../src/lib/speech/speech-errors';

describe('what a listener is told when speech fails', () => {
  it.each([
    ['not-allowed', /blocked speech until you interact/, /Press Play again/],
    ['audio-busy', /audio output is busy or unavailable/, /speakers or headphones/],
    ['audio-hardware', /audio output is busy or unavailable/, /speakers or headphones/],
    ['network', /needs the network/, /Choose a voice on this device/],
    ['language-unavailable', /voice cannot speak this text/, /Choose another voice/],
    ['voice-unavailable', /voice cannot speak this text/, /Choose another voice/],
    ['no-voices', /No speech voices are available/, /Install a text-to-speech voice/],
    ['synthesis-unavailable', /no speech engine/, /Try another browser/],
    ['stalled', /stopped responding/, /Press Play to try again/],
  ])('%s: says what went wrong and what to do', (code, what, todo) => {
    const message = describeSpeechError(code);
    expect(message).toMatch(what);
    expect(message).toMatch(todo);
    // A known failure is explained in words, not by its code.
    expect(message).not.toContain(`(${code})`);
  });

  it('names an unknown failure by its code, and offers to try again', () => {
    expect(describeSpeechError('synthesis-failed')).toBe(
      'The speech engine failed (synthesis-failed). Press Play to try again from this sentence.',
    );
  });
});
