import { describe, expect, it } from 'vitest';
import { fakeVoice, FakeEngine } from '../../../../src/lib/speech/fake-engine';
import { NetworkStatus } from '../../../../src/lib/platform/network-status.svelte';
import { ReadingVoices } from '../../../../src/lib/speech/voices/reading-voices.svelte';
import { VoiceList } from '../../../../src/lib/speech/voices/voice-list.svelte';
import type { EngineVoice } from '../../../../src/lib/speech/engine';

const AMERICA = fakeVoice({ name: 'English (America)', lang: 'en-US' });
const BRITAIN = fakeVoice({ name: 'English (Britain)', lang: 'en-GB' });
const CLOUD = fakeVoice({ name: 'Cloud English', lang: 'en-US', needsNetwork: true });
const FRANCE = fakeVoice({ name: 'French (France)', lang: 'fr-FR' });
const CLOUD_FRENCH = fakeVoice({ name: 'Cloud French', lang: 'fr-CA', needsNetwork: true });

interface Setup {
  voices?: EngineVoice[];
  lang?: string | null;
  network?: { online: boolean };
  chosenFor?: Record<string, string>;
}

/** The voices of an article in `lang` (English unless said), on a device with `voices`. */
function setup({ voices = [AMERICA, BRITAIN, CLOUD, FRANCE], lang = 'en', ...rest }: Setup = {}) {
  const list = new VoiceList(new FakeEngine(voices));
  list.start();
  const notices: string[] = [];
  const reading = new ReadingVoices({
    voices: list,
    articleLang: () => lang,
    preferredLanguages: ['en-GB'],
    network: rest.network,
    chosenVoiceFor: (blockLang) => rest.chosenFor?.[blockLang] ?? null,
    onNotice: (message) => notices.push(message),
  });
  return { reading, notices };
}

describe('the article’s voice', () => {
  it('is the best local voice for its language in the person’s region, unless one is chosen', () => {
    const { reading } = setup();
    expect(reading.voice?.name).toBe('English (Britain)');
    reading.chosenVoiceId = 'English (America)';
    expect(reading.voice?.name).toBe('English (America)');
    reading.chosenVoiceId = 'A voice since uninstalled';
    expect(reading.voice?.name).toBe('English (Britain)');
  });

  it('is none before an article is open, unless one is chosen', () => {
    const { reading } = setup({ lang: null });
    expect(reading.voice).toBeNull();
    reading.chosenVoiceId = 'Cloud English';
    expect(reading.voice?.name).toBe('Cloud English');
  });

  it('is a chosen network voice when the device’s connection is not known', () => {
    const { reading } = setup();
    reading.chosenVoiceId = 'Cloud English';
    expect(reading.voice?.name).toBe('Cloud English');
    expect(reading.offlineReplaced).toBeNull();
  });

  it('offline, is a local voice instead of a chosen network one, which is said to be replaced', () => {
    const network = { online: false };
    const { reading } = setup({ network });
    reading.chosenVoiceId = 'Cloud English';
    expect(reading.voice?.name).toBe('English (Britain)');
    expect(reading.offlineReplaced?.name).toBe('Cloud English');
  });

  it('offline, stays the network voice when no local voice speaks the language, replacing nothing', () => {
    const { reading } = setup({ voices: [CLOUD, FRANCE], network: { online: false } });
    expect(reading.voice).toBe(CLOUD);
    expect(reading.offlineReplaced).toBeNull();
    reading.chosenVoiceId = 'Cloud English';
    expect(reading.voice).toBe(CLOUD);
    expect(reading.offlineReplaced).toBeNull();
  });

  it('offline, is a chosen local voice as it is', () => {
    const { reading } = setup({ network: { online: false } });
    reading.chosenVoiceId = 'English (America)';
    expect(reading.voice?.name).toBe('English (America)');
    expect(reading.offlineReplaced).toBeNull();
  });
});

