import { expect, test } from '@playwright/test';
import { readFixture } from './support/fixtures';
import {
  currentSentence,
  libraryLink,
  openAloud,
  openLibrary,
  pasteArticle,
  progressLine,
  setSpeed,
  shownText,
  status,
  waitForOfflineReady,
} from './support/reader-page';
import { SinkRecorder } from './support/sound';
import { installSpeechLog, readSpeechLog, waitForSpokenText } from './support/speech-log';

const NEWS_TITLE = /^U\.S\. forces prevented/;

test('given the news article read into its third paragraph, a page closed mid-sentence reopens there and Play resumes that sentence', async ({
  context,
  page,
}) => {
  await openAloud(page);
  await pasteArticle(page, await readFixture('news-detainee-transfer.txt'));
  await setSpeed(page, 2);
  await page.locator('[data-paragraph="1"]').click();
  const third = await waitForSpokenText(page, /^A senior U\.S\. intelligence official/, {
    until: 'started',
  });
  await expect(progressLine(page)).toContainText('Paragraph 3 of 19, sentence 1 of 1');
  const sentence = (await currentSentence(page).textContent())?.trim() ?? '';
  expect(sentence.startsWith(third.text)).toBe(true);
  // Closed while the sentence is being spoken.
  expect((await readSpeechLog(page)).at(-1)?.endedAt).toBeUndefined();
  await page.close({ runBeforeUnload: true });

  const next = await context.newPage();
  await openAloud(next);
  await expect(next.getByRole('heading', { level: 2, name: NEWS_TITLE })).toBeVisible();
  await expect(progressLine(next)).toContainText('Paragraph 3 of 19, sentence 1 of 1');
  await expect(currentSentence(next)).toHaveText(sentence);
  await next.getByRole('button', { name: 'Play' }).click();
  const resumed = await waitForSpokenText(next, /^A senior U\.S\./, { until: 'started' });
  expect((await readSpeechLog(next))[0]).toMatchObject({ text: resumed.text, rate: 2 });
  await next.getByRole('button', { name: 'Pause' }).click();
});

test('a place moved just before the page closes is kept, even within the writes coalesced', async ({
  context,
  page,
}) => {
  await openAloud(page);
  await pasteArticle(page, await readFixture('news-detainee-transfer.txt'));
  const next = page.getByRole('button', { name: 'Next paragraph' });
  for (let i = 0; i < 4; i++) await next.click();
  await expect(progressLine(page)).toContainText('Paragraph 5 of 19');
  await page.close({ runBeforeUnload: true });

  const reopened = await context.newPage();
  await openAloud(reopened);
  await expect(progressLine(reopened)).toContainText('Paragraph 5 of 19');
});

test('offline: the library lists the article with its progress, and it resumes at the same sentence, out loud', async ({
  context,
  page,
}) => {
  await openAloud(page);
  await expect(shownText(page, 'Ready to work offline.')).toBeVisible();
  await waitForOfflineReady(page);
  await pasteArticle(page, await readFixture('news-detainee-transfer.txt'));
  await setSpeed(page, 2);
  await page.locator('[data-paragraph="3"]').click();
  await waitForSpokenText(page, /^The situation intensified/, { until: 'started' });
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(progressLine(page)).toContainText('Paragraph 4 of 19, sentence 2 of 2');
  const sentence = (await currentSentence(page).textContent())?.trim() ?? '';

  await context.setOffline(true);
  try {
    await page.reload();
    await expect(page.getByRole('heading', { level: 2, name: NEWS_TITLE })).toBeVisible();
    await openLibrary(page);
    const link = libraryLink(page, NEWS_TITLE);
    await expect(link).toHaveAccessibleName(/Pasted text, \d+% read, \d+ min left/);
    const percent = Number(/(\d+)% read/.exec((await link.textContent()) ?? '')?.[1]);
    expect(percent).toBeGreaterThan(10);
    expect(percent).toBeLessThan(40);

    await link.click();
    await expect(progressLine(page)).toContainText('Paragraph 4 of 19, sentence 2 of 2');
    await expect(currentSentence(page)).toHaveText(sentence);
    const recorder = new SinkRecorder();
    try {
      await expect.poll(() => recorder.seconds).toBeGreaterThan(0.25);
      const before = recorder.seconds;
      const spokenBefore = (await readSpeechLog(page)).length;
      await page.getByRole('button', { name: 'Play' }).click();
      await waitForSpokenText(page, /^The situation intensified/, {
        until: 'started',
        after: spokenBefore,
      });
      await expect.poll(() => recorder.seconds).toBeGreaterThan(before + 2);
      expect(Math.max(...recorder.levels(before))).toBeGreaterThan(0.04);
    } finally {
      recorder.stop();
    }
    await page.getByRole('button', { name: 'Pause' }).click();
  } finally {
    await context.setOffline(false);
  }
});

