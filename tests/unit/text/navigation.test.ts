import { describe, expect, it } from 'vitest';
import { Article } from '../../../src/lib/text/article';
import {
  headingAbove,
  headingAfter,
  headingBefore,
  headingIndexes,
  paragraphAfter,
  paragraphBefore,
  placeWithin,
  readableBlock,
  sentenceAfter,
  sentenceBefore,
  type Reading,
} from '../../../src/lib/text/navigation';
import { segmentParagraph } from '../../../src/lib/text/sentences/segment';

/** Six blocks: clutter first, then the story with clutter in the middle and at the end. */
const ARTICLE = new Article(
  [
    { kind: 'paragraph', text: 'Advertisement', clutter: 'advertisement' },
    { kind: 'paragraph', text: 'The story begins. It goes on. And on.' },
    { kind: 'paragraph', text: 'Read More: Another Story', clutter: 'related' },
    { kind: 'paragraph', text: 'Another Story Headline', clutter: 'related' },
    { kind: 'paragraph', text: 'The story ends. Really.' },
    { kind: 'paragraph', text: 'Join as a VIP Member', clutter: 'promotion' },
  ],
  { source: 'test', title: 'Test', lang: 'en' },
  segmentParagraph,
);
const STORY: Reading = { article: ARTICLE, readEverything: false };
const EVERYTHING: Reading = { article: ARTICLE, readEverything: true };

describe('the blocks that are read', () => {
  it('pass over the page’s clutter in either direction, unless everything is read', () => {
    expect(readableBlock(STORY, 0, 1)).toBe(1);
    expect(readableBlock(STORY, 2, 1)).toBe(4);
    expect(readableBlock(STORY, 3, -1)).toBe(1);
    expect(readableBlock(EVERYTHING, 2, 1)).toBe(2);
    expect(readableBlock(EVERYTHING, 3, -1)).toBe(3);
  });

  it('run out at either end of the article', () => {
    expect(readableBlock(STORY, 5, 1)).toBe(-1);
    expect(readableBlock(STORY, 0, -1)).toBe(-1);
    expect(readableBlock(EVERYTHING, 6, 1)).toBe(-1);
    expect(readableBlock(EVERYTHING, -1, -1)).toBe(-1);
  });
});

describe('next and previous sentence', () => {
  it('go through a paragraph’s sentences, then over clutter to the next paragraph', () => {
    expect(sentenceAfter(STORY, { paragraph: 1, sentence: 0 })).toEqual({
      paragraph: 1,
      sentence: 1,
    });
    expect(sentenceAfter(STORY, { paragraph: 1, sentence: 2 })).toEqual({
      paragraph: 4,
      sentence: 0,
    });
    expect(sentenceAfter(EVERYTHING, { paragraph: 1, sentence: 2 })).toEqual({
      paragraph: 2,
      sentence: 0,
    });
  });

  it('find nothing after the last sentence read', () => {
    expect(sentenceAfter(STORY, { paragraph: 4, sentence: 1 })).toBeNull();
    expect(sentenceAfter(EVERYTHING, { paragraph: 4, sentence: 1 })).toEqual({
      paragraph: 5,
      sentence: 0,
    });
  });

  it('go back to the last sentence of the paragraph before that is read', () => {
    expect(sentenceBefore(STORY, { paragraph: 4, sentence: 1 })).toEqual({
      paragraph: 4,
      sentence: 0,
    });
    expect(sentenceBefore(STORY, { paragraph: 4, sentence: 0 })).toEqual({
      paragraph: 1,
      sentence: 2,
    });
  });

  it('stay at the start of the first paragraph read', () => {
    expect(sentenceBefore(STORY, { paragraph: 1, sentence: 0 })).toEqual({
      paragraph: 1,
      sentence: 0,
    });
  });
});

