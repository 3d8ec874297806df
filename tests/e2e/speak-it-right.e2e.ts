import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations } from './support/axe';
import { readFixture } from './support/fixtures';
import { openAloud, pasteArticle, setSpeed, status } from './support/reader-page';
import { readSpeechLog, waitForSpokenText } from './support/speech-log';

/** The seed news article: its lines 8–9 (a related link) and 17–19 (a promotion) are not the article. */
async function openSeedArticle(page: Page): Promise<void> {
  await openAloud(page);
  await pasteArticle(page, await readFixture('news-detainee-transfer.txt'));
  await setSpeed(page, 3);
}

const paragraph = (page: Page, index: number) => page.locator(`[data-paragraph="${index}"]`);
const readEverything = (page: Page) => page.getByRole('button', { name: 'Read everything' });

/** What was spoken since the log had `after` utterances, as one text. */
async function spokenSince(page: Page, after: number): Promise<string> {
  return (await readSpeechLog(page))
    .slice(after)
    .map((utterance) => utterance.text)
    .join(' | ');
}

test('the seed article’s related link and closing promotion are shown dimmed, labelled, and never spoken', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openSeedArticle(page);
  await expect(page.getByText('Skipped: related link')).toHaveCount(2);
  await expect(page.getByText('Skipped: promotion')).toHaveCount(3);
  await expect(paragraph(page, 7)).toContainText('Read More: U.S. Strikes');
  await expect(
    page.getByText('5 parts of this page are not the article (related links, promotion lines)'),
  ).toBeVisible();
  await expect(readEverything(page)).toHaveAttribute('aria-pressed', 'false');

  // From the paragraph before the related link, reading goes on to the one after it.
  let before = (await readSpeechLog(page)).length;
  await paragraph(page, 6).click();
  await waitForSpokenText(page, 'Over the course of several weeks', {
    until: 'started',
    after: before,
  });
  let spoken = await spokenSince(page, before);
  expect(spoken).toContain('The Office of the Director of National Intelligence');
  expect(spoken).not.toContain('Read More');
  expect(spoken).not.toContain('U.S. Hits ISIS Targets');

  // From the last paragraph of the article, reading ends before the promotion.
  before = (await readSpeechLog(page)).length;
  await paragraph(page, 15).click();
  await expect(status(page)).toHaveText('Finished reading', { timeout: 60_000 });
  spoken = await spokenSince(page, before);
  expect(spoken).toContain('The detainees remain in Iraqi custody');
  expect(spoken).not.toMatch(/Editor|promo code|Join the conversation/);
});

test('“Read everything” speaks the skipped lines, and the article keeps that choice', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openSeedArticle(page);
  await readEverything(page).click();
  await expect(readEverything(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText(/^Skipped:/)).toHaveCount(0);

  const before = (await readSpeechLog(page)).length;
  await paragraph(page, 6).click();
  await waitForSpokenText(page, 'Read More: U.S. Strikes', { until: 'started', after: before });
  await waitForSpokenText(page, 'U.S. Hits ISIS Targets', { until: 'started', after: before });
  await page.getByRole('button', { name: 'Pause' }).click();

  // The choice is this article's, kept in the library: it holds after a reload.
  await page.reload();
  await expect(readEverything(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText(/^Skipped:/)).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no axe violations on an article with skipped lines (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openSeedArticle(page);
    await expect(page.getByText('Skipped: promotion').first()).toBeVisible();
    await expectNoViolations(page, `showing skipped lines (${colorScheme})`);
    await readEverything(page).click();
    await expectNoViolations(page, `reading everything (${colorScheme})`);
  });
}
