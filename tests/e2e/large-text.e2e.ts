import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFixture } from './support/fixtures';
import { openAloud, pasteArticle, pressHeaderSetting, setSpeed } from './support/reader-page';
import { waitForSpokenText } from './support/speech-log';

/** A screen as a low-vision reader has it: small, and with large text or zoom. */
interface Screen {
  name: string;
  width: number;
  height: number;
  /** The browser's standard font size: 32 px is the 200% that phone text scaling gives. */
  fontSize: number;
}
const LARGE_TEXT: Screen = { name: '320×568, 200% text', width: 320, height: 568, fontSize: 32 };
const ZOOMED: Screen = { name: '320×256 (400% zoom)', width: 320, height: 256, fontSize: 16 };

/** Sets the viewport and the browser's text size (Chrome's own setting, through CDP). */
async function useScreen(page: Page, screen: Screen): Promise<void> {
  await page.setViewportSize({ width: screen.width, height: screen.height });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', {
    fontSizes: { standard: screen.fontSize, fixed: Math.round(screen.fontSize * 0.8) },
  });
}

function playbackBar(page: Page): Locator {
  return page.getByRole('region', { name: 'Playback' });
}

/** The share of the viewport's height the fixed playback bar covers. */
async function barShare(page: Page): Promise<number> {
  return playbackBar(page).evaluate(
    (bar) => bar.getBoundingClientRect().height / window.innerHeight,
  );
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
}

/** Whole inside the viewport, and the topmost thing at its centre (nothing covers it). */
async function expectReachable(control: Locator): Promise<void> {
  const reachable = await control.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    const inside =
      rect.top >= 0 &&
      rect.left >= 0 &&
      rect.bottom <= window.innerHeight &&
      rect.right <= window.innerWidth;
    const top = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    return inside && (top === element || element.contains(top));
  });
  expect(reachable, `${await control.getAttribute('aria-label')} is on screen`).toBe(true);
}

/** Previous, Play/Pause, Next and More: the controls the bar keeps however small the screen. */
async function expectTransportReachable(page: Page): Promise<void> {
  const bar = playbackBar(page);
  for (const name of ['Previous paragraph', 'Play', 'Next paragraph', 'More controls']) {
    await expectReachable(bar.getByRole('button', { name, exact: true }));
  }
}

/**
 * A modal dialog reflows: nothing scrolls sideways in it, and its heading is as wide as its
 * words need (up to the dialog's width), never squeezed beside another control.
 */
async function expectDialogReflows(dialog: Locator): Promise<void> {
  const shape = await dialog.evaluate((element) => {
    const heading = element.querySelector('h2')!;
    const style = getComputedStyle(element);
    const inner =
      element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const width = heading.getBoundingClientRect().width;
    // Its width on one line, unshrunk.
    heading.style.cssText = 'width: max-content; flex: none';
    const natural = heading.getBoundingClientRect().width;
    heading.style.cssText = '';
    return {
      sideways: element.scrollWidth - element.clientWidth,
      heading: width,
      needed: Math.min(natural, inner),
      right: element.getBoundingClientRect().right,
    };
  });
  expect(shape.sideways, 'the dialog scrolls sideways').toBeLessThanOrEqual(0);
  expect(shape.heading, 'the heading is squeezed').toBeGreaterThanOrEqual(shape.needed - 1);
  expect(shape.right).toBeLessThanOrEqual(await dialog.page().evaluate(() => window.innerWidth));
}

