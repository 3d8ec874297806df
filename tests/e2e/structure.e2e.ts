// An article's structure with real speech: its contents and headings, "Where am I?",
// bookmarks kept with it, and focus (a screen reader's cursor) sent to where listening stopped.
import { expect, test, type Page } from '@playwright/test';
import {
  openAloud,
  pasteArticle,
  progressLine,
  setSpeed,
  status,
  statusLine,
} from './support/reader-page';
import { waitForSpokenText } from './support/speech-log';

const TIDES = [
  '# Tides',
  '',
  'The sea rises and falls twice a day.',
  '',
  '## Spring tides',
  '',
  'They come twice a month, at the new and full moon. They are the highest.',
  '',
  '## Neap tides',
  '',
  'They come between, when the moon is at a quarter.',
].join('\n');

function contents(page: Page) {
  return page.getByRole('dialog', { name: 'Contents and bookmarks' });
}

/** The element that has focus, as a screen reader would name it: its paragraph's number. */
function focusedParagraph(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      document.activeElement?.closest<HTMLElement>('[data-paragraph]')?.dataset.paragraph ?? null,
  );
}

test('the contents move reading to a heading and focus there; H, Shift+H and W say where', async ({
  page,
}) => {
  await openAloud(page);
  await pasteArticle(page, TIDES);
  await page.locator('#article-title').focus();
  await page.keyboard.press('c');
  await expect(contents(page)).toBeVisible();
  const headings = contents(page).getByRole('list').first().getByRole('button');
  await expect(headings).toHaveText(['Tides', 'Spring tides', 'Neap tides']);
  await expect(headings.first()).toHaveAttribute('aria-current', 'location');

  await headings.getByText('Neap tides').click();
  await expect(contents(page)).toBeHidden();
  await expect(page.locator(':focus')).toHaveText('Neap tides');
  await expect(progressLine(page)).toContainText('Paragraph 5 of 6');

  await page.keyboard.press('Shift+H');
  await expect(status(page)).toHaveText('Paragraph 3 of 6: Spring tides');
  await page.keyboard.press('h');
  await expect(status(page)).toHaveText('Paragraph 5 of 6: Neap tides');
  await page.keyboard.press('Shift+H');
  await page.keyboard.press('n');
  await page.keyboard.press('w');
  await expect(status(page)).toHaveText(
    'Tides. Under “Spring tides”. Paragraph 4 of 6. Under a minute left.',
  );
  await expect(progressLine(page)).toContainText('Paragraph 4 of 6, sentence 1 of 2');

  await page.keyboard.press('k');
  const heard = await waitForSpokenText(page, /^They come twice a month/, { until: 'started' });
  expect(heard.voiceName).toMatch(/^English/);
});

test('a bookmark made while listening is said, kept after a reload, listed with its words, and goes to its sentence', async ({
  page,
}) => {
  await openAloud(page);
  await pasteArticle(page, TIDES);
  await expect(page).toHaveURL(/#\/read\//);
  // At the usual speed: the rest of the article lasts long enough to hear what M says.
  await page.getByRole('button', { name: 'Play' }).click();
  await waitForSpokenText(page, 'They are the highest.', { until: 'started' });
  await page.keyboard.press('m');
  await expect(status(page)).toHaveText('Bookmarked: “They are the highest.”');
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(statusLine(page)).toHaveText('Paused');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Tides', level: 2 })).toBeVisible();
  await page.keyboard.press('s');
  await page.getByRole('button', { name: 'Contents and bookmarks' }).click();
  const bookmark = contents(page).getByRole('button', {
    name: 'They are the highest.',
    exact: true,
  });
  await expect(bookmark).toBeVisible();
  await expect(contents(page).getByText('Paragraph 4')).toBeVisible();

  await bookmark.click();
  await expect(contents(page)).toBeHidden();
  await expect(progressLine(page)).toContainText('Paragraph 4 of 6, sentence 2 of 2');
  expect(await focusedParagraph(page)).toBe('3');
  await page.keyboard.press('m');
  await expect(status(page)).toHaveText(
    'This sentence is bookmarked already: “They are the highest.”',
  );

  await page.keyboard.press('c');
  await contents(page)
    .getByRole('button', { name: 'Remove bookmark: They are the highest.' })
    .click();
  // Said from inside the dialog, where a screen reader is.
  await expect(contents(page).getByRole('status')).toHaveText(
    'Bookmark removed: “They are the highest.”',
  );
  await expect(contents(page).getByText('No bookmarks yet.')).toBeVisible();
});

test('after Pause, Tab from the bar reaches the paragraph last read; after Stop, F sends focus there', async ({
  page,
}) => {
  await openAloud(page);
  await setSpeed(page, 2);
  await page.getByRole('button', { name: 'Play' }).click();
  const third = (await page.locator('[data-paragraph="2"]').innerText()).trim();
  await waitForSpokenText(page, (utterance) => third.startsWith(utterance.text), {
    until: 'started',
  });
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(statusLine(page)).toHaveText('Paused');

  // From Pause, on through the bar's controls: the next stop after them is the paragraph.
  let presses = 0;
  while ((await focusedParagraph(page)) === null && presses < 12) {
    await page.keyboard.press('Tab');
    presses += 1;
    const inBar = await page.evaluate(() => !!document.activeElement?.closest('.player-bar'));
    if (!inBar) break;
  }
  expect(await focusedParagraph(page)).toBe('2');

  await page.keyboard.press('k');
  await expect(statusLine(page)).toHaveText('Playing');
  await page.keyboard.press('s');
  await expect(statusLine(page)).toHaveText('Ready to read');
  await page.getByRole('button', { name: 'Play' }).focus();
  await page.keyboard.press('f');
  expect(await focusedParagraph(page)).toBe('2');
});
