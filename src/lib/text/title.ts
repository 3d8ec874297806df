import { segmentParagraph } from './segment';
import type { Block, Span } from './types';

/** Titles longer than this are cut, on a word boundary, with an ellipsis. */
const MAX_TITLE_LENGTH = 80;

/**
 * A title for an article: its first heading, or the start of its first block (its first
 * sentence, cut if long). `firstSentences` gives that block's sentences: an article passes
 * the ones it keeps, so that they are found once.
 */
export function titleOf(
  blocks: readonly Block[],
  firstSentences: () => readonly Span[] = () => segmentParagraph(blocks[0]?.text ?? ''),
): string {
  const heading = blocks.find((block) => block.kind === 'heading');
  if (heading) return heading.text;
  const first = blocks[0]?.text ?? '';
  const span = firstSentences()[0];
  const sentence = span ? first.slice(span.start, span.end).trim() : first;
  if (sentence.length <= MAX_TITLE_LENGTH) return sentence;
  const cut = sentence.lastIndexOf(' ', MAX_TITLE_LENGTH);
  const head = sentence.slice(0, cut > 0 ? cut : MAX_TITLE_LENGTH).replace(/[\s,;:—–-]+$/, '');
  return `${head}…`;
}
