import { expect, type Page } from '@playwright/test';
import { installSpeechLog } from './speech-log';

/**
 * Records, in the page, the order in which paragraphs became the reading position
 * (aria-current="true"), so a test can check that reading visited every one in order.
 */
function currentParagraphRecorder(): void {
  const visited: number[] = [];
  (window as unknown as { __visited: number[] }).__visited = visited;
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      const element = mutation.target as HTMLElement;
      if (element.getAttribute('aria-current') !== 'true') continue;
      const index = Number(element.dataset.paragraph);
      if (visited.at(-1) !== index) visited.push(index);
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['aria-current'] });
}

/** Opens Aloud with the speech log and the paragraph recorder installed. */
export async function openAloud(page: Page): Promise<void> {
  await installSpeechLog(page);
  await page.addInitScript(currentParagraphRecorder);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
}

/** Paragraph indexes in the order they became current. */
export async function visitedParagraphs(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __visited: number[] }).__visited);
}

/**
 * The live region, where every state change is announced: what a screen reader says. Only
 * it: an import's progress is a status too, and may be on the page at the same moment.
 */
export function status(page: Page) {
  return page.getByRole('status').and(page.locator('[aria-live]'));
}

/**
 * The Notices landmark, where the app's messages are shown. The live region says the same
 * words at the same moment: a query for them on the whole page finds both.
 */
export function notices(page: Page) {
  return page.getByRole('region', { name: 'Notices' });
}

/** The player's status line, e.g. "Paused" or "Playing · Sleep timer: 5:00 left". */
export function statusLine(page: Page) {
  return page.locator('.progress .status');
}

/**
 * Text as shown on the page, the live region's copy of it left out: for messages shown
 * where they arose (a panel, a dialog, the library), not among the notices.
 */
export function shownText(page: Page, text: string | RegExp) {
  return page.getByText(text).and(page.locator(':not([aria-live])'));
}

/** The line that says where reading is, e.g. "Paragraph 2 of 19, sentence 1 of 3". */
export function progressLine(page: Page) {
  return page.getByText(/^Paragraph \d+ of \d+/);
}

/** The sentence highlighted as being read. */
export function currentSentence(page: Page) {
  return page.locator('[aria-current="true"] .current-sentence');
}

/** Pastes an article through the New article panel, with the mouse. */
export async function pasteArticle(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Article text').fill(text);
  await page.getByRole('button', { name: 'Read this text' }).click();
  await expect(page.getByLabel('Article text')).toBeHidden();
  // Saved (or not) and open: the address names it.
  await expect(page).toHaveURL(/#\/(read\/|unsaved)/);
}

/** Opens the player bar's voice and speed panel, if it is closed. */
export async function openVoicePanel(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'Voice and speed' });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await expect(page.getByRole('group', { name: 'Voice and speed' })).toBeVisible();
}

/** Sets the reading speed with the Speed slider. */
export async function setSpeed(page: Page, rate: number): Promise<void> {
  await openVoicePanel(page);
  await page.getByRole('slider', { name: 'Speed' }).fill(String(rate));
  await expect(page.getByRole('slider', { name: 'Speed' })).toHaveAttribute(
    'aria-valuetext',
    `${rate.toFixed(1)} times`,
  );
  await page.getByRole('button', { name: 'Voice and speed' }).click();
}

/** Opens the pronunciation and skip rules dialog from the voice and speed panel. */
export async function openRules(page: Page) {
  await openVoicePanel(page);
  await page.getByRole('button', { name: 'Pronunciation and skip rules…' }).click();
  const dialog = page.getByRole('dialog', { name: 'How things are said' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Goes to the library with the header's link, and waits for it. */
export async function openLibrary(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Library', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Library', level: 2 })).toBeVisible();
}

/** An article's link in the library, found by the start of its title. */
export function libraryLink(page: Page, title: string | RegExp) {
  return page.getByRole('list').getByRole('link', {
    name: typeof title === 'string' ? new RegExp(`^${escape(title)}`) : title,
  });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Waits until the service worker has cached the app shell (it then serves it offline). */
export async function waitForOfflineReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

/**
 * Presses one of the header's settings, Appearance or Shortcuts: on a phone's width they are
 * in the header's menu, which is opened first.
 */
export async function pressHeaderSetting(page: Page, name: 'Appearance' | 'Shortcuts') {
  const button = page.getByRole('banner').getByRole('button', { name, exact: true });
  if (!(await button.isVisible())) {
    await page.getByRole('button', { name: 'Menu', exact: true }).click();
  }
  await button.click();
}
