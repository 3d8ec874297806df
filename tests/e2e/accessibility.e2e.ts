import { expect, test } from '@playwright/test';
import { expectNoViolations } from './support/axe';
import { fixturePath, readFixture } from './support/fixtures';
import { openAloud, openLibrary, pasteArticle, shownText } from './support/reader-page';
import { waitForSpokenText } from './support/speech-log';

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [375, 1280]) {
    test(`no axe violations idle, playing and with the help dialog open (${colorScheme}, ${width} px)`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 800 });
      await openAloud(page);
      await expectNoViolations(page, 'idle');

      await page.getByRole('button', { name: 'Voice and speed' }).click();
      await expect(page.getByLabel('Voice', { exact: true })).toBeVisible();
      await page.getByRole('button', { name: 'New article' }).click();
      await expect(page.getByRole('textbox', { name: 'Article text' })).toBeVisible();
      await expectNoViolations(page, 'with the article and voice panels open');
      await page.getByRole('button', { name: 'Cancel' }).click();

      await page.getByRole('button', { name: 'Play' }).click();
      await waitForSpokenText(page, 'Welcome to Aloud', { until: 'started' });
      await page.getByRole('button', { name: 'Next sentence' }).click();
      await expect(page.locator('.current-sentence')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
      await expectNoViolations(page, 'playing');

      await page.keyboard.press('?');
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
      await expectNoViolations(page, 'with the help dialog open');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Pause' }).click();
    });
  }
}

test('following stops when the reader scrolls away, and a button brings the position back', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 600 });
  await openAloud(page);
  await page.getByRole('button', { name: 'Play' }).click();
  await waitForSpokenText(page, 'Welcome to Aloud', { until: 'started' });
  const current = page.locator('[aria-current="true"]');
  await expect(current).toBeInViewport();
  await page.mouse.move(180, 200);
  await page.mouse.wheel(0, 3000);
  const back = page.getByRole('button', { name: 'Back to the reading position' });
  await expect(back).toBeVisible();
  await expect(current).not.toBeInViewport();
  await back.click();
  await expect(back).toBeHidden();
  await expect(current).toBeInViewport();
  await expect(current).toBeFocused();
  await page.getByRole('button', { name: 'Pause' }).click();
});

test('the voice and speed panel follows its button in the tab order and closes with Escape', async ({
  page,
}) => {
  await openAloud(page);
  const toggle = page.getByRole('button', { name: 'Voice and speed' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('slider', { name: 'Speed' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('slider', { name: 'Speed' })).toBeHidden();
  await expect(toggle).toBeFocused();
});

test('browsing other paragraphs with the keyboard stops following; moving the position resumes it', async ({
  page,
}) => {
  await openAloud(page);
  await page.keyboard.press('n');
  await page.locator('[data-paragraph="1"]').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('[data-paragraph="3"]')).toBeFocused();
  const back = page.getByRole('button', { name: 'Back to the reading position' });
  await expect(back).toBeVisible();
  await page.keyboard.press('n');
  await expect(back).toBeHidden();
  await expect(page.locator('[data-paragraph="2"]')).toHaveAttribute('aria-current', 'true');
  // The Back button hiding while focused hands focus to the article, not the page top.
  await page.locator('[data-paragraph="4"]').focus();
  await back.focus();
  await page.keyboard.press('s');
  await expect(back).toBeHidden();
  await expect(page.locator('[data-paragraph="4"]')).toBeFocused();
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [375, 1280]) {
    test(`no axe violations in the library, empty and full (${colorScheme}, ${width} px)`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 800 });
      await openAloud(page);
      await openLibrary(page);
      await expect(page.getByText('Your library is empty.')).toBeVisible();
      await expectNoViolations(page, 'the library is empty');

      await pasteArticle(page, await readFixture('news-detainee-transfer.txt'));
      await pasteArticle(page, await readFixture('tricky-english.md'));
      await openLibrary(page);
      await expect(page.getByRole('list').getByRole('link')).toHaveCount(2);
      await page
        .getByRole('button', { name: /^Edit title and language of “The Night Shift/ })
        .click();
      await expectNoViolations(page, 'the library is full, renaming an article');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: /^Delete “The Night Shift/ }).click();
      await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
      await expectNoViolations(page, 'an article was just deleted');
    });
  }
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no axe violations while bringing an article in: the panel, its errors, a web page (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await openAloud(page);
    await page.getByRole('button', { name: 'New article' }).click();
    await page.getByRole('button', { name: 'Read this text' }).click();
    await expect(shownText(page, /There is no text to read/)).toBeVisible();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open file' }).click();
    await (
      await chooser
    ).setFiles({ name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0, 1, 2]) });
    await expect(shownText(page, /is not a text file/)).toBeVisible();
    await expectNoViolations(page, 'the import panel shows its errors');

    const chooser2 = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open file' }).click();
    await (await chooser2).setFiles(fixturePath('web-page.html'));
    await expect(page.getByRole('heading', { level: 2, name: /^Tide pools/ })).toBeVisible();
    await expectNoViolations(page, 'a web page was brought in');
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no axe violations in the listening parts: voice and speed with study and a loop, contents and bookmarks, a phone's settings menu (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await openAloud(page);
    await page.locator('#article-title').focus();
    // A loop over paragraphs 2 and 3, and a bookmark: what the panels then show.
    for (const key of ['n', 'a', 'n', 'b', 'm']) await page.keyboard.press(key);
    await expect(page.locator('.looped')).toHaveCount(2);
    await page.getByRole('button', { name: 'Voice and speed' }).click();
    await expect(page.getByRole('group', { name: 'Voice and speed' })).toBeVisible();
    await expect(page.locator('#loop-state')).toHaveText(/^Looping from paragraph 2/);
    await expectNoViolations(page, 'the voice and speed panel, with a loop set');

    await page.keyboard.press('Escape');
    await page.keyboard.press('c');
    const contents = page.getByRole('dialog', { name: 'Contents and bookmarks' });
    await expect(contents.getByRole('button', { name: /^Remove bookmark: / })).toBeVisible();
    await expectNoViolations(page, 'the contents and bookmarks dialog');
    await contents.getByRole('button', { name: 'Close' }).click();

    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('banner').getByRole('button', { name: 'Menu' }).click();
    await expect(page.getByRole('banner').getByRole('button', { name: 'Shortcuts' })).toBeVisible();
    await expectNoViolations(page, 'the header’s settings menu on a phone');
  });
}
