// How long reading aloud takes, for "time left" and library listings.

/** Typical speech is about 150 words a minute, which is about 14 characters a second. */
export const CHARS_PER_SECOND_AT_RATE_1 = 14;

/** The Web Speech API accepts rates from 0.1 to 10; estimates clamp to the same range. */
const MIN_RATE = 0.1;
const MAX_RATE = 10;

const SECONDS_PER_MINUTE = 60;
const MINUTES_PER_HOUR = 60;

/** Seconds needed to speak `characters` characters at speech rate `rate` (1 is normal). */
export function estimateSeconds(
  characters: number,
  rate: number,
  charsPerSecond = CHARS_PER_SECOND_AT_RATE_1,
): number {
  if (!(characters > 0) || !(charsPerSecond > 0)) return 0;
  const clampedRate = Number.isFinite(rate) ? Math.min(MAX_RATE, Math.max(MIN_RATE, rate)) : 1;
  return characters / (charsPerSecond * clampedRate);
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
