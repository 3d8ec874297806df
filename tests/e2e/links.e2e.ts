import { expect, test, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { expectNoViolations } from './support/axe';
import { readFixture } from './support/fixtures';
import {
  libraryLink,
  openAloud,
  openLibrary,
  shownText,
  waitForOfflineReady,
} from './support/reader-page';

/** A news site of its own on this machine: one path lets other apps read it, one does not. */
let SITE = '';
const TITLE = 'Tide pools are disappearing faster than expected';
let site: Server;
/** Answers the page held at /slow/ (a slow site), so that a test sees the fetch under way. */
let releaseSlow: () => void = () => {};

test.beforeAll(async () => {
  const page = await readFixture('web-page.html');
  site = createServer(async (request, response) => {
    if (request.url?.startsWith('/slow/'))
      await new Promise<void>((resolve) => (releaseSlow = resolve));
    const open = request.url?.startsWith('/open/');
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      // What a site that lets other apps read its pages sends (few do).
      ...(open ? { 'access-control-allow-origin': '*' } : {}),
    });
    response.end(page);
  });
  // On a port the system gives: a fixed one can be taken by another run.
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  const address = site.address();
  if (address === null || typeof address === 'string') throw new Error('the site has no port');
  SITE = `http://127.0.0.1:${address.port}`;
});

test.afterAll(async () => {
  site.closeAllConnections();
  await new Promise((resolve) => site.close(resolve));
});

test.beforeEach(async ({ page }) => {
  await openAloud(page);
  // Pages are fetched by the service worker: it must be in charge of the page first.
  await waitForOfflineReady(page);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Welcome to Aloud' })).toBeVisible();
});

async function readAddress(page: Page, address: string): Promise<void> {
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Article text').fill(address);
  await page.getByRole('button', { name: 'Read this text' }).click();
}

test('a web address given alone is fetched when its site allows it, and read as any page', async ({
  page,
}) => {
  await readAddress(page, `${SITE}/open/harbour`);
  await expect(page.getByRole('heading', { level: 2, name: TITLE })).toBeVisible();
  await expect(page.locator('[data-paragraph]')).toHaveCount(13);
  await expect(page.locator('main')).not.toContainText(/Related stories|First!|kayak/i);
  await expect(page.getByText('127.0.0.1 · 13 paragraphs')).toBeVisible();
  await openLibrary(page);
  await expect(libraryLink(page, TITLE)).toBeVisible();
});

test('a link its site keeps to itself waits in the library, says why and what works, and its pasted text takes its place', async ({
  page,
}) => {
  const address = `${SITE}/closed/harbour`;
  await readAddress(page, address);
  // Said beside the address, which stays; the open article is as it was.
  await expect(
    shownText(page, /127\.0\.0\.1 does not let other apps read its pages/),
  ).toBeVisible();
  await expect(shownText(page, /It is in your library, waiting for its text/)).toBeVisible();
  await expect(page.getByLabel('Article text')).toHaveValue(address);
  await expect(page.getByRole('heading', { level: 2, name: 'Welcome to Aloud' })).toBeVisible();

  await page.getByRole('button', { name: 'Cancel' }).click();
  await openLibrary(page);
  const waiting = libraryLink(page, '127.0.0.1/closed/harbour');
  await expect(waiting).toHaveAccessibleName(/Waiting for its text/);
  await waiting.click();
  await expect(
    page.getByRole('heading', { name: '“127.0.0.1/closed/harbour” is waiting for its text' }),
  ).toBeFocused();
  await expect(page.getByRole('link', { name: 'the page on 127.0.0.1' })).toHaveAttribute(
    'href',
    address,
  );
  await page.getByRole('button', { name: 'Try fetching again' }).click();
  // The view's reason stays, and the attempt says its own, beneath the buttons.
  await expect(shownText(page, /does not let other apps read its pages/)).toHaveCount(2);

  // The article copied from the page and pasted here: read, saved, and the link gone.
  await page
    .getByLabel('The article’s text, copied from the page')
    .fill('The harbour pools.\n\nResidents asked about the schedule and the costs.');
  await page.getByRole('button', { name: 'Read this text' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'The harbour pools.' })).toBeVisible();
  await openLibrary(page);
  await expect(page.getByRole('list').getByRole('link')).toHaveCount(1);
  await expect(libraryLink(page, 'The harbour pools.')).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no axe violations while a link is fetched, refused, listed and waiting (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await readAddress(page, `${SITE}/slow/harbour`);
    await expect(
      page.getByRole('progressbar', { name: 'Fetching the page from 127.0.0.1…' }),
    ).toBeVisible();
    await expectNoViolations(page, 'a link is being fetched');
    releaseSlow();
    await expect(shownText(page, /does not let other apps read its pages/)).toBeVisible();
    await page.getByText('Send pages from your browser with the bookmarklet').click();
    await expectNoViolations(page, 'the panel says why the link waits, the bookmarklet shown');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await openLibrary(page);
    await expectNoViolations(page, 'the library lists a waiting link');
    await libraryLink(page, '127.0.0.1/slow/harbour').click();
    await expect(page.getByRole('heading', { name: /is waiting for its text/ })).toBeVisible();
    await expectNoViolations(page, 'a waiting link is open');
  });
}
