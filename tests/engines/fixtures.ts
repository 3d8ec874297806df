import { test as base } from '@playwright/test';
import type { Driver, Engine } from './driver/driver';
import { startEngineHost, type EngineHost } from './driver/engine-hosts';
import { JourneyPage } from './journey-page';
import { startJourneyServer } from './journey-server';

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
