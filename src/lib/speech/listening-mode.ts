// How reading goes on after a sentence, as the listener set it: pauses of a set length,
// study stops, a sentence said more than once, a loop over a range of sentences, and the
// sleep timer's stop. Pure: the Player asks `readingOn` at each sentence's end and does what
// it says.
import type { Place } from '../text/navigation';

/** The listener's way of listening; kept with their preferences (settings/). */
export interface ListeningMode {
  /** Seconds of silence after each sentence, 0 to MAX_PAUSE_SECONDS. */
  readonly pauseAfterSentence: number;
  /** Seconds of silence after each paragraph (the longer of the two there), 0 to MAX. */
  readonly pauseAfterParagraph: number;
  /** Study: reading pauses after each sentence, or each paragraph; Play goes on. */
  readonly stopAfterEach: StudyStop | null;
  /** How many times each sentence is said, 1 to MAX_REPEAT. */
  readonly repeat: number;
}

export const STUDY_STOPS = ['sentence', 'paragraph'] as const;
export type StudyStop = (typeof STUDY_STOPS)[number];

export const MAX_PAUSE_SECONDS = 3;
/** The pause sliders' notch: a quarter second is as fine as a listener hears a gap change. */
export const PAUSE_STEP_SECONDS = 0.25;
export const MAX_REPEAT = 5;

export const USUAL_LISTENING: ListeningMode = {
  pauseAfterSentence: 0,
  pauseAfterParagraph: 0,
  stopAfterEach: null,
  repeat: 1,
};

/** A pause kept within 0–3 s, on the slider's notches; anything not a number is none. */
export function clampPause(seconds: unknown): number {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds)) return 0;
  const clamped = Math.min(MAX_PAUSE_SECONDS, Math.max(0, seconds));
  return Math.round(clamped / PAUSE_STEP_SECONDS) * PAUSE_STEP_SECONDS;
}

/** A listening mode from anything stored (another version, a library file): each part checked. */
export function readListeningMode(value: unknown): ListeningMode {
  if (typeof value !== 'object' || value === null) return USUAL_LISTENING;
  const stored = value as Partial<Record<keyof ListeningMode, unknown>>;
  const repeat = typeof stored.repeat === 'number' ? Math.round(stored.repeat) : 1;
  return {
    pauseAfterSentence: clampPause(stored.pauseAfterSentence),
    pauseAfterParagraph: clampPause(stored.pauseAfterParagraph),
    stopAfterEach: STUDY_STOPS.includes(stored.stopAfterEach as StudyStop)
      ? (stored.stopAfterEach as StudyStop)
      : null,
    repeat: repeat >= 1 && repeat <= MAX_REPEAT ? repeat : 1,
  };
}

/**
 * A range of sentences read over and over, from its first to its last, both included. Its
 * start is set first (A) while listening, its end (B) when reading reaches it: until then
 * (`to` null) reading goes on as usual.
 */
export interface Loop {
  readonly from: Place;
  readonly to: Place | null;
}

/** Negative when `a` comes before `b` in the article, 0 when they are the same sentence. */
export function comparePlaces(a: Place, b: Place): number {
  return a.paragraph - b.paragraph || a.sentence - b.sentence;
}

function copy({ paragraph, sentence }: Place): Place {
  return { paragraph, sentence };
}

/** The loop with its start (A) at `place`; an end before it is dropped. */
export function loopFrom(loop: Loop | null, place: Place): Loop {
  const to = loop?.to && comparePlaces(loop.to, place) >= 0 ? loop.to : null;
  return { from: copy(place), to };
}

/**
 * The loop with its end (B) at `place`: from its start, or from `place` alone when none was
 * set; an end before the start makes that end the start.
 */
export function loopTo(loop: Loop | null, place: Place): Loop {
  const start = loop?.from ?? place;
  const [from, to] = comparePlaces(start, place) <= 0 ? [start, place] : [place, start];
  return { from: copy(from), to: copy(to) };
}

/** Whether the loop, once closed, holds the paragraph (in part or whole). */
export function loopHoldsParagraph(loop: Loop | null, paragraph: number): boolean {
  return !!loop?.to && paragraph >= loop.from.paragraph && paragraph <= loop.to.paragraph;
}

/** "paragraph 2, sentence 1". */
export function placeText({
  paragraph,
  sentence,
}: {
  paragraph: number;
  sentence: number;
}): string {
  return `paragraph ${paragraph + 1}, sentence ${sentence + 1}`;
}

/** A closed loop in words, as shown and said: "Looping from paragraph 2, sentence 1 to …". */
export function loopText(loop: Loop): string {
  if (!loop.to) return `Loop starts at ${placeText(loop.from)}`;
  return `Looping from ${placeText(loop.from)} to ${placeText(loop.to)}`;
}

/** What the Player knows when a sentence has been said. */
export interface SentenceSaid {
  /** The sentence just said. */
  readonly here: Place;
  /** The sentence after it as reading goes (clutter passed over), or null at the end. */
  readonly after: Place | null;
  /** How many times it has now been said in a row. */
  readonly timesSaid: number;
  readonly mode: ListeningMode;
  readonly loop: Loop | null;
  /** The sleep timer's stop (speech/sleep-timer): at the end of this sentence or paragraph. */
  readonly stopAt: 'sentence' | 'paragraph' | 'article' | null;
}

/** What comes next: a sentence (perhaps the same one again) after a silence, or the end. */
export type ReadingOn =
  | { readonly kind: 'end' }
  | {
      readonly kind: 'sentence';
      readonly place: Place;
      /** The same sentence again (a repeat): it counts on. */
      readonly again: boolean;
      /** Milliseconds of silence before it is said. */
      readonly pauseMs: number;
      /** Reading pauses there instead of saying it: asked by the sleep timer, or study. */
      readonly stop: 'asked' | 'study' | null;
    };

/**
 * What reading does after a sentence: say it again while repeats are left; back to the
 * loop's first sentence after its last; else on. Stops come between sentences, never in
 * one; a repeat is not a new sentence, so a study stop waits for its last time. A set pause
 * is a set time, whatever the speed.
 */
export function readingOn({ here, after, timesSaid, mode, loop, stopAt }: SentenceSaid): ReadingOn {
  const again = timesSaid < mode.repeat;
  const end = loop?.to;
  const loopsBack =
    !again &&
    !!loop &&
    !!end &&
    comparePlaces(here, loop.from) >= 0 &&
    comparePlaces(here, end) <= 0 &&
    (after === null || comparePlaces(after, end) > 0);
  const place = again ? here : loopsBack && loop ? loop.from : after;
  if (!place) return { kind: 'end' };
  const paragraphDone = !again && (loopsBack || place.paragraph !== here.paragraph);
  const asked = stopAt === 'sentence' || (stopAt === 'paragraph' && paragraphDone);
  const study =
    !again &&
    (mode.stopAfterEach === 'sentence' || (mode.stopAfterEach === 'paragraph' && paragraphDone));
  const seconds = paragraphDone
    ? Math.max(mode.pauseAfterSentence, mode.pauseAfterParagraph)
    : mode.pauseAfterSentence;
  return {
    kind: 'sentence',
    place,
    again,
    pauseMs: Math.round(seconds * 1000),
    stop: asked ? 'asked' : study ? 'study' : null,
  };
}
