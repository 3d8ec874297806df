import type { Article } from '../text/article';
import { estimateSeconds } from '../text/reading-time';
import type { SpeechText } from '../text/speech-text';
import type { Sentence, Span } from '../text/types';
import { CANCEL_ERRORS, type EngineVoice, type SpeechEngine } from './engine';
import { clampRate } from './rate';
import type { VoiceList } from './voice-list.svelte';
import { baseLanguage, languageName, pickVoice } from './voices';

export type PlayerStatus = 'idle' | 'waiting' | 'playing' | 'paused' | 'ended' | 'error';

/** "Previous" within this long of a sentence's start goes to the sentence before (as Narrate). */
export const PREV_THRESHOLD_MS = 2000;
/**
 * An utterance that has neither ended nor failed after STALL_FACTOR times its expected
 * length plus STALL_GRACE_MS is taken as stalled: engines do hang (Chrome goes silent, an
 * engine without an audio sink never ends).
 */
export const STALL_FACTOR = 3;
export const STALL_GRACE_MS = 5000;
/** A stalled utterance is retried this many times before playback stops with a message. */
export const STALL_RETRIES = 1;
/**
 * A rate or voice change restarts the sentence after this pause, so that holding + (key
 * repeat) or dragging the slider restarts it once, not at every step.
 */
export const RESTART_DELAY_MS = 250;

const START = { paragraph: 0, sentence: 0 };

export interface PlayerOptions {
  engine: SpeechEngine;
  voices: VoiceList;
  /** The person's languages (navigator.languages), to pick a voice's region. */
  preferredLanguages?: readonly string[];
  now?: () => number;
  /** Whether the device is online; network voices are not used offline. Online if absent. */
  network?: { readonly online: boolean };
  /** The voice the person chose for a language other than the article's, if any. */
  chosenVoiceFor?: (lang: string) => string | null;
  /** Hears what the listener should know that is not a change of status. */
  onNotice?: (message: string) => void;
  /** Hears every change of status (and every new error), e.g. to announce it. */
  onStatusChange?: (status: PlayerStatus, previous: PlayerStatus) => void;
}

/**
 * Reads an article one utterance per speech chunk and advances on `end`. Pause is
 * cancel-and-remember: native pause/resume is broken on several engines, so resuming
 * restarts the current sentence. Every utterance carries a token; events of an utterance
 * whose token is no longer current (cancelled, replaced) are ignored.
 */
export class Player {
  #status = $state<PlayerStatus>('idle');
  /** Counts the person's moves of the reading position (not reading on by itself). */
  #moves = $state(0);
  article = $state.raw<Article | null>(null);
  paragraph = $state(0);
  sentence = $state(0);
  /** The word being spoken, in the paragraph's offsets, when the engine reports boundaries. */
  word = $state<Span | null>(null);
  errorMessage = $state<string | null>(null);
  rate = $state(1);
  /** The voice the person chose; null picks the best voice for the article's language. */
  chosenVoiceId = $state<string | null>(null);
  /**
   * Where the sleep timer stops reading: at the end of the sentence being read, of its
   * paragraph, or of the article; null reads on. Cleared when it stops, with `onSleep`.
   */
  sleepAt = $state<'sentence' | 'paragraph' | 'article' | null>(null);
  /** Told when reading stopped for the sleep timer. */
  onSleep: (() => void) | null = null;
  /**
   * Reads the page's clutter too ("Read everything"): otherwise blocks marked as clutter
   * (a related link, a promotion) are passed over by reading on, by moves and by time left.
   */
  readEverything = $state(false);
  /**
   * What the engine is given for a chunk: the text rewritten for the ear, with the way back
   * to its characters (text/speech-text.ts, set once it has loaded); until then, the text.
   */
  speechText: ((text: string, lang: string) => SpeechText) | null = null;
  /** The page is in the background (another app, the lock screen). */
  #away = false;
  /** The system, not the person, stopped reading while the page was away. */
  #stoppedAway = false;

