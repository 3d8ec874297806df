import { segmentParagraph } from './sentences/segment';
import type { Block } from './types';

/** Titles longer than this are cut, on a word boundary, with an ellipsis. */
const MAX_TITLE_LENGTH = 80;

/**
 * A title for an article: its first heading, or the start of its first block (its first
 * sentence by the rules of `lang`, cut if long). Only what brings an article in needs it: a
 * saved article keeps its title, so this stays out of the first load.
 */
export function titleOf(blocks: readonly Block[], lang?: string): string {
  const heading = blocks.find((block) => block.kind === 'heading');
  if (heading) return heading.text;
  const first = blocks[0]?.text ?? '';
  const span = segmentParagraph(first, lang)[0];
  const sentence = span ? first.slice(span.start, span.end).trim() : first;
  if (sentence.length <= MAX_TITLE_LENGTH) return sentence;
  const cut = sentence.lastIndexOf(' ', MAX_TITLE_LENGTH);
  const head = sentence.slice(0, cut > 0 ? cut : MAX_TITLE_LENGTH).replace(/[\s,;:—–-]+$/, '');
  return `${head}…`;
}
