// The Player: one state machine over one article (its place, its status, the utterance in
// flight and the token that tells a current event from a stale one). It is longer than the
// other modules (about 550 lines) because its moves, its reading on and its restarts all
// change that one state; what could stand apart has: the stall watchdog (stall-watchdog.ts),
// the sleep timer's clock (sleep-timer.svelte.ts, which sets `stopAt`), time left
// (reading-progress.svelte.ts), the voice for each block (voices/reading-voices.svelte.ts)
// and what a chunk says (chunk-utterance.ts).
import type { Article } from '../text/article';
import {
  ARTICLE_START,
  headingAfter,
  headingBefore,
  paragraphAfter,
  paragraphBefore,
  placeWithin,
  readableBlock,
  sentenceAfter,
  sentenceBefore,
  type Place,
  type Reading,
} from '../text/navigation';
import type { Sentence, Span } from '../text/types';
import { chunkUtterance } from './chunk-utterance';
import {
  loopFrom,
  loopTo,
  readingOn,
  USUAL_LISTENING,
  type ListeningMode,
  type Loop,
} from './listening-mode';
import { CANCEL_ERRORS, type EngineVoice, type SpeechEngine } from './engine';
import { clampRate } from './rate';
import { ReadingProgress } from './reading-progress.svelte';
import { describeSpeechError } from './speech-errors';
import type { SpokenTextSource } from './spoken-text';
import { StallWatchdog } from './stall-watchdog';
import { ReadingVoices } from './voices/reading-voices.svelte';
import type { VoiceList } from './voices/voice-list.svelte';
import { VoicePaces } from './voices/voice-paces.svelte';
import { VoiceHabits } from './voices/voice-habits.svelte';

export type PlayerStatus = 'idle' | 'waiting' | 'playing' | 'paused' | 'ended' | 'error';

/** "Previous" within this long of a sentence's start goes to the sentence before (as Narrate). */
export const PREV_THRESHOLD_MS = 2000;
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
  /**
   * What the engine is given for a chunk: the text rewritten for the ear, with the way back
   * to its characters (speech/spoken-text.ts); absent, the text as written.
   */
  spokenText?: SpokenTextSource;
  /** What voices were seen to do on this device, kept between visits (none: for the visit). */
  voiceHabits?: VoiceHabits;
  /** Hears what the listener should know that is not a change of status. */
  onNotice?: (message: string) => void;
  /**
   * Hears every change of status (and every new error), e.g. to announce it; not the quiet
   * ones of opening an article or following another tab.
   */
  onStatusChange?: (status: PlayerStatus, previous: PlayerStatus) => void;
}

