// How long reading aloud takes, for "time left" and library listings.

/** Typical speech is about 150 words a minute, which is about 14 characters a second. */
export const CHARS_PER_SECOND_AT_RATE_1 = 14;

const SECONDS_PER_MINUTE = 60;
const MINUTES_PER_HOUR = 60;

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
