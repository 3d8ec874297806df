import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoViolations } from './support/axe';
import { readFixture } from './support/fixtures';
import {
  currentSentence,
  openAloud,
  openRules,
  pasteArticle,
  progressLine,
  setSpeed,
  status,
} from './support/reader-page';
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

/** Our own fixture of what a voice says wrong when given the text as it is shown. */
const EAR_FIXTURE = readFileSync(
  new URL('../fixtures/articles/speak-for-the-ear.txt', import.meta.url),
  'utf8',
);

test('abbreviations, addresses, citations and emoji are said for the ear, and shown as written', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openAloud(page);
  await pasteArticle(page, EAR_FIXTURE);
  await setSpeed(page, 3);
  await page.getByRole('button', { name: 'Play' }).click();
  // The highlight is on the characters shown while the voice says them its way.
  await waitForSpokenText(page, 'Senator Warren', { until: 'started' });
  await expect(currentSentence(page)).toHaveText(
    'Sen. Warren met Gov. Hochul in St. Louis on Tuesday.',
  );
  await expect(status(page)).toHaveText('Finished reading', { timeout: 90_000 });
  const texts = (await readSpeechLog(page)).map((utterance) => utterance.text);
  expect(texts).toEqual([
    'Senator Warren met Governor Hochul in Saint Louis on Tuesday.',
    'It was Smith versus Jones, number 5 on the list, approximately 40 minutes long.',
    'Read the report at a link to example.com before Friday.',
    'Questions go to press.office at example.org, and nowhere else .',
  ]);
  await expect(paragraph(page, 1)).toHaveText(
    'It was Smith vs. Jones, No. 5 on the list, approx. 40 minutes long.[12]',
  );
});

test('a pronunciation rule changes what is said, not what is shown; a skip rule silences its text; Hear it leaves the place alone', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openAloud(page);
  await pasteArticle(
    page,
    'The GIF loops (Photo: J. Smith/AP) all day.\n\nA second paragraph follows it.\n\nAnd a third one ends it.',
  );
  await setSpeed(page, 3);
  // Reading stands at the second paragraph.
  await page.keyboard.press('n');
  await expect(progressLine(page)).toContainText('Paragraph 2 of 3');

  const dialog = await openRules(page);
  await dialog.getByLabel('Find').fill('GIF');
  await dialog.getByLabel('Say it as').fill('jif');
  const before = (await readSpeechLog(page)).length;
  await dialog.getByRole('button', { name: 'Hear it' }).click();
  await waitForSpokenText(page, 'Before jif, after.', { until: 'ended', after: before });
  await dialog.getByRole('button', { name: 'Add the rule' }).click();
  await expect(dialog.getByText('Say “GIF” as “jif” (whole words, every language)')).toBeVisible();

  // A bad regular expression is refused, with why, and nothing is saved.
  await dialog.getByLabel('Find').fill('(Photo: ');
  await dialog.getByLabel('Match', { exact: true }).selectOption({ label: 'Regular expression' });
  await dialog.getByRole('radio', { name: 'Do not say it' }).check();
  await dialog.getByRole('button', { name: 'Add the rule' }).click();
  await expect(dialog.getByRole('alert')).toContainText('not a regular expression Aloud can use');
  await expect(dialog.getByLabel('Find')).toBeFocused();
  await expect(dialog.getByRole('listitem')).toHaveCount(1);

  await dialog.getByLabel('Find').fill('\\(Photo: [^)]*\\)');
  await dialog.getByRole('button', { name: 'Add the rule' }).click();
  await expect(dialog.getByRole('listitem')).toHaveCount(2);
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Hearing the rule did not move the place.
  await expect(progressLine(page)).toContainText('Paragraph 2 of 3');
  const reading = (await readSpeechLog(page)).length;
  await paragraph(page, 0).click();
  const said = await waitForSpokenText(page, /loops/, { until: 'started', after: reading });
  expect(said.text).toBe('The jif loops all day.');
  await expect(paragraph(page, 0)).toHaveText('The GIF loops (Photo: J. Smith/AP) all day.');
  await page.getByRole('button', { name: 'Pause' }).click();

  // The rules are kept: after a reload they are listed and used.
  await page.reload();
  const again = await openRules(page);
  await expect(again.getByRole('listitem')).toHaveCount(2);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no axe violations in the rules view (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openAloud(page);
    const dialog = await openRules(page);
    await expectNoViolations(page, `the rules view, empty (${colorScheme})`);
    await dialog.getByLabel('Find').fill('GIF');
    await dialog.getByLabel('Say it as').fill('jif');
    await dialog.getByRole('button', { name: 'Add the rule' }).click();
    await dialog.getByLabel('Find').fill('(');
    await dialog.getByLabel('Match', { exact: true }).selectOption({ label: 'Regular expression' });
    await dialog.getByRole('button', { name: 'Add the rule' }).click();
    await expect(dialog.getByRole('alert')).toBeVisible();
    await expectNoViolations(page, `the rules view with a rule and a problem (${colorScheme})`);
  });
}

test('rules are added, edited, switched off and deleted with the keyboard alone', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openAloud(page);
  await pasteArticle(page, 'The GIF loops all day.\n\nA second paragraph.');
  await setSpeed(page, 3);
  const dialog = await openRules(page);
  const find = dialog.getByLabel('Find');
  await find.focus();
  await page.keyboard.type('GIF');
  await page.keyboard.press('Tab'); // the "Say it another way" choice
  await page.keyboard.press('Tab'); // what to say
  await page.keyboard.type('jif');
  await page.keyboard.press('Enter');
  const rules = dialog.getByRole('listitem');
  await expect(rules).toHaveText([/Say “GIF” as “jif”/]);
  await expect(find).toBeFocused();

  // Edited: Enter on Edit fills the form, Enter there saves.
  await dialog.getByRole('button', { name: /^Edit the rule/ }).focus();
  await page.keyboard.press('Enter');
  await expect(find).toHaveValue('GIF');
  await dialog.getByLabel('Say it as').focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('giff');
  await page.keyboard.press('Enter');
  await expect(rules).toHaveText([/Say “GIF” as “giff”/]);

  // Switched off: Space on its checkbox; the text is then said as written.
  await dialog.getByRole('checkbox', { name: /^Use the rule/ }).focus();
  await page.keyboard.press('Space');
  await expect(dialog.getByRole('checkbox', { name: /^Use the rule/ })).not.toBeChecked();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  const before = (await readSpeechLog(page)).length;
  await paragraph(page, 0).click();
  const said = await waitForSpokenText(page, /loops/, { until: 'started', after: before });
  expect(said.text).toBe('The GIF loops all day.');
  await page.getByRole('button', { name: 'Pause' }).click();

  // Deleted: Enter on Delete; it is said, and focus stays in the dialog.
  const again = await openRules(page);
  await again.getByRole('button', { name: /^Delete the rule/ }).focus();
  await page.keyboard.press('Enter');
  await expect(again.getByRole('listitem')).toHaveCount(0);
  await expect(again.getByRole('status')).toContainText('Rule deleted');
  await expect(again.getByLabel('Find')).toBeFocused();
});
