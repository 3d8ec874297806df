import { expect, test, type Page } from '@playwright/test';
import { openAloud, status } from './support/reader-page';

/** The article on screen, as a person would notice it changed: title and paragraph count. */
async function articleOnScreen(page: Page) {
  return {
    title: await page.getByRole('article').getByRole('heading').first().textContent(),
    paragraphs: await page.locator('[data-paragraph]').count(),
  };
}

async function openPanel(page: Page) {
  await page.getByRole('button', { name: 'New article' }).click();
  await expect(page.getByLabel('Article text')).toBeVisible();
}

for (const [name, text] of [
  ['empty', ''],
  ['whitespace only', '   \n\n\t  \n'],
] as const) {
  test(`pasting ${name} text says there is nothing to read and keeps the article`, async ({
    page,
  }) => {
    await openAloud(page);
    const before = await articleOnScreen(page);
    await openPanel(page);
    await page.getByLabel('Article text').fill(text);
    await page.getByRole('button', { name: 'Read this text' }).click();
    const field = page.getByLabel('Article text');
    await expect(field).toHaveAccessibleDescription(/There is no text to read/);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(status(page)).toHaveText(/There is no text to read/);
    expect(await articleOnScreen(page)).toEqual(before);
  });
}

const PNG_HEADER = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d];
const files = [
  {
    name: 'a binary file',
    file: {
      name: 'photo.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from([...PNG_HEADER, 1, 2, 3]),
    },
    message: /not a text file/,
  },
  {
    name: 'a file of nothing but NULs',
    file: { name: 'zeros.txt', mimeType: 'text/plain', buffer: Buffer.alloc(256) },
    message: /is empty/,
  },
  {
    name: 'a file over the size limit',
    file: {
      name: 'huge.txt',
      mimeType: 'text/plain',
      buffer: Buffer.alloc(11 * 1024 * 1024, 'a '),
    },
    message: /too large: Aloud opens files up to 10 MB/,
  },
  {
    name: 'an empty file',
    file: { name: 'empty.md', mimeType: 'text/blocks/markdown', buffer: Buffer.from('\n\n  \n') },
    message: /is empty/,
  },
];

for (const { name, file, message } of files) {
  test(`opening ${name} shows why next to Open file and keeps the article`, async ({ page }) => {
    await openAloud(page);
    const before = await articleOnScreen(page);
    await openPanel(page);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open file' }).click();
    await (await chooser).setFiles(file);
    await expect(page.getByRole('button', { name: 'Open file' })).toHaveAccessibleDescription(
      message,
    );
    await expect(status(page)).toHaveText(message);
    expect(await articleOnScreen(page)).toEqual(before);
    // Focus stays on the control that was used, never falling to the page.
    await expect(page.getByRole('button', { name: 'Open file' })).toBeFocused();
  });
}

/** Opens Aloud and a file through New article's Open file, as a person would. */
async function openFileInAloud(
  page: Page,
  file: { name: string; mimeType: string; buffer: Buffer },
): Promise<void> {
  await openAloud(page);
  await openPanel(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open file' }).click();
  await (await chooser).setFiles(file);
}

test('an old Latin-1 file opens, read as Windows-1252, and says so', async ({ page }) => {
  await openFileInAloud(page, {
    name: 'latin1.txt',
    mimeType: 'text/plain',
    // "Café crème" in Latin-1: bytes that are not valid UTF-8.
    buffer: Buffer.from('Caf\xe9 cr\xe8me, s\xfbrement.', 'latin1'),
  });
  await expect(page.locator('[data-paragraph="0"]')).toHaveText('Café crème, sûrement.');
  await expect(page.getByText(/latin1\.txt \(read as Western, Windows-1252\)/)).toBeVisible();
});

test('a Russian file saved as UTF-16 without a byte order mark opens in Russian, and says how it was read', async ({
  page,
}) => {
  const text = 'Кошка спит на диване. Погода сегодня хорошая.';
  await openFileInAloud(page, {
    name: 'заметки.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(text, 'utf16le'),
  });
  await expect(page.locator('[data-paragraph="0"]')).toHaveText(text);
  await expect(page.getByRole('article')).toHaveAttribute('lang', 'ru');
  await expect(page.getByText(/заметки\.txt \(read as UTF-16\)/)).toBeVisible();
});

test('a good Markdown file opens, read without its markup', async ({ page }) => {
  await openFileInAloud(page, {
    name: 'notes.md',
    mimeType: 'text/blocks/markdown',
    buffer: Buffer.from('# My notes\n\n- first **point**\n- second [link](https://example.com)\n'),
  });
  await expect(page.getByRole('heading', { name: 'My notes' })).toBeFocused();
  await expect(page.getByRole('listitem')).toHaveText(['first point', 'second link']);
});

test('a device with no voices gets a clear message instead of a silent Play button', async ({
  page,
}) => {
  // Simulates a browser whose speech engine has no voice installed.
  await page.addInitScript(() => {
    speechSynthesis.getVoices = () => [];
  });
  await page.clock.install();
  await openAloud(page);
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(status(page)).toHaveText('Waiting for voices to load…');
  // Aloud waits 20 s for voices before it says there are none (a busy machine's Firefox needs
  // over 6 s to list its voices): the page's clock runs them at once.
  await page.clock.runFor('00:21');
  await expect(status(page)).toHaveText(/No speech voices are available on this device/);
  await expect(
    page.getByRole('paragraph').filter({ hasText: /No speech voices are available/ }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});
