import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations } from './support/axe';
import {
  openAloud,
  pressHeaderSetting,
  setSpeed,
  waitForOfflineReady,
} from './support/reader-page';
import { waitForSpokenText } from './support/speech-log';

/** Opens the Appearance dialog from the header. */
async function openAppearance(page: Page) {
  await pressHeaderSetting(page, 'Appearance');
  const dialog = page.getByRole('dialog', { name: 'Appearance' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Picks one choice in the Appearance dialog (opening and closing it around). */
async function choose(page: Page, group: string, choice: string): Promise<void> {
  const dialog = await openAppearance(page);
  await dialog.getByRole('group', { name: group }).getByRole('radio', { name: choice }).check();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
}

/** The page's background, as drawn. */
function pageBackground(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
}

/** Whether a face of the family has been downloaded and is in use (not a fallback). */
function fontLoaded(page: Page, family: string): Promise<boolean> {
  return page.evaluate(
    (name) =>
      [...document.fonts].some((face) => face.family.includes(name) && face.status === 'loaded'),
    family,
  );
}

/** Plays the sample until its first sentence is marked, then pauses: the marks stay. */
async function markedAndPaused(page: Page): Promise<void> {
  await setSpeed(page, 0.5);
  await page.getByRole('button', { name: 'Play' }).click();
  await waitForSpokenText(page, 'Welcome to Aloud', { until: 'started' });
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.locator('.current-sentence')).toBeVisible();
}

/** WCAG contrast of the sentence's underline (the text's colour) on the paragraph's mark. */
function underlineContrast(page: Page): Promise<{ line: string; ratio: number }> {
  return page.locator('.current-sentence').evaluate((sentence) => {
    const luminance = (color: string): number => {
      const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
        const channel = Number(part) / 255;
        return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const style = getComputedStyle(sentence);
    const paragraph = getComputedStyle(sentence.closest('[data-paragraph]')!).backgroundColor;
    const [light = 0, dark = 0] = [luminance(style.textDecorationColor), luminance(paragraph)].sort(
      (a, b) => b - a,
    );
    return { line: style.textDecorationLine, ratio: (light + 0.05) / (dark + 0.05) };
  });
}

test('a theme, a text size and a font apply at once, and before the first paint of the next visit', async ({
  page,
}) => {
  await openAloud(page);
  const usual = await pageBackground(page);
  const usualSize = await page.locator('article').evaluate((a) => getComputedStyle(a).fontSize);
  expect(usualSize).toBe('18px');

  const dialog = await openAppearance(page);
  await dialog.getByRole('radio', { name: 'Sepia' }).check();
  await dialog.getByRole('slider', { name: 'Text size' }).fill('200');
  await expect(dialog.getByRole('slider', { name: 'Text size' })).toHaveAttribute(
    'aria-valuetext',
    '200%',
  );
  await dialog.getByRole('radio', { name: 'Atkinson Hyperlegible' }).check();
  await dialog.getByRole('button', { name: 'Close' }).click();
  // Focus goes back to the button that opened the dialog.
  await expect(page.getByRole('button', { name: 'Appearance' })).toBeFocused();

  expect(await pageBackground(page)).toBe('rgb(244, 236, 216)');
  const article = page.locator('article');
  await expect(article).toHaveCSS('font-size', '36px');
  await expect(article).toHaveCSS('font-family', /Atkinson Hyperlegible/);
  await expect.poll(() => fontLoaded(page, 'Atkinson Hyperlegible')).toBe(true);

  // The next visit: the page's colours are set when its body is first made, before anything
  // is drawn, not once the app has read its settings.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      observer.disconnect();
      (window as unknown as { __firstBg: string }).__firstBg = document.documentElement.style
        .getPropertyValue('--bg')
        .trim();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __firstBg: string }).__firstBg)).toBe(
    '#f4ecd8',
  );
  await expect(article).toHaveCSS('font-size', '36px');
  await expect.poll(() => fontLoaded(page, 'Atkinson Hyperlegible')).toBe(true);

  // Back to the usual look: now, and at the next first paint.
  await (
    await openAppearance(page)
  )
    .getByRole('button', { name: 'Back to the usual look' })
    .click();
  await page.keyboard.press('Escape');
  expect(await pageBackground(page)).toBe(usual);
  await page.reload();
  await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __firstBg: string }).__firstBg)).toBe(
    '',
  );
  await expect(article).toHaveCSS('font-size', usualSize);
});

