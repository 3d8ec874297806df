import type { EngineVoice, SpeechEngine } from '../engine';

export type VoiceStatus = 'loading' | 'ready' | 'none' | 'unsupported';

/** Some browsers never fire voiceschanged: look at the list this often as well… */
const VOICE_POLL_INTERVAL_MS = 250;
/**
 * …for this long, after which an empty list means the device has no voice. espeak-ng takes
 * ~1.5 s in Chromium; Firefox lists its 13,362 espeak-ng voices in over 6 s on a busy
 * 2-core machine (measured), and "no voices on this device" then was wrong. A slow phone
 * waits for its voices; a device without any is told so a little later.
 */
const VOICE_WAIT_LIMIT_MS = 20_000;

/** The engine's voices as reactive state; they arrive asynchronously. */
export class VoiceList {
  voices = $state.raw<EngineVoice[]>([]);
  status = $state<VoiceStatus>('loading');
  /** Resolves once the list is known: ready, none or unsupported. */
  readonly settled: Promise<void>;
  #engine: SpeechEngine;
  #settle!: () => void;

  constructor(engine: SpeechEngine) {
    this.#engine = engine;
    this.settled = new Promise((resolve) => (this.#settle = resolve));
  }

  /** Starts listening for voices; returns a function that stops. */
  start(pollIntervalMs = VOICE_POLL_INTERVAL_MS, waitLimitMs = VOICE_WAIT_LIMIT_MS): () => void {
    if (!this.#engine.supported) {
      this.status = 'unsupported';
      this.#settle();
      return () => {};
    }
    const unsubscribe = this.#engine.onVoicesChanged(() => this.#refresh());
    let waited = 0;
    const poll = setInterval(() => {
      waited += pollIntervalMs;
      this.#refresh();
      if (this.status === 'ready' || waited >= waitLimitMs) {
        clearInterval(poll);
        if (this.status === 'loading') {
          this.status = 'none';
          this.#settle();
        }
      }
    }, pollIntervalMs);
    this.#refresh();
    return () => {
      clearInterval(poll);
      unsubscribe();
    };
  }

  #refresh(): void {
    const voices = this.#engine.getVoices();
    // Voices can also disappear (a network voice going away); keep the last good list then.
    if (voices.length === 0) return;
    this.voices = voices;
    this.status = 'ready';
    this.#settle();
  }
}
