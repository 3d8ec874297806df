import type { Span } from './types';

/**
 * The sentence that holds a saved character offset: the last one starting at or before it.
 * A place is saved as an offset, not a sentence number, so it lands on the same words after
 * the sentence rules change (a sentence split in two, or two joined).
 */
export function sentenceIndexAt(sentences: readonly Span[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  let found = 0;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((sentences[middle]?.start ?? 0) <= offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}
