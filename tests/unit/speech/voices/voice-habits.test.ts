import { describe, expect, it } from 'vitest';
import { storageNote } from '../../../../src/lib/platform/web-storage';
import { VoiceHabits } from '../../../../src/lib/speech/voices/voice-habits.svelte';
import { habitText } from '../../../../src/lib/speech/voices/voice-choice';
import { fakeVoice } from '../../../../src/lib/speech/fake-engine';
import { memoryStorage } from '../../support/memory-storage';

describe('VoiceHabits', () => {
  it('keeps what each voice was seen to do for the next visit, and ignores a damaged note', () => {
    const storage = memoryStorage();
    const note = storageNote(storage, 'habits');
    const habits = new VoiceHabits(note);
    habits.heardWords('Aria');
    habits.heardOffline('Aria');
    habits.heardPace('Aria', 14.26);
    habits.heardPace('Aria', 14.3); // less than half a character a second: not written again
    expect(new VoiceHabits(note).of('Aria')).toEqual({ words: true, offline: true, pace: 14.3 });

    storage.setItem('habits', '{"Aria": {"words": "yes", "pace": -2}, "Zoe": 4}');
    expect(new VoiceHabits(storageNote(storage, 'habits')).of('Aria')).toEqual({});
  });

  it('says what was seen in words, or that the voice was not heard here yet', () => {
    const voice = fakeVoice({ name: 'Aria', needsNetwork: true });
    expect(habitText(voice, undefined)).toBe('Aria has not been heard on this device yet.');
    expect(habitText(voice, { pace: 14.3 })).toBe(
      'Heard on this device: needs the network · reports no words · about 14 characters a second at 1×.',
    );
    expect(habitText(voice, { offline: true, words: true })).toBe(
      'Heard on this device: speaks offline · reports each word, so the word is highlighted.',
    );
  });
});
