// Articles, a clock and ids for the library's tests, so that each test states only what
// matters to it.
import { contentHash } from '../../../src/lib/text/content-hash';
import type { ExportedArticle, LibraryFile, NewArticle } from '../../../src/lib/library/types';
import type { SpeechRule } from '../../../src/lib/text/rewrite/speech-rules';
import type { Block } from '../../../src/lib/text/types';

/** A test's own time: starts at a fixed moment and moves only when told. */
export interface TestClock {
  now: () => number;
  advance: (ms: number) => void;
}

/** The moment every test clock starts at, an ordinary date in 2025. */
export const START = Date.UTC(2025, 0, 15, 9, 30);

/** A clock for ArticleStore's `now` option. */
export function testClock(start = START): TestClock {
  let time = start;
  return { now: () => time, advance: (ms) => void (time += ms) };
}

/** Ids article-1, article-2, … in the order articles are added. */
export function sequentialIds(): () => string {
  let next = 0;
  return () => `article-${++next}`;
}

/** A short article: a heading with title and two paragraphs that say which article it is. */
export function newArticle(title: string, overrides: Partial<NewArticle> = {}): NewArticle {
  return {
    title,
    source: 'Pasted text',
    format: 'text',
    lang: 'en',
    blocks: [
      { kind: 'heading', level: 1, text: title },
      { kind: 'paragraph', text: `The first paragraph of ${title}.` },
      { kind: 'paragraph', text: `The second paragraph of ${title}, a little longer.` },
    ],
    ...overrides,
  };
}

/** An article as an export holds it, valid in every field. */
export function exportedArticle(
  id: string,
  title: string,
  overrides: Partial<ExportedArticle> = {},
): ExportedArticle {
  const blocks: Block[] = overrides.blocks ?? newArticle(title).blocks;
  return {
    id,
    title,
    source: 'notes.txt',
    format: 'text',
    lang: 'en',
    addedAt: START,
    openedAt: START,
    blockCount: blocks.length,
    totalCharacters: blocks.reduce((sum, block) => sum + block.text.length, 0),
    charactersRead: 0,
    position: { block: 0, offset: 0, at: START },
    finished: false,
    contentHash: contentHash(blocks),
    blocks,
    ...overrides,
  };
}

/** A library file as an export writes it, made at START, holding `articles`. */
export function libraryFile(
  articles: ExportedArticle[],
  preferences: LibraryFile['preferences'] = null,
): LibraryFile {
  return { format: 'aloud-library', version: 1, exportedAt: START, articles, preferences };
}

/** A listener's rule saying `find` another way, as the rules dialog saves it. */
export function speechRule(id: string, find: string): SpeechRule {
  return {
    id,
    find,
    say: 'said',
    action: 'say',
    match: 'word',
    caseSensitive: false,
    lang: '',
    on: true,
  };
}
