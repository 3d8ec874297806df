import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WebSpeechEngine } from '../../../src/lib/speech/web-speech';

/** What the engine reads of a browser voice. */
function voice(name: string, lang: string) {
  return { voiceURI: name, name, lang, localService: true, default: false };
}

/** A browser's speechSynthesis, as far as the engine uses it; it records what it speaks. */
function fakeSynthesis(voices: ReturnType<typeof voice>[]) {
  const spoken: { text: string; voice: unknown }[] = [];
  const synth = {
    voices,
    getVoices: () => synth.voices,
    speak: (utterance: { text: string; voice: unknown }) =>
      spoken.push({ text: utterance.text, voice: utterance.voice }),
    cancel: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
  };
  return { synth, spoken };
}

class FakeUtterance {
  text: string;
  voice: unknown = null;
  lang = '';
  rate = 1;
  constructor(text: string) {
    this.text = text;
  }
}

beforeEach(() => vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance));
afterEach(() => vi.unstubAllGlobals());

const handlers = { onStart() {}, onEnd() {}, onError() {}, onBoundary() {} };

describe('WebSpeechEngine', () => {
  it('keeps speaking with the chosen voice through a moment when the browser lists none', () => {
    const german = voice('German', 'de-DE');
    const { synth, spoken } = fakeSynthesis([voice('English', 'en-US'), german]);
    const engine = new WebSpeechEngine(synth as unknown as SpeechSynthesis);
    expect(engine.getVoices()).toHaveLength(2);
    synth.voices = [];
    expect(engine.getVoices()).toEqual([]);
    engine.speak({ text: 'Guten Tag.', lang: 'de', voiceId: 'German', rate: 1 }, handlers);
    expect(spoken).toEqual([{ text: 'Guten Tag.', voice: german }]);
  });
});
