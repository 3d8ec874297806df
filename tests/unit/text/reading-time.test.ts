import { describe, expect, it } from 'vitest';
import {
  CHARS_PER_SECOND_AT_RATE_1,
  estimateSeconds,
  formatDuration,
} from '../../../src/lib/text/reading-time';

describe('estimateSeconds', () => {
  it('takes a minute for a minute of characters at rate 1', () => {
    expect(estimateSeconds(CHARS_PER_SECOND_AT_RATE_1 * 60, 1)).toBe(60);
  });

  it('halves the time at double rate and honours a custom pace', () => {
    expect(estimateSeconds(1400, 2)).toBe(50);
    expect(estimateSeconds(1000, 1, 10)).toBe(100);
  });

  it('is zero for no characters and finite for a nonsensical rate', () => {
    expect(estimateSeconds(0, 1)).toBe(0);
    expect(estimateSeconds(-5, 1)).toBe(0);
    expect(Number.isFinite(estimateSeconds(1000, 0))).toBe(true);
    expect(estimateSeconds(1400, Number.NaN)).toBe(100);
  });

  it('gives no estimate, rather than an endless one, for a pace that is not a speed', () => {
    expect(estimateSeconds(1000, 1, 0)).toBe(0);
    expect(estimateSeconds(1000, 1, -14)).toBe(0);
  });
});

describe('formatDuration', () => {
  it.each([
    [0, 'under a minute'],
    [59, 'under a minute'],
    [60, '1 min'],
    [12 * 60 + 10, '12 min'],
    [59 * 60 + 40, '1 h'],
    [65 * 60, '1 h 5 min'],
    [3 * 3600 + 59 * 60, '3 h 59 min'],
  ])('formats %d seconds as "%s"', (seconds, expected) => {
    expect(formatDuration(seconds)).toBe(expected);
  });

  it('copes with values that are not durations', () => {
    expect(formatDuration(Number.NaN)).toBe('under a minute');
    expect(formatDuration(Infinity)).toBe('unknown length');
  });
});