/**
 * Reads an article one utterance per speech chunk and advances on `end`: its moves, its
 * status, the speaking and the restarts. Pause is cancel-and-remember: native pause/resume
 * is broken on several engines, so resuming restarts the current sentence. Every utterance
 * carries a token; events of an utterance whose token is no longer current (cancelled,
 * replaced) are ignored. What it owns beside: the stall watchdog, where to stop by itself, and the
 * reading progress (time left).
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
   * Reads the page's clutter too ("Read everything"): otherwise blocks marked as clutter
   * (a related link, a promotion) are passed over by reading on, by moves and by time left.
   */
  readEverything = $state(false);
  /**
   * Where reading stops by itself, always at the end of a sentence: the end of the sentence
   * being read, of its paragraph, or of the article; null reads on. The sleep timer (loaded
   * when the person first sets one) sets it; reading stopping there clears it, and tells
   * `onStopped` listeners.
   */
  stopAt = $state<'sentence' | 'paragraph' | 'article' | null>(null);
  /** Pauses, study stops and repeats, as the listener set them (speech/listening-mode.ts). */
  listening = $state.raw<ListeningMode>(USUAL_LISTENING);
  /** The range of sentences read over and over, if one is set; each article starts without. */
  loop = $state.raw<Loop | null>(null);
  /** Characters read and time left, at the reading voice's pace. */
  readonly progress: ReadingProgress;
  /** What each voice was seen to do here: words reported, spoken offline, its pace. */
  readonly voiceHabits: VoiceHabits;

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
  readonly #watchdog: StallWatchdog;

  /** The article as moves and reading on see it: with or without the page's clutter. */
  readonly #reading: Reading | null = $derived(
    this.article ? { article: this.article, readEverything: this.readEverything } : null,
  );

  #engine: SpeechEngine;
  #voices: VoiceList;
  #network: PlayerOptions['network'];
  #onNotice: PlayerOptions['onNotice'];
  #now: () => number;
  #onStatusChange: PlayerOptions['onStatusChange'];
  #spokenText: SpokenTextSource | undefined;
  /** Who hears the person's moves of the reading position (see `onMoved`); not state. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #moveListeners = new Set<() => void>();
  /** Who hears reading stop where `stopAt` said (see `onStopped`); not state. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #stopListeners = new Set<() => void>();
  #restartTimer: ReturnType<typeof setTimeout> | undefined;
  /** The set pause between two sentences, running. */
  #pauseTimer: ReturnType<typeof setTimeout> | undefined;
  /** How many times the current sentence was said in a row (repeats count up to the mode's). */
  #timesSaid = 0;
  #chunk = 0;
  #token = 0;
  #sentenceStartedAt = 0;

  constructor(options: PlayerOptions) {
    this.#engine = options.engine;
    this.#voices = options.voices;
    this.#onNotice = options.onNotice;
    this.#network = options.network;
    this.voiceHabits = options.voiceHabits ?? new VoiceHabits();
    this.#readingVoices = new ReadingVoices({
      ...options,
      articleLang: () => this.article?.lang ?? null,
    });
    this.#now = options.now ?? (() => Date.now());
    this.#onStatusChange = options.onStatusChange;
    this.#spokenText = options.spokenText;
    this.progress = new ReadingProgress(this, this.#paces);
    this.#watchdog = new StallWatchdog(this.#paces, {
      retry: () => {
        const chunk = this.#chunk;
        this.#silence();
        this.#chunk = chunk;
        this.#speakCurrent();
      },
      pauseUntilBack: () => this.#pauseCut(),
      fail: () => this.#fail('stalled'),
    });
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

  /** Calls `listener` each time reading stopped where `stopAt` said. Returns the way to stop. */
  onStopped(listener: () => void): () => void {
    this.#stopListeners.add(listener);
    return () => this.#stopListeners.delete(listener);
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
    this.loop = null;
    this.#timesSaid = 0;
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
    this.#watchdog.personActed();
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
      this.#timesSaid = 0;
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
    this.#watchdog.heard();
    this.#speakCurrent();
  }

  /** Stops speaking and remembers the sentence; play() restarts it. */
  pause(): void {
    this.#watchdog.personActed();
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
    this.#watchdog.personActed();
    this.#silence();
    this.paragraph = 0;
    this.sentence = 0;
    this.#timesSaid = 0;
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

  /** To the next heading: the start of the next section, or chapter. */
  nextHeading(): void {
    const next = this.article && headingAfter(this.article, this);
    if (next) this.#moveTo(next);
  }

  /** To the heading of the section being read, or, at its start, the one before. */
  previousHeading(): void {
    const previous = this.article && headingBefore(this.article, this);
    if (previous) this.#moveTo(previous);
  }

  /** To a place chosen from a list (the contents, a bookmark): reading goes on there if it was. */
  goTo(place: Place): void {
    if (this.article) this.#moveTo(placeWithin(this.article, place));
  }

  /** Starts reading at the start of a paragraph. */
  playFrom(paragraph: number): void {
    const article = this.article;
    if (!article || paragraph < 0 || paragraph >= article.length) return;
    this.paragraph = paragraph;
    this.sentence = 0;
    this.#timesSaid = 0;
    this.#moved();
    this.#watchdog.personActed();
    if (this.status === 'playing') this.#restartSentence();
    else this.#start('here');
  }

  /**
   * Says `text` once in `voice` at the reading rate, apart from reading: reading pauses where
   * it is (Play goes on from there), and whatever was being said, a preview too, is cut first,
   * so that Preview pressed twice is heard once, not queued.
   */
  preview(voice: EngineVoice, text: string): void {
    this.pause();
    this.#silence();
    const ignore = () => {};
    this.#engine.speak(
      { text, lang: voice.lang, voiceId: voice.id, rate: this.rate },
      { onStart: ignore, onEnd: ignore, onError: ignore, onBoundary: ignore },
    );
  }

  /** Starts the loop (A) at the current sentence; reading goes on until its end is set. */
  setLoopStart(): void {
    if (this.article) this.loop = loopFrom(this.loop, this);
  }

  /** Ends the loop (B) at the current sentence: from here, reading goes back to its start. */
  setLoopEnd(): void {
    if (this.article) this.loop = loopTo(this.loop, this);
  }

  clearLoop(): void {
    this.loop = null;
  }

  /**
   * The speed the reading voice was heard to read at, where that is well below the rate
   * asked: the engine or the voice caps its rate (see VoicePaces.heardSpeed). Null otherwise.
   */
  readonly rateHeard: number | null = $derived(
    this.#paces.heardSpeed(this.voice?.id ?? '', this.rate),
  );

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
    this.#timesSaid = 0;
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
    this.#watchdog.heard();
    this.#speakCurrent();
  }

  /** Cancels speech and forgets the chunk, without touching the position or status. */
  #silence(): void {
    this.#token++;
    this.#chunk = 0;
    this.word = null;
    this.#watchdog.disarm();
    clearTimeout(this.#restartTimer);
    clearTimeout(this.#pauseTimer);
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
      this.#spokenText?.for(chunk.text, speech.lang),
    );
    const text = utterance.text;
    // Nothing left to say (a citation marker, emoji skipped): on to what follows.
    if (!utterance.sayable) {
      this.#advance();
      return;
    }
    const voiceId = speech.voice?.id ?? '';
    this.#watchdog.arm(text, voiceId, this.rate);
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
            const seconds = (this.#now() - heardAt) / 1000;
            this.#paces.heard(voiceId, speech.lang, text.length, seconds, this.rate);
            this.voiceHabits.heardPace(voiceId, this.#paces.of(voiceId));
            if (this.#network?.online === false) this.voiceHabits.heardOffline(voiceId);
          }
          this.#watchdog.heard();
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
          if (token !== this.#token) return;
          this.word = utterance.wordAt(charIndex, charLength);
          this.voiceHabits.heardWords(voiceId);
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
    const here: Place = { paragraph: this.paragraph, sentence: this.sentence };
    const on = readingOn({
      here,
      after: sentenceAfter(reading, here),
      timesSaid: ++this.#timesSaid,
      mode: this.listening,
      loop: this.loop,
      stopAt: this.stopAt,
    });
    if (on.kind === 'end') {
      this.#finish();
      return;
    }
    this.#chunk = 0;
    if (!on.again) this.#timesSaid = 0;
    this.paragraph = on.place.paragraph;
    this.sentence = on.place.sentence;
    // Reading stops by itself between sentences, never in one: Play goes on from the next.
    if (on.stop) {
      this.#silence();
      this.#setStatus('paused');
      if (on.stop === 'asked') this.#stoppedWhereAsked();
      return;
    }
    if (on.pauseMs > 0) this.#speakAfter(on.pauseMs);
    else this.#speakCurrent();
  }

  /**
   * Says the current sentence after a set silence, still playing meanwhile: Pause in the
   * silence goes on from that sentence. A timer, not silent speech: a set pause is a set
   * time at any speed, which an utterance of silence at the reading rate is not.
   */
  #speakAfter(ms: number): void {
    const token = ++this.#token;
    this.word = null;
    this.#watchdog.disarm();
    this.#pauseTimer = setTimeout(() => {
      if (token === this.#token && this.status === 'playing') this.#speakCurrent();
    }, ms);
  }

  /** Pauses where speech was cut, to go on from there when the page is back if it was away. */
  #pauseCut(): void {
    this.#silence();
    this.#setStatus('paused');
    this.#watchdog.cut();
  }

  /**
   * The page went to the background (true) or came back (false). Reading the system stopped
   * meanwhile goes on from the start of the sentence it cut, and says where that was.
   */
  setAway(away: boolean): void {
    if (!this.#watchdog.setAway(away)) return;
    this.play();
    this.#onNotice?.(
      `Reading stopped while Aloud was in the background, at paragraph ${this.paragraph + 1}; it goes on from there.`,
    );
  }

  #finish(): void {
    this.#silence();
    this.#setStatus('ended');
    if (this.stopAt) this.#stoppedWhereAsked();
  }

  #stoppedWhereAsked(): void {
    this.stopAt = null;
    for (const listener of this.#stopListeners) listener();
  }

  #fail(error: string): void {
    this.#silence();
    this.errorMessage = describeSpeechError(error);
    this.#setStatus('error');
  }
}
