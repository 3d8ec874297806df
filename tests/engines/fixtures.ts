import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base } from '@playwright/test';
import { StaticServer } from '../e2e/support/static-server';
import type { Driver, Engine } from './driver/driver';
import { startEngineHost, type EngineHost } from './driver/engine-hosts';
import { PAGE_HOOKS_SCRIPT } from './driver/page-hooks';
import { JourneyPage } from './journey-page';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The build `npm test` made before the browser tests. */
export const distDir = path.join(projectRoot, 'dist');

/** Where the journey server puts the page hooks, loaded before the app's own scripts. */
const HOOKS_PATH = '/__journey/hooks.js';

/** A server of the built app that puts the journey hooks in its pages; on a free port. */
export async function startJourneyServer(): Promise<{ server: StaticServer; origin: string }> {
  const server = new StaticServer(distDir, {
    inject: { path: HOOKS_PATH, source: PAGE_HOOKS_SCRIPT },
  });
  const port = await server.listen();
  return { server, origin: `http://localhost:${port}` };
}

interface WorkerFixtures {
  /** Which engine this project's journeys run in (set per project in playwright.config.ts). */
  engine: Engine;
  engineHost: EngineHost;
  journeyOrigin: string;
}

interface TestFixtures {
  driver: Driver;
  /** Aloud in a fresh profile of the engine: its own storage, service worker and voices. */
  aloud: JourneyPage;
}

/** Journeys: written once, run in Chromium, Firefox and WebKit. */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  engine: ['chromium', { option: true, scope: 'worker' }],
  engineHost: [
    async ({ engine, playwright, launchOptions }, use) => {
      const host = await startEngineHost(engine, playwright.chromium, launchOptions);
      await use(host);
      await host.close();
    },
    { scope: 'worker' },
  ],
  journeyOrigin: [
    // Playwright reads a fixture's dependencies from its first parameter's pattern: none here.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const { server, origin } = await startJourneyServer();
      await use(origin);
      await server.close();
    },
    { scope: 'worker' },
  ],
  driver: async ({ engineHost }, use, testInfo) => {
    const driver = await engineHost.newDriver();
    await use(driver);
    if (testInfo.status !== testInfo.expectedStatus) {
      await driver
        .screenshot(testInfo.outputPath(`${driver.engine}-failure.png`))
        .catch(() => undefined);
    }
    await driver.close();
  },
  aloud: async ({ driver, journeyOrigin }, use) => {
    await use(new JourneyPage(driver, journeyOrigin));
  },
});

export { expect } from '@playwright/test';
