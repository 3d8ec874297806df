// What a keyboard and screen reader audit found, each found with the keyboard alone and the
// live regions logged (axe sees none of them): where focus lands, and what is said, after
// each step a person takes.
import { expect, test, type FileChooser, type Page } from '@playwright/test';
import {
  libraryLink,
  openAloud,
  openLibrary,
  openRules,
  pasteArticle,
  shownText,
  status,
} from './support/reader-page';

const ARTICLE = 'The harbour pools.\n\nResidents asked about the schedule and the costs.';
const ARTICLE_TITLE = 'The harbour pools.';

/** Opens the library with one article in it. */
async function libraryWithOneArticle(page: Page): Promise<void> {
  await openAloud(page);
  await pasteArticle(page, ARTICLE);
  await openLibrary(page);
  await expect(libraryLink(page, ARTICLE_TITLE)).toBeVisible();
}

test('Import library keeps focus on its button, for a good file and for a bad one', async ({
  page,
}, testInfo) => {
  // Listened for from the start: a listener added just before the key races Playwright's
  // interception of the chooser, and a chooser opened unintercepted never answers.
  const choosers: FileChooser[] = [];
  page.on('filechooser', (chooser) => choosers.push(chooser));
  await libraryWithOneArticle(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export library' }).click();
  const exported = testInfo.outputPath('library.json');
  await (await download).saveAs(exported);

  const importButton = page.getByRole('button', { name: 'Import library' });
  const files = [
    { file: exported, message: /0 added, 0 updated, 1 already here/ },
    {
      file: { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('notes') },
      message: /not an Aloud library file/,
    },
  ];
  for (const [index, { file, message }] of files.entries()) {
    // With the keyboard: Enter on the button opens the file chooser.
    await importButton.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => choosers.length).toBe(index + 1);
    await choosers[index]?.setFiles(file);
    await expect(shownText(page, message)).toBeVisible();
    await expect(status(page)).toHaveText(message);
    await expect(importButton, 'focus after importing').toBeFocused();
  }
});

test('Cancel while editing a rule puts focus back on the rule’s Edit button, and says so', async ({
  page,
}) => {
  await openAloud(page);
  const dialog = await openRules(page);
  await dialog.getByLabel('Find').fill('GIF');
  await dialog.getByLabel('Say it as').fill('jif');
  await dialog.getByRole('button', { name: 'Add the rule' }).click();
  await expect(dialog.getByRole('listitem')).toHaveCount(1);

  const edit = dialog.getByRole('button', { name: /^Edit the rule: Say “GIF”/ });
  await edit.focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('heading', { name: 'Edit the rule' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).focus();
  await page.keyboard.press('Enter');

  await expect(dialog.getByRole('heading', { name: 'Add a rule' })).toBeVisible();
  await expect(edit, 'focus after Cancel').toBeFocused();
  await expect(dialog.getByRole('status')).toHaveText('Edit cancelled: the rule is unchanged.');
});

test('an empty title is said, and focus stays in the title field', async ({ page }) => {
  await libraryWithOneArticle(page);
  await page.getByRole('button', { name: `Edit title and language of “${ARTICLE_TITLE}”` }).click();
  const titleField = page.getByLabel(/^New title for/);
  await expect(titleField).toBeFocused();
  await titleField.fill('');
  await page.keyboard.press('Enter');

  await expect(status(page)).toHaveText('A title cannot be empty.');
  await expect(titleField).toBeFocused();
  await expect(titleField).toHaveAttribute('aria-invalid', 'true');
  await expect(titleField).toHaveAccessibleDescription('A title cannot be empty.');
});

test('New article keeps what was typed when it is closed, until it is read', async ({ page }) => {
  await openAloud(page);
  const newArticle = page.getByRole('button', { name: 'New article' });
  const box = page.getByRole('textbox', { name: 'Article text' });

  // Escape, then Cancel: each time, the text is there again when the panel reopens.
  await newArticle.click();
  await expect(box).toBeFocused();
  await page.keyboard.type('A first draft');
  await page.keyboard.press('Escape');
  await expect(box).toBeHidden();
  await expect(newArticle).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('A first draft');

  await page.keyboard.type(', and more.');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(box).toBeHidden();
  await newArticle.click();
  await expect(box).toHaveValue('A first draft, and more.');

  // Read: the draft has become the article, and the box is empty for the next one.
  await page.getByRole('button', { name: 'Read this text' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^A first draft/ })).toBeVisible();
  await expect(box).toBeHidden();
  await newArticle.click();
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('');
});

