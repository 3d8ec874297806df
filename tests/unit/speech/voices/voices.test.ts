import { describe, expect, it } from 'vitest';
import { fakeVoice } from '../../../../src/lib/speech/fake-engine';
import { groupByLanguage, languageName, pickVoice } from '../../../../src/lib/speech/voices/voices';

// Voices as espeak-ng reports them, in its order: Afrikaans is the engine's default.
const AFRIKAANS = fakeVoice({ name: 'Afrikaans espeak-ng', lang: 'af', isDefault: true });
const AMERICAN = fakeVoice({ name: 'English (America) espeak-ng', lang: 'en-US' });
const BRITISH = fakeVoice({ name: 'English (Great Britain) espeak-ng', lang: 'en-GB' });
const MANDARIN = fakeVoice({ name: 'Chinese (Mandarin) espeak-ng', lang: 'cmn' });
const FRENCH = fakeVoice({ name: 'French (France) espeak-ng', lang: 'fr-FR' });
const ESPEAK = [AFRIKAANS, AMERICAN, BRITISH, FRENCH, MANDARIN];

describe('pickVoice', () => {
  it('never picks the engine default voice to read another language', () => {
    expect(pickVoice(ESPEAK, 'en')?.name).toBe('English (America) espeak-ng');
    expect(pickVoice(ESPEAK, 'fr')).toBe(FRENCH);
    expect(pickVoice([AFRIKAANS, BRITISH], 'de')).toBeNull();
  });

  it('uses the engine default when it does speak the language', () => {
    expect(pickVoice(ESPEAK, 'af')).toBe(AFRIKAANS);
  });

  it('prefers a voice on the device over a network voice, even one of the right region', () => {
    const online = fakeVoice({ name: 'Online British', lang: 'en-GB', needsNetwork: true });
    expect(pickVoice([online, AMERICAN], 'en-GB')).toBe(AMERICAN);
  });

  it('offline, never picks a network voice, even the only one for the language', () => {
    const online = fakeVoice({ name: 'Online English', lang: 'en-US', needsNetwork: true });
    expect(pickVoice([online], 'en', [], { localOnly: true })).toBeNull();
    expect(pickVoice([online, BRITISH], 'en-US', [], { localOnly: true })).toBe(BRITISH);
  });

  it('falls back to a network voice when it is the only one for the language', () => {
    const online = fakeVoice({ name: 'Online English', lang: 'en-US', needsNetwork: true });
    expect(pickVoice([AFRIKAANS, online], 'en')).toBe(online);
  });

  it('reads a British article with a British voice', () => {
    expect(pickVoice(ESPEAK, 'en-GB')).toBe(BRITISH);
  });

  it("uses the person's languages to choose a region when the text names none", () => {
    expect(pickVoice(ESPEAK, 'en', ['fr-FR', 'en-GB', 'en-US'])).toBe(BRITISH);
    expect(pickVoice(ESPEAK, 'en', ['en-US', 'en-GB'])).toBe(AMERICAN);
  });

  it("takes a region only from the person's languages that are the article's language", () => {
    // A Spanish speaker in the United States who reads English the British way.
    expect(pickVoice(ESPEAK, 'en', ['es-US', 'en-GB'])).toBe(BRITISH);
  });

  it("does not count a voice without a region as the person's region", () => {
    const plain = fakeVoice({ name: 'English espeak-ng', lang: 'en' });
    expect(pickVoice([plain, BRITISH], 'en', ['en-GB'])).toBe(BRITISH);
  });

  it("prefers the engine's default among otherwise equal voices of the language", () => {
    const usual = fakeVoice({ name: 'English (America) usual', lang: 'en-US', isDefault: true });
    expect(pickVoice([AMERICAN, usual], 'en-US')).toBe(usual);
  });

  it("puts the text's own region before the person's languages", () => {
    expect(pickVoice(ESPEAK, 'en-US', ['en-GB'])).toBe(AMERICAN);
  });

  it('keeps the engine order when nothing else tells voices apart', () => {
    const second = fakeVoice({ name: 'English (America) variant', lang: 'en-US' });
    expect(pickVoice([AMERICAN, second], 'en')).toBe(AMERICAN);
    expect(pickVoice([second, AMERICAN], 'en')).toBe(second);
  });

  it('returns null when no voice speaks the language', () => {
    expect(pickVoice(ESPEAK, 'ja')).toBeNull();
    expect(pickVoice([], 'en')).toBeNull();
  });

  it('reads Chinese articles with a Mandarin ("cmn") voice', () => {
    expect(pickVoice(ESPEAK, 'zh')).toBe(MANDARIN);
    expect(pickVoice(ESPEAK, 'zh-CN')).toBe(MANDARIN);
  });
});

describe('groupByLanguage', () => {
  it('groups voices by base language, keeping the engine order within each', () => {
    const british2 = fakeVoice({ name: 'English (Scotland) espeak-ng', lang: 'en-GB-scotland' });
    const groups = groupByLanguage([AMERICAN, FRENCH, BRITISH, british2, MANDARIN]);
    expect(groups.map((group) => group.lang)).toEqual(['en', 'fr', 'zh']);
    expect(groups[0]?.voices).toEqual([AMERICAN, BRITISH, british2]);
    expect(groups[2]?.voices).toEqual([MANDARIN]);
  });

  it('gives no groups for no voices', () => {
    expect(groupByLanguage([])).toEqual([]);
  });
});

describe('languageName', () => {
  it('names a language in the display language', () => {
    expect(languageName('en', 'en')).toBe('English');
    expect(languageName('fr', 'en')).toBe('French');
    expect(languageName('de', 'fr')).toBe('allemand');
  });

  it('falls back to the code for a tag it cannot name', () => {
    expect(languageName('not a tag!', 'en')).toBe('not a tag!');
  });
});
