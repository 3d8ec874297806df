// Mutation testing (`npm run mutate`, see README): StrykerJS changes the pure and state
// modules one small mutant at a time and runs the unit tests that cover each; a mutant no test
// notices is a gap in the tests.
import { lstatSync, mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';

/** The mutation score each folder should reach (issue 15). */
const TARGET_SCORE = 85;

/**
 * A name for a run beside another (MUTATION_RUN=text npx stryker run --mutate …): each run
 * needs its own sandbox, incremental file and report, or the two would overwrite each other.
 */
const RUN = process.env.MUTATION_RUN ? `-${process.env.MUTATION_RUN}` : '';

/** Where Stryker makes its sandbox, a copy of the project: the working tree never changes. */
const TEMP_DIR = `reports/stryker-tmp${RUN}`;

// Read by vite.config.ts: a mutant's tests are the unit tests of the modules, not the two
// whole-app suites (see `test.exclude` there).
process.env.ALOUD_MUTATION = '1';

/**
 * The unit tests read the article fixtures beside the project (../shared/fixtures, see
 * tests/unit/text/fixtures.ts). The sandbox lives in TEMP_DIR, so `shared` must be found there:
 * a link to the real one. Not `inPlace`, which would mutate src/ itself while others edit it,
 * and leave it mutated if Stryker were killed.
 */
function linkSharedBesideSandbox() {
  const link = path.join(TEMP_DIR, 'shared');
  mkdirSync(TEMP_DIR, { recursive: true });
  if (lstatSync(link, { throwIfNoEntry: false })) return;
  symlinkSync(path.relative(TEMP_DIR, path.resolve('../shared')), link, 'dir');
}

linkSharedBesideSandbox();

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // The project's own config, by its absolute path: Vitest lets tests load files from the
  // config's folder, and the sandbox's node_modules is a link to this project's, so fonts
  // imported with `?url` (src/lib/settings/fonts.ts) would otherwise be denied outside the sandbox.
  vitest: { configFile: path.resolve('vite.config.ts') },
  mutate: [
    'src/lib/text/**/*.ts',
    'src/lib/speech/**/*.ts',
    'src/lib/library/**/*.ts',
    'src/lib/settings/**/*.ts',
    'src/lib/import/**/*.ts',
    // The modules of the app layer, the platform and the components that hold logic; the
    // rest of those folders wires the browser in, and the browser tests cover it.
    'src/lib/app/announcer.svelte.ts',
    'src/lib/app/notices.svelte.ts',
    'src/lib/app/position-keeper.svelte.ts',
    'src/lib/app/reader.svelte.ts',
    'src/lib/app/route.ts',
    'src/lib/components/article/reading-follower.svelte.ts',
    'src/lib/components/shared/lazy-part.svelte.ts',
    'src/lib/platform/media-figures.ts',
    'src/lib/platform/network-status.svelte.ts',
    // The unit tests' stand-in for speechSynthesis, not app code.
    '!src/lib/speech/fake-engine.ts',
    // Browser-only adapters the unit tests replace with doubles (tests/unit/support/), the
    // import worker's entry (it listens on the worker's `self`), and what only the service
    // worker runs. Unit tests never load them, so all their mutants would only count as "no
    // coverage"; the browser tests cover them.
    '!src/lib/library/library-channel.ts',
    '!src/lib/import/import-worker.ts',
    '!src/lib/import/link/fetch-page.ts',
    '!src/lib/import/link/fetch-route.ts',
    '!src/lib/import/share/receive-share.ts',
    '!src/lib/import/share/share-inbox.ts',
    '!src/lib/import/share/share-names.ts',
    '!src/lib/settings/apply-look.ts',
    '!src/lib/settings/follow-look.svelte.ts',
    '!src/lib/settings/fonts.ts',
  ],
  // Left out of the sandbox: build output, test output and others' scratch files.
  ignorePatterns: [
    '/dist',
    '/dev-dist',
    '/test-results',
    '/playwright-report',
    '/.tmp',
    '/reports',
  ],
  tempDirName: TEMP_DIR,
  // A second run tests only the mutants whose code or tests changed since the first.
  incremental: true,
  incrementalFile: `reports/stryker-incremental${RUN}.json`,
  concurrency: 2,
  // A static mutant (in a module-level table: abbreviations, shortcuts, palettes) can only be
  // tested by running every test again: 1,613 of them (a quarter) would take hours on two
  // cores. They are left out, so a whole run stays well under half an hour; the tables are
  // covered by the tests that read them.
  ignoreStatic: true,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation${RUN}/mutation.html` },
  jsonReporter: { fileName: `reports/mutation${RUN}/mutation.json` },
  // A score under the target shows red in the reports but fails nothing:
  // scripts/mutation-score.mjs prints each folder's score beside the target.
  thresholds: { high: TARGET_SCORE, low: TARGET_SCORE, break: null },
};
