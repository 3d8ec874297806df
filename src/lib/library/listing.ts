// How the library lists an article: progress, time left, and the title filter. Pure.
import type { ArticleRecord } from './types';

/** Whole percent read, 0 to 100; 100 only when finished. */
export function percentRead(record: ArticleRecord): number {
  if (record.finished) return 100;
  if (record.totalCharacters <= 0) return 0;
  // Never "100%" for an article still being read: that is what "Finished" says.
  return Math.min(99, Math.floor((record.charactersRead / record.totalCharacters) * 100));
}

/** The articles whose title holds every word of the query, in any case or accent. */
export function filterByTitle(
  records: readonly ArticleRecord[],
  query: string,
): readonly ArticleRecord[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return records;
  return records.filter((record) => {
    const title = fold(record.title);
    return words.every((word) => title.includes(word));
  });
}

/** Lower case without accents: "Café" finds "cafe". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

const BYTES_PER_KB = 1024;
const BYTES_PER_MB = 1024 * 1024;

/** "740 KB" or "2.3 MB", for how much the library stores. */
export function formatBytes(bytes: number): string {
  if (bytes < BYTES_PER_MB) return `${Math.max(1, Math.round(bytes / BYTES_PER_KB))} KB`;
  return `${(bytes / BYTES_PER_MB).toFixed(1)} MB`;
}

/** "1 article", "12 articles". */
export function articleCount(count: number): string {
  return `${count} article${count === 1 ? '' : 's'}`;
}

/** The export's file name, dated: "aloud-library-2026-11-29.json". */
export function libraryFileName(date: Date): string {
  const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  return `aloud-library-${day}.json`;
}

/**
 * Languages offered for an article, as BCP 47 base tags: those voices commonly speak and
 * people commonly read. The article's own is added when it is not among them.
 */
const LANGUAGE_CHOICES = [
  'ar',
  'ca',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'es',
  'fa',
  'fi',
  'fr',
  'he',
  'hi',
  'hr',
  'hu',
  'id',
  'it',
  'ja',
  'ko',
  'nl',
  'no',
  'pl',
  'pt',
  'ro',
  'ru',
  'sk',
  'sv',
  'th',
  'tr',
  'uk',
  'vi',
  'zh',
];

/** The languages to choose from for an article in `current`, named in `uiLanguage`, by name. */
export function languageChoices(
  current: string,
  uiLanguage: string,
): { tag: string; name: string }[] {
  const names = new Intl.DisplayNames([uiLanguage, 'en'], { type: 'language' });
  const tags = LANGUAGE_CHOICES.includes(current)
    ? LANGUAGE_CHOICES
    : [current, ...LANGUAGE_CHOICES];
  return tags
    .map((tag) => ({ tag, name: names.of(tag) ?? tag }))
    .sort((a, b) => a.name.localeCompare(b.name, uiLanguage));
}
