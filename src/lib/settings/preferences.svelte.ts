import { clampRate } from '../speech/player.svelte';

/** The part of Web Storage that preferences need, so tests can pass a Map-backed one. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const STORAGE_KEY = 'aloud.preferences.v1';

interface StoredPreferences {
  rate?: unknown;
  voiceByLanguage?: unknown;
  singleKeyShortcuts?: unknown;
}

function defaultStorage(): KeyValueStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Storage can throw when cookies are blocked: preferences then last for the visit.
    return null;
  }
}

/** What the person chose, remembered between visits. */
export class Preferences {
  rate = $state(1);
  /** Chosen voice id per base language ("en" → voiceURI). */
  voiceByLanguage = $state<Record<string, string>>({});
  /** Single-key shortcuts can be turned off (WCAG 2.1.4): they can clash with speech input. */
  singleKeyShortcuts = $state(true);
  #storage: KeyValueStorage | null;

  constructor(storage: KeyValueStorage | null = defaultStorage()) {
    this.#storage = storage;
    this.#load();
  }

  setRate(rate: number): void {
    this.rate = clampRate(rate);
    this.#save();
  }

  /** Remembers the voice for a language; null forgets it (automatic choice). */
  setVoice(language: string, voiceId: string | null): void {
    const next = { ...this.voiceByLanguage };
    if (voiceId) next[language] = voiceId;
    else delete next[language];
    this.voiceByLanguage = next;
    this.#save();
  }

  setSingleKeyShortcuts(enabled: boolean): void {
    this.singleKeyShortcuts = enabled;
    this.#save();
  }

  #load(): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(this.#storage?.getItem(STORAGE_KEY) ?? '{}');
    } catch {
      return; // A damaged entry is ignored; the next save replaces it.
    }
    if (!parsed || typeof parsed !== 'object') return;
    const stored = parsed as StoredPreferences;
    if (typeof stored.rate === 'number') this.rate = clampRate(stored.rate);
    if (
      stored.voiceByLanguage &&
      typeof stored.voiceByLanguage === 'object' &&
      !Array.isArray(stored.voiceByLanguage)
    ) {
      this.voiceByLanguage = Object.fromEntries(
        Object.entries(stored.voiceByLanguage).filter(
          (entry): entry is [string, string] => typeof entry[1] === 'string',
        ),
      );
    }
    if (typeof stored.singleKeyShortcuts === 'boolean') {
      this.singleKeyShortcuts = stored.singleKeyShortcuts;
    }
  }

  #save(): void {
    try {
      this.#storage?.setItem(
        STORAGE_KEY,
        JSON.stringify({
          rate: this.rate,
          voiceByLanguage: this.voiceByLanguage,
          singleKeyShortcuts: this.singleKeyShortcuts,
        }),
      );
    } catch {
      // Full or blocked storage: the choice still holds for this visit.
    }
  }
}
