import { expect, test } from '@playwright/test';
import { readFixture } from './support/fixtures';
import {
  libraryLink,
  notices,
  openAloud,
  openLibrary,
  pasteArticle,
  progressLine,
  setSpeed,
  shownText,
  status,
} from './support/reader-page';
import { waitForSpokenText } from './support/speech-log';

declare global {
  interface Window {
    /** Set by a test: the browser refuses every IndexedDB write, as when storage is full. */
    __refuseWrites?: boolean;
  }
}

test('a write refused for lack of space says so; the article is still read, and what was saved stays', async ({
  page,
}) => {
  await page.addInitScript(() => {
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: [unknown]) {
        if (window.__refuseWrites) {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return original.apply(this, args);
      } as typeof original;
    }
  });
  await openAloud(page);
  await pasteArticle(page, await readFixture('news-detainee-transfer.txt'));
  await page.getByRole('button', { name: 'Next paragraph' }).click();
  await expect(progressLine(page)).toContainText('Paragraph 2 of 19');

  await page.evaluate(() => (window.__refuseWrites = true));
  await pasteArticle(page, await readFixture('tricky-english.md'));
  const message = /Your device refused to save: its storage is full/;
  await expect(notices(page).getByText(message)).toBeVisible();
  await expect(status(page)).toHaveText(message);
  // Reading goes on with the article that could not be saved.
  await expect(page.getByRole('heading', { level: 2, name: /The Night Shift/ })).toBeVisible();
  await setSpeed(page, 2);
  await page.getByRole('button', { name: 'Play' }).click();
  await waitForSpokenText(page, 'The Night Shift', { until: 'started' });
  await page.getByRole('button', { name: 'Pause' }).click();

  await page.evaluate(() => (window.__refuseWrites = false));
  await page.reload();
  await openLibrary(page);
  await expect(page.getByRole('list').getByRole('link')).toHaveCount(1);
  await libraryLink(page, /^U\.S\. forces prevented/).click();
  await expect(progressLine(page)).toContainText('Paragraph 2 of 19');
});

test('without IndexedDB the library says it is off, and pasted text is still read', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { get: () => undefined });
  });
  await openAloud(page);
  await expect(notices(page).getByText(/The library is off/)).toBeVisible();
  await pasteArticle(page, await readFixture('news-detainee-transfer.txt'));
  await expect(page).toHaveURL(/#\/unsaved$/);
  await setSpeed(page, 2);
  await page.getByRole('button', { name: 'Play' }).click();
  await waitForSpokenText(page, /^U\.S\. forces prevented/, { until: 'started' });
  await page.getByRole('button', { name: 'Pause' }).click();
  await openLibrary(page);
  await expect(shownText(page, /can still read pasted text/)).toBeVisible();
});

test('settings kept by the version before the library move into it, and are kept', async ({
  page,
}) => {
  await page.addInitScript(() => {
    // Only on the first load: what the previous version left behind.
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem(
      'aloud.preferences.v1',
      JSON.stringify({ rate: 1.7, voiceByLanguage: {}, singleKeyShortcuts: false }),
    );
  });
  await openAloud(page);
  const openSettings = () => page.getByRole('button', { name: 'Voice and speed' }).click();
  await openSettings();
  await expect(page.getByRole('slider', { name: 'Speed' })).toHaveValue('1.7');
  expect(await page.evaluate(() => localStorage.getItem('aloud.preferences.v1'))).toBeNull();
  await page.reload();
  await openSettings();
  await expect(page.getByRole('slider', { name: 'Speed' })).toHaveValue('1.7');
  // Single-key shortcuts stayed off: N does not move.
  await page.locator('body').press('n');
  await expect(progressLine(page)).toContainText('Paragraph 1 of');
});
