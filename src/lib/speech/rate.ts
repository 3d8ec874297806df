// The speech rate's one set of limits: the Player, the speed slider and keys, and saved
// preferences all take theirs from here.

/** The slowest and fastest rates offered: every engine tried stays intelligible between them. */
export const MIN_RATE = 0.5;
export const MAX_RATE = 3;
/** One press of a speed key, one notch of the slider. */
export const RATE_STEP = 0.1;
/** Rates are kept in twentieths: finer than a step, so that the 1.25× preset is kept as it is. */
const RATE_GRID = 20;

/** Keeps a rate within the playable range, in twentieths; anything not a number is 1. */
export function clampRate(rate: number): number {
  if (!Number.isFinite(rate)) return 1;
  const clamped = Math.min(MAX_RATE, Math.max(MIN_RATE, rate));
  return Math.round(clamped * RATE_GRID) / RATE_GRID;
}
