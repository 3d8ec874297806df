import { describe, expect, it } from 'vitest';
import { chunkUtterance } from '../../../src/lib/speech/chunk-utterance';
import { speechText } from '../../../src/lib/text/rewrite/speech-text';
import type { Chunk } from '../../../src/lib/text/types';

const BLOCK = 'First one.  Dr. Smith arrived late. ';

/** The chunk of BLOCK from `start` to `end`, as segmentation cuts it (trimmed text). */
function chunk(start: number, end: number): Chunk {
  return { start, end, text: BLOCK.slice(start, end).trim() };
}

/** The characters of BLOCK that a span marks. */
const marked = ({ start, end }: { start: number; end: number }) => BLOCK.slice(start, end);

describe('the word highlighted while a chunk is spoken', () => {
  it('is the word the engine says, found in the paragraph past the chunk’s leading spaces', () => {
    const utterance = chunkUtterance(BLOCK, chunk(10, BLOCK.length), undefined);
    expect(utterance.text).toBe('Dr. Smith arrived late.');
    expect(marked(utterance.wordAt(4, 5))).toBe('Smith');
  });

  it('spans the whole word when the engine sends no length', () => {
    const utterance = chunkUtterance(BLOCK, chunk(10, BLOCK.length), undefined);
    expect(marked(utterance.wordAt(10))).toBe('arrived');
  });

  it('is the word as written when the words said were rewritten for the ear', () => {
    const spoken = speechText('Dr. Smith arrived late.', 'en', { emoji: 'say' });
    expect(spoken.text).toBe('Doctor Smith arrived late.');
    const utterance = chunkUtterance(BLOCK, chunk(10, BLOCK.length), spoken);
    expect(utterance.text).toBe('Doctor Smith arrived late.');
    expect(marked(utterance.wordAt(7, 5))).toBe('Smith');
    expect(marked(utterance.wordAt(13, 7))).toBe('arrived');
  });

  it('marks at least one character, even for a word of no length', () => {
    const utterance = chunkUtterance(BLOCK, chunk(0, 10), undefined);
    expect(utterance.wordAt(5, 0)).toEqual({ start: 5, end: 6 });
  });
});

describe('a chunk with nothing to say', () => {
  it('is told apart from one with words or numbers', () => {
    expect(chunkUtterance('[1]', { start: 0, end: 3, text: '[1]' }, undefined).sayable).toBe(true);
    expect(chunkUtterance('†', { start: 0, end: 1, text: '†' }, undefined).sayable).toBe(false);
    expect(chunkUtterance('1.', { start: 0, end: 2, text: '1.' }, undefined).sayable).toBe(true);
    expect(chunkUtterance('—', { start: 0, end: 1, text: '—' }, undefined).sayable).toBe(false);
  });
});