describe('a voice that fails to speak while offline', () => {
  const CHOSEN = { lang: 'en', voice: AMERICA };

  it('is replaced once by the best local voice for the language, which is said', () => {
    const { reading, notices } = setup({ network: { online: false } });
    reading.chosenVoiceId = 'English (America)';
    expect(reading.replaceFailed(CHOSEN, 'synthesis-failed')).toBe(true);
    expect(reading.voice).toBe(BRITAIN);
    expect(reading.forBlock('en')).toEqual({ lang: 'en', voice: BRITAIN });
    expect(notices).toEqual([
      'You are offline and English (America) could not speak: reading with English (Britain) instead.',
    ]);
    // It was said when it failed: Play does not say it again.
    expect(reading.offlineReplaced).toBeNull();
  });

  it('is not replaced a second time: a second failure is not the network’s', () => {
    const { reading, notices } = setup({ network: { online: false } });
    reading.chosenVoiceId = 'English (America)';
    reading.replaceFailed(CHOSEN, 'network');
    expect(reading.replaceFailed({ lang: 'en', voice: BRITAIN }, 'network')).toBe(false);
    expect(reading.voice).toBe(BRITAIN);
    expect(notices).toHaveLength(1);
  });

  it('is kept, failing, when no other local voice speaks the language', () => {
    const { reading, notices } = setup({
      voices: [AMERICA, CLOUD, FRANCE],
      network: { online: false },
    });
    expect(reading.replaceFailed(CHOSEN, 'synthesis-failed')).toBe(false);
    expect(reading.voice).toBe(AMERICA);
    expect(notices).toEqual([]);
  });

  it('is kept when the error is not one a missing network causes', () => {
    const { reading } = setup({ network: { online: false } });
    reading.chosenVoiceId = 'English (America)';
    for (const error of ['not-allowed', 'audio-busy', 'text-too-long']) {
      expect(reading.replaceFailed(CHOSEN, error)).toBe(false);
    }
    expect(reading.voice).toBe(AMERICA);
  });

  it('is kept online: the failure is not the network’s', () => {
    const { reading } = setup();
    reading.chosenVoiceId = 'English (America)';
    expect(reading.replaceFailed(CHOSEN, 'synthesis-failed')).toBe(false);
    expect(reading.voice).toBe(AMERICA);
  });

  it('is used again once the device is back online', () => {
    const network = new NetworkStatus();
    network.online = false;
    const { reading } = setup({ network });
    reading.chosenVoiceId = 'English (America)';
    reading.replaceFailed(CHOSEN, 'synthesis-failed');
    expect(reading.voice).toBe(BRITAIN);
    network.online = true;
    expect(reading.voice).toBe(AMERICA);
  });

  it('reading a block in another language, is replaced there by another local voice', () => {
    const QUEBEC = fakeVoice({ name: 'French (Canada)', lang: 'fr-CA' });
    const { reading, notices } = setup({
      voices: [AMERICA, FRANCE, QUEBEC],
      network: { online: false },
      chosenFor: { fr: 'French (France)' },
    });
    const block = reading.forBlock('fr');
    expect(block).toEqual({ lang: 'fr', voice: FRANCE });
    expect(reading.replaceFailed(block, 'synthesis-failed')).toBe(true);
    expect(reading.forBlock('fr')).toEqual({ lang: 'fr', voice: QUEBEC });
    expect(reading.voice).toBe(AMERICA);
    expect(notices).toEqual([
      'You are offline and French (France) could not speak: reading with French (Canada) instead.',
    ]);
  });

  it('does nothing for no voice (the engine’s own)', () => {
    const { reading } = setup({ network: { online: false } });
    expect(reading.replaceFailed({ lang: 'en', voice: null }, 'synthesis-failed')).toBe(false);
  });
});

describe('a block in another language', () => {
  it('is read in the article’s language and voice when its language is the article’s', () => {
    const { reading } = setup({ chosenFor: { 'en-AU': 'English (America)' } });
    expect(reading.forBlock('en-AU')).toEqual({ lang: 'en', voice: BRITAIN });
    expect(reading.forBlock(undefined)).toEqual({ lang: 'en', voice: BRITAIN });
  });

  it('is read in its language by the best voice for it, or the one chosen for it', () => {
    const { reading } = setup({ voices: [AMERICA, FRANCE, CLOUD_FRENCH] });
    expect(reading.forBlock('fr')).toEqual({ lang: 'fr', voice: FRANCE });
    const chosen = setup({
      voices: [AMERICA, FRANCE, CLOUD_FRENCH],
      chosenFor: { fr: 'Cloud French' },
    }).reading;
    expect(chosen.forBlock('fr')).toEqual({ lang: 'fr', voice: CLOUD_FRENCH });
  });

  it('offline, is read by a local voice instead of a network one chosen for it', () => {
    const { reading } = setup({
      voices: [AMERICA, CLOUD_FRENCH, FRANCE],
      network: { online: false },
      chosenFor: { fr: 'Cloud French' },
    });
    expect(reading.forBlock('fr')).toEqual({ lang: 'fr', voice: FRANCE });
  });

  it('offline, with only a network voice for it, is read by the article’s voice', () => {
    const { reading, notices } = setup({
      voices: [AMERICA, CLOUD_FRENCH],
      network: { online: false },
    });
    expect(reading.forBlock('fr')).toEqual({ lang: 'en', voice: AMERICA });
    expect(notices).toHaveLength(1);
  });

  it('with no voice for it, is read by the article’s voice, said once per language and article', () => {
    const { reading, notices } = setup({ voices: [AMERICA] });
    expect(reading.forBlock('ja')).toEqual({ lang: 'en', voice: AMERICA });
    reading.forBlock('ja-JP');
    reading.forBlock('de');
    expect(notices).toEqual([
      'No voice on this device speaks Japanese: reading it with English (America).',
      'No voice on this device speaks German: reading it with English (America).',
    ]);
    reading.newArticle();
    reading.forBlock('ja');
    expect(notices).toHaveLength(3);
  });

  it('with no voice for it nor for the article, says it is read with the article’s voice', () => {
    const { reading, notices } = setup({ voices: [FRANCE], lang: 'en' });
    expect(reading.forBlock('ja')).toEqual({ lang: 'en', voice: null });
    expect(notices).toEqual([
      'No voice on this device speaks Japanese: reading it with the article’s voice.',
    ]);
  });
});

describe('an article in another language than English', () => {
  it('has its English blocks read in English, by an English voice', () => {
    const { reading } = setup({ lang: 'fr' });
    expect(reading.voice).toEqual(FRANCE);
    expect(reading.forBlock('en')).toEqual({ lang: 'en', voice: BRITAIN });
    expect(reading.forBlock('fr-BE')).toEqual({ lang: 'fr', voice: FRANCE });
  });
});

describe('with nobody told of voices chosen per language or of missing ones', () => {
  it('reads a block by the best voice for it, and one without a voice quietly', () => {
    const list = new VoiceList(new FakeEngine([AMERICA, FRANCE]));
    list.start();
    const reading = new ReadingVoices({ voices: list, articleLang: () => 'en' });
    expect(reading.forBlock('fr')).toEqual({ lang: 'fr', voice: FRANCE });
    expect(reading.forBlock('ja')).toEqual({ lang: 'en', voice: AMERICA });
  });
});