for (const screen of [LARGE_TEXT, ZOOMED]) {
  test(`at ${screen.name} the bar takes at most 40% of the view, and its panels never push it off`, async ({
    page,
  }) => {
    await useScreen(page, screen);
    await openAloud(page);
    expect(await barShare(page)).toBeLessThanOrEqual(0.4);
    await expectTransportReachable(page);
    await expectNoSidewaysScroll(page);
    // The skip link waits above the top until it has focus: nothing of it over the heading.
    const skip = await page.getByRole('link', { name: 'Skip to the article' }).boundingBox();
    expect((skip?.y ?? 0) + (skip?.height ?? 1)).toBeLessThanOrEqual(0);

    // What left the row is one press away, in a sheet above it.
    await page.getByRole('button', { name: 'More controls' }).click();
    const more = page.getByRole('group', { name: 'More controls' });
    for (const name of ['Previous sentence', 'Next sentence', 'Stop']) {
      await expect(more.getByRole('button', { name })).toBeVisible();
    }
    await more.getByRole('button', { name: 'Voice and speed' }).click();
    const speed = page.getByRole('slider', { name: 'Speed' });
    await expect(speed).toBeVisible();
    await expectTransportReachable(page);
    await expectNoSidewaysScroll(page);
    expect(await barShare(page)).toBeLessThanOrEqual(0.4);

    // The sheet scrolls within the space above the bar: its last control can be reached.
    const last = page.getByRole('button', { name: 'Pronunciation and skip rules…' });
    await last.scrollIntoViewIfNeeded();
    await expectReachable(last);
    await expectTransportReachable(page);

    // Escape closes the sheet, and focus is back on the button that opened it.
    await last.focus();
    await page.keyboard.press('Escape');
    await expect(more).toBeHidden();
    await expect(page.getByRole('button', { name: 'More controls' })).toBeFocused();
  });

  test(`at ${screen.name} every dialog and panel reflows`, async ({ page }) => {
    await useScreen(page, screen);
    await openAloud(page);

    await pressHeaderSetting(page, 'Shortcuts');
    const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(shortcuts).toBeVisible();
    await expectDialogReflows(shortcuts);
    await shortcuts.getByRole('button', { name: 'Close' }).click();

    await pressHeaderSetting(page, 'Appearance');
    const appearance = page.getByRole('dialog', { name: 'Appearance' });
    await expect(appearance).toBeVisible();
    await expectDialogReflows(appearance);
    await appearance.getByRole('button', { name: 'Close' }).click();

    await page.getByRole('button', { name: 'More controls' }).click();
    await page
      .getByRole('group', { name: 'More controls' })
      .getByRole('button', { name: 'Voice and speed' })
      .click();
    await page.getByRole('button', { name: 'Pronunciation and skip rules…' }).click();
    const rules = page.getByRole('dialog', { name: 'How things are said' });
    await expect(rules).toBeVisible();
    await expectDialogReflows(rules);
    await rules.getByRole('button', { name: 'Close' }).click();
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'New article' }).click();
    await expect(page.getByLabel('Article text')).toBeVisible();
    await expectNoSidewaysScroll(page);
    const read = page.getByRole('button', { name: 'Read this text' });
    await read.scrollIntoViewIfNeeded();
    await expectReachable(read);
    await page.getByRole('button', { name: 'Cancel' }).click();

    // The library view.
    await page.getByRole('link', { name: 'Library', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Library', level: 2 })).toBeVisible();
    await expectNoSidewaysScroll(page);
  });
}

test('at 200% text the words being spoken stay on screen, between the top and the bar', async ({
  page,
}) => {
  // Scrolls land at once (as for anyone who asks for less motion), so that a sample taken
  // as the page draws sees where the follower put the words, not a smooth scroll under way.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openAloud(page);
  await pasteArticle(page, await readFixture('news-detainee-transfer.txt'));
  await setSpeed(page, 3);
  await useScreen(page, LARGE_TEXT);

  // Each time the spoken sentence changes, once the page has drawn it: where is its start?
  await page.evaluate(() => {
    const samples: { top: number; bottom: number; space: number; text: string }[] = [];
    (window as unknown as { __samples: typeof samples }).__samples = samples;
    let last = '';
    new MutationObserver(() => {
      const sentence = document.querySelector('.current-sentence');
      const text = sentence?.textContent ?? '';
      if (!sentence || text === last) return;
      last = text;
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          const first = sentence.getClientRects()[0];
          const bar = document.querySelector('[aria-label="Playback"]')!.getBoundingClientRect();
          if (first) samples.push({ top: first.top, bottom: first.bottom, space: bar.top, text });
        }),
      );
    }).observe(document.getElementById('article')!, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });

  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await waitForSpokenText(page, /^U\.S\. forces prevented/, { until: 'started' });
  await expect
    .poll(
      () => page.evaluate(() => (window as unknown as { __samples: unknown[] }).__samples.length),
      { timeout: 90_000 },
    )
    .toBeGreaterThanOrEqual(8);
  await page.getByRole('button', { name: 'Pause' }).click();

  const samples = await page.evaluate(
    () =>
      (
        window as unknown as {
          __samples: { top: number; bottom: number; space: number; text: string }[];
        }
      ).__samples,
  );
  // Paragraphs taller than the space were read: following the paragraph would not do.
  const tallest = await page
    .locator('[data-paragraph]')
    .evaluateAll((blocks) => Math.max(...blocks.map((block) => block.clientHeight)));
  expect(tallest).toBeGreaterThan(samples[0]?.space ?? Infinity);
  for (const sample of samples) {
    expect(
      sample.top,
      `"${sample.text.slice(0, 40)}…" starts above the screen`,
    ).toBeGreaterThanOrEqual(0);
    expect(
      sample.bottom,
      `"${sample.text.slice(0, 40)}…" starts under the bar`,
    ).toBeLessThanOrEqual(sample.space);
  }

  // Scrolled away, the way back is on screen whole.
  await page.mouse.move(160, 100);
  await page.mouse.wheel(0, -5000);
  const back = page.getByRole('button', { name: 'Back to the reading position' });
  await expect(back).toBeVisible();
  await expectReachable(back);
});
