// The speech rate's one set of limits: the Player, the speed slider and keys, and saved
// preferences all take theirs from here.

/**
 * The slowest and fastest rates offered: from the slowest every engine tried keeps clear, to
 * the speeds practised listeners (blind readers, students going over a text) ask for. An
 * engine may cap its rate below the fastest: the voice panel says so (VoicePaces.heardSpeed).
 */
export const MIN_RATE = 0.5;
export const MAX_RATE = 4;
/** One press of a speed key, one notch of the slider. */
export const RATE_STEP = 0.05;
/** Rates are kept in twentieths, the step's grid: a sum of steps lands on one (1.1 + 0.05). */
const RATE_GRID = 20;

/** Keeps a rate within the playable range, in twentieths; anything not a number is 1. */
export function clampRate(rate: number): number {
  if (!Number.isFinite(rate)) return 1;
  const clamped = Math.min(MAX_RATE, Math.max(MIN_RATE, rate));
  return Math.round(clamped * RATE_GRID) / RATE_GRID;
}
