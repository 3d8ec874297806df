import { describe, expect, it } from 'vitest';
import {
  articleCount,
  filterByTitle,
  formatBytes,
  languageChoices,
  libraryFileName,
  percentRead,
} from '../../../src/lib/library/listing';
import type { ArticleRecord } from '../../../src/lib/library/types';
import {
  CHARS_PER_SECOND_AT_RATE_1,
  timeLeftText,
} from '../../../src/lib/speech/reading-progress.svelte';
import { exportedArticle } from './fixtures';

/** An article's record (an export's, which also holds the text) with the counts a test cares about. */
function record(overrides: Partial<ArticleRecord> = {}): ArticleRecord {
  return exportedArticle('article-1', 'Tides', overrides);
}

/** Characters that take `minutes` to read at normal speed. */
function minutesOfText(minutes: number): number {
  return minutes * 60 * CHARS_PER_SECOND_AT_RATE_1;
}

describe('percentRead', () => {
  it('given an article that was half read, says 50', () => {
    expect(percentRead(record({ totalCharacters: 1000, charactersRead: 500 }))).toBe(50);
  });

  it('rounds down, so that a little read is not shown as more', () => {
    expect(percentRead(record({ totalCharacters: 1000, charactersRead: 19 }))).toBe(1);
    expect(percentRead(record({ totalCharacters: 1000, charactersRead: 9 }))).toBe(0);
  });

  it('given an article read to its last sentence but not finished, never says 100', () => {
    expect(percentRead(record({ totalCharacters: 1000, charactersRead: 999 }))).toBe(99);
    expect(percentRead(record({ totalCharacters: 1000, charactersRead: 1000 }))).toBe(99);
  });

  it('given a finished article, says 100 whatever was counted', () => {
    expect(percentRead(record({ totalCharacters: 1000, charactersRead: 0, finished: true }))).toBe(
      100,
    );
  });

  it('given an article with no characters, says 0 rather than dividing by nothing', () => {
    expect(percentRead(record({ totalCharacters: 0, charactersRead: 0 }))).toBe(0);
  });
});

describe('timeLeftText', () => {
  it('given an article with twelve minutes of text left, says so at normal speed', () => {
    const half = record({ totalCharacters: minutesOfText(24), charactersRead: minutesOfText(12) });
    expect(timeLeftText(half, 1, CHARS_PER_SECOND_AT_RATE_1)).toBe('12 min left');
  });

  it('given a faster rate, says less time is left', () => {
    const unread = record({ totalCharacters: minutesOfText(12), charactersRead: 0 });
    expect(timeLeftText(unread, 2, CHARS_PER_SECOND_AT_RATE_1)).toBe('6 min left');
    expect(timeLeftText(unread, 0.5, CHARS_PER_SECOND_AT_RATE_1)).toBe('24 min left');
  });

  it('given little text left, says under a minute', () => {
    const nearlyDone = record({ totalCharacters: 1000, charactersRead: 990 });
    expect(timeLeftText(nearlyDone, 1, CHARS_PER_SECOND_AT_RATE_1)).toBe('under a minute left');
  });

  it('given a finished article, says Finished', () => {
    const finished = record({ totalCharacters: minutesOfText(12), finished: true });
    expect(timeLeftText(finished, 1, CHARS_PER_SECOND_AT_RATE_1)).toBe('Finished');
  });
});

describe('filterByTitle', () => {
  const library = [
    record({ id: 'a', title: 'Café culture in Paris' }),
    record({ id: 'b', title: 'The TIDES of the North Sea' }),
    record({ id: 'c', title: 'Paris, the sea and the city' }),
  ];

  function ids(query: string): string[] {
    return filterByTitle(library, query).map((entry) => entry.id);
  }

  it('given an empty or blank query, lists every article', () => {
    expect(filterByTitle(library, '')).toBe(library);
    expect(ids('   ')).toEqual(['a', 'b', 'c']);
  });

  it('finds a title in any case', () => {
    expect(ids('tides')).toEqual(['b']);
    expect(ids('PARIS')).toEqual(['a', 'c']);
  });

  it('finds a title without its accents, and with accents the title lacks', () => {
    expect(ids('cafe')).toEqual(['a']);
    expect(ids('CAFÉ')).toEqual(['a']);
    expect(ids('nórth')).toEqual(['b']);
  });

  it('needs every word of the query, in any order', () => {
    expect(ids('sea paris')).toEqual(['c']);
    expect(ids('paris  culture ')).toEqual(['a']);
    expect(ids('paris tides')).toEqual([]);
  });

  it('matches parts of words, as typing does', () => {
    expect(ids('cult')).toEqual(['a']);
  });
});

describe('library figures for people', () => {
  it('says sizes in KB below a megabyte and in MB from there, never "0 KB"', () => {
    expect(formatBytes(10)).toBe('1 KB');
    expect(formatBytes(740 * 1024)).toBe('740 KB');
    expect(formatBytes(2.34 * 1024 * 1024)).toBe('2.3 MB');
    expect(formatBytes(1024 * 1024)).toBe('1.0 MB');
  });

  it('counts articles in words', () => {
    expect(articleCount(1)).toBe('1 article');
    expect(articleCount(0)).toBe('0 articles');
    expect(articleCount(12)).toBe('12 articles');
  });

  it("names the export file with the day's date", () => {
    expect(libraryFileName(new Date(2026, 10, 29, 23, 59))).toBe('aloud-library-2026-11-29.json');
    // Zero-padded, so that the files sort by date.
    expect(libraryFileName(new Date(2027, 2, 5, 0, 1))).toBe('aloud-library-2027-03-05.json');
  });
});

describe('languageChoices', () => {
  function names(choices: { name: string }[]): string[] {
    return choices.map((choice) => choice.name);
  }

  it('offers the common languages by name, in alphabetical order, each once', () => {
    const choices = languageChoices('en', 'en');
    expect(choices).toContainEqual({ tag: 'en', name: 'English' });
    expect(choices).toContainEqual({ tag: 'sv', name: 'Swedish' });
    expect(choices.filter((choice) => choice.tag === 'en')).toHaveLength(1);
    expect(names(choices).slice(0, 3)).toEqual(['Arabic', 'Catalan', 'Chinese']);
    expect(names(choices)).toEqual(names(choices).toSorted((a, b) => a.localeCompare(b, 'en')));
  });

  it('names the languages in the language of the page, sorted as that language sorts', () => {
    const choices = languageChoices('de', 'de');
    expect(choices).toContainEqual({ tag: 'de', name: 'Deutsch' });
    expect(choices).toContainEqual({ tag: 'en', name: 'Englisch' });
    expect(names(choices)[0]).toBe('Arabisch');
  });

  it('given an article in a language not offered, offers its language too, in its place', () => {
    const common = languageChoices('en', 'en');
    const choices = languageChoices('cy', 'en');
    expect(choices).toHaveLength(common.length + 1);
    const welsh = choices.findIndex((choice) => choice.tag === 'cy');
    expect(choices[welsh]).toEqual({ tag: 'cy', name: 'Welsh' });
    expect(choices[welsh - 1]?.name).toBe('Vietnamese');
  });
});
