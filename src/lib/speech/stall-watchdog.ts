// Engines hang: Chrome goes silent, an engine without an audio sink never ends, a phone
// silences a page put in the background without a word. The watchdog notices an utterance
// that neither ended nor failed in time, and the Player's page being away and back.
import { estimateSeconds, scriptPace } from './reading-progress.svelte';
import type { VoicePaces } from './voices/voice-paces.svelte';

/**
 * An utterance that has neither ended nor failed after STALL_FACTOR times its expected
 * length plus STALL_GRACE_MS is taken as stalled.
 */
export const STALL_FACTOR = 3;
export const STALL_GRACE_MS = 5000;
/** A stalled utterance is retried this many times before playback stops with a message. */
export const STALL_RETRIES = 1;

/** What the Player does about a stall. */
export interface StallActions {
  /** Says the chunk again. */
  retry(): void;
  /** Pauses where speech was cut, to go on when the page is back. */
  pauseUntilBack(): void;
  /** Stops with the "stalled" error. */
  fail(): void;
}

/**
 * Watches one utterance at a time, at the pace its voice was heard to speak (or its script's
 * usual pace), and keeps whether the system stopped reading while the page was away.
 */
export class StallWatchdog {
  #paces: VoicePaces;
  #actions: StallActions;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #retries = 0;
  /** The page is in the background (another app, the lock screen). */
  #away = false;
  /** The system, not the person, stopped reading while the page was away. */
  #stoppedAway = false;

  constructor(paces: VoicePaces, actions: StallActions) {
    this.#paces = paces;
    this.#actions = actions;
  }

  /** The page is away now: speech cut now was cut by the system. */
  get away(): boolean {
    return this.#away;
  }

  /** Starts watching an utterance of `text` by `voiceId` at `rate`. */
  arm(text: string, voiceId: string, rate: number): void {
    clearTimeout(this.#timer);
    const pace = this.#paces.of(voiceId) ?? scriptPace('', text);
    const expectedMs = estimateSeconds(text.length, rate, pace) * 1000;
    this.#timer = setTimeout(() => this.#stalled(), expectedMs * STALL_FACTOR + STALL_GRACE_MS);
  }

  /** Stops watching: the utterance was cancelled or replaced. */
  disarm(): void {
    clearTimeout(this.#timer);
  }

  /** An utterance ended, or a sentence starts afresh: its retries start again. */
  heard(): void {
    this.#retries = 0;
  }

  /** Speech was cut while the page was away: it goes on when the page is back. */
  cut(): void {
    this.#stoppedAway = this.#away;
  }

  /** The person played, paused or stopped: nothing is to go on by itself any more. */
  personActed(): void {
    this.#stoppedAway = false;
  }

  /** The page went away (true) or came back (false); true when reading should go on now. */
  setAway(away: boolean): boolean {
    this.#away = away;
    return !away && this.#stoppedAway;
  }

  #stalled(): void {
    if (this.#retries < STALL_RETRIES) {
      this.#retries++;
      this.#actions.retry();
    } else if (this.#away) {
      // Some phones silence a page put away without a word: it goes on when back.
      this.#actions.pauseUntilBack();
    } else {
      this.#actions.fail();
    }
  }
}
