import type { EngineVoice, SpeechEngine, UtteranceHandlers, UtteranceRequest } from './engine';
import { identifyVoices } from './voices/voice-identity';
import { needsNetworkAmong } from './voices/voice-network';

/**
 * Runs `callback` in a task of its own, as soon as the page is free: a message, not a timer,
 * because hidden pages (a phone's locked screen) hold timers back by a second or more.
 */
function inNextTask(callback: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    callback();
  };
  channel.port2.postMessage(null);
}

/** The only module that touches `speechSynthesis`. */
export class WebSpeechEngine implements SpeechEngine {
  readonly supported: boolean;
  #synth: SpeechSynthesis | null;
  #voicesById = new Map<string, SpeechSynthesisVoice>();
  /**
   * The utterance being spoken. Chromium drops the events of an utterance that has been
   * garbage-collected, so the live one must stay referenced until it ends.
   */
  #live: SpeechSynthesisUtterance | null = null;

  constructor(synth: SpeechSynthesis | null = globalThis.speechSynthesis ?? null) {
    this.#synth = synth;
    this.supported = synth !== null && typeof SpeechSynthesisUtterance === 'function';
    // Chromium can keep speaking a previous page's queue across a reload.
    synth?.cancel();
  }

  getVoices(): EngineVoice[] {
    if (!this.#synth) return [];
    const voices = this.#synth.getVoices();
    const identified = identifyVoices(voices);
    // A moment with no voices (some browsers have one while reloading them) must not lose
    // the person's voice: speaking would fall back to the engine's default.
    if (voices.length > 0)
      this.#voicesById = new Map(identified.map(({ id, voice }) => [id, voice]));
    const needsNetwork = needsNetworkAmong(voices);
    return identified.map(({ id, voice }) => ({
      id,
      name: voice.name,
      lang: voice.lang,
      needsNetwork: needsNetwork(voice),
      isDefault: voice.default,
    }));
  }

  onVoicesChanged(listener: () => void): () => void {
    const synth = this.#synth;
    if (!synth) return () => {};
    synth.addEventListener('voiceschanged', listener);
    return () => synth.removeEventListener('voiceschanged', listener);
  }

  speak(request: UtteranceRequest, handlers: UtteranceHandlers): void {
    if (!this.#synth) {
      handlers.onError('synthesis-unavailable');
      return;
    }
    const utterance = new SpeechSynthesisUtterance(request.text);
    utterance.lang = request.lang;
    utterance.rate = request.rate;
    const voice = request.voiceId ? this.#voicesById.get(request.voiceId) : undefined;
    if (voice) utterance.voice = voice;
    const release = () => {
      if (this.#live === utterance) this.#live = null;
    };
    utterance.onstart = () => handlers.onStart();
    utterance.onend = () => {
      release();
      // The next sentence is asked for after the end event, in a task of its own: WebKit
      // (WebKitGTK measured; Safari shares the code) never sends the `end` of an utterance
      // spoken while it is still dispatching the previous one's, and reading then stalls.
      inNextTask(() => handlers.onEnd());
    };
    utterance.onerror = (event) => {
      release();
      handlers.onError(event.error);
    };
    utterance.onboundary = (event) => {
      if (event.name === 'word' || event.name === undefined) {
        handlers.onBoundary(event.charIndex, event.charLength || undefined);
      }
    };
    this.#live = utterance;
    this.#synth.speak(utterance);
  }

  cancel(): void {
    this.#synth?.cancel();
  }

  prime(): void {
    if (!this.#synth) return;
    // A space, not '': Chromium and Firefox over speech-dispatcher never end an empty
    // utterance, and the words queued behind it wait for a cancel. Nearly silent, not 0:
    // WebKitGTK's page crashes speaking any text at volume 0. (All measured.)
    const silent = new SpeechSynthesisUtterance(' ');
    silent.volume = 0.01;
    this.#synth.speak(silent);
  }
}
