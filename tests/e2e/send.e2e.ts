import { expect, test, type Page } from '@playwright/test';
import config from '../../playwright.config';
import { expectNoViolations } from './support/axe';
import { readFixture } from './support/fixtures';
import { libraryLink, openAloud, openLibrary } from './support/reader-page';

/** Aloud, as the test server serves it on a port asked of the system. */
const ALOUD = new URL(config.use?.baseURL ?? 'http://localhost');
/**
 * A site of its own, where pages are sent from: another host name, so another origin than
 * Aloud's. The test's routes answer what is asked of it; no server of its own is started.
 */
const SITE = `http://127.0.0.1:${ALOUD.port}`;
const TITLE = 'Tide pools are disappearing faster than expected';

// The framing page below comes from the test (a fulfilled route), which Chromium takes for
// a public site: its own rule would then refuse a frame from this machine before Aloud could.
const launchOptions = config.use?.launchOptions ?? {};
test.use({
  launchOptions: {
    ...launchOptions,
    args: [...(launchOptions.args ?? []), '--disable-features=LocalNetworkAccessChecks'],
  },
});

/** The bookmarklet, as the import panel offers it: the code a bookmark click runs. */
async function bookmarkletCode(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByText('Send pages from your browser with the bookmarklet').click();
  const href = await page.getByRole('link', { name: 'Send to Aloud' }).getAttribute('href');
  expect(href).toMatch(/^javascript:/);
  return decodeURIComponent((href ?? '').slice('javascript:'.length));
}

test('the bookmarklet sends the page it runs on; Aloud asks first, then keeps only the article', async ({
  context,
  page,
}) => {
  await openAloud(page);
  const bookmarklet = await bookmarkletCode(page);
  // The news page on its own site; what it would load from the internet is refused.
  await context.route(/^https?:\/\/(?!localhost|127\.0\.0\.1)/, (route) => route.abort());
  const newsPage = await readFixture('web-page.html');
  await context.route(`${SITE}/news`, (route) =>
    route.fulfill({ contentType: 'text/html', body: newsPage }),
  );
  const news = await context.newPage();
  await news.goto(`${SITE}/news`);

  // "Don't save": nothing is kept.
  const [first] = await Promise.all([news.waitForEvent('popup'), news.evaluate(bookmarklet)]);
  const question = first.getByRole('dialog', { name: 'Save this page to your library?' });
  await expect(question).toContainText(`“${TITLE}`);
  await expect(question).toContainText('from 127.0.0.1');
  await expect(first.getByRole('button', { name: 'Save and read' })).toBeFocused();
  for (const colorScheme of ['light', 'dark'] as const) {
    await first.emulateMedia({ colorScheme });
    await expectNoViolations(first, `Aloud asks whether to save a sent page (${colorScheme})`);
  }
  await first.getByRole('button', { name: 'Don’t save' }).click();
  await expect(question).toBeHidden();
  await openLibrary(first);
  await expect(libraryLink(first, TITLE)).toHaveCount(0);
  await first.close();

  // Sent again and saved: the article alone, from its site, in the library.
  const [aloud] = await Promise.all([news.waitForEvent('popup'), news.evaluate(bookmarklet)]);
  await aloud.getByRole('button', { name: 'Save and read' }).click();
  await expect(aloud.getByRole('heading', { level: 2, name: TITLE })).toBeVisible();
  await expect(aloud.locator('[data-paragraph]')).toHaveCount(13);
  await expect(aloud.locator('main')).not.toContainText(/Related stories|First!|kayak/i);
  await expect(aloud.getByText('127.0.0.1 · 13 paragraphs')).toBeVisible();
  expect(new URL(aloud.url()).search).toBe('');
  await openLibrary(aloud);
  await expect(libraryLink(aloud, TITLE)).toBeVisible();
});

test('a page that Aloud did not open cannot send it anything, and is told so', async ({
  context,
  page,
}) => {
  const framed = new URL('/?send', ALOUD).href;
  await context.route(`${SITE}/framer`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Framer</title><iframe src="${framed}" width="900" height="700"></iframe>`,
    }),
  );
  await page.goto(`${SITE}/framer`);
  const aloud = page.frameLocator('iframe');
  // Shown, and said: the live region's copy of the words is left out.
  const notice = (text: RegExp) => aloud.getByText(text).and(aloud.locator(':not([aria-live])'));
  await expect(notice(/cannot reach the page that opened it/)).toBeVisible();
  const newsPage = await readFixture('web-page.html');
  await page.evaluate((html) => {
    document
      .querySelector('iframe')
      ?.contentWindow?.postMessage({ type: 'aloud-page', html, title: 'Not yours' }, '*');
  }, newsPage);
  await expect(
    notice(/A page that Aloud did not open tried to send it an article\. Aloud ignored it/),
  ).toBeVisible();
  await expect(aloud.getByRole('dialog')).toHaveCount(0);
  await expect(aloud.getByRole('heading', { level: 2, name: TITLE })).toHaveCount(0);
});
