import { clampRate } from '../speech/rate';
import type { PreferencesStore } from './preferences-store';

/** What the person chose, remembered between visits. */
export class Preferences {
  rate = $state(1);
  /** Chosen voice id per base language ("en" → voiceURI). */
  voiceByLanguage = $state<Record<string, string>>({});
  /** Single-key shortcuts can be turned off (WCAG 2.1.4): they can clash with speech input. */
  singleKeyShortcuts = $state(true);
  /** Read the page's clutter (related links, promotions) in articles with no choice of their own. */
  readEverything = $state(false);
  /** How things are said (the emoji choice, the listener's rules): checked by text/rewrite/speech-rules.ts. */
  speech = $state.raw<unknown>(undefined);
  /** How the reader looks (theme, text, highlight): checked by settings/look.ts. */
  look = $state.raw<unknown>(undefined);
  #store: PreferencesStore | null;

  constructor(store: PreferencesStore | null = null) {
    this.#store = store;
    this.apply(store?.load());
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

  setReadEverything(read: boolean): void {
    this.readEverything = read;
    this.#save();
  }

  setSpeech(speech: unknown): void {
    this.speech = speech;
    this.#save();
  }

  setLook(look: unknown): void {
    this.look = look;
    this.#save();
  }

  /**
   * Takes stored values (a visit's start, or a library import): each value of the right type
   * replaces the current one; anything else (a damaged or foreign entry) is ignored.
   */
  apply(stored: unknown): void {
    if (!stored || typeof stored !== 'object') return;
    const { rate, voiceByLanguage, singleKeyShortcuts, readEverything, speech, look } =
      stored as Record<string, unknown>;
    if (typeof rate === 'number') this.rate = clampRate(rate);
    if (voiceByLanguage && typeof voiceByLanguage === 'object' && !Array.isArray(voiceByLanguage)) {
      this.voiceByLanguage = Object.fromEntries(
        Object.entries(voiceByLanguage).filter(
          (entry): entry is [string, string] => typeof entry[1] === 'string',
        ),
      );
    }
    if (typeof singleKeyShortcuts === 'boolean') this.singleKeyShortcuts = singleKeyShortcuts;
    if (typeof readEverything === 'boolean') this.readEverything = readEverything;
    if (speech !== undefined) this.speech = speech;
    if (look !== undefined) this.look = look;
  }

  #save(): void {
    this.#store?.save({
      rate: this.rate,
      voiceByLanguage: { ...this.voiceByLanguage },
      singleKeyShortcuts: this.singleKeyShortcuts,
      readEverything: this.readEverything,
      speech: this.speech,
      look: this.look,
    });
  }
}
