// Runs in the browser (served by Vite from bench/library.ts): the library's real code over
// the browser's real IndexedDB, each figure beside a bare idb call in the same run.
import { openDB } from 'idb';
import { ArticleStore } from '../../src/lib/library/articles';
import { DB_NAME, openLibraryDb } from '../../src/lib/library/db';
import { Library } from '../../src/lib/library/library.svelte';
import type { ArticleRecord } from '../../src/lib/library/types';
import { importTextFile } from '../../src/lib/import/text/text-input';
import { createArticle } from '../../src/lib/text/create-article';

/** Articles in the benchmark library, and how many of them are 3 MB books. */
const ARTICLES = 1000;
const BOOKS = 5;
const BOOK_BYTES = 3 * 1024 * 1024;
const LIST_RUNS = 15;
const POSITION_RUNS = 200;
const OPEN_RUNS = 5;

export interface LibraryBenchResult {
  articles: number;
  storedMegabytes: number;
  seedSeconds: number;
  listMs: number;
  bareGetAllMs: number;
  savePositionMs: number;
  barePutMs: number;
  openSavedBookMs: number;
  openBookFileMs: number;
}

declare global {
  interface Window {
    __libraryBench?: LibraryBenchResult | { error: string };
  }
}

/** A small deterministic generator, so each run measures the same library. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const WORDS =
  'the a reading library sentence voice paragraph offline article listen morning city council report people water school later found said would could about after before during under'.split(
    ' ',
  );

/** Generated prose of about `bytes` characters, one paragraph a line. */
function prose(bytes: number, next: () => number): string {
  const lines: string[] = [];
  let length = 0;
  while (length < bytes) {
    const sentences: string[] = [];
    const count = 2 + Math.floor(next() * 4);
    for (let s = 0; s < count; s++) {
      const words = Array.from(
        { length: 6 + Math.floor(next() * 14) },
        () => WORDS[Math.floor(next() * WORDS.length)] ?? 'word',
      );
      const sentence = words.join(' ');
      sentences.push(`${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`);
    }
    const line = sentences.join(' ');
    lines.push(line);
    length += line.length + 1;
  }
  return lines.join('\n');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function time(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

async function run(): Promise<LibraryBenchResult> {
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
  const db = await openLibraryDb();
  const store = new ArticleStore(db);
  const next = random(42);

  // The library: mostly articles of 5–50 KB, and a few books of 3 MB.
  const seedStart = performance.now();
  let stored = 0;
  let bookText = '';
  let bookId = '';
  for (let i = 0; i < ARTICLES; i++) {
    const isBook = i < BOOKS;
    const text = prose(isBook ? BOOK_BYTES : 5_000 + Math.floor(next() * 45_000), next);
    const article = createArticle(text, { source: `bench-${i}.txt`, format: 'text', lang: 'en' });
    if (!article) throw new Error('empty generated article');
    const { record } = await store.add({
      title: `Article ${i}`,
      source: article.source,
      format: 'text',
      lang: article.lang,
      blocks: [...article.blocks],
    });
    stored += text.length;
    if (i === 0) {
      bookText = text;
      bookId = record.id;
    }
  }
  const seedSeconds = (performance.now() - seedStart) / 1000;

  // Listing: what the library view reads, against a bare getAll of the same store.
  const bare = await openDB(DB_NAME);
  const library = new Library({
    open: () => Promise.resolve(store),
    channel: { post() {}, listen: () => () => {} },
    device: { persist: () => Promise.resolve(true), usage: () => Promise.resolve(null) },
  });
  await library.start();
  if (library.articles.length !== ARTICLES) throw new Error('the library lists the wrong count');
  const list: number[] = [];
  const getAll: number[] = [];
  for (let run = 0; run < LIST_RUNS; run++) {
    getAll.push(await time(() => bare.getAll('articles')));
    list.push(await time(() => library.refresh()));
  }

  // Saving a place: the store's newest-wins write, against a bare put of the same record.
  const record = (await store.getRecord(bookId)) as ArticleRecord;
  const save: number[] = [];
  const put: number[] = [];
  for (let run = 0; run < POSITION_RUNS; run++) {
    const at = Date.now() + run;
    put.push(
      await time(() =>
        bare.put('articles', { ...record, position: { block: run, offset: 0, at } }),
      ),
    );
    save.push(
      await time(() =>
        store.savePosition(bookId, {
          block: run,
          offset: 0,
          at: at + 0.5,
          charactersRead: run * 100,
          finished: false,
        }),
      ),
    );
  }

  // Opening a 3 MB book until Play can speak (its first sentence's chunks are ready): saved
  // in the library, against opening the same text from a file as before the library.
  const bytes = new TextEncoder().encode(bookText);
  const file = {
    name: 'book.txt',
    size: bytes.length,
    arrayBuffer: () => Promise.resolve(bytes.buffer),
  };
  const fromLibrary: number[] = [];
  const fromFile: number[] = [];
  for (let run = 0; run < OPEN_RUNS; run++) {
    fromFile.push(
      await time(async () => {
        const result = await importTextFile(file, 'en');
        if (!result.ok) throw new Error(result.message);
        if (!result.article.sentences(0)[0]?.chunks[0]) throw new Error('nothing to speak');
      }),
    );
    fromLibrary.push(
      await time(async () => {
        const opened = await library.load(bookId);
        if (!opened) throw new Error('the book is not in the library');
        const block = opened.record.position.block;
        if (!opened.article.sentences(block)[0]?.chunks[0]) throw new Error('nothing to speak');
      }),
    );
  }
  bare.close();
  db.close();
  return {
    articles: ARTICLES,
    storedMegabytes: stored / (1024 * 1024),
    seedSeconds,
    listMs: median(list),
    bareGetAllMs: median(getAll),
    savePositionMs: median(save),
    barePutMs: median(put),
    openSavedBookMs: median(fromLibrary),
    openBookFileMs: median(fromFile),
  };
}

run().then(
  (result) => {
    window.__libraryBench = result;
    document.getElementById('state')!.textContent = 'Done';
  },
  (error: unknown) => {
    window.__libraryBench = { error: String(error) };
  },
);
