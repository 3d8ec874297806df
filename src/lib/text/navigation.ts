// Where each move of the reading position lands: by sentence, by paragraph, and reading on.
// Pure: the Player (speech/player.svelte.ts) decides when to move and what to say.
import type { Article } from './article';
import { sentenceIndexAt } from './position';

/** A reading position: a paragraph (an article block) and a sentence in it. */
export interface Place {
  readonly paragraph: number;
  readonly sentence: number;
}

export const ARTICLE_START: Place = { paragraph: 0, sentence: 0 };

/**
 * The article as it is read: every block when reading everything ("Read everything"), else
 * every block but the page's clutter (a related link, a promotion), which moves pass over.
 */
export interface Reading {
  readonly article: Article;
  readonly readEverything: boolean;
}

/** The first block from `index` on, going by `step`, that is read; -1 when there is none. */
export function readableBlock(
  { article, readEverything }: Reading,
  index: number,
  step: 1 | -1,
): number {
  const blocks = article.blocks;
  for (let i = index; i >= 0 && i < blocks.length; i += step) {
    if (readEverything || !blocks[i]?.clutter) return i;
  }
  return -1;
}

/** The nearest valid place to `place` (a saved place may be past a shortened article). */
export function placeWithin(article: Article | null, { paragraph, sentence }: Place): Place {
  const lastParagraph = Math.max(0, (article?.length ?? 1) - 1);
  const inParagraph = Math.max(0, Math.min(paragraph, lastParagraph));
  const sentences = article?.sentences(inParagraph).length ?? 1;
  return { paragraph: inParagraph, sentence: Math.max(0, Math.min(sentence, sentences - 1)) };
}

/** The sentence after `place`, in its paragraph or at the start of the next one read. */
export function sentenceAfter(reading: Reading, { paragraph, sentence }: Place): Place | null {
  if (sentence + 1 < reading.article.sentences(paragraph).length) {
    return { paragraph, sentence: sentence + 1 };
  }
  const next = readableBlock(reading, paragraph + 1, 1);
  return next >= 0 ? { paragraph: next, sentence: 0 } : null;
}

/**
 * The sentence before `place`: in its paragraph, else the last of the paragraph before that
 * is read; with none, the start of this one.
 */
export function sentenceBefore(reading: Reading, { paragraph, sentence }: Place): Place {
  if (sentence > 0) return { paragraph, sentence: sentence - 1 };
  const previous = readableBlock(reading, paragraph - 1, -1);
  if (previous < 0) return { paragraph, sentence: 0 };
  return {
    paragraph: previous,
    sentence: Math.max(0, reading.article.sentences(previous).length - 1),
  };
}

/** The start of the next paragraph that is read, if any. */
export function paragraphAfter(reading: Reading, { paragraph }: Place): Place | null {
  const next = readableBlock(reading, paragraph + 1, 1);
  return next >= 0 ? { paragraph: next, sentence: 0 } : null;
}

/** The start of the paragraph before that is read, if any. */
export function paragraphBefore(reading: Reading, { paragraph }: Place): Place | null {
  const previous = readableBlock(reading, paragraph - 1, -1);
  return previous >= 0 ? { paragraph: previous, sentence: 0 } : null;
}

/**
 * The sentence of a saved place (a block and the offset of a sentence's start in it, as the
 * library keeps it): the one holding that offset, so that a place saved before the text was
 * split differently still lands on the words that were being read.
 */
export function sentencePlace(article: Article, saved: { block: number; offset: number }): Place {
  const paragraph = Math.max(0, Math.min(saved.block, article.length - 1));
  return { paragraph, sentence: sentenceIndexAt(article.sentences(paragraph), saved.offset) };
}

/** The heading blocks of an article, in order: its contents. */
export function headingIndexes(article: Article): number[] {
  const indexes: number[] = [];
  article.blocks.forEach((block, index) => {
    if (block.kind === 'heading') indexes.push(index);
  });
  return indexes;
}

/** The start of the next heading after `place`'s paragraph, if any. */
export function headingAfter(article: Article, { paragraph }: Place): Place | null {
  const blocks = article.blocks;
  for (let index = paragraph + 1; index < blocks.length; index++) {
    if (blocks[index]?.kind === 'heading') return { paragraph: index, sentence: 0 };
  }
  return null;
}

/**
 * The heading before `place`'s paragraph, or, from inside a section, its own heading: as
 * "previous paragraph" goes to the start of the one being read first.
 */
export function headingBefore(article: Article, { paragraph, sentence }: Place): Place | null {
  const start = sentence > 0 ? paragraph : paragraph - 1;
  const index = headingAbove(article, start);
  return index >= 0 ? { paragraph: index, sentence: 0 } : null;
}

/** The heading a paragraph is under (itself, if it is one); -1 before the first heading. */
export function headingAbove(article: Article, paragraph: number): number {
  for (let index = Math.min(paragraph, article.length - 1); index >= 0; index--) {
    if (article.blocks[index]?.kind === 'heading') return index;
  }
  return -1;
}
