import { expect, test, type Page } from '@playwright/test';
import { readFixture } from './support/fixtures';
import {
  libraryLink,
  openAloud,
  openLibrary,
  shownText,
  waitForOfflineReady,
} from './support/reader-page';

/** What another app's share carries, as the platform posts it to the manifest's action. */
interface Share {
  title?: string;
  text?: string;
  url?: string;
  files?: { name: string; type: string; content: string }[];
}

/**
 * Shares with Aloud the way Chromium does for an installed app: a multipart POST of the
 * manifest's share_target fields to its action, which the service worker answers.
 */
async function share(page: Page, content: Share): Promise<void> {
  const manifest = await (await page.request.get('/manifest.webmanifest')).json();
  const target = manifest.share_target as { action: string; method: string; enctype: string };
  await page.evaluate(
    ({ content, target }) => {
      const form = document.createElement('form');
      form.method = target.method;
      form.enctype = target.enctype;
      form.action = target.action;
      for (const name of ['title', 'text', 'url'] as const) {
        const input = document.createElement('input');
        input.name = name;
        input.value = content[name] ?? '';
        form.append(input);
      }
      const files = document.createElement('input');
      files.type = 'file';
      files.name = 'files';
      files.multiple = true;
      const transfer = new DataTransfer();
      for (const file of content.files ?? []) {
        transfer.items.add(new File([file.content], file.name, { type: file.type }));
      }
      files.files = transfer.files;
      form.append(files);
      document.body.append(form);
      form.submit();
    },
    { content, target },
  );
}

const ARTICLE =
  'The harbour council met on Tuesday evening. Residents asked about the schedule, the costs and the noise during the works. The council promised answers by spring.';

test.beforeEach(async ({ page }) => {
  await openAloud(page);
  // The service worker receives shares: it must be in charge of the page first.
  await waitForOfflineReady(page);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Welcome to Aloud' })).toBeVisible();
});

test('shared text with a title (its link inside the text) becomes a library article and opens', async ({
  page,
}) => {
  await share(page, {
    title: 'Harbour notes',
    text: `${ARTICLE}\nhttps://news.example/harbour`,
  });
  await expect(page.getByRole('heading', { level: 2, name: 'Harbour notes' })).toBeVisible();
  await expect(page.locator('[data-paragraph]').first()).toHaveText(ARTICLE);
  await expect(page.getByText('Shared from news.example')).toBeVisible();
  // The link is where it came from, not something to read.
  await expect(page.locator('main')).not.toContainText('https://');
  await expect(page).toHaveURL(/\/#\/read\//);
  await openLibrary(page);
  await expect(libraryLink(page, /^Harbour notes/)).toBeVisible();
});

test('a shared web page file is imported as if dropped, offline too', async ({ page, context }) => {
  await context.setOffline(true);
  await share(page, {
    files: [
      { name: 'web-page.html', type: 'text/html', content: await readFixture('web-page.html') },
    ],
  });
  await expect(
    page.getByRole('heading', {
      level: 2,
      name: 'Tide pools are disappearing faster than expected',
    }),
  ).toBeVisible();
  await expect(page.getByText('web-page.html · 13 paragraphs')).toBeVisible();
  await openLibrary(page);
  await expect(libraryLink(page, /^Tide pools are disappearing/)).toBeVisible();
});

test('an empty share and a link Aloud cannot fetch each say why; the link waits in the library', async ({
  page,
  context,
}) => {
  await share(page, { title: 'Harbour notes', text: ARTICLE });
  await expect(page.getByRole('heading', { level: 2, name: 'Harbour notes' })).toBeVisible();

  await share(page, { title: ' ', text: '' });
  await expect(shownText(page, /Nothing came with the share/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Harbour notes' })).toBeVisible();

  await context.setOffline(true);
  await share(page, { title: 'Harbour plans', text: 'Look https://news.example/harbour' });
  await expect(
    shownText(
      page,
      /Aloud could not fetch the page from news\.example\. It is in your library, waiting for its text/,
    ),
  ).toBeVisible();
  await expect(shownText(page, /copy the article and paste it into New article/)).toBeVisible();
  // The article being read stays open.
  await expect(page.getByRole('heading', { level: 2, name: 'Harbour notes' })).toBeVisible();
  await openLibrary(page);
  await expect(page.getByRole('list').getByRole('link')).toHaveCount(2);
  await expect(libraryLink(page, 'news.example/harbour')).toHaveAccessibleName(
    /Waiting for its text/,
  );
});
