// The library file's speed, in Node: a 3 MB article's fingerprint beside one plain pass over
// its characters, and a file of many articles read beside JSON.parse of the same text, both
// measured in the same run. (These were once timed unit tests; timings belong here.)
// Run: npx tsx bench/library-file.ts
import { pathToFileURL } from 'node:url';
import { contentHash } from '../src/lib/text/content-hash';
import {
  LIBRARY_FILE_FORMAT,
  LIBRARY_FILE_VERSION,
  parseLibraryFile,
} from '../src/lib/library/library-file';
import type { ExportedArticle } from '../src/lib/library/types';
import type { Block } from '../src/lib/text/types';
import { printRatio } from './ratio-line';

/** Targets: the fingerprint at most this many plain passes; reading at most this many parses. */
const TARGETS = { hash: 4, read: 4 };
const REPETITIONS = 7;

/** The best of REPETITIONS timings of `run`, in ms. */
function best(run: () => unknown): number {
  let fastest = Infinity;
  for (let i = 0; i < REPETITIONS; i++) {
    const started = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

function bigArticle(): Block[] {
  const paragraph = 'The tide came in over the flats faster than anyone expected. '.repeat(40);
  return Array.from({ length: Math.ceil(3_000_000 / paragraph.length) }, (_, index) => ({
    kind: 'paragraph' as const,
    text: `${index} ${paragraph}`,
  }));
}

function manyArticlesFile(count: number): string {
  const articles: ExportedArticle[] = Array.from({ length: count }, (_, index) => {
    const blocks: Block[] = [
      { kind: 'heading', level: 1, text: `Article ${index}` },
      { kind: 'paragraph', text: 'The sea rises. The sea falls. The sea rises again.' },
    ];
    return {
      id: `a-${index}`,
      title: `Article ${index}`,
      source: 'notes.txt',
      format: 'text',
      lang: 'en',
      addedAt: 0,
      openedAt: 0,
      blockCount: blocks.length,
      totalCharacters: blocks.reduce((sum, block) => sum + block.text.length, 0),
      charactersRead: 0,
      position: { block: 0, offset: 0, at: 0 },
      finished: false,
      contentHash: contentHash(blocks),
      blocks,
    };
  });
  return JSON.stringify({
    format: LIBRARY_FILE_FORMAT,
    version: LIBRARY_FILE_VERSION,
    exportedAt: 0,
    articles,
    preferences: {},
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const blocks = bigArticle();
  const plainPass = () => {
    let sum = 0;
    for (const block of blocks)
      for (let i = 0; i < block.text.length; i++) sum = (sum + block.text.charCodeAt(i)) | 0;
    return sum;
  };
  printRatio(
    'Fingerprint a 3 MB article (contentHash)',
    best(() => contentHash(blocks)),
    best(plainPass),
    'a plain pass:',
    TARGETS.hash,
  );
  const text = manyArticlesFile(20_000);
  const result = parseLibraryFile(text);
  if (!result.ok) throw new Error(result.message);
  printRatio(
    'Read a library file of 20,000 articles (parseLibraryFile)',
    best(() => parseLibraryFile(text)),
    best(() => JSON.parse(text)),
    'JSON.parse:',
    TARGETS.read,
  );
}
