import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UtteranceHandlers } from '../../../src/lib/speech/engine';
import { WebSpeechEngine } from '../../../src/lib/speech/web-speech';

/** What the engine reads of a browser voice. */
function voice(
  name: string,
  lang: string,
  overrides: { local?: boolean; isDefault?: boolean; uri?: string } = {},
) {
  return {
    voiceURI: overrides.uri ?? `urn:voice:${name}`,
    name,
    lang,
    localService: overrides.local ?? true,
    default: overrides.isDefault ?? false,
  };
}

/** The browser's utterance, as far as the engine uses it: the test fires its events. */
class FakeUtterance {
  text: string;
  voice: unknown = null;
  lang = '';
  rate = 1;
  volume = 1;
  onstart: (() => void) | null = null;
  onend: (() => void) | null = null;
  onerror: ((event: { error: string }) => void) | null = null;
  onboundary: ((event: { name?: string; charIndex: number; charLength?: number }) => void) | null =
    null;
  constructor(text: string) {
    this.text = text;
  }
}

/** A browser's speechSynthesis, as far as the engine uses it; it records what it is asked. */
function fakeSynthesis(voices: ReturnType<typeof voice>[] = []) {
  const listeners = new Set<() => void>();
  const synth = {
    voices,
    spoken: [] as FakeUtterance[],
    cancels: 0,
    getVoices: () => synth.voices,
    speak: (utterance: FakeUtterance) => synth.spoken.push(utterance),
    cancel: () => synth.cancels++,
    addEventListener: (type: string, listener: () => void) => {
      if (type === 'voiceschanged') listeners.add(listener);
    },
    removeEventListener: (type: string, listener: () => void) => {
      if (type === 'voiceschanged') listeners.delete(listener);
    },
    /** The browser loaded (or lost) voices. */
    changeVoices(next: ReturnType<typeof voice>[]) {
      synth.voices = next;
      for (const listener of listeners) listener();
    },
  };
  return synth;
}

function engineOver(synth: ReturnType<typeof fakeSynthesis>) {
  return new WebSpeechEngine(synth as unknown as SpeechSynthesis);
}

/** Handlers that write down what the Player would hear, in order. */
function recorder() {
  const heard: string[] = [];
  const handlers: UtteranceHandlers = {
    onStart: () => heard.push('start'),
    onEnd: () => heard.push('end'),
    onError: (error) => heard.push(`error ${error}`),
    onBoundary: (charIndex, charLength) => heard.push(`word at ${charIndex}, ${charLength}`),
  };
  return { heard, handlers };
}

beforeEach(() => vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance));
afterEach(() => vi.unstubAllGlobals());

const SENTENCE = { text: 'The tide came in.', lang: 'en-GB', voiceId: null, rate: 1 };

