import type { EngineVoice, SpeechEngine, UtteranceHandlers, UtteranceRequest } from './engine';

/** One utterance handed to the fake engine, with controls to play out its events. */
export interface FakeUtterance {
  request: UtteranceRequest;
  handlers: UtteranceHandlers;
  /** True once it ended, errored or was cancelled: later events are no longer sent. */
  done: boolean;
  /** True once `start` was sent. */
  started?: boolean;
}

/** A test voice with sensible defaults. */
export function fakeVoice(overrides: Partial<EngineVoice> = {}): EngineVoice {
  const name = overrides.name ?? 'Test English';
  return {
    id: overrides.id ?? name,
    name,
    lang: 'en-US',
    needsNetwork: false,
    isDefault: false,
    ...overrides,
  };
}

/**
 * A speech engine for unit tests: it speaks nothing and lets the test decide when each
 * utterance starts, ends or fails. Like Chromium, cancel() errors the live utterance with
 * "interrupted" (asynchronously) rather than ending it.
 */
export class FakeEngine implements SpeechEngine {
  supported = true;
  readonly spoken: FakeUtterance[] = [];
  /** How many times speech was primed inside a gesture. */
  primed = 0;
  #voices: EngineVoice[];
  #listeners = new Set<() => void>();

  constructor(voices: EngineVoice[] = [fakeVoice()]) {
    this.#voices = voices;
  }

  getVoices(): EngineVoice[] {
    return [...this.#voices];
  }

  /** Replaces the voice list and fires voiceschanged, as a browser does after loading. */
  setVoices(voices: EngineVoice[]): void {
    this.#voices = voices;
    for (const listener of this.#listeners) listener();
  }

  /** Replaces the voice list silently, as browsers that never fire voiceschanged do. */
  setVoicesQuietly(voices: EngineVoice[]): void {
    this.#voices = voices;
  }

  onVoicesChanged(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  speak(request: UtteranceRequest, handlers: UtteranceHandlers): void {
    this.spoken.push({ request, handlers, done: false });
  }

  prime(): void {
    this.primed++;
  }

  cancel(): void {
    for (const utterance of this.spoken) {
      if (utterance.done) continue;
      utterance.done = true;
      queueMicrotask(() => utterance.handlers.onError('interrupted'));
    }
  }

  /** The utterance now being spoken (the oldest one not done). */
  get current(): FakeUtterance | undefined {
    return this.spoken.find((utterance) => !utterance.done);
  }

  /** Texts of every utterance requested so far. */
  get texts(): string[] {
    return this.spoken.map((utterance) => utterance.request.text);
  }

  start(): void {
    const utterance = this.#live();
    utterance.started = true;
    utterance.handlers.onStart();
  }

  /** Starts (if needed) and ends the current utterance. */
  finish(): void {
    const utterance = this.#live();
    utterance.done = true;
    // As a browser does: `start` once, then `end`.
    if (!utterance.started) utterance.handlers.onStart();
    utterance.handlers.onEnd();
  }

  fail(error: string): void {
    const utterance = this.#live();
    utterance.done = true;
    utterance.handlers.onError(error);
  }

  boundary(charIndex: number, charLength?: number): void {
    this.#live().handlers.onBoundary(charIndex, charLength);
  }

  #live(): FakeUtterance {
    const utterance = this.current;
    if (!utterance) throw new Error('FakeEngine: nothing is being spoken');
    return utterance;
  }
}
