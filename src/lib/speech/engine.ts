/**
 * The speech engine as the Player sees it. `web-speech.ts` implements it over the browser's
 * speechSynthesis; `fake-engine.ts` implements it for unit tests.
 */

/** A voice, copied out of the engine so the rest of the app never holds engine objects. */
export interface EngineVoice {
  /**
   * Unique in the list and stable: the Web Speech voiceURI where the engine gives each voice
   * its own, else made from name and language (voice-identity.ts).
   */
  id: string;
  name: string;
  /** BCP 47 tag as the engine reports it, e.g. "en-US". */
  lang: string;
  /**
   * Whether the voice speaks from a server, and so fails offline: judged from its name and
   * URI and from the engine's localService flag where the engine means it (voice-network.ts).
   * Read this, never localService: some engines report every voice as remote.
   */
  needsNetwork: boolean;
  /** The engine's own default voice: often a poor choice (espeak-ng marks Afrikaans). */
  isDefault: boolean;
}

export interface UtteranceRequest {
  text: string;
  lang: string;
  /** null lets the engine choose by `lang`. */
  voiceId: string | null;
  rate: number;
}

/** Callbacks for one utterance. The engine calls each at most as the browser fires them. */
export interface UtteranceHandlers {
  onStart(): void;
  onEnd(): void;
  /** `error` is the Web Speech error code, e.g. "interrupted" or "synthesis-failed". */
  onError(error: string): void;
  /** A word boundary: offset into the utterance text, and length when the engine knows it. */
  onBoundary(charIndex: number, charLength: number | undefined): void;
}

export interface SpeechEngine {
  /** False when the browser has no speech synthesis at all. */
  readonly supported: boolean;
  getVoices(): EngineVoice[];
  /** Subscribes to voice list changes; returns the unsubscribe function. */
  onVoicesChanged(listener: () => void): () => void;
  /** Speaks now, replacing nothing: callers cancel first when they need silence. */
  speak(request: UtteranceRequest, handlers: UtteranceHandlers): void;
  /** Silences the engine and drops its queue. */
  cancel(): void;
  /**
   * Called inside the person's gesture when the first real utterance must wait (voices still
   * loading). iOS Safari speaks only from inside a gesture until a first utterance has been,
   * so a silent one is spoken now for the words that follow later.
   */
  prime(): void;
}

/** Errors that only mean "someone called cancel()": not a failure. */
export const CANCEL_ERRORS: ReadonlySet<string> = new Set(['interrupted', 'canceled']);