describe('a browser with speech synthesis', () => {
  it("uses the page's speechSynthesis, and silences what a previous page left speaking", () => {
    const synth = fakeSynthesis([voice('Daniel', 'en-GB')]);
    vi.stubGlobal('speechSynthesis', synth);
    const engine = new WebSpeechEngine();
    expect(engine.supported).toBe(true);
    expect(synth.cancels).toBe(1);
    expect(engine.getVoices().map((v) => v.name)).toEqual(['Daniel']);
  });

  it('lists its voices as the picker needs them', () => {
    const engine = engineOver(
      fakeSynthesis([
        voice('Daniel', 'en-GB', { isDefault: true }),
        voice('Google français', 'fr-FR', { local: false }),
      ]),
    );
    expect(engine.getVoices()).toEqual([
      {
        id: 'urn:voice:Daniel',
        name: 'Daniel',
        lang: 'en-GB',
        needsNetwork: false,
        isDefault: true,
      },
      {
        id: 'urn:voice:Google français',
        name: 'Google français',
        lang: 'fr-FR',
        needsNetwork: true,
        isDefault: false,
      },
    ]);
  });

  it('given every voice says localService false (Firefox on Linux), none needs the network', () => {
    const engine = engineOver(
      fakeSynthesis([
        voice('English (America)', 'en-US', { local: false }),
        voice('French (France)', 'fr-FR', { local: false }),
      ]),
    );
    expect(engine.getVoices().map((each) => each.needsNetwork)).toEqual([false, false]);
  });

  it('given WebKitGTK’s voices, all without a URI, gives each its own id and speaks with it', () => {
    const flite = ['kal', 'slt', 'rms', 'awb'].map((name) =>
      voice(name, 'en-US', { local: false, uri: '' }),
    );
    const synth = fakeSynthesis(flite);
    const engine = engineOver(synth);
    const listed = engine.getVoices();
    expect(new Set(listed.map((each) => each.id)).size).toBe(4);
    engine.speak({ ...SENTENCE, voiceId: listed[2]!.id }, recorder().handlers);
    expect(synth.spoken[0]?.voice).toBe(flite[2]);
  });

  it('given two voices alike in URI, name and language, speaks with the one chosen', () => {
    const twins = [
      voice('Alex', 'en-US', { uri: 'com.apple.Alex' }),
      voice('Alex', 'en-US', { uri: 'com.apple.Alex' }),
    ];
    const synth = fakeSynthesis(twins);
    const engine = engineOver(synth);
    const [first, second] = engine.getVoices();
    expect(first?.id).not.toBe(second?.id);
    engine.speak({ ...SENTENCE, voiceId: second!.id }, recorder().handlers);
    engine.speak({ ...SENTENCE, voiceId: first!.id }, recorder().handlers);
    expect(synth.spoken.map((utterance) => utterance.voice)).toEqual([twins[1], twins[0]]);
  });

  it('tells when the voices change, until told to stop', () => {
    const synth = fakeSynthesis();
    const engine = engineOver(synth);
    let changes = 0;
    const stop = engine.onVoicesChanged(() => changes++);
    synth.changeVoices([voice('Daniel', 'en-GB')]);
    expect(changes).toBe(1);
    stop();
    synth.changeVoices([]);
    expect(changes).toBe(1);
  });

  it('speaks a sentence in its language, at the chosen speed, with the chosen voice', () => {
    const german = voice('Anna', 'de-DE');
    const synth = fakeSynthesis([voice('Daniel', 'en-GB'), german]);
    const engine = engineOver(synth);
    engine.getVoices();
    engine.speak(
      { text: 'Guten Tag.', lang: 'de-DE', voiceId: german.voiceURI, rate: 1.5 },
      recorder().handlers,
    );
    expect(synth.spoken).toHaveLength(1);
    expect(synth.spoken[0]).toMatchObject({
      text: 'Guten Tag.',
      lang: 'de-DE',
      rate: 1.5,
      voice: german,
    });
  });

  it('leaves the voice to the browser when none is chosen, or the chosen one is gone', () => {
    const synth = fakeSynthesis([voice('Daniel', 'en-GB')]);
    const engine = engineOver(synth);
    engine.getVoices();
    engine.speak(SENTENCE, recorder().handlers);
    engine.speak({ ...SENTENCE, voiceId: 'urn:voice:Removed' }, recorder().handlers);
    expect(synth.spoken.map((utterance) => utterance.voice)).toEqual([null, null]);
  });

  it('keeps speaking with the chosen voice through a moment when the browser lists none', () => {
    const german = voice('Anna', 'de-DE');
    const synth = fakeSynthesis([voice('Daniel', 'en-GB'), german]);
    const engine = engineOver(synth);
    expect(engine.getVoices()).toHaveLength(2);
    synth.voices = [];
    expect(engine.getVoices()).toEqual([]);
    engine.speak(
      { text: 'Guten Tag.', lang: 'de', voiceId: german.voiceURI, rate: 1 },
      recorder().handlers,
    );
    expect(synth.spoken[0]?.voice).toBe(german);
  });

  it('passes on the end only once the end event is over (WebKit loses an end spoken inside it)', async () => {
    const synth = fakeSynthesis();
    const { heard, handlers } = recorder();
    engineOver(synth).speak(SENTENCE, handlers);
    synth.spoken[0]!.onend?.();
    expect(heard).toEqual([]);
    await vi.waitFor(() => expect(heard).toEqual(['end']));
  });

  it("passes on the utterance's start, words and end", async () => {
    const synth = fakeSynthesis();
    const { heard, handlers } = recorder();
    engineOver(synth).speak(SENTENCE, handlers);
    const utterance = synth.spoken[0]!;
    utterance.onstart?.();
    utterance.onboundary?.({ name: 'word', charIndex: 0, charLength: 3 });
    // Some engines give no length (0), and some no boundary name at all.
    utterance.onboundary?.({ name: 'word', charIndex: 4, charLength: 0 });
    utterance.onboundary?.({ charIndex: 9 });
    utterance.onend?.();
    await vi.waitFor(() => expect(heard).toHaveLength(5));
    expect(heard).toEqual([
      'start',
      'word at 0, 3',
      'word at 4, undefined',
      'word at 9, undefined',
      'end',
    ]);
  });

  it('does not move the highlight on sentence boundaries, only on words', () => {
    const synth = fakeSynthesis();
    const { heard, handlers } = recorder();
    engineOver(synth).speak(SENTENCE, handlers);
    synth.spoken[0]!.onboundary?.({ name: 'sentence', charIndex: 0, charLength: 17 });
    expect(heard).toEqual([]);
  });

  it('passes on an error with its code', () => {
    const synth = fakeSynthesis();
    const { heard, handlers } = recorder();
    engineOver(synth).speak(SENTENCE, handlers);
    synth.spoken[0]!.onerror?.({ error: 'audio-busy' });
    expect(heard).toEqual(['error audio-busy']);
  });

  it('silences speech when cancelled', () => {
    const synth = fakeSynthesis();
    const engine = engineOver(synth);
    const before = synth.cancels;
    engine.cancel();
    expect(synth.cancels).toBe(before + 1);
  });
  it('primes speech with one silent, empty utterance (iOS then speaks outside the gesture)', () => {
    const synth = fakeSynthesis();
    engineOver(synth).prime();
    expect(synth.spoken.map(({ text, volume }) => ({ text, volume }))).toEqual([
      { text: ' ', volume: 0.01 },
    ]);
  });
});

describe('a browser without speech synthesis', () => {
  it('says it is unsupported, has no voices and fails to speak, in plain words', () => {
    const engine = new WebSpeechEngine();
    expect(engine.supported).toBe(false);
    expect(engine.getVoices()).toEqual([]);
    const { heard, handlers } = recorder();
    engine.speak(SENTENCE, handlers);
    expect(heard).toEqual(['error synthesis-unavailable']);
    // Neither throws.
    engine.onVoicesChanged(() => {})();
    engine.cancel();
  });

  it('says it is unsupported when the browser cannot make utterances', () => {
    vi.stubGlobal('SpeechSynthesisUtterance', undefined);
    expect(engineOver(fakeSynthesis()).supported).toBe(false);
  });
});
