import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

/** Tests use their own port, so a running `npm start` (4173) does not collide with them. */
const PORT = 4174;
const preview = `npx vite preview --port ${PORT} --strictPort`;
const hasBuild = existsSync(fileURLToPath(new URL('./dist/index.html', import.meta.url)));

// Real speech needs an audio sink: run through `npm test` (scripts/test.mjs), or wrap a manual
// run in `node scripts/with-audio-sink.mjs -- npx playwright test`. See ../shared/REAL-SPEECH.md.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.ts',
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
    launchOptions: {
      // `npx playwright install` cannot download browsers here: use the system Chromium.
      executablePath: '/usr/bin/chromium',
      args: [
        // Without it Chromium lists no voices and every utterance fails.
        '--enable-speech-dispatcher',
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
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
