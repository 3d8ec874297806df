import { describe, expect, it } from 'vitest';
import { bookmarkAt, withBookmark } from '../../../src/lib/library/bookmarks';
import { createArticle } from '../../../src/lib/text/create-article';

const long = `A sentence long enough to be cut ${'and it goes on '.repeat(8)}to the end.`;
const ARTICLE = createArticle(`Tides\n\nThe sea rises. It falls.\n\n${long}`, {
  source: 'test',
  format: 'text',
  lang: 'en',
})!;

describe('bookmarks', () => {
  it('marks a sentence by its block and start, with its first words', () => {
    expect(bookmarkAt(ARTICLE, { paragraph: 1, sentence: 1 }, 5)).toEqual({
      block: 1,
      offset: 'The sea rises. '.length,
      words: 'It falls.',
      at: 5,
    });
  });

  it('cuts long words at a word, with an ellipsis', () => {
    const words = bookmarkAt(ARTICLE, { paragraph: 2, sentence: 0 }, 0)?.words ?? '';
    expect(words.length).toBeLessThanOrEqual(81);
    expect(words).toMatch(/^A sentence long enough to be cut and it goes on .*[a-z]…$/);
  });

  it('has none where there is no sentence', () => {
    expect(bookmarkAt(ARTICLE, { paragraph: 9, sentence: 0 }, 0)).toBeNull();
  });

  it('keeps the list in the article’s order, and one bookmark a sentence', () => {
    const first = bookmarkAt(ARTICLE, { paragraph: 2, sentence: 0 }, 1)!;
    const second = bookmarkAt(ARTICLE, { paragraph: 1, sentence: 1 }, 2)!;
    const list = withBookmark(withBookmark([], first)!, second)!;
    expect(list.map((mark) => mark.block)).toEqual([1, 2]);
    expect(withBookmark(list, { ...first, at: 9 })).toBeNull();
  });
});
