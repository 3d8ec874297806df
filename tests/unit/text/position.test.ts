import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceIndexAt } from '../../../src/lib/text/position';
import type { Span } from '../../../src/lib/text/types';

const RUNS = Number(process.env.FUZZ_RUNS ?? 500);

/** Sentences that start at these offsets, each running to the next. */
function spans(starts: readonly number[]): Span[] {
  return starts.map((start, index) => ({ start, end: starts[index + 1] ?? start + 20 }));
}

describe('sentenceIndexAt', () => {
  const sentences = spans([0, 12, 30]);

  it('given the start of a sentence, finds that sentence', () => {
    expect(sentenceIndexAt(sentences, 0)).toBe(0);
    expect(sentenceIndexAt(sentences, 12)).toBe(1);
    expect(sentenceIndexAt(sentences, 30)).toBe(2);
  });

  it('given an offset inside a sentence, finds the sentence that holds it', () => {
    expect(sentenceIndexAt(sentences, 11)).toBe(0);
    expect(sentenceIndexAt(sentences, 13)).toBe(1);
  });

  it('given an offset past the text (the paragraph was shortened), finds the last sentence', () => {
    expect(sentenceIndexAt(sentences, 1_000)).toBe(2);
  });

  it('given a paragraph with no sentences, gives the first', () => {
    expect(sentenceIndexAt([], 5)).toBe(0);
  });

  it('given a single sentence, always finds it', () => {
    expect(sentenceIndexAt(spans([0]), 0)).toBe(0);
    expect(sentenceIndexAt(spans([0]), 50)).toBe(0);
  });

  it('given any sentences and any offset, finds the last sentence starting at or before it', () => {
    const starts = fc
      .uniqueArray(fc.integer({ min: 1, max: 10_000 }), { maxLength: 60 })
      .map((rest) => [0, ...rest].sort((a, b) => a - b));
    fc.assert(
      fc.property(starts, fc.integer({ min: 0, max: 12_000 }), (sorted, offset) => {
        const found = sentenceIndexAt(spans(sorted), offset);
        expect(sorted[found]).toBeLessThanOrEqual(offset);
        const next = sorted[found + 1];
        if (next !== undefined) expect(next).toBeGreaterThan(offset);
      }),
      { numRuns: RUNS },
    );
  });
});
