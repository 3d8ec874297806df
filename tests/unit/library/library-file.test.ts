import 'fake-indexeddb/auto';
import { exportLibrary } from '../../../src/lib/library/library-transfer';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { ArticleStore } from '../../../src/lib/library/articles';
import { openLibraryDb } from '../../../src/lib/library/db';
import {
  LIBRARY_FILE_FORMAT,
  LIBRARY_FILE_VERSION,
  parseLibraryFile,
} from '../../../src/lib/library/library-file';
import type { LibraryFile } from '../../../src/lib/library/types';
import { CLUTTER_KINDS } from '../../../src/lib/text/types';
import { START, exportedArticle, newArticle, speechRule, testClock } from './fixtures';

const NOT_A_LIBRARY =
  'This is not an Aloud library file. Choose a file made with Export library. Nothing was changed.';
const DAMAGED =
  'This library file is incomplete or damaged (it may have been cut short). Nothing was changed.';
const NEWER_VERSION =
  'This library was exported by a newer version of Aloud. Update Aloud (reload it while online), then import it again. Nothing was changed.';
/**
 * A library far larger than most, kept small enough that the mutation run (which runs this
 * test under instrumentation, once per mutant) stays within the test timeout; how the time
 * grows with the number of articles is the benchmark's to show (bench/library-file.ts).
 */
const MANY_ARTICLES = 2_000;

function libraryFile(overrides: Partial<LibraryFile> = {}): LibraryFile {
  return {
    format: LIBRARY_FILE_FORMAT,
    version: LIBRARY_FILE_VERSION,
    exportedAt: START,
    articles: [exportedArticle('a-1', 'Tides'), exportedArticle('a-2', 'Currents')],
    preferences: { rate: 1.5, voiceByLanguage: { en: 'English (America) espeak-ng' } },
    ...overrides,
  };
}

/** The file's JSON with the second article ("Currents") changed by edit. */
function withSecondArticle(edit: (article: Record<string, unknown>) => void): string {
  const data = JSON.parse(JSON.stringify(libraryFile())) as { articles: Record<string, unknown>[] };
  edit(data.articles[1]!);
  return JSON.stringify(data);
}

function messageFor(text: string): string | undefined {
  const result = parseLibraryFile(text);
  return result.ok ? undefined : result.message;
}

/** A real export, from a library in fake IndexedDB. */
async function realExportText(): Promise<string> {
  globalThis.indexedDB = new IDBFactory();
  const db = await openLibraryDb();
  try {
    const store = new ArticleStore(db, { now: testClock().now });
    await store.add(newArticle('Tides'));
    await store.add(newArticle('Currents'));
    await store.setSetting('preferences', { rate: 1.25 });
    return JSON.stringify(await exportLibrary(store));
  } finally {
    db.close();
  }
}

