import { ariaKeyShortcuts, type ShortcutAction, type ViewAction } from '../settings/shortcuts';
import { Preferences } from '../settings/preferences.svelte';
import type { PreferencesStore } from '../settings/preferences-store';
import { Announcer } from './announcer.svelte';
import type { SpeechEngine } from '../speech/engine';
import { Player, type PlayerStatus } from '../speech/player.svelte';
import { RATE_STEP } from '../speech/rate';
import type { SleepChoice, SleepTimer } from '../speech/sleep-timer.svelte';
import { SpokenText } from '../speech/spoken-text';
import { VoiceList } from '../speech/voices/voice-list.svelte';
import { VoiceHabits, type HabitsNote } from '../speech/voices/voice-habits.svelte';
import { baseLanguage } from '../text/language';
import type { Article } from '../text/article';
import { sentencePlace } from '../text/navigation';

export interface ReaderOptions {
  engine: SpeechEngine;
  /** Where preferences are kept; null keeps them for the visit only. */
  preferences?: PreferencesStore | null;
  languages?: readonly string[];
  /** Where playback changes are announced (the app's live region). */
  announcer?: Announcer;
  /** Whether the device is online (network voices are not used offline). */
  network?: { readonly online: boolean };
  /** Where what voices were seen to do is kept between visits (none: for the visit). */
  voiceHabitsNote?: HabitsNote | null;
}

/**
 * The app's controller: one engine, its voices, the Player and the person's preferences,
 * kept in step (a rate or voice chosen is applied to the Player and remembered).
 */
export class Reader {
  readonly voices: VoiceList;
  readonly player: Player;
  readonly preferences: Preferences;
  /** The sleep timer, made the first time the person sets one (it loads with the voice panel). */
  sleep = $state.raw<SleepTimer | null>(null);
  /** The speech layer between the Player and the engine; app/after-start.ts loads it. */
  readonly spokenText: SpokenText;
  /** What the status line shows, and what the live region announces on change. */
  readonly statusText: string = $derived.by(() =>
    statusText(this.player.status, this.player.errorMessage),
  );

  /** The offline voice change is said once a visit. */
  #saidOfflineVoice = false;
  /** A burst of speed changes is said once, when it ends. */
  #speedTimer: ReturnType<typeof setTimeout> | undefined;

  /** The live region this reader speaks through (one nobody hears, if none is given). */
  readonly announcer: Announcer;

  constructor(options: ReaderOptions) {
    const announcer = (this.announcer = options.announcer ?? new Announcer());
    this.voices = new VoiceList(options.engine);
    this.preferences = new Preferences(options.preferences ?? null);
    this.spokenText = new SpokenText(() => this.preferences.speech);
    this.player = new Player({
      spokenText: this.spokenText,
      engine: options.engine,
      voices: this.voices,
      preferredLanguages: options.languages,
      network: options.network,
      voiceHabits: new VoiceHabits(options.voiceHabitsNote ?? null),
      chosenVoiceFor: (lang) => this.preferences.voiceByLanguage[baseLanguage(lang)] ?? null,
      onNotice: (message) => announcer.announce(message),
      onStatusChange: (status, previous) => {
        const words = this.#announcement(status, previous);
        // The end and an error must be heard, even by someone in a dialog meanwhile.
        if (words) announcer.announce(words, status === 'ended' || status === 'error');
      },
    });
    this.player.setRate(this.preferences.rate);
    this.player.listening = this.preferences.listening;
  }

  /**
   * The aria-keyshortcuts value for a control's actions; undefined (no attribute) while
   * single-key shortcuts are turned off, except for ?, which always works.
   */
  keyShortcuts(...actions: ShortcutAction[]): string | undefined {
    const active = this.preferences.singleKeyShortcuts
      ? actions
      : actions.filter((action) => action === 'help');
    return active.length > 0 ? active.map(ariaKeyShortcuts).join(' ') : undefined;
  }

  /** What the live region says when the status changes; '' for nothing. */
  #announcement(status: PlayerStatus, previous: PlayerStatus): string {
    if (status === 'idle') return 'Stopped';
    // Moving while nothing plays is said by run(), with where: not "Paused".
    if (status === 'paused' && previous !== 'playing' && previous !== 'waiting') return '';
    if (status === 'playing') {
      // Play is answered by the speech (and the button turning to Pause): "Playing" from a
      // screen reader would talk over the first words. Only a changed voice is worth it.
      const replaced = this.player.offlineReplaced;
      if (!replaced || this.#saidOfflineVoice) return '';
      // Said once a visit: the person needs to know why the voice changed, not every time.
      this.#saidOfflineVoice = true;
      const instead = this.player.voice ? `with ${this.player.voice.name}` : 'with another voice';
      return `You are offline: reading ${instead} instead of ${replaced.name}, which needs the network.`;
    }
    return statusText(status, this.player.errorMessage);
  }