test('at 390 px with 200% text, renaming an article does not scroll the page sideways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const cdp = await page.context().newCDPSession(page);
  // Chrome's own text size: 32 px is the 200% that phone text scaling gives.
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  await libraryWithOneArticle(page);
  await page.getByRole('button', { name: `Edit title and language of “${ARTICLE_TITLE}”` }).click();
  await expect(page.getByLabel(/^New title for/)).toBeFocused();

  const sideways = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(sideways, 'how far the page scrolls sideways, in px').toBeLessThanOrEqual(0);
});

test('Escape anywhere in the rename form cancels it, with focus back on Edit', async ({ page }) => {
  await libraryWithOneArticle(page);
  const edit = page.getByRole('button', { name: `Edit title and language of “${ARTICLE_TITLE}”` });
  const titleField = page.getByLabel(/^New title for/);

  for (const name of ['Save', 'Cancel']) {
    await edit.click();
    await expect(titleField).toBeFocused();
    await page.getByRole('button', { name, exact: true }).focus();
    await page.keyboard.press('Escape');
    await expect(titleField, `Escape on ${name}`).toBeHidden();
    await expect(edit, `focus after Escape on ${name}`).toBeFocused();
  }
  await expect(libraryLink(page, ARTICLE_TITLE)).toBeVisible();
});

test('a dialog opens with its live region empty, not with what was said before', async ({
  page,
}) => {
  await openAloud(page);
  await page.getByRole('button', { name: 'Voice and speed' }).click();
  await page.getByLabel('Sleep timer').selectOption('5');
  await expect(status(page)).toHaveText(/^Sleep timer set/);

  const rules = await openRules(page);
  await expect(rules.getByRole('status'), 'the rules dialog, opened').toHaveText('');
  // What happens while it is open is still said from inside it.
  await rules.getByLabel('Find').fill('GIF');
  await rules.getByLabel('Say it as').fill('jif');
  await rules.getByRole('button', { name: 'Add the rule' }).click();
  await expect(rules.getByRole('status')).toHaveText('Rule added.');
  await page.keyboard.press('Escape');
  await expect(rules).toBeHidden();

  // Opened again: "Rule added." is old news now, there and in the other dialogs.
  await openRules(page);
  await expect(rules.getByRole('status'), 'the rules dialog, opened again').toHaveText('');
  await page.keyboard.press('Escape');
  await expect(rules).toBeHidden();
  await page.getByRole('button', { name: 'Shortcuts' }).click();
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('status'), 'the shortcuts dialog, opened').toHaveText('');
});

test('New article opened from the empty library’s Add an article gives focus back there', async ({
  page,
}) => {
  await openAloud(page);
  await openLibrary(page);
  const add = page.getByRole('button', { name: 'Add an article' });
  const box = page.getByRole('textbox', { name: 'Article text' });

  for (const close of ['Escape', 'Cancel']) {
    await add.focus();
    await page.keyboard.press('Enter');
    await expect(box).toBeFocused();
    if (close === 'Escape') await page.keyboard.press('Escape');
    else await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(box).toBeHidden();
    await expect(add, `focus after ${close}`).toBeFocused();
  }
  // Opened from the header, it still gives focus back to the header's button.
  await page.getByRole('button', { name: 'New article' }).click();
  await expect(box).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'New article' })).toBeFocused();
});
