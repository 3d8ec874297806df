import { expect, test } from '@playwright/test';
import { readFixture } from './support/fixtures';
import {
  libraryLink,
  openAloud,
  openLibrary,
  pasteArticle,
  setSpeed,
  status,
} from './support/reader-page';
import { readSpeechLog, waitForSpokenText } from './support/speech-log';

/** The multilingual fixture's paragraphs: language, direction, and the voice heard. */
const PARAGRAPHS = [
  { lang: 'de', dir: 'ltr', voice: /^German/ },
  { lang: 'es', dir: 'ltr', voice: /^Spanish/ },
  { lang: 'fr', dir: 'ltr', voice: /^French/ },
  { lang: 'ja', dir: 'ltr', voice: /^Japanese/ },
  { lang: 'zh', dir: 'ltr', voice: /Chinese|Mandarin/ },
  { lang: 'ru', dir: 'ltr', voice: /^Russian/ },
  { lang: 'ar', dir: 'rtl', voice: /^Arabic/ },
];

test('the multilingual fixture: each paragraph is shown and read in its own language, by a voice that speaks it', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openAloud(page);
  await pasteArticle(page, await readFixture('multilingual.txt'));
  await setSpeed(page, 3);
  for (const [index, expected] of PARAGRAPHS.entries()) {
    const paragraph = page.locator(`[data-paragraph="${index}"]`);
    await expect(paragraph).toHaveAttribute('lang', expected.lang);
    await expect(paragraph).toHaveAttribute('dir', expected.dir);
    const firstWords = ((await paragraph.textContent()) ?? '').trim().slice(0, 4);
    const before = (await readSpeechLog(page)).length;
    await paragraph.click();
    const utterance = await waitForSpokenText(page, (u) => u.text.startsWith(firstWords), {
      until: 'started',
      after: before,
    });
    expect(utterance.lang, `paragraph ${index + 1}`).toBe(expected.lang);
    expect(utterance.voiceName, `paragraph ${index + 1}`).toMatch(expected.voice);
  }
  await page.getByRole('button', { name: 'Pause' }).click();
});

test('the Markdown fixture is spoken without any of its markup, and code is said as "Code block"', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openAloud(page);
  const markdown = `${await readFixture('tricky-english.md')}\n\n\`\`\`sh\nnpm start && echo "[done]"\n\`\`\`\n`;
  await pasteArticle(page, markdown);
  await setSpeed(page, 3);
  await expect(page.locator('pre[data-paragraph]')).toHaveText('npm start && echo "[done]"');
  // Read to the end, every sentence spoken.
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(status(page)).toHaveText('Finished reading', { timeout: 150_000 });
  const texts = (await readSpeechLog(page)).map((utterance) => utterance.text);
  expect(texts.length).toBeGreaterThan(20);
  expect(texts).toContain('Code block.');
  for (const text of texts) expect(text, text).not.toMatch(/^#|\*\*|__|`|\]\(|^[-*+] |^\d+\. |^> /);
  expect(texts.join(' ')).not.toContain('npm start');
});

test('an article’s language is changed in its details, and it is then read with a voice for it', async ({
  page,
}) => {
  await openAloud(page);
  // Too short for the detector: it takes the person's language, English.
  await pasteArticle(page, 'Guten Tag.\n\nWie geht es dir heute?');
  await openLibrary(page);
  await page.getByRole('button', { name: /^Edit title and language of “Guten Tag/ }).click();
  const language = page.getByLabel(/^Language of “Guten Tag/);
  await expect(language).toHaveValue('en-US');
  await language.selectOption({ label: 'German' });
  await page.getByRole('button', { name: 'Save' }).click();
  await libraryLink(page, /^Guten Tag/).click();
  await expect(page.locator('#article')).toHaveAttribute('lang', 'de');
  await page.getByRole('button', { name: 'Play' }).click();
  const utterance = await waitForSpokenText(page, 'Guten Tag.', { until: 'started' });
  expect(utterance.lang).toBe('de');
  expect(utterance.voiceName).toMatch(/^German/);
  await page.getByRole('button', { name: 'Pause' }).click();
});