describe('next and previous paragraph', () => {
  it('go to the start of the neighbour that is read', () => {
    expect(paragraphAfter(STORY, { paragraph: 1, sentence: 2 })).toEqual({
      paragraph: 4,
      sentence: 0,
    });
    expect(paragraphBefore(STORY, { paragraph: 4, sentence: 1 })).toEqual({
      paragraph: 1,
      sentence: 0,
    });
  });

  it('find none past either end', () => {
    expect(paragraphAfter(STORY, { paragraph: 4, sentence: 0 })).toBeNull();
    expect(paragraphBefore(STORY, { paragraph: 1, sentence: 0 })).toBeNull();
  });
});

describe('a saved place', () => {
  it('is kept where it is valid', () => {
    expect(placeWithin(ARTICLE, { paragraph: 4, sentence: 1 })).toEqual({
      paragraph: 4,
      sentence: 1,
    });
  });

  it('past a shortened article, lands on its last sentence', () => {
    expect(placeWithin(ARTICLE, { paragraph: 40, sentence: 9 })).toEqual({
      paragraph: 5,
      sentence: 0,
    });
    expect(placeWithin(ARTICLE, { paragraph: 1, sentence: 9 })).toEqual({
      paragraph: 1,
      sentence: 2,
    });
  });

  it('before the start, or with no article, is the start', () => {
    expect(placeWithin(ARTICLE, { paragraph: -3, sentence: -1 })).toEqual({
      paragraph: 0,
      sentence: 0,
    });
    expect(placeWithin(null, { paragraph: 3, sentence: 2 })).toEqual({ paragraph: 0, sentence: 0 });
  });
});

describe('moves back to the first block of the article', () => {
  it('land on it when it is read', () => {
    expect(sentenceBefore(EVERYTHING, { paragraph: 1, sentence: 0 })).toEqual({
      paragraph: 0,
      sentence: 0,
    });
    expect(paragraphBefore(EVERYTHING, { paragraph: 1, sentence: 2 })).toEqual({
      paragraph: 0,
      sentence: 0,
    });
  });
});

describe('headings', () => {
  const BOOK = new Article(
    [
      { kind: 'heading', text: 'A Book', level: 1 },
      { kind: 'paragraph', text: 'Before the first chapter.' },
      { kind: 'heading', text: 'One', level: 2 },
      { kind: 'paragraph', text: 'First. Second.' },
      { kind: 'paragraph', text: 'Third.' },
      { kind: 'heading', text: 'Two', level: 2 },
      { kind: 'paragraph', text: 'Last.' },
    ],
    { source: 'test', title: 'A Book', lang: 'en' },
    segmentParagraph,
  );

  it('lists the headings in order', () => {
    expect(headingIndexes(BOOK)).toEqual([0, 2, 5]);
  });

  it('goes to the next heading, and none after the last', () => {
    expect(headingAfter(BOOK, { paragraph: 3, sentence: 1 })).toEqual({
      paragraph: 5,
      sentence: 0,
    });
    expect(headingAfter(BOOK, { paragraph: 2, sentence: 0 })).toEqual({
      paragraph: 5,
      sentence: 0,
    });
    expect(headingAfter(BOOK, { paragraph: 5, sentence: 0 })).toBeNull();
  });

  it('goes back to the section’s own heading, or from a heading to the one before', () => {
    expect(headingBefore(BOOK, { paragraph: 4, sentence: 0 })).toEqual({
      paragraph: 2,
      sentence: 0,
    });
    expect(headingBefore(BOOK, { paragraph: 2, sentence: 0 })).toEqual({
      paragraph: 0,
      sentence: 0,
    });
    expect(headingBefore(BOOK, { paragraph: 0, sentence: 0 })).toBeNull();
  });

  it('tells the heading a paragraph is under', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((index) => headingAbove(BOOK, index))).toEqual([
      0, 0, 2, 2, 2, 5, 5,
    ]);
    expect(headingAbove(ARTICLE, 4)).toBe(-1);
  });
});