  /**
   * The voice the person would hear online: the chosen one while it exists, else the best
   * for the article's language.
   */
  readonly #wantedVoice: EngineVoice | null = $derived.by(() => {
    const voices = this.#voices.voices;
    const chosen = voices.find((voice) => voice.id === this.chosenVoiceId);
    if (chosen) return chosen;
    return this.article ? pickVoice(voices, this.article.lang, this.#preferredLanguages) : null;
  });

  /** The voice that speaks: the wanted one, unless it needs the network and there is none. */
  readonly voice: EngineVoice | null = $derived.by(() => {
    const wanted = this.#wantedVoice;
    if (!wanted || wanted.localService || this.#network.online || !this.article) return wanted;
    return pickVoice(this.#voices.voices, this.article.lang, this.#preferredLanguages, {
      localOnly: true,
    });
  });

  /** Offline, the network voice that was wanted and is replaced by `voice` (or by nothing). */
  readonly offlineReplaced: EngineVoice | null = $derived(
    this.#wantedVoice && this.#wantedVoice !== this.voice ? this.#wantedVoice : null,
  );

  readonly currentSentence: Sentence | null = $derived(
    this.article?.sentences(this.paragraph)[this.sentence] ?? null,
  );

  /** Whether there is a reading position to show: anything but a fresh or finished start. */
  readonly hasPosition = $derived(this.status !== 'idle' && this.status !== 'ended');

  /** Characters a second at rate 1 that each voice has been heard to speak, by voice id. */
  #paces = $state<Record<string, number>>({});

  /** Estimated seconds of reading left from the current sentence at the current rate. */
  readonly secondsLeft: number = $derived.by(() => {
    const article = this.article;
    if (!article) return 0;
    if (this.status === 'ended') return 0;
    const done = article.charactersBefore(this.paragraph) + (this.currentSentence?.start ?? 0);
    const skipped = this.readEverything ? 0 : article.clutterAfter(this.paragraph);
    // At the pace the voice reading was heard to speak, else the usual one.
    return estimateSeconds(
      article.totalCharacters - done - skipped,
      this.rate,
      this.#paces[this.voice?.id ?? ''],
    );
  });

  #engine: SpeechEngine;
  #voices: VoiceList;
  #network: { readonly online: boolean };
  #chosenVoiceFor: PlayerOptions['chosenVoiceFor'];
  #onNotice: PlayerOptions['onNotice'];
  /** Languages without a voice already said, for the article loaded (not state: not shown). */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #missingVoiceSaid = new Set<string>();
  #preferredLanguages: readonly string[];
  #now: () => number;
  #onStatusChange: PlayerOptions['onStatusChange'];
  #restartTimer: ReturnType<typeof setTimeout> | undefined;
  #chunk = 0;
  #token = 0;
  #watchdog: ReturnType<typeof setTimeout> | undefined;
  #stallRetries = 0;
  #sentenceStartedAt = 0;

  constructor(options: PlayerOptions) {
    this.#engine = options.engine;
    this.#voices = options.voices;
    this.#network = options.network ?? { online: true };
    this.#chosenVoiceFor = options.chosenVoiceFor;
    this.#onNotice = options.onNotice;
    this.#preferredLanguages = options.preferredLanguages ?? [];
    this.#now = options.now ?? (() => Date.now());
    this.#onStatusChange = options.onStatusChange;
  }

  get status(): PlayerStatus {
    return this.#status;
  }

  /** Grows each time the person moves the reading position: a cue to follow it again. */
  get moves(): number {
    return this.#moves;
  }

  /**
   * Replaces the article, silently stopping whatever was being read. A saved place (not the
   * start) is shown as paused there, so that it is highlighted and Play resumes it.
   */
  load(article: Article, place: { paragraph: number; sentence: number } = START): void {
    this.#silence();
    this.article = article;
    this.#missingVoiceSaid.clear();
    this.word = null;
    this.errorMessage = null;
    // Quietly: opening an article is announced by whoever opens it.
    this.#status = this.#placeAt(place) ? 'paused' : 'idle';
  }

  /**
   * Moves to a place quietly, while nothing is being read (another tab read further): no
   * announcement, no restart. Ignored while reading, so that nothing jumps under the listener.
   */
  moveQuietly(place: { paragraph: number; sentence: number }): void {
    if (this.status === 'playing' || this.status === 'waiting') return;
    if (this.#placeAt(place)) this.#status = 'paused';
  }

  /** Sets the position to a valid place; true when that place is not the article's start. */
  #placeAt({ paragraph, sentence }: { paragraph: number; sentence: number }): boolean {
    const article = this.article;
    const lastParagraph = Math.max(0, (article?.length ?? 1) - 1);
    this.paragraph = Math.max(0, Math.min(paragraph, lastParagraph));
    const sentences = article?.sentences(this.paragraph).length ?? 1;
    this.sentence = Math.max(0, Math.min(sentence, sentences - 1));
    return this.paragraph > 0 || this.sentence > 0;
  }

  /** Starts or resumes reading at the start of the current sentence. */
  play(): void {
    const article = this.article;
    this.#stoppedAway = false;
    if (!article || this.status === 'playing') return;
    if (!this.#engine.supported || this.#voices.status === 'unsupported') {
      this.#fail('synthesis-unavailable');
      return;
    }
    if (this.#voices.status === 'loading') {
      this.#setStatus('waiting');
      const token = ++this.#token;
      void this.#voices.settled.then(() => {
        if (token === this.#token && this.status === 'waiting') this.play();
      });
      return;
    }
    if (this.#voices.status === 'none') {
      this.#fail('no-voices');
      return;
    }
    if (this.status === 'ended') {
      this.paragraph = 0;
      this.sentence = 0;
      this.#moves++;
    }
    if (this.status === 'idle' || this.status === 'ended') {
      // A fresh start passes over clutter at the top; a place the person chose is read.
      this.paragraph = Math.max(0, this.#readable(this.paragraph, 1));
    }
    this.#chunk = 0;
    this.#stallRetries = 0;
    this.#speakCurrent();
  }

  /** Stops speaking and remembers the sentence; play() restarts it. */
  pause(): void {
    this.#stoppedAway = false;
    if (this.status !== 'playing' && this.status !== 'waiting') return;
    this.#silence();
    this.#setStatus('paused');
  }

  toggle(): void {
    if (this.status === 'playing' || this.status === 'waiting') this.pause();
    else this.play();
  }

  /** Stops and goes back to the start of the article. */
  stop(): void {
    this.#stoppedAway = false;
    this.#silence();
    this.paragraph = 0;
    this.sentence = 0;
    this.errorMessage = null;
    this.#moves++;
    this.#setStatus('idle');
  }

  nextSentence(): void {
    const article = this.article;
    if (!article) return;
    const next = this.#readable(this.paragraph + 1, 1);
    if (this.sentence + 1 < article.sentences(this.paragraph).length) {
      this.#moveTo(this.paragraph, this.sentence + 1);
    } else if (next >= 0) {
      this.#moveTo(next, 0);
    }
  }

  /** Back to the sentence before, or, past its first seconds, to the start of this one. */
  previousSentence(): void {
    const article = this.article;
    if (!article) return;
    if (this.#pastThreshold()) {
      this.#moveTo(this.paragraph, this.sentence);
    } else if (this.sentence > 0) {
      this.#moveTo(this.paragraph, this.sentence - 1);
    } else {
      // The last sentence of the paragraph before that is read; with none, this one's start.
      const previous = this.#readable(this.paragraph - 1, -1);
      if (previous >= 0) {
        this.#moveTo(previous, Math.max(0, article.sentences(previous).length - 1));
      } else {
        this.#moveTo(this.paragraph, 0);
      }
    }
  }

  nextParagraph(): void {
    const next = this.#readable(this.paragraph + 1, 1);
    if (next >= 0) this.#moveTo(next, 0);
  }

  /** Back to the paragraph before, or, once into this one, to its start. */
  previousParagraph(): void {
    if (!this.article) return;
    const atStart = this.sentence === 0 && !this.#pastThreshold();
    const previous = this.#readable(this.paragraph - 1, -1);
    this.#moveTo(atStart && previous >= 0 ? previous : this.paragraph, 0);
  }

  /**
   * The first block from `index` on, going by `step`, that is read: every block when reading
   * everything, else every block but the page's clutter. -1 when there is none.
   */
  #readable(index: number, step: 1 | -1): number {
    const blocks = this.article?.blocks ?? [];
    for (let i = index; i >= 0 && i < blocks.length; i += step) {
      if (this.readEverything || !blocks[i]?.clutter) return i;
    }
    return -1;
  }

  /** Starts reading at the start of a paragraph. */
  playFrom(paragraph: number): void {
    const article = this.article;
    if (!article || paragraph < 0 || paragraph >= article.length) return;
    this.paragraph = paragraph;
    this.sentence = 0;
    this.#moves++;
    if (this.status === 'playing') this.#restartSentence();
    else {
      // Quietly: from 'ended' or 'idle', play() would start from the top (or the first block
      // that is read), not here; 'playing' is announced next.
      if (this.status === 'ended' || this.status === 'idle') this.#status = 'paused';
      this.play();
    }
  }

  /** Changes the rate; while speaking, the current sentence restarts at the new rate. */
  setRate(rate: number): void {
    const next = clampRate(rate);
    if (next === this.rate) return;
    this.rate = next;
    this.#scheduleRestart();
  }

  /** Chooses a voice (null: automatic); while speaking, the current sentence restarts. */
  setVoice(voiceId: string | null): void {
    if (voiceId === this.chosenVoiceId) return;
    this.chosenVoiceId = voiceId;
    this.#scheduleRestart();
  }

  #pastThreshold(): boolean {
    return this.status === 'playing' && this.#now() - this.#sentenceStartedAt > PREV_THRESHOLD_MS;
  }

  #moveTo(paragraph: number, sentence: number): void {
    this.paragraph = paragraph;
    this.sentence = sentence;
    this.word = null;
    this.#moves++;
    if (this.status === 'playing') this.#restartSentence();
    else if (this.status === 'waiting') this.#chunk = 0;
    else {
      this.#silence();
      this.errorMessage = null;
      this.#setStatus('paused');
    }
  }

  /** Restarts the sentence with the current settings, once changes have settled. */
  #scheduleRestart(): void {
    if (this.status !== 'playing') return;
    clearTimeout(this.#restartTimer);
    const token = this.#token;
    this.#restartTimer = setTimeout(() => {
      // Reading on in the meantime already used the new settings.
      if (this.status === 'playing' && token === this.#token) this.#restartSentence();
    }, RESTART_DELAY_MS);
  }

  #setStatus(next: PlayerStatus): void {
    const previous = this.#status;
    this.#status = next;
    if (next !== previous || next === 'error') this.#onStatusChange?.(next, previous);
  }

  #restartSentence(): void {
    this.#silence();
    this.#stallRetries = 0;
    this.#speakCurrent();
  }

  /** Cancels speech and forgets the chunk, without touching the position or status. */
  #silence(): void {
    this.#token++;
    this.#chunk = 0;
    this.word = null;
    clearTimeout(this.#watchdog);
    clearTimeout(this.#restartTimer);
    this.#engine.cancel();
  }

  #speakCurrent(): void {
    const article = this.article;
    const sentence = article?.sentences(this.paragraph)[this.sentence];
    const chunk = sentence?.chunks[this.#chunk];
    if (!article || !sentence || !chunk) {
      this.#finish();
      return;
    }
    const token = ++this.#token;
    const firstChunk = this.#chunk === 0;
    this.errorMessage = null;
    this.word = null;
    if (firstChunk) this.#sentenceStartedAt = this.#now();
    this.#setStatus('playing');
    // The chunk's text is its slice trimmed: boundary offsets count from its first letter.
    const textStart =
      chunk.start + article.blocks[this.paragraph]!.text.slice(chunk.start, chunk.end).search(/\S/);
    const speech = this.#speechFor(article.blocks[this.paragraph]?.lang);
    const spoken = this.speechText?.(chunk.text, speech.lang);
    const text = spoken?.text ?? chunk.text;
    const original = (offset: number): number => spoken?.original(offset) ?? offset;
    // Nothing left to say (a citation marker, emoji skipped): on to what follows.
    if (!/[\p{L}\p{N}]/u.test(text)) {
      this.#advance();
      return;
    }
    const voiceId = speech.voice?.id ?? '';
    this.#armWatchdog(token, text, voiceId);
    let heardAt = 0;
    this.#engine.speak(
      { text, lang: speech.lang, voiceId: speech.voice?.id ?? null, rate: this.rate },
      {
        onStart: () => {
          heardAt = this.#now();
          // The sentence's first seconds count from when it is heard, not requested.
          if (token === this.#token && firstChunk) this.#sentenceStartedAt = heardAt;
        },
        onEnd: () => {
          if (token !== this.#token) return;
          // How fast this voice speaks, from a chunk heard a second at least (so that latency
          // counts for little), averaged with before: the watchdog and time left follow it.
          const seconds = (this.#now() - heardAt) / 1000;
          if (heardAt && seconds >= 1) {
            const pace = text.length / seconds / this.rate;
            const before = this.#paces[voiceId];
            this.#paces[voiceId] = before ? (before * 2 + pace) / 3 : pace;
          }
          this.#stallRetries = 0;
          this.#advance();
        },
        onError: (error) => {
          if (token !== this.#token) return;
          if (CANCEL_ERRORS.has(error)) {
            // Someone else cancelled (another tab, the system): keep the place, wait for Play.
            this.#pauseCut();
          } else {
            this.#fail(error);
          }
        },
        onBoundary: (charIndex, charLength) => {
          if (token !== this.#token) return;
          const length = charLength ?? wordLength(text, charIndex);
          // Offsets in what was said, back to the characters shown.
          const start = textStart + original(charIndex);
          this.word = { start, end: Math.max(start + 1, textStart + original(charIndex + length)) };
        },
      },
    );
  }

  /**
   * The language and voice a block is read in: its own language's, where it has one and a
   * voice speaks it (the person's choice for that language, else the best local one);
   * otherwise the article's, said once per language.
   */
  #speechFor(blockLang: string | undefined): { lang: string; voice: EngineVoice | null } {
    const articleLang = this.article?.lang ?? 'en';
    const own = { lang: articleLang, voice: this.voice };
    if (!blockLang || baseLanguage(blockLang) === baseLanguage(articleLang)) return own;
    const voices = this.#voices.voices;
    const online = this.#network.online;
    const chosenId = this.#chosenVoiceFor?.(blockLang) ?? null;
    const chosen = voices.find((voice) => voice.id === chosenId);
    const voice =
      chosen && (chosen.localService || online)
        ? chosen
        : pickVoice(voices, blockLang, this.#preferredLanguages, { localOnly: !online });
    if (voice) return { lang: blockLang, voice };
    const base = baseLanguage(blockLang);
    if (!this.#missingVoiceSaid.has(base)) {
      this.#missingVoiceSaid.add(base);
      this.#onNotice?.(
        `No voice on this device speaks ${languageName(base)}: reading it with ${this.voice?.name ?? 'the article’s voice'}.`,
      );
    }
    return own;
  }

  #advance(): void {
    const article = this.article;
    if (!article) return;
    const sentences = article.sentences(this.paragraph);
    if (this.#chunk + 1 < (sentences[this.sentence]?.chunks.length ?? 0)) {
      this.#chunk++;
      this.#speakCurrent();
      return;
    }
    const paragraphDone = this.sentence + 1 >= sentences.length;
    const next = paragraphDone ? this.#readable(this.paragraph + 1, 1) : this.paragraph;
    if (next < 0) {
      this.#finish();
      return;
    }
    this.#chunk = 0;
    if (paragraphDone) {
      this.paragraph = next;
      this.sentence = 0;
    } else {
      this.sentence++;
    }
    // The sleep timer stops between sentences, never in one: Play goes on from the next.
    if (this.sleepAt === 'sentence' || (this.sleepAt === 'paragraph' && paragraphDone)) {
      this.#silence();
      this.#setStatus('paused');
      this.#slept();
      return;
    }
    this.#speakCurrent();
  }

  /** Pauses where speech was cut, to go on from there when the page is back if it was away. */
  #pauseCut(): void {
    this.#silence();
    this.#setStatus('paused');
    this.#stoppedAway = this.#away;
  }

  /**
   * The page went to the background (true) or came back (false). Reading the system stopped
   * meanwhile goes on from the start of the sentence it cut, and says where that was.
   */
  setAway(away: boolean): void {
    this.#away = away;
    if (away || !this.#stoppedAway) return;
    this.play();
    this.#onNotice?.(
      `Reading stopped while Aloud was in the background, at paragraph ${this.paragraph + 1}; it goes on from there.`,
    );
  }

  #finish(): void {
    this.#silence();
    this.#setStatus('ended');
    if (this.sleepAt) this.#slept();
  }

  #slept(): void {
    this.sleepAt = null;
    this.onSleep?.();
  }

  #fail(error: string): void {
    this.#silence();
    const token = this.#token;
    // The words for each error load when one happens (a first Play does not need them); the
    // stop is said once, with them.
    void import('./speech-errors')
      .then(({ describeSpeechError }) => describeSpeechError(error))
      .catch(() => null)
      .then((message) => {
        if (token !== this.#token) return;
        this.errorMessage = message;
        this.#setStatus('error');
      });
  }

  #armWatchdog(token: number, text: string, voiceId: string): void {
    clearTimeout(this.#watchdog);
    // Until a voice has been heard, the usual pace; Chinese, Japanese and Korean take far
    // longer a character.
    const pace =
      this.#paces[voiceId] ?? (/[\u3040-\u9fff\uac00-\ud7af]/.test(text) ? 5 : undefined);
    const expectedMs = estimateSeconds(text.length, this.rate, pace) * 1000;
    this.#watchdog = setTimeout(
      () => {
        if (token !== this.#token) return;
        if (this.#stallRetries < STALL_RETRIES) {
          this.#stallRetries++;
          const chunk = this.#chunk;
          this.#silence();
          this.#chunk = chunk;
          this.#speakCurrent();
        } else if (this.#away) {
          // Some phones silence a page put away without a word: it goes on when back.
          this.#pauseCut();
        } else {
          this.#fail('stalled');
        }
      },
      expectedMs * STALL_FACTOR + STALL_GRACE_MS,
    );
  }
}

/** Length of the word at `index`, for engines that send no charLength. */
function wordLength(text: string, index: number): number {
  const match = /^\S+/.exec(text.slice(index));
  return match ? match[0].length : 0;
}
