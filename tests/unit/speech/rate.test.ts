import { describe, expect, it } from 'vitest';
import { MAX_RATE, MIN_RATE, RATE_STEP, clampRate } from '../../../src/lib/speech/rate';

describe('clampRate', () => {
  it('keeps a rate between the slowest and the fastest offered', () => {
    expect(clampRate(0.1)).toBe(MIN_RATE);
    expect(clampRate(10)).toBe(MAX_RATE);
    expect(clampRate(1.5)).toBe(1.5);
  });

  it('keeps the 1.25× preset, and lands a speed key press on the step', () => {
    expect(clampRate(1.25)).toBe(1.25);
    // 1.1 + 0.05 is 1.1500000000000001 in floating point: said and saved as 1.15.
    expect(clampRate(1.1 + RATE_STEP)).toBe(1.15);
  });

  it('takes what is not a number as the usual speed', () => {
    expect(clampRate(Number.NaN)).toBe(1);
    expect(clampRate(Infinity)).toBe(1);
  });
});
