// The sleep timer: reading stops after some minutes of listening, or at the end of the
// paragraph or the article, always at the end of a sentence (the Player's `stopAt`). Made
// the first time the person sets one (app/reader.svelte.ts), with the voice panel.
import type { Player } from './player.svelte';

/** The minutes offered, as podcast apps do. */
export const SLEEP_MINUTES = [5, 10, 15, 30, 45, 60] as const;

/** Minutes of listening, or the end of the paragraph or of the article. */
export type SleepChoice = number | 'paragraph' | 'article';

/** How often the minutes left are counted (and shown). */
const TICK_MS = 1000;

/** "in 15 minutes", "at the end of this paragraph", for what is said and shown. */
export function describeSleep(choice: SleepChoice): string {
  if (choice === 'paragraph') return 'at the end of this paragraph';
  if (choice === 'article') return 'at the end of the article';
  return `in ${choice} minute${choice === 1 ? '' : 's'}`;
}

/** "14:32": minutes and seconds left, rounded up to the second. */
export function clockText(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * Counts listening time only (a pause, from the screen or the lock screen, pauses it too),
 * then has the Player stop at the end of the sentence being read. Setting, stopping and
 * turning it off are each said once.
 */
export class SleepTimer {
  choice = $state<SleepChoice | null>(null);
  /** Listening time left, for a number of minutes. */
  remainingMs = $state(0);

  #player: Player;
  #announce: (message: string) => void;
  #now: () => number;
  #tick: ReturnType<typeof setInterval> | undefined;
  #last = 0;

  constructor(player: Player, announce: (message: string) => void, now = () => Date.now()) {
    this.#player = player;
    this.#announce = announce;
    this.#now = now;
    player.onStopped(() => {
      this.#clear();
      this.#announce('Sleep timer: reading stopped. Press Play to go on.');
    });
  }

  /** What the bar shows while it is set: the time left, or where it stops. */
  get label(): string {
    const choice = this.choice;
    if (choice === null) return '';
    return typeof choice === 'number'
      ? `${clockText(this.remainingMs)} left`
      : describeSleep(choice);
  }

  set(choice: SleepChoice): void {
    this.#clear();
    this.choice = choice;
    if (typeof choice === 'number') {
      this.remainingMs = choice * 60_000;
      this.#last = this.#now();
      this.#tick = setInterval(() => this.#count(), TICK_MS);
    } else {
      this.#player.stopAt = choice;
    }
    this.#announce(`Sleep timer set: reading stops ${describeSleep(choice)}.`);
  }

  cancel(): void {
    if (this.choice === null) return;
    this.#clear();
    this.#announce('Sleep timer off.');
  }

  #count(): void {
    const now = this.#now();
    if (this.#player.status === 'playing') this.remainingMs -= now - this.#last;
    this.#last = now;
    if (this.remainingMs > 0) return;
    this.remainingMs = 0;
    clearInterval(this.#tick);
    // The sentence being read is finished first.
    this.#player.stopAt = 'sentence';
  }

  #clear(): void {
    clearInterval(this.#tick);
    this.choice = null;
    this.remainingMs = 0;
    this.#player.stopAt = null;
  }
}
