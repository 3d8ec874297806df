import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { readFixture } from './support/fixtures';
import {
  openLibrary,
  pasteArticle,
  progressLine,
  setSpeed,
  status,
  waitForOfflineReady,
} from './support/reader-page';
import { installSpeechLog, readSpeechLog, waitForSpokenText } from './support/speech-log';
import { StaticServer } from './support/static-server';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const current = path.join(projectRoot, 'dist');
const next = path.join(projectRoot, '.tmp', 'dist-next');
const NEXT_VERSION = '99.0.0-test';

test.beforeAll(() => {
  // The same app, built as another version: a deployment made while a page is open.
  execFileSync('npx', ['vite', 'build', '--outDir', next, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: projectRoot,
    env: { ...process.env, ALOUD_VERSION: NEXT_VERSION },
    stdio: 'inherit',
  });
});

test('a new version waits for the person: no reload while reading; Reload updates and keeps the place', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const server = new StaticServer(current);
  // Its own origin (a port the system gives): the other tests' service worker must not answer.
  const port = await server.listen();
  try {
    await installSpeechLog(page);
    await page.goto(`http://localhost:${port}/`);
    await waitForOfflineReady(page);
    await pasteArticle(page, await readFixture('news-detainee-transfer.txt'));
    await setSpeed(page, 2);
    await page.getByRole('button', { name: 'Next paragraph' }).click();
    await page.getByRole('button', { name: 'Play' }).click();
    await waitForSpokenText(page, /^The detainees were being held/, { until: 'started' });

    server.deploy(next);
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    const reload = page.getByRole('button', { name: 'Reload' });
    await expect(reload).toBeVisible();
    await expect(status(page)).toHaveText('A new version of Aloud is ready.');
    // Reading goes on: the next sentence starts in the same page.
    const spoken = (await readSpeechLog(page)).length;
    await waitForSpokenText(page, () => true, { until: 'started', after: spoken });
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();

    await page.getByRole('button', { name: 'Pause' }).click();
    const place = (await progressLine(page).textContent())?.split('·')[0]?.trim() ?? '';
    expect(place).toMatch(/^Paragraph 2 of 19, sentence \d of \d$/);
    const reloaded = page.waitForEvent('load', { timeout: 20_000 });
    await reload.click();
    await reloaded;
    await expect(progressLine(page)).toContainText(place);
    await expect(reload).toBeHidden();
    await openLibrary(page);
    await expect(page.getByText(`Aloud version ${NEXT_VERSION}`)).toBeVisible();
  } finally {
    await server.close();
  }
});
