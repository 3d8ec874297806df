import type { LaunchOptions } from '@playwright/test';

/** Chromium as the browser tests and the benchmarks launch it: the system's, with its voices. */
export const chromiumLaunchOptions: LaunchOptions = {
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
};