test('the library: open, Back, rename, filter, delete with Undo, and an address of a deleted article', async ({
  page,
}) => {
  await openAloud(page);
  await openLibrary(page);
  await expect(page.getByText('Your library is empty.')).toBeVisible();
  await expect(page).toHaveTitle('Library — Aloud');

  await pasteArticle(page, await readFixture('news-detainee-transfer.txt'));
  const newsUrl = page.url();
  expect(newsUrl).toMatch(/#\/read\/[\w-]+$/);
  await pasteArticle(page, await readFixture('tricky-english.md'));
  await expect(
    page.getByRole('heading', { level: 2, name: 'The Night Shift at St. Louis General' }),
  ).toBeVisible();

  // Back goes from the article to the library; a reload keeps the view.
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Library', level: 2 })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Library', level: 2 })).toBeVisible();
  // Most recently opened first.
  const links = page.getByRole('list').getByRole('link');
  await expect(links).toHaveCount(2);
  await expect(links.nth(0)).toHaveAccessibleName(/^The Night Shift/);
  await expect(links.nth(1)).toHaveAccessibleName(NEWS_TITLE);
  await expect(links.nth(1)).toHaveAccessibleName(/Pasted text, 0% read/);

  // Rename, with the keyboard.
  await page.getByRole('button', { name: /^Edit title and language of “U\.S\. forces/ }).click();
  const titleField = page.getByLabel(/^New title for/);
  await expect(titleField).toBeFocused();
  await titleField.fill('');
  await page.keyboard.press('Enter');
  await expect(shownText(page, 'A title cannot be empty.')).toBeVisible();
  await titleField.fill('Prison break averted');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('button', { name: 'Edit title and language of “Prison break averted”' }),
  ).toBeFocused();
  await expect(libraryLink(page, 'Prison break averted')).toBeVisible();

  // Filter by title, in any case.
  await page.getByLabel('Filter by title').fill('PRISON');
  await expect(links).toHaveCount(1);
  await expect(page.getByText('1 of 2 articles')).toBeVisible();
  await page.getByLabel('Filter by title').fill('');
  await expect(links).toHaveCount(2);

  // Delete, announced, with Undo (which has focus).
  await page.getByRole('button', { name: 'Delete “Prison break averted”' }).click();
  await expect(status(page)).toHaveText(/Deleted “Prison break averted”/);
  await expect(links).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(libraryLink(page, 'Prison break averted')).toBeFocused();
  await expect(links).toHaveCount(2);

  // Deleted for good: its address says so and offers the library.
  await page.getByRole('button', { name: 'Delete “Prison break averted”' }).click();
  await expect(links).toHaveCount(1);
  await page.goto(newsUrl);
  await expect(
    page.getByRole('heading', { name: 'This article is not in your library' }),
  ).toBeFocused();
  await page.getByRole('link', { name: 'Go to the library' }).click();
  await expect(links).toHaveCount(1);
});

