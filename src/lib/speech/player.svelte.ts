import type { Article } from '../text/article';
import {
  ARTICLE_START,
  paragraphAfter,
  paragraphBefore,
  placeWithin,
  readableBlock,
  sentenceAfter,
  sentenceBefore,
  type Place,
  type Reading,
} from '../text/navigation';
import { estimateSeconds } from '../text/reading-time';
import type { SpeechText } from '../text/rewrite/speech-text';
import type { Sentence, Span } from '../text/types';
import { chunkUtterance } from './chunk-utterance';
import { CANCEL_ERRORS, type EngineVoice, type SpeechEngine } from './engine';
import { clampRate } from './rate';
import { ReadingVoices } from './voices/reading-voices.svelte';
import type { VoiceList } from './voices/voice-list.svelte';
import { VoicePaces } from './voices/voice-paces.svelte';

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
  /**
   * Hears every change of status (and every new error), e.g. to announce it; not the quiet
   * ones of opening an article or following another tab.
   */
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
  article = $state.raw<Article | null>(null);
  paragraph = $state(0);
  sentence = $state(0);
  /** The word being spoken, in the paragraph's offsets, when the engine reports boundaries. */
  word = $state<Span | null>(null);
  errorMessage = $state<string | null>(null);
  rate = $state(1);
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
   * to its characters (text/rewrite/speech-text.ts, set once it has loaded); until then, the text.
   */
  speechText: ((text: string, lang: string) => SpeechText) | null = null;
  /** The page is in the background (another app, the lock screen). */
  #away = false;
  /** The system, not the person, stopped reading while the page was away. */
  #stoppedAway = false;

  readonly #readingVoices: ReadingVoices;

  /** The voice the person chose; null picks the best voice for the article's language. */
  get chosenVoiceId(): string | null {
    return this.#readingVoices.chosenVoiceId;
  }

  /** The voice that reads the article (see ReadingVoices). */
  get voice(): EngineVoice | null {
    return this.#readingVoices.voice;
  }

  /** Offline, the network voice that was wanted and is replaced by `voice`. */
  get offlineReplaced(): EngineVoice | null {
    return this.#readingVoices.offlineReplaced;
  }

  readonly currentSentence: Sentence | null = $derived(
    this.article?.sentences(this.paragraph)[this.sentence] ?? null,
  );

  /** Whether there is a reading position to show: anything but a fresh or finished start. */
  readonly hasPosition = $derived(this.status !== 'idle' && this.status !== 'ended');

  readonly #paces = new VoicePaces();

  /** The article as moves and reading on see it: with or without the page's clutter. */
  readonly #reading: Reading | null = $derived(
    this.article ? { article: this.article, readEverything: this.readEverything } : null,
  );

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
      this.#paces.of(this.voice?.id ?? ''),
    );
  });

  #engine: SpeechEngine;
  #voices: VoiceList;
  #onNotice: PlayerOptions['onNotice'];
  #now: () => number;
  #onStatusChange: PlayerOptions['onStatusChange'];
  /** Who hears the person's moves of the reading position (see `onMoved`); not state. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #moveListeners = new Set<() => void>();
  #restartTimer: ReturnType<typeof setTimeout> | undefined;
  #chunk = 0;
  #token = 0;
  #watchdog: ReturnType<typeof setTimeout> | undefined;
  #stallRetries = 0;
  #sentenceStartedAt = 0;

  constructor(options: PlayerOptions) {
    this.#engine = options.engine;
    this.#voices = options.voices;
    this.#onNotice = options.onNotice;
    this.#readingVoices = new ReadingVoices({
      ...options,
      articleLang: () => this.article?.lang ?? null,
    });
    this.#now = options.now ?? (() => Date.now());
    this.#onStatusChange = options.onStatusChange;
  }

  get status(): PlayerStatus {
    return this.#status;
  }

  /**
   * Calls `listener` each time the person moves the reading position (a button, a key, a
   * click; not reading on by itself): a cue to follow it again. Returns the way to stop.
   */
  onMoved(listener: () => void): () => void {
    this.#moveListeners.add(listener);
    return () => this.#moveListeners.delete(listener);
  }

  #moved(): void {
    for (const listener of this.#moveListeners) listener();
  }

  /**
   * Replaces the article, silently stopping whatever was being read. A saved place (not the
   * start) is shown as paused there, so that it is highlighted and Play resumes it.
   */
  load(article: Article, place: Place = ARTICLE_START): void {
    this.#silence();
    this.article = article;
    this.#readingVoices.newArticle();
    this.word = null;
    this.errorMessage = null;
    // Opening an article is announced by whoever opens it.
    this.#setStatus(this.#placeAt(place) ? 'paused' : 'idle', { quietly: true });
  }

  /**
   * Moves to a place quietly, while nothing is being read (another tab read further): no
   * announcement, no restart. Ignored while reading, so that nothing jumps under the listener.
   */
  moveQuietly(place: Place): void {
    if (this.status === 'playing' || this.status === 'waiting') return;
    if (this.#placeAt(place)) this.#setStatus('paused', { quietly: true });
  }

  /** Sets the position to a valid place; true when that place is not the article's start. */
  #placeAt(place: Place): boolean {
    const { paragraph, sentence } = placeWithin(this.article, place);
    this.paragraph = paragraph;
    this.sentence = sentence;
    return paragraph > 0 || sentence > 0;
  }

  /**
   * Starts or resumes reading at the start of the current sentence; from the top when
   * nothing was read yet or the end was reached.
   */
  play(): void {
    this.#stoppedAway = false;
    if (this.status === 'playing') return;
    this.#start(this.status === 'idle' || this.status === 'ended' ? 'top' : 'here');
  }

  /** Reads from the current sentence ('here'), or from the article's top. */
  #start(from: 'top' | 'here'): void {
    const reading = this.#reading;
    if (!reading) return;
    if (!this.#engine.supported || this.#voices.status === 'unsupported') {
      this.#fail('synthesis-unavailable');
      return;
    }
    if (from === 'top') {
      // Back to the top after the end: a move the follower should follow.
      if (this.paragraph > 0 || this.sentence > 0) this.#moved();
      // A fresh start passes over clutter at the top; a place the person chose is read.
      this.paragraph = Math.max(0, readableBlock(reading, 0, 1));
      this.sentence = 0;
    }
    if (this.#voices.status === 'loading') {
      // Play was pressed: speaking later, outside the gesture, needs the engine primed now.
      this.#engine.prime();
      this.#setStatus('waiting');
      const token = ++this.#token;
      void this.#voices.settled.then(() => {
        // From 'here': the top is set already, and a move made while waiting is kept.
        if (token === this.#token && this.status === 'waiting') this.#start('here');
      });
      return;
    }
    if (this.#voices.status === 'none') {
      this.#fail('no-voices');
      return;
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
    this.#moved();
    this.#setStatus('idle');
  }

  nextSentence(): void {
    const reading = this.#reading;
    const next = reading && sentenceAfter(reading, this);
    if (next) this.#moveTo(next);
  }

  /** Back to the sentence before, or, past its first seconds, to the start of this one. */
  previousSentence(): void {
    const reading = this.#reading;
    if (!reading) return;
    this.#moveTo(this.#pastThreshold() ? this : sentenceBefore(reading, this));
  }

  nextParagraph(): void {
    const reading = this.#reading;
    const next = reading && paragraphAfter(reading, this);
    if (next) this.#moveTo(next);
  }

  /** Back to the paragraph before, or, once into this one, to its start. */
  previousParagraph(): void {
    const reading = this.#reading;
    if (!reading) return;
    const atStart = this.sentence === 0 && !this.#pastThreshold();
    const previous = atStart ? paragraphBefore(reading, this) : null;
    this.#moveTo(previous ?? { paragraph: this.paragraph, sentence: 0 });
  }

  /** Starts reading at the start of a paragraph. */
  playFrom(paragraph: number): void {
    const article = this.article;
    if (!article || paragraph < 0 || paragraph >= article.length) return;
    this.paragraph = paragraph;
    this.sentence = 0;
    this.#moved();
    this.#stoppedAway = false;
    if (this.status === 'playing') this.#restartSentence();
    else this.#start('here');
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
    this.#readingVoices.chosenVoiceId = voiceId;
    this.#scheduleRestart();
  }

  #pastThreshold(): boolean {
    return this.status === 'playing' && this.#now() - this.#sentenceStartedAt > PREV_THRESHOLD_MS;
  }

  #moveTo({ paragraph, sentence }: Place): void {
    this.paragraph = paragraph;
    this.sentence = sentence;
    this.word = null;
    this.#moved();
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

  /**
   * Every change of status goes through here, and the listener hears it (a new error even
   * when one was shown), unless it happens `quietly`.
   */
  #setStatus(next: PlayerStatus, { quietly = false } = {}): void {
    const previous = this.#status;
    this.#status = next;
    if (quietly) return;
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
    const block = article.blocks[this.paragraph];
    const speech = this.#readingVoices.forBlock(block?.lang);
    const utterance = chunkUtterance(
      block?.text ?? '',
      chunk,
      this.speechText?.(chunk.text, speech.lang),
    );
    const text = utterance.text;
    // Nothing left to say (a citation marker, emoji skipped): on to what follows.
    if (!utterance.sayable) {
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
          if (heardAt) {
            this.#paces.heard(voiceId, text.length, (this.#now() - heardAt) / 1000, this.rate);
          }
          this.#stallRetries = 0;
          this.#advance();
        },
        onError: (error) => {
          if (token !== this.#token) return;
          if (CANCEL_ERRORS.has(error)) {
            // Someone else cancelled (another tab, the system): keep the place, wait for Play.
            this.#pauseCut();
          } else if (this.#readingVoices.replaceFailed(speech, error)) {
            // Offline, the voice needed the network after all: a local one reads it again.
            this.#restartSentence();
          } else {
            this.#fail(error);
          }
        },
        onBoundary: (charIndex, charLength) => {
          if (token === this.#token) this.word = utterance.wordAt(charIndex, charLength);
        },
      },
    );
  }

  #advance(): void {
    const reading = this.#reading;
    if (!reading) return;
    const sentences = reading.article.sentences(this.paragraph);
    if (this.#chunk + 1 < (sentences[this.sentence]?.chunks.length ?? 0)) {
      this.#chunk++;
      this.#speakCurrent();
      return;
    }
    const next = sentenceAfter(reading, this);
    if (!next) {
      this.#finish();
      return;
    }
    const paragraphDone = next.paragraph !== this.paragraph;
    this.#chunk = 0;
    this.paragraph = next.paragraph;
    this.sentence = next.sentence;
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
    const expectedMs = this.#paces.expectedSeconds(voiceId, text, this.rate) * 1000;
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