  /**
   * After a move while nothing is read, where Play will start: "Paragraph 4 of 19", with the
   * sentence when it is short enough to hear at once. While reading, the speech says it.
   */
  #sayPlace(): void {
    const player = this.player;
    const article = player.article;
    if (!article || player.status === 'playing' || player.status === 'waiting') return;
    const sentences = article.sentences(player.paragraph);
    const sentence = sentences[player.sentence];
    const text = sentence
      ? (article.blocks[player.paragraph]?.text.slice(sentence.start, sentence.end).trim() ?? '')
      : '';
    const where =
      sentences.length > 1
        ? `Paragraph ${player.paragraph + 1} of ${article.length}, sentence ${player.sentence + 1} of ${sentences.length}`
        : `Paragraph ${player.paragraph + 1} of ${article.length}`;
    this.announcer.announce(text.length <= SHORT_SENTENCE ? `${where}: ${text}` : where);
  }

  /** Says the speed once a burst of key presses has ended. */
  #saySpeed(): void {
    clearTimeout(this.#speedTimer);
    this.#speedTimer = setTimeout(() => {
      this.announcer.announce(`Speed ${Number(this.player.rate.toFixed(2))} times`);
    }, SPEED_SETTLE_MS);
  }

  /** Starts watching for voices; returns the function that stops. */
  start(): () => void {
    return this.voices.start();
  }

  /**
   * Opens an article, with the voice remembered for its language, at a saved place (a block
   * and the offset of a sentence's start in it) or at its start.
   */
  open(article: Article, place?: { block: number; offset: number }): void {
    this.player.load(article, place ? sentencePlace(article, place) : undefined);
    this.player.setVoice(this.preferences.voiceByLanguage[baseLanguage(article.lang)] ?? null);
  }

  /** Takes preferences from outside (a library import), applying rate and voice at once. */
  applyPreferences(stored: unknown): void {
    this.preferences.apply(stored);
    this.player.setRate(this.preferences.rate);
    this.player.listening = this.preferences.listening;
    const article = this.player.article;
    if (article) {
      this.player.setVoice(this.preferences.voiceByLanguage[baseLanguage(article.lang)] ?? null);
    }
  }

  setRate(rate: number): void {
    this.player.setRate(rate);
    this.preferences.setRate(this.player.rate);
  }

  /** Chooses the voice for the article's language (null: automatic) and remembers it. */
  setVoice(voiceId: string | null): void {
    const article = this.player.article;
    if (article) this.preferences.setVoice(baseLanguage(article.lang), voiceId);
    this.player.setVoice(voiceId);
  }

  /** Sets the sleep timer, or (null) turns it off. */
  async setSleep(choice: SleepChoice | null): Promise<void> {
    if (choice === null) return this.sleep?.cancel();
    const { SleepTimer } = await import('../speech/sleep-timer.svelte');
    this.sleep ??= new SleepTimer(this.player, (message) => this.announcer.announce(message));
    this.sleep.set(choice);
  }

  /** Carries out a keyboard shortcut's action (what opens or focuses is the view's business). */
  run(action: Exclude<ShortcutAction, ViewAction>): void {
    const player = this.player;
    switch (action) {
      case 'toggle-play':
        return player.toggle();
      case 'stop':
        return player.stop();
      case 'previous-sentence':
        player.previousSentence();
        return this.#sayPlace();
      case 'next-sentence':
        player.nextSentence();
        return this.#sayPlace();
      case 'previous-paragraph':
        player.previousParagraph();
        return this.#sayPlace();
      case 'next-paragraph':
        player.nextParagraph();
        return this.#sayPlace();
      case 'slower':
        this.setRate(player.rate - RATE_STEP);
        return this.#saySpeed();
      case 'faster':
        this.setRate(player.rate + RATE_STEP);
        return this.#saySpeed();
      case 'next-heading':
        player.nextHeading();
        return this.#sayPlace();
      case 'previous-heading':
        player.previousHeading();
        return this.#sayPlace();
      case 'loop-start':
      case 'loop-end':
        // Set now, where reading is at the press: a move pressed next must not come first.
        if (action === 'loop-start') player.setLoopStart();
        else player.setLoopEnd();
        return void listeningControls().then((controls) => controls.sayLoop(this));
      case 'where-am-i':
      case 'study-stops':
      case 'repeat':
      case 'clear-loop':
        return void listeningControls().then((controls) => controls.runListeningKey(this, action));
    }
  }
}

/**
 * The listening controls and their words: what a first Play does not need, loaded at the
 * first such key (or with the voice panel, which imports them).
 */
function listeningControls() {
  return import('./listening-controls');
}

/** A sentence this short is said with its place after a move: it is heard at once. */
const SHORT_SENTENCE = 80;
/** Speed keys held or pressed in a burst: the speed is said once this long after the last. */
const SPEED_SETTLE_MS = 600;

/** The words for a player state, as shown and announced. */
export function statusText(status: PlayerStatus, errorMessage: string | null): string {
  switch (status) {
    case 'idle':
      return 'Ready to read';
    case 'waiting':
      return 'Waiting for voices to load…';
    case 'playing':
      return 'Playing';
    case 'paused':
      return 'Paused';
    case 'ended':
      return 'Finished reading';
    case 'error':
      return errorMessage ?? 'Reading stopped because of an error';
  }
}
