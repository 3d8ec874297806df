import { splitSentences } from './segment';
import type { Block } from './types';

/** Titles longer than this are cut, on a word boundary, with an ellipsis. */
const MAX_TITLE_LENGTH = 80;

/** A title for an article: its first heading, or the start of its first block. */
export function titleOf(blocks: readonly Block[]): string {
  const heading = blocks.find((block) => block.kind === 'heading');
  if (heading) return heading.text;
  const first = blocks[0]?.text ?? '';
  const sentence = splitSentences(first)[0] ?? first;
  if (sentence.length <= MAX_TITLE_LENGTH) return sentence;
  const cut = sentence.lastIndexOf(' ', MAX_TITLE_LENGTH);
  const head = sentence.slice(0, cut > 0 ? cut : MAX_TITLE_LENGTH).replace(/[\s,;:—–-]+$/, '');
  return `${head}…`;
}
