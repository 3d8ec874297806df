import { describe, expect, it } from 'vitest';
import { Preferences } from '../../../src/lib/settings/preferences.svelte';
import { FakeEngine } from '../../../src/lib/speech/fake-engine';
import { Player } from '../../../src/lib/speech/player.svelte';
import { SpokenText } from '../../../src/lib/speech/spoken-text';
import { VoiceList } from '../../../src/lib/speech/voices/voice-list.svelte';
import type { SpeechRule } from '../../../src/lib/text/rewrite/speech-rules';
import { speechRule } from '../support/speech-rule';
import { createArticle } from '../../../src/lib/text/create-article';

function rule(find: string, say: string, overrides: Partial<SpeechRule> = {}): SpeechRule {
  return speechRule({ id: find, find, say, ...overrides });
}

/** A Player reading `text` with the listener's `preferences`; `said()` is what the voice says. */
async function reading(text: string, preferences = new Preferences()) {
  const engine = new FakeEngine();
  const voices = new VoiceList(engine);
  voices.start();
  const spokenText = new SpokenText(() => preferences.speech);
  await spokenText.load();
  const player = new Player({ engine, voices, spokenText });
  player.load(createArticle(text, { source: 'test', format: 'text', lang: 'en' })!);
  player.play();
  /** What is being said now; `next` lets the voice finish it first. */
  const said = ({ next = false } = {}) => {
    if (next) engine.finish();
    return engine.current?.request.text;
  };
  return { preferences, said };
}

const PARTY = 'The release is out 🎉 at last.';

describe("what the voice says, by the listener's settings", () => {
  it('leaves emoji out unless the listener asks for them', async () => {
    expect((await reading(PARTY)).said()).toBe('The release is out at last.');
    const preferences = new Preferences();
    preferences.setSpeech({ emoji: 'say', rules: [] });
    expect((await reading(PARTY, preferences)).said()).toBe(PARTY);
  });

  it("says words the listener's way", async () => {
    const preferences = new Preferences();
    preferences.setSpeech({ emoji: 'skip', rules: [rule('GIF', 'jif')] });
    const { said } = await reading('A GIF loops. Another GIF loops.', preferences);
    expect(said()).toBe('A jif loops.');
    expect(said({ next: true })).toBe('Another jif loops.');
  });

  it('follows a rule changed while reading from the next sentence on', async () => {
    const preferences = new Preferences();
    preferences.setSpeech({ emoji: 'skip', rules: [rule('GIF', 'jif')] });
    const { said } = await reading(
      'A GIF loops. Another GIF loops. A third GIF loops.',
      preferences,
    );
    expect(said()).toBe('A jif loops.');
    preferences.setSpeech({ emoji: 'skip', rules: [rule('GIF', 'gif', { action: 'skip' })] });
    expect(said({ next: true })).toBe('Another loops.');
    preferences.setSpeech({ emoji: 'skip', rules: [] });
    expect(said({ next: true })).toBe('A third GIF loops.');
  });
});
