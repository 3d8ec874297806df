import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/e2e/support/chromium-launch';
import type { Engine } from './tests/engines/driver/driver';

/**
 * The preview server's port, asked of the system once and kept in the environment, so that
 * Playwright's workers (which load this file again) agree on it. Never a fixed port: two
 * runs, or `npm start` beside `npm test`, would collide.
 */
function previewPort(): number {
  if (!process.env.ALOUD_TEST_PORT) {
    process.env.ALOUD_TEST_PORT = execFileSync(process.execPath, [
      '-e',
      "const s = require('net').createServer().listen(0, '127.0.0.1', () => { process.stdout.write(String(s.address().port)); s.close(); });",
    ]).toString();
  }
  return Number(process.env.ALOUD_TEST_PORT);
}
const PORT = previewPort();

/** A project that runs the journeys (tests/engines) in one engine. */
function journeys(engine: Engine) {
  return {
    name: engine,
    testDir: 'tests/engines',
    testMatch: '**/*.journey.ts',
    use: { engine },
  };
}
const preview = `npx vite preview --port ${PORT} --strictPort`;
const hasBuild = existsSync(fileURLToPath(new URL('./dist/index.html', import.meta.url)));

// Real speech needs an audio sink: run through `npm test` (scripts/test.mjs), or wrap a manual
// run in `node scripts/with-audio-sink.mjs -- npx playwright test`. See ../shared/REAL-SPEECH.md.
// The journeys' worker option `engine` is typed here so each project may set it.
export default defineConfig<object, { engine: Engine }>({
  // Chromium runs every browser test; the journeys run in all three engines, Chromium first.
  projects: [
    { name: 'chromium-e2e', testDir: 'tests/e2e', testMatch: '**/*.e2e.ts' },
    journeys('chromium'),
    journeys('firefox'),
    journeys('webkit'),
  ],
  // One speech engine on the machine: tests must not talk over each other.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  // Real speech is slow: a paragraph at rate 1 takes tens of seconds.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://localhost:${PORT}`,
    headless: true,
    trace: 'off',
    launchOptions: chromiumLaunchOptions,
  },
  webServer: {
    // scripts/test.mjs builds first; a bare `npx playwright test` builds if there is no build.
    command: hasBuild ? preview : `npm run build && ${preview}`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
