// What the engine is told to say for one speech chunk, and how the words it reports saying
// map back to the characters shown, so that the right word is highlighted.
import type { SpeechText } from '../text/rewrite/speech-text';
import type { Chunk, Span } from '../text/types';

export interface ChunkUtterance {
  /** The words for the engine: the chunk rewritten for the ear, or as written. */
  readonly text: string;
  /** Whether anything is left to say (not only a citation marker or skipped emoji). */
  readonly sayable: boolean;
  /**
   * The word the engine reports at `charIndex` of `text` (with its length, when the engine
   * sends one), in the offsets of the block's text.
   */
  wordAt(charIndex: number, charLength?: number): Span;
}

/** The utterance for `chunk` of a block whose text is `blockText`. */
export function chunkUtterance(
  blockText: string,
  chunk: Chunk,
  spoken: SpeechText | undefined,
): ChunkUtterance {
  // The chunk's text is its slice trimmed: the engine's offsets count from its first letter.
  const textStart = chunk.start + blockText.slice(chunk.start, chunk.end).search(/\S/);
  const text = spoken?.text ?? chunk.text;
  const original = (offset: number): number => spoken?.original(offset) ?? offset;
  return {
    text,
    sayable: /[\p{L}\p{N}]/u.test(text),
    wordAt(charIndex, charLength) {
      const length = charLength ?? wordLength(text, charIndex);
      const start = textStart + original(charIndex);
      return { start, end: Math.max(start + 1, textStart + original(charIndex + length)) };
    },
  };
}

/** Length of the word at `index`, for engines that send no charLength. */
function wordLength(text: string, index: number): number {
  const match = /^\S+/.exec(text.slice(index));
  return match ? match[0].length : 0;
}
