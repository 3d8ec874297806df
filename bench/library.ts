// The library's speed in real Chromium with its real IndexedDB (on disk, in a profile of its
// own): 1,000 saved articles (a few 3 MB books among them). Each figure is printed beside a
// bare idb call, or the way it was done before the library, measured in the same run.
import { chromium } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LibraryBenchResult } from './library-page/library-bench';
import { startViteServer } from './vite-server';
import { printRatio } from './ratio-line';

/** Targets from the library issue. */
const TARGETS = { list: 1.5, savePosition: 2, openBook: 1.2 };

/** Runs the library benchmark page and returns its figures. */
export async function runLibraryBench(): Promise<LibraryBenchResult> {
  // The dev server serves the bench page with the app's own modules, unbundled.
  const server = await startViteServer('dev');
  const profile = await mkdtemp(path.join(tmpdir(), 'aloud-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking'],
  });
  try {
    const url = `${server.url}bench/library-page/index.html`;
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    const handle = await page.waitForFunction(() => window.__libraryBench, undefined, {
      timeout: 600_000,
      polling: 500,
    });
    const result = (await handle.jsonValue()) as LibraryBenchResult | { error: string };
    if ('error' in result) throw new Error(result.error);
    return result;
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
    server.stop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = await runLibraryBench();
  console.log(
    `Library: ${result.articles} articles, ${result.storedMegabytes.toFixed(1)} MB of text, saved in ${result.seedSeconds.toFixed(1)} s (medians below)`,
  );
  printRatio(
    "List the library (Library.refresh: the list view's read)",
    result.listMs,
    result.bareGetAllMs,
    'bare getAll:',
    TARGETS.list,
  );
  printRatio(
    'Save a reading position (newest-wins write)',
    result.savePositionMs,
    result.barePutMs,
    'bare put:',
    TARGETS.savePosition,
  );
  printRatio(
    'Open a saved 3 MB book until Play can speak',
    result.openSavedBookMs,
    result.openBookFileMs,
    'from a file:',
    TARGETS.openBook,
  );
}