test('export, delete everything, import: the same articles, places and preferences; a damaged file changes nothing', async ({
  page,
}, testInfo) => {
  await openAloud(page);
  await pasteArticle(page, await readFixture('news-detainee-transfer.txt'));
  await page.getByRole('button', { name: 'Next paragraph' }).click();
  await page.getByRole('button', { name: 'Next paragraph' }).click();
  await expect(progressLine(page)).toContainText('Paragraph 3 of 19');
  await setSpeed(page, 1.7);
  await pasteArticle(page, await readFixture('tricky-english.md'));
  await openLibrary(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export library' }).click();
  const exported = testInfo.outputPath('library.json');
  await (await download).saveAs(exported);
  await expect(shownText(page, 'Exported 2 articles and your settings.')).toBeVisible();

  for (const name of [/^Delete “U\.S\. forces/, /^Delete “The Night Shift/]) {
    await page.getByRole('button', { name }).click();
  }
  await expect(page.getByRole('list').getByRole('link')).toHaveCount(0);
  await setSpeed(page, 1);

  const importFile = async (file: string | { name: string; mimeType: string; buffer: Buffer }) => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import library' }).click();
    await (await chooser).setFiles(file);
  };
  await importFile(exported);
  await expect(shownText(page, /2 added, 0 updated, 0 already here/)).toBeVisible();
  const links = page.getByRole('list').getByRole('link');
  await expect(links).toHaveCount(2);
  await expect(libraryLink(page, NEWS_TITLE)).toHaveAccessibleName(/Pasted text, \d+% read/);
  await page.getByRole('button', { name: 'Voice and speed' }).click();
  await expect(page.getByRole('slider', { name: 'Speed' })).toHaveValue('1.7');
  await page.getByRole('button', { name: 'Voice and speed' }).click();

  // Damaged, foreign and newer files: a clear message, and nothing changes.
  const text = await readFixture('news-detainee-transfer.txt');
  const bad = [
    [
      'cut.json',
      '{"format":"aloud-library","version":1,"articles":[{"id":"x"',
      /incomplete or damaged/,
    ],
    ['notes.json', text, /not an Aloud library file/],
    ['new.json', '{"format":"aloud-library","version":99,"articles":[]}', /newer version of Aloud/],
  ] as const;
  for (const [name, content, message] of bad) {
    await importFile({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
    await expect(shownText(page, message)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Import library' })).toHaveAccessibleDescription(
      message,
    );
  }
  await page.reload();
  await expect(links).toHaveCount(2);
  await libraryLink(page, NEWS_TITLE).click();
  await expect(progressLine(page)).toContainText('Paragraph 3 of 19');
});

test('two pages: an article added in one appears in the other, and its progress follows, never going back', async ({
  context,
  page,
}) => {
  const other = await context.newPage();
  await installSpeechLog(other);
  await openAloud(page);
  await other.goto('/#/');
  await expect(other.getByText('Your library is empty.')).toBeVisible();

  await pasteArticle(page, await readFixture('news-detainee-transfer.txt'));
  const link = libraryLink(other, NEWS_TITLE);
  await expect(link).toBeVisible({ timeout: 1_000 });
  await expect(link).toHaveAccessibleName(/0% read/);

  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Next paragraph' }).click();
  await expect(progressLine(page)).toContainText('Paragraph 5 of 19');
  await expect(link).not.toHaveAccessibleName(/ 0% read/, { timeout: 1_000 });
  const percent = Number(/(\d+)% read/.exec((await link.textContent()) ?? '')?.[1]);
  expect(percent).toBeGreaterThan(15);

  // The other page opens it where the first one is, and follows it while idle.
  await link.click();
  await expect(progressLine(other)).toContainText('Paragraph 5 of 19');
  await page.getByRole('button', { name: 'Next paragraph' }).click();
  await expect(progressLine(other)).toContainText('Paragraph 6 of 19', { timeout: 1_000 });
  // Closing the page that followed writes nothing older over the newer place.
  await other.close({ runBeforeUnload: true });
  await page.getByRole('button', { name: 'Next paragraph' }).click();
  await expect(progressLine(page)).toContainText('Paragraph 7 of 19');
  const third = await context.newPage();
  await openAloud(third);
  await expect(progressLine(third)).toContainText('Paragraph 7 of 19');
});
