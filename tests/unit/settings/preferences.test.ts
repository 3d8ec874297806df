import { describe, expect, it } from 'vitest';
import { Preferences as StoredPreferences } from '../../../src/lib/settings/preferences.svelte';
import { webStoragePreferences } from '../../../src/lib/settings/preferences-store';
import type { KeyValueStorage } from '../../../src/lib/platform/web-storage';
import { DEFAULT_LOOK, readLook } from '../../../src/lib/settings/look-choice';
import { readSpeechSettings } from '../../../src/lib/text/rewrite/speech-rules';
import { memoryStorage } from '../support/memory-storage';

const KEY = 'aloud.preferences.v1';

function stored(value: unknown) {
  return memoryStorage({ [KEY]: JSON.stringify(value) });
}

/** Preferences kept in Web Storage, as before the library and when it is off. */
class Preferences extends StoredPreferences {
  constructor(storage: KeyValueStorage | null) {
    super(storage ? webStoragePreferences(storage) : null);
  }
}

describe('Preferences', () => {
  it('starts at normal speed, automatic voices and shortcuts on', () => {
    const preferences = new Preferences(memoryStorage());
    expect(preferences.rate).toBe(1);
    expect(preferences.voiceByLanguage).toEqual({});
    expect(preferences.singleKeyShortcuts).toBe(true);
  });

  it('remembers choices for the next visit', () => {
    const storage = memoryStorage();
    const first = new Preferences(storage);
    first.setRate(1.5);
    first.setVoice('en', 'English (Great Britain) espeak-ng');
    first.setVoice('fr', 'French (France) espeak-ng');
    first.setSingleKeyShortcuts(false);
    first.setLook({ ...DEFAULT_LOOK, theme: 'sepia', textSize: 150 });

    const next = new Preferences(storage);
    expect(next.look).toEqual({ ...DEFAULT_LOOK, theme: 'sepia', textSize: 150 });
    expect(next.rate).toBe(1.5);
    expect(next.voiceByLanguage).toEqual({
      en: 'English (Great Britain) espeak-ng',
      fr: 'French (France) espeak-ng',
    });
    expect(next.singleKeyShortcuts).toBe(false);
  });

  it('forgets a voice chosen for a language when set back to automatic', () => {
    const storage = memoryStorage();
    const first = new Preferences(storage);
    first.setVoice('en', 'English (America) espeak-ng');
    first.setVoice('en', null);
    expect(first.voiceByLanguage).toEqual({});
    expect(new Preferences(storage).voiceByLanguage).toEqual({});
  });

  it('keeps the rate within the playable range', () => {
    const preferences = new Preferences(memoryStorage());
    preferences.setRate(9);
    expect(preferences.rate).toBe(4);
    preferences.setRate(0.1);
    expect(preferences.rate).toBe(0.5);
  });

  it('clamps a stored rate that is out of range', () => {
    expect(new Preferences(stored({ rate: 9 })).rate).toBe(4);
    expect(new Preferences(stored({ rate: 0 })).rate).toBe(0.5);
  });

  it('ignores a damaged entry and starts from the defaults', () => {
    const preferences = new Preferences(memoryStorage({ [KEY]: '{"rate": 1.5,' }));
    expect(preferences.rate).toBe(1);
    expect(preferences.voiceByLanguage).toEqual({});
    expect(preferences.singleKeyShortcuts).toBe(true);
  });

  it('ignores a stored entry that is not an object, instead of failing to start', () => {
    for (const entry of ['null', '42', '"text"']) {
      const preferences = new Preferences(memoryStorage({ [KEY]: entry }));
      expect(preferences.rate).toBe(1);
      expect(preferences.voiceByLanguage).toEqual({});
    }
    expect(new Preferences(stored({ voiceByLanguage: ['a'] })).voiceByLanguage).toEqual({});
  });

  it('ignores stored values of the wrong type', () => {
    const preferences = new Preferences(
      stored({
        rate: 'fast',
        voiceByLanguage: { en: 'English (America) espeak-ng', fr: 42, de: null },
        singleKeyShortcuts: 'no',
      }),
    );
    expect(preferences.rate).toBe(1);
    expect(preferences.voiceByLanguage).toEqual({ en: 'English (America) espeak-ng' });
    expect(preferences.singleKeyShortcuts).toBe(true);
  });

  it('starts reading articles without their clutter, and with the usual speech and look', () => {
    const preferences = new Preferences(memoryStorage());
    expect(preferences.readEverything).toBe(false);
    expect(preferences.speech).toBeUndefined();
    expect(preferences.look).toBeUndefined();
  });

  it('remembers reading everything and how things are said for the next visit', () => {
    const storage = memoryStorage();
    const first = new Preferences(storage);
    first.setReadEverything(true);
    first.setSpeech({ emoji: 'skip', rules: [] });

    const next = new Preferences(storage);
    expect(next.readEverything).toBe(true);
    expect(next.speech).toEqual({ emoji: 'skip', rules: [] });
    // A later choice keeps the earlier ones.
    next.setReadEverything(false);
    expect(new Preferences(storage)).toMatchObject({
      readEverything: false,
      speech: { emoji: 'skip', rules: [] },
    });
  });

  it('starts letting the screen sleep and stopping when an article ends', () => {
    const preferences = new Preferences(memoryStorage());
    expect(preferences.keepScreenOn).toBe(false);
    expect(preferences.whenArticleEnds).toBe('stop');
  });

  it('remembers keeping the screen on and going on after an article, with the rest', () => {
    const storage = memoryStorage();
    const first = new Preferences(storage);
    first.setRate(1.5);
    first.setKeepScreenOn(true);
    first.setWhenArticleEnds('next');

    expect(new Preferences(storage)).toMatchObject({
      rate: 1.5,
      keepScreenOn: true,
      whenArticleEnds: 'next',
    });
    expect(
      new Preferences(stored({ keepScreenOn: 'yes', whenArticleEnds: 'pause' })),
    ).toMatchObject({ keepScreenOn: false, whenArticleEnds: 'stop' });
  });

  it('given preferences from an imported library, takes each usable one and keeps the rest', () => {
    const preferences = new Preferences(memoryStorage());
    preferences.setVoice('en', 'English (America) espeak-ng');
    preferences.setLook({ ...DEFAULT_LOOK, theme: 'dark' });
    preferences.setSpeech({ emoji: 'say', rules: [] });

    preferences.apply({ rate: 1.25, readEverything: true, singleKeyShortcuts: false });
    expect(preferences).toMatchObject({
      rate: 1.25,
      readEverything: true,
      singleKeyShortcuts: false,
      voiceByLanguage: { en: 'English (America) espeak-ng' },
      look: { theme: 'dark' },
      speech: { emoji: 'say' },
    });

    preferences.apply({ voiceByLanguage: null, readEverything: 'no', look: { theme: 'sepia' } });
    expect(preferences.voiceByLanguage).toEqual({ en: 'English (America) espeak-ng' });
    expect(preferences.readEverything).toBe(true);
    // A look is whole: what it leaves out is the usual, not what was chosen before.
    expect(readLook(preferences.look)).toEqual({ ...DEFAULT_LOOK, theme: 'sepia' });
    expect(preferences.rate).toBe(1.25);

    preferences.apply({ voiceByLanguage: 'English' });
    expect(preferences.voiceByLanguage).toEqual({ en: 'English (America) espeak-ng' });

    preferences.apply({ voiceByLanguage: { fr: 'French (France) espeak-ng' }, speech: null });
    expect(preferences.voiceByLanguage).toEqual({ fr: 'French (France) espeak-ng' });
    expect(preferences.speech).toEqual({ emoji: 'say', rules: [] });

    // Read by their own readers where used: damaged rules are none, a look not one is kept out.
    preferences.apply({ speech: { rules: 'none' }, look: 'dark' });
    expect(readSpeechSettings(preferences.speech)).toEqual({ emoji: 'skip', rules: [] });
    expect(readLook(preferences.look)).toEqual({ ...DEFAULT_LOOK, theme: 'sepia' });
  });

  it('keeps a choice for the visit when storage is full', () => {
    const full: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    };
    const preferences = new Preferences(full);
    expect(() => preferences.setRate(2)).not.toThrow();
    expect(() => preferences.setVoice('en', 'English (America) espeak-ng')).not.toThrow();
    expect(preferences.rate).toBe(2);
    expect(preferences.voiceByLanguage).toEqual({ en: 'English (America) espeak-ng' });
  });

  it('works without storage at all', () => {
    const preferences = new Preferences(null);
    expect(preferences.rate).toBe(1);
    preferences.setRate(1.2);
    preferences.setSingleKeyShortcuts(false);
    expect(preferences.rate).toBe(1.2);
    expect(preferences.singleKeyShortcuts).toBe(false);
  });
});