describe('parseLibraryFile', () => {
  it('reads a valid file back as it was written', () => {
    const file = libraryFile();
    expect(parseLibraryFile(JSON.stringify(file))).toEqual({ ok: true, file });
  });

  it('reads a real export, with pretty printing or a byte-order mark', async () => {
    const text = await realExportText();
    const expected = JSON.parse(text) as LibraryFile;
    expect(parseLibraryFile(text)).toEqual({ ok: true, file: expected });
    const pretty = JSON.stringify(expected, null, 2);
    expect(parseLibraryFile(pretty)).toEqual({ ok: true, file: expected });
    expect(parseLibraryFile(`\uFEFF${text}`)).toEqual({ ok: true, file: expected });
  });

  it('drops fields it does not know, at every level', () => {
    const data = JSON.parse(JSON.stringify(libraryFile())) as Record<string, unknown> & {
      articles: (Record<string, unknown> & {
        position: Record<string, unknown>;
        blocks: Record<string, unknown>[];
      })[];
    };
    data.comment = 'from a script';
    const article = data.articles[0]!;
    article.secret = 'not ours';
    article.position.sentence = 3;
    article.blocks[1]!.html = '<p>The first paragraph</p>';
    article.blocks[1]!.level = 2; // a level means nothing on a paragraph

    expect(parseLibraryFile(JSON.stringify(data))).toEqual({ ok: true, file: libraryFile() });
  });

  it('keeps which blocks are page clutter, and drops a kind of clutter it does not know', () => {
    const data = JSON.parse(JSON.stringify(libraryFile())) as {
      articles: { blocks: Record<string, unknown>[] }[];
    };
    const blocks = data.articles[0]!.blocks;
    blocks[1]!.clutter = 'promotion';
    blocks[0]!.clutter = 'a banner';
    const parsed = parseLibraryFile(JSON.stringify(data));
    if (!parsed.ok) throw new Error(parsed.message);
    const [first, second] = parsed.file.articles[0]!.blocks;
    expect(second?.clutter).toBe('promotion');
    expect(first).not.toHaveProperty('clutter');
  });

  it.each(CLUTTER_KINDS)('keeps a block marked as clutter of the kind “%s”', (kind) => {
    const data = JSON.parse(JSON.stringify(libraryFile())) as {
      articles: { blocks: Record<string, unknown>[] }[];
    };
    data.articles[0]!.blocks[0]!.clutter = kind;
    const parsed = parseLibraryFile(JSON.stringify(data));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.file.articles[0]!.blocks[0]?.clutter).toBe(kind);
  });

  it('keeps the usable preferences, leaving out each value of the wrong kind', () => {
    const data = { ...libraryFile(), preferences: { rate: 'fast', readEverything: true, look: 7 } };
    expect(parseLibraryFile(JSON.stringify(data))).toEqual({
      ok: true,
      file: { ...libraryFile(), preferences: { readEverything: true } },
    });
  });

  it('leaves out a rule whose pattern would stop reading, as the rules dialog refuses it', () => {
    // Rules from a file are saved here as if written now: a crafted file could hold a pattern
    // that passes every check of shape and backtracks without end on a line of digits.
    const runaway = { ...speechRule('runaway', '(\\d|[0-9])+$'), match: 'pattern' };
    const pattern = { ...speechRule('thousands', '\\b(\\d+)k\\b'), match: 'pattern' };
    const word = speechRule('gif', 'GIF');
    const data = {
      ...libraryFile(),
      preferences: { speech: { emoji: 'say', rules: [runaway, pattern, word] } },
    };

    const parsed = parseLibraryFile(JSON.stringify(data));

    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.file.preferences?.speech).toEqual({ emoji: 'say', rules: [pattern, word] });
  });

  it('gives no preferences when the file has none', () => {
    const withoutPreferences: Partial<LibraryFile> = libraryFile();
    delete withoutPreferences.preferences;
    expect(parseLibraryFile(JSON.stringify(withoutPreferences))).toMatchObject({
      ok: true,
      file: { preferences: null },
    });
    expect(parseLibraryFile(JSON.stringify(libraryFile({ preferences: null })))).toMatchObject({
      ok: true,
      file: { preferences: null },
    });
  });

  it('reads an empty library', () => {
    expect(parseLibraryFile(JSON.stringify(libraryFile({ articles: [] })))).toMatchObject({
      ok: true,
      file: { articles: [] },
    });
  });

  it('says a file that is not JSON is not a library file', () => {
    expect(parseLibraryFile('Tides\n\nThe sea rises.')).toEqual({
      ok: false,
      message: NOT_A_LIBRARY,
    });
    expect(messageFor('')).toBe(NOT_A_LIBRARY);
  });

  it('says an export that was cut short is incomplete', async () => {
    const text = await realExportText();
    for (const length of [1, 10, Math.floor(text.length / 2), text.length - 1]) {
      expect(messageFor(text.slice(0, length))).toBe(DAMAGED);
    }
  });

  it('says JSON from elsewhere is not a library file', () => {
    expect(messageFor('{"hello":1}')).toBe(NOT_A_LIBRARY);
    expect(messageFor('[1, 2, 3]')).toBe(NOT_A_LIBRARY);
    expect(messageFor('"aloud-library"')).toBe(NOT_A_LIBRARY);
    expect(messageFor('null')).toBe(NOT_A_LIBRARY);
    expect(messageFor('{"format":"other-app"}')).toBe(NOT_A_LIBRARY);
  });

  it('asks for an update when the file comes from a newer Aloud', () => {
    const newer = libraryFile({ version: LIBRARY_FILE_VERSION + 1 });
    expect(parseLibraryFile(JSON.stringify(newer))).toEqual({ ok: false, message: NEWER_VERSION });
  });

  it('says a file with no usable version, date or article list is damaged', () => {
    const text = JSON.stringify(libraryFile());
    for (const broken of [
      { version: '1' },
      { version: 0 },
      { version: 1.5 },
      { version: undefined },
      { exportedAt: 'today' },
      { articles: { first: 'Tides' } },
      { articles: undefined },
      { preferences: ['rate', 2] },
      { preferences: 'fast' },
    ]) {
      expect(messageFor(JSON.stringify({ ...JSON.parse(text), ...broken }))).toBe(DAMAGED);
    }
  });

  it('says which article has no title', () => {
    const expected = 'Article 2 in this library file has no title. Nothing was changed.';
    for (const title of [undefined, '', '   ', 42]) {
      expect(messageFor(withSecondArticle((article) => (article.title = title)))).toBe(expected);
    }
  });

  it('says which article is missing its text', () => {
    const expected =
      'Article 2 in this library file (“Currents”) is missing its text. Nothing was changed.';
    for (const blocks of [
      undefined,
      [],
      'Some text',
      [null],
      [{ kind: 'paragraph' }],
      [{ kind: 'paragraph', text: '' }],
      [{ kind: 'paragraph', text: 7 }],
      [{ kind: 'image', text: 'A photo' }],
      [{ kind: 'heading', text: 'Currents', level: 7 }],
      [{ kind: 'heading', text: 'Currents', level: 'one' }],
    ]) {
      expect(
        messageFor(
          withSecondArticle((article) => {
            article.blocks = blocks;
            // Kept in step, so that only the blocks are wrong.
            if (Array.isArray(blocks)) article.blockCount = blocks.length;
          }),
        ),
      ).toBe(expected);
    }
  });

  it('says which article’s reading position is wrong', () => {
    const expected =
      'Article 2 in this library file (“Currents”) is damaged: its reading position is missing or wrong. Nothing was changed.';
    for (const position of [
      undefined,
      null,
      { block: 0, offset: 0 },
      { block: 3, offset: 0, at: START },
      { block: -1, offset: 0, at: START },
      { block: 0, offset: -5, at: START },
      { block: 0, offset: 1.5, at: START },
      { block: 0, offset: 0, at: 'yesterday' },
    ]) {
      expect(messageFor(withSecondArticle((article) => (article.position = position)))).toBe(
        expected,
      );
    }
  });

  it('names each other field that is missing or wrong', () => {
    const cases: [field: string, wrong: unknown, named: string][] = [
      ['id', '', 'id'],
      ['source', undefined, 'source'],
      ['lang', null, 'language'],
      ['contentHash', 12, 'content hash'],
      ['format', 'pdf', 'format'],
      ['addedAt', '2025-01-15', 'date added'],
      ['openedAt', undefined, 'date last opened'],
      ['blockCount', 2, 'block count'],
      ['totalCharacters', -1, 'length'],
      ['charactersRead', 0.5, 'progress'],
      ['finished', 'yes', 'finished mark'],
    ];
    for (const [field, wrong, named] of cases) {
      expect(messageFor(withSecondArticle((article) => (article[field] = wrong)))).toBe(
        `Article 2 in this library file (“Currents”) is damaged: its ${named} is missing or wrong. Nothing was changed.`,
      );
    }
    expect(messageFor(JSON.stringify({ ...libraryFile(), articles: ['Tides'] }))).toBe(
      'Article 1 in this library file is damaged. Nothing was changed.',
    );
  });

  it('shortens a very long title in its message', () => {
    const title = `Currents ${'and more '.repeat(40)}`;
    const message = messageFor(
      withSecondArticle((article) => {
        article.title = title;
        article.finished = 'no';
      }),
    );
    expect(message).toMatch(/^Article 2 in this library file \(“Currents and more .{30,60}…”\)/);
  });

  it('quotes a title of up to 60 characters whole, and cuts a longer one to 60 with an ellipsis', () => {
    const sixty = `Currents${' and tides'.repeat(6)}`.slice(0, 60);
    const messageWithTitle = (title: string) =>
      messageFor(
        withSecondArticle((article) => {
          article.title = title;
          article.finished = 'no';
        }),
      );
    expect(sixty).toHaveLength(60);
    expect(messageWithTitle(`  ${sixty}  `)).toContain(`(“${sixty}”)`);
    expect(messageWithTitle(`${sixty}s`)).toContain(`(“${sixty.slice(0, 59)}…”)`);
  });

  it('says a date beyond any calendar is damaged', () => {
    // JSON.parse reads a number too large for a double as Infinity.
    const text = JSON.stringify(libraryFile()).replace(
      `"exportedAt":${START}`,
      '"exportedAt":1e999',
    );
    expect(messageFor(text)).toBe(DAMAGED);
    expect(messageFor(withSecondArticle((article) => (article.addedAt = 'soon')))).toContain(
      'its date added is missing or wrong',
    );
  });

  it('says a file cut short is damaged even when it starts with blank lines', () => {
    expect(messageFor('\n  {"format": "aloud-library", "vers')).toBe(DAMAGED);
    expect(messageFor('Notes about {the sea')).toBe(NOT_A_LIBRARY);
  });

  it('keeps whether the listener chose to hear an article’s clutter, and drops a wrong value', () => {
    const read = (readEverything: unknown) => {
      const parsed = parseLibraryFile(
        withSecondArticle((article) => (article.readEverything = readEverything)),
      );
      if (!parsed.ok) throw new Error(parsed.message);
      return parsed.file.articles[1]!;
    };
    expect(read(true).readEverything).toBe(true);
    expect(read(false).readEverything).toBe(false);
    expect(read('yes')).not.toHaveProperty('readEverything');
  });

  it('keeps a block’s own language when it is a language tag, and drops anything else', () => {
    const langs = ['de', 'zh-Hant', 'pt-BR', 'sr-Latn-RS', 'e', 'de-', '-de', 'english text'];
    const more = ['9x', 'deutschland', 'de-Schweizerisch', '<b>de</b>', 'de_CH', 7, ['de']];
    const all = [...langs, ...more];
    const parsed = parseLibraryFile(
      withSecondArticle((article) => {
        article.blocks = all.map((lang) => ({ kind: 'paragraph', text: 'Ebbe und Flut.', lang }));
        article.blockCount = all.length;
      }),
    );
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.file.articles[1]!.blocks.map((block) => block.lang)).toEqual([
      'de',
      'zh-Hant',
      'pt-BR',
      'sr-Latn-RS',
      ...Array<undefined>(all.length - 4).fill(undefined),
    ]);
  });

  it('reads headings of every level from 1 to 6, and one with no level', () => {
    const headings = [
      { kind: 'heading', text: 'Tides' },
      ...[1, 2, 3, 4, 5, 6].map((level) => ({ kind: 'heading', text: `Level ${level}`, level })),
    ];
    const parsed = parseLibraryFile(
      withSecondArticle((article) => {
        article.blocks = headings;
        article.blockCount = headings.length;
      }),
    );
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.file.articles[1]!.blocks).toEqual(headings);
    for (const level of [0, 1.5, null]) {
      expect(
        messageFor(
          withSecondArticle((article) => {
            article.blocks = [{ kind: 'heading', text: 'Currents', level }];
            article.blockCount = 1;
          }),
        ),
      ).toContain('is missing its text');
    }
  });

  // Its speed is a benchmark's (bench/library-file.ts), not a timed test's.
  it('reads a file of many articles, every one of them', () => {
    const articles = Array.from({ length: MANY_ARTICLES }, (_, index) =>
      exportedArticle(`a-${index}`, `Article ${index}`),
    );
    const text = JSON.stringify(libraryFile({ articles }));
    const result = parseLibraryFile(text);
    expect(result.ok && result.file.articles.length).toBe(MANY_ARTICLES);
  });
});

describe('bookmarks in a library file', () => {
  it('keeps an article’s bookmarks that point into its text, and drops a damaged one, not the article', () => {
    const parsed = parseLibraryFile(
      withSecondArticle((article) => {
        article.bookmarks = [
          { block: 0, offset: 0, words: 'The first words', at: 7 },
          { block: 99, offset: 0, words: 'Past the end', at: 7 },
          { block: 0, offset: -1, words: 'Before the start', at: 7 },
          { block: 0, offset: 3, words: '', at: 7 },
          'a bookmark',
        ];
      }),
    );
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.file.articles[1]?.bookmarks).toEqual([
      { block: 0, offset: 0, words: 'The first words', at: 7 },
    ]);
  });
});
