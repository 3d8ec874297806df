import { USUAL_LISTENING, type ListeningMode } from '../speech/listening-mode';
import { clampRate } from '../speech/rate';
import type { SpeechSettings } from '../text/rewrite/speech-rules';
import type { Look } from './look-choice';
import type { PreferencesStore } from './preferences-store';
import { readPreferences, type WhenArticleEnds } from './stored-preferences';

/** What the person chose, remembered between visits. */
export class Preferences {
  rate = $state(1);
  /** Chosen voice id per base language ("en" → voiceURI). */
  voiceByLanguage = $state<Record<string, string>>({});
  /** Single-key shortcuts can be turned off (WCAG 2.1.4): they can clash with speech input. */
  singleKeyShortcuts = $state(true);
  /** Read the page's clutter (related links, promotions) in articles with no choice of their own. */
  readEverything = $state(false);
  /** Keep the screen on while reading, where the browser can (platform/screen-wake). */
  keepScreenOn = $state(false);
  /** When an article ends: stop, or go on to the next unfinished one (app/listening-queue). */
  whenArticleEnds = $state<WhenArticleEnds>('stop');
  /** Pauses, study stops and repeats (speech/listening-mode.ts). */
  listening = $state.raw<ListeningMode>(USUAL_LISTENING);
  /**
   * How things are said (the emoji choice, the listener's rules), as stored: read where it is
   * used (text/rewrite/speech-rules.ts readSpeechSettings), by parts a first Play does not
   * wait for. None chosen yet: the usual.
   */
  speech = $state.raw<SpeechSettings | object | undefined>(undefined);
  /**
   * How the reader looks (theme, text, highlight), as stored: read where it is used
   * (settings/look-choice.ts readLook); the first paint's look is index.html's. None: usual.
   */
  look = $state.raw<Look | object | undefined>(undefined);
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

  setKeepScreenOn(keep: boolean): void {
    this.keepScreenOn = keep;
    this.#save();
  }

  setWhenArticleEnds(choice: WhenArticleEnds): void {
    this.whenArticleEnds = choice;
    this.#save();
  }

  setListening(listening: ListeningMode): void {
    this.listening = listening;
    this.#save();
  }

  setSpeech(speech: SpeechSettings): void {
    this.speech = speech;
    this.#save();
  }

  setLook(look: Look): void {
    this.look = look;
    this.#save();
  }

  /**
   * Takes stored values (a visit's start, or a library import): each usable one (see
   * readPreferences) replaces the current one; anything else (a damaged or foreign entry) is
   * ignored.
   */
  apply(stored: unknown): void {
    const read = readPreferences(stored);
    if (read.rate !== undefined) this.rate = read.rate;
    if (read.voiceByLanguage) this.voiceByLanguage = read.voiceByLanguage;
    if (read.singleKeyShortcuts !== undefined) this.singleKeyShortcuts = read.singleKeyShortcuts;
    if (read.readEverything !== undefined) this.readEverything = read.readEverything;
    if (read.keepScreenOn !== undefined) this.keepScreenOn = read.keepScreenOn;
    if (read.whenArticleEnds) this.whenArticleEnds = read.whenArticleEnds;
    if (read.listening) this.listening = read.listening;
    if (read.speech) this.speech = read.speech;
    if (read.look) this.look = read.look;
  }

  #save(): void {
    this.#store?.save({
      rate: this.rate,
      voiceByLanguage: { ...this.voiceByLanguage },
      singleKeyShortcuts: this.singleKeyShortcuts,
      readEverything: this.readEverything,
      keepScreenOn: this.keepScreenOn,
      whenArticleEnds: this.whenArticleEnds,
      listening: this.listening,
      speech: this.speech,
      look: this.look,
    });
  }
}