test('a reading font chosen online still shows offline', async ({ context, page }) => {
  await openAloud(page);
  await waitForOfflineReady(page);
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
  await choose(page, 'Font', 'OpenDyslexic');
  await expect.poll(() => fontLoaded(page, 'OpenDyslexic')).toBe(true);

  await context.setOffline(true);
  try {
    await page.reload();
    await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
    await expect(page.locator('article')).toHaveCSS('font-family', /OpenDyslexic/);
    await expect.poll(() => fontLoaded(page, 'OpenDyslexic')).toBe(true);
  } finally {
    await context.setOffline(false);
  }
});

test('the marks inside the paragraph can be the word only, or none', async ({ page }) => {
  await openAloud(page);
  await markedAndPaused(page);
  const sentence = page.locator('.current-sentence');
  const paragraph = page.locator('[aria-current="true"]');
  const paragraphMark = await paragraph.evaluate((p) => getComputedStyle(p).backgroundColor);
  await expect(sentence).toHaveCSS('text-decoration-line', 'underline');

  await choose(page, 'While reading, mark', 'Only the paragraph');
  await expect(sentence).toHaveCSS('text-decoration-line', 'none');
  await expect(sentence).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  // The paragraph being read is still marked.
  await expect(paragraph).toHaveCSS('background-color', paragraphMark);

  await choose(page, 'While reading, mark', 'Only the word, where the voice says which');
  await expect(sentence).toHaveCSS('text-decoration-line', 'none');

  await choose(
    page,
    'While reading, mark',
    'The sentence, and the word where the voice says which',
  );
  await expect(sentence).toHaveCSS('text-decoration-line', 'underline');
});

test('every theme, light and dark, and every font: no axe violations (best practices too), the sentence told from its paragraph at 3:1', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await openAloud(page);
  await markedAndPaused(page);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const theme of ['As the device', 'Light', 'Dark', 'Sepia', 'High contrast']) {
      await choose(page, 'Theme', theme);
      const state = `${theme}, ${colorScheme} device`;
      await expectNoViolations(page, state, { bestPractice: true });
      const { line, ratio } = await underlineContrast(page);
      expect(line, state).toBe('underline');
      expect(ratio, state).toBeGreaterThanOrEqual(3);
    }
  }
  for (const font of ['Serif', 'Atkinson Hyperlegible', 'OpenDyslexic']) {
    await choose(page, 'Font', font);
    await expectNoViolations(page, `the ${font} font`, { bestPractice: true });
  }
  await expectNoViolations(await openAppearance(page).then(() => page), 'the Appearance dialog', {
    bestPractice: true,
  });
});

test('in forced colours, with every theme: no axe violations, and the paragraph and sentence being read are marked apart', async ({
  page,
}) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await openAloud(page);
  await markedAndPaused(page);
  for (const theme of ['As the device', 'Sepia', 'High contrast']) {
    await choose(page, 'Theme', theme);
    await expectNoViolations(page, `forced colours, ${theme}`, { bestPractice: true });
    const marks = await page.locator('[aria-current="true"]').evaluate((paragraph) => {
      const sentence = paragraph.querySelector('.current-sentence')!;
      return {
        paragraphOutline: getComputedStyle(paragraph).outlineStyle,
        sentence: getComputedStyle(sentence).backgroundColor,
        paragraph: getComputedStyle(paragraph).backgroundColor,
      };
    });
    expect(marks.paragraphOutline).toBe('solid');
    expect(marks.sentence).not.toBe(marks.paragraph);
  }
});

test('the text-spacing overrides of WCAG 1.4.12 break nothing', async ({ browser }) => {
  // The overrides come as a style sheet of the person's own, which the page's policy would
  // refuse from a test: the test's page bypasses it, as a user style or extension does.
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  try {
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 720 });
      await openAloud(page);
      await page.addStyleTag({
        content: `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
          word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`,
      });
      const broken = await page.evaluate(() => {
        const found: string[] = [];
        if (document.documentElement.scrollWidth > document.documentElement.clientWidth)
          found.push('the page scrolls sideways');
        for (const control of document.querySelectorAll<HTMLElement>('button, a, label')) {
          if (control.offsetParent === null) continue;
          if (
            control.scrollWidth > control.clientWidth + 1 ||
            control.scrollHeight > control.clientHeight + 1
          )
            found.push(
              `clipped: ${control.textContent?.trim() || control.getAttribute('aria-label')}`,
            );
        }
        return found;
      });
      expect(broken, `at ${width} px`).toEqual([]);
    }
  } finally {
    await context.close();
  }
});
