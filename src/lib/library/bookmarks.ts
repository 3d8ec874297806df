// Bookmarks: the sentences a listener marked, kept in the article's order with their first
// words. Pure: the app controller keeps the open article's list and saves it with the record.
import type { Article } from '../text/article';
import type { Place } from '../text/navigation';
import type { Bookmark } from './types';

/** A bookmark's words are the sentence's first ones, cut at a word, about this long. */
const WORDS_LENGTH = 80;

/** The bookmark of the sentence at `place`, or null where there is no sentence. */
export function bookmarkAt(article: Article, place: Place, at: number): Bookmark | null {
  const sentence = article.sentences(place.paragraph)[place.sentence];
  const text = article.blocks[place.paragraph]?.text;
  if (!sentence || text === undefined) return null;
  const words = text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ').trim();
  if (words === '') return null;
  return { block: place.paragraph, offset: sentence.start, words: shorten(words), at };
}

function shorten(words: string): string {
  if (words.length <= WORDS_LENGTH) return words;
  const cut = words.lastIndexOf(' ', WORDS_LENGTH);
  return `${words.slice(0, cut > 0 ? cut : WORDS_LENGTH)}…`;
}

/** The list with `bookmark` in its place in the article; null if that sentence has one. */
export function withBookmark(list: readonly Bookmark[], bookmark: Bookmark): Bookmark[] | null {
  if (list.some((old) => old.block === bookmark.block && old.offset === bookmark.offset)) {
    return null;
  }
  return [...list, bookmark].sort((a, b) => a.block - b.block || a.offset - b.offset);
}
