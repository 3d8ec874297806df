// How far reading has gone and how long is left: one formula for the player bar, the lock
// screen, the place kept in the library and the library's list. Seconds are characters over
// a pace: the pace the voice was heard to speak at, else the usual pace of the script.
import type { Article } from '../text/article';
import type { Player } from './player.svelte';
import { baseLanguage } from '../text/language';
import type { VoicePaces } from './voices/voice-paces.svelte';

/** Typical speech is about 150 words a minute, which is about 14 characters a second. */
export const CHARS_PER_SECOND_AT_RATE_1 = 14;
/** Chinese, Japanese and Korean: far fewer characters a second than alphabetic scripts. */
export const CJK_CHARS_PER_SECOND = 5;
/** Letters of those scripts (kana, CJK ideographs, Hangul), for a text whose language is not known. */
const CJK = /[\u3040-\u9fff\uac00-\ud7af]/;
/** The languages written in those scripts. */
const CJK_LANGUAGES: ReadonlySet<string> = new Set(['zh', 'ja', 'ko']);

const SECONDS_PER_MINUTE = 60;
const MINUTES_PER_HOUR = 60;

/**
 * Characters a second at rate 1 before any voice has been heard: of the language's script,
 * or of the script of `sample` (a chunk about to be said).
 */
export function scriptPace(lang: string, sample = ''): number {
  return CJK_LANGUAGES.has(baseLanguage(lang)) || CJK.test(sample)
    ? CJK_CHARS_PER_SECOND
    : CHARS_PER_SECOND_AT_RATE_1;
}

/** Seconds needed to speak `characters` characters at speech rate `rate` (1 is normal). */
export function estimateSeconds(
  characters: number,
  rate: number,
  charsPerSecond = CHARS_PER_SECOND_AT_RATE_1,
): number {
  if (!(characters > 0) || !(charsPerSecond > 0)) return 0;
  // The rate comes kept within its limits (speech/rate.ts); one that is not a speed is 1.
  const speed = rate > 0 && Number.isFinite(rate) ? rate : 1;
  return characters / (charsPerSecond * speed);
}

/** A duration for people and screen readers: "under a minute", "12 min", "1 h 5 min". */
export function formatDuration(seconds: number): string {
  if (seconds === Infinity) return 'unknown length';
  if (!(seconds >= SECONDS_PER_MINUTE)) return 'under a minute';
  const minutes = Math.round(seconds / SECONDS_PER_MINUTE);
  if (minutes < MINUTES_PER_HOUR) return `${minutes} min`;
  const hours = Math.floor(minutes / MINUTES_PER_HOUR);
  const rest = minutes % MINUTES_PER_HOUR;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** Where reading is in an article: a block, and the offset of its sentence in that block. */
export interface ReadPlace {
  paragraph: number;
  offset: number;
  /** Read to the end. */
  finished: boolean;
}

/** Characters before the place (all of them once finished): what the library keeps. */
export function charactersRead(
  article: Pick<Article, 'charactersBefore' | 'totalCharacters'>,
  { paragraph, offset, finished }: ReadPlace,
): number {
  return finished ? article.totalCharacters : article.charactersBefore(paragraph) + offset;
}

/**
 * Characters still to be read from the place; the page's clutter after it is passed over
 * unless everything is read.
 */
export function charactersLeft(
  article: Pick<Article, 'charactersBefore' | 'totalCharacters' | 'clutterAfter'>,
  place: ReadPlace,
  readEverything: boolean,
): number {
  if (place.finished) return 0;
  const skipped = readEverything ? 0 : article.clutterAfter(place.paragraph);
  return Math.max(0, article.totalCharacters - charactersRead(article, place) - skipped);
}

/** The library list's "12 min left", from a record's figures, or "Finished". */
export function timeLeftText(
  record: { finished: boolean; totalCharacters: number; charactersRead: number },
  rate: number,
  pace: number,
): string {
  if (record.finished) return 'Finished';
  const seconds = estimateSeconds(record.totalCharacters - record.charactersRead, rate, pace);
  return `${formatDuration(seconds)} left`;
}

/** For the lock screen's `setPositionState`: the article's length and where reading is. */
export interface MediaPosition {
  duration: number;
  position: number;
  playbackRate: number;
}

/**
 * The Player's progress through its article, in characters and seconds at its rate and the
 * reading voice's pace. One instance, the Player's.
 */
export class ReadingProgress {
  // Every figure is derived lazily from the Player: read only once it is constructed.
  #player: Player;
  #paces: VoicePaces;

  /** Where reading is now. */
  readonly place: ReadPlace = $derived.by(() => ({
    paragraph: this.#player.paragraph,
    offset: this.#player.currentSentence?.start ?? 0,
    finished: this.#player.status === 'ended',
  }));

  /** Characters before the current sentence (all of them once finished). */
  readonly charactersRead: number = $derived.by(() => {
    const article = this.#player.article;
    return article ? charactersRead(article, this.place) : 0;
  });

  /** The pace of the voice reading the article, in characters a second at rate 1. */
  readonly #pace: number = $derived.by(() =>
    this.paceFor(this.#player.article?.lang ?? '', this.#player.voice?.id ?? ''),
  );

  /** Seconds of reading left from the current sentence at the current rate. */
  readonly secondsLeft: number = $derived.by(() => {
    const player = this.#player;
    const article = player.article;
    if (!article) return 0;
    const left = charactersLeft(article, this.place, player.readEverything);
    return estimateSeconds(left, player.rate, this.#pace);
  });

  /**
   * The lock screen's progress: the whole article and the part before the current sentence,
   * in seconds at rate 1 (the platform scales them by `playbackRate`, as for a podcast).
   */
  readonly mediaPosition: MediaPosition | null = $derived.by(() => {
    const player = this.#player;
    const article = player.article;
    if (!article) return null;
    const duration = estimateSeconds(article.totalCharacters, 1, this.#pace);
    if (!(duration > 0) || !(player.rate > 0)) return null;
    const position = Math.min(duration, estimateSeconds(this.charactersRead, 1, this.#pace));
    return { duration, position, playbackRate: player.rate };
  });

  constructor(player: Player, paces: VoicePaces) {
    this.#player = player;
    this.#paces = paces;
  }

  /** Characters a second at rate 1 for text in `lang`: the heard pace, else the script's. */
  paceFor(lang: string, voiceId?: string): number {
    return (
      (voiceId === undefined ? undefined : this.#paces.of(voiceId)) ??
      this.#paces.ofLanguage(lang) ??
      scriptPace(lang)
    );
  }
}
