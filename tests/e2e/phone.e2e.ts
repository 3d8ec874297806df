import { expect, test } from '@playwright/test';
import { expectNoViolations } from './support/axe';
import { readFixture } from './support/fixtures';
import { openAloud, pasteArticle, progressLine, status, statusLine } from './support/reader-page';
import { readSpeechLog, waitForSpokenText } from './support/speech-log';

/** Opens the voice, speed and sleep timer panel. */
async function openSettings(page: import('@playwright/test').Page) {
  await page.getByRole('button', { name: 'Voice and speed' }).click();
  await expect(page.getByLabel('Sleep timer')).toBeVisible();
}

test('the sleep timer stops reading after its minutes, at the end of a sentence, and says so', async ({
  page,
}) => {
  await page.clock.install();
  await openAloud(page);
  await pasteArticle(page, await readFixture('news-detainee-transfer.txt'));
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await waitForSpokenText(page, /^U\.S\. forces prevented/, { until: 'started' });

  await openSettings(page);
  await page.getByLabel('Sleep timer').selectOption('5');
  await expect(status(page)).toHaveText('Sleep timer set: reading stops in 5 minutes.');
  await expect(page.getByText(/^Playing · Sleep timer: 5:00 left$/)).toBeVisible();
  await page.keyboard.press('Escape');

  // Five minutes of listening later, the sentence being read is finished, and no other begun.
  await page.clock.fastForward('05:00');
  await expect(status(page)).toHaveText('Sleep timer: reading stopped. Press Play to go on.', {
    timeout: 60_000,
  });
  // The status line says so, with the timer gone from it.
  await expect(statusLine(page)).toHaveText('Paused');
  const log = await readSpeechLog(page);
  const last = log.at(-1);
  expect(last?.endedAt).toBeDefined();
  expect(last?.error).toBeUndefined();
  // Play goes on from the sentence after the last one heard.
  const place = await progressLine(page).textContent();
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await waitForSpokenText(page, (utterance) => utterance.text !== last?.text, {
    until: 'started',
    after: log.length,
  });
  await expect(progressLine(page)).toHaveText(place ?? '');
});

test('the sleep timer can be set to the end of the paragraph, changed, and turned off', async ({
  page,
}) => {
  await openAloud(page);
  await openSettings(page);
  await page.getByLabel('Sleep timer').selectOption('paragraph');
  await expect(status(page)).toHaveText(
    'Sleep timer set: reading stops at the end of this paragraph.',
  );
  await expect(page.getByText(/Sleep timer: at the end of this paragraph$/)).toBeVisible();
  await page.getByLabel('Sleep timer').selectOption('30');
  await expect(status(page)).toHaveText('Sleep timer set: reading stops in 30 minutes.');
  await page.getByLabel('Sleep timer').selectOption('off');
  await expect(status(page)).toHaveText('Sleep timer off.');
  await expect(page.getByText(/Sleep timer:/)).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no axe violations with the voice and sleep timer menus open (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await openAloud(page);
    await openSettings(page);
    await page.getByLabel('Sleep timer').selectOption('15');
    await expect(page.getByText(/Sleep timer: 15:00 left$/)).toBeVisible();
    await expectNoViolations(page, `the voice and sleep timer menus are open (${colorScheme})`);
  });
}

/** Puts the page in the background, or brings it back, as a phone's lock or app switch does. */
function setVisibility(page: import('@playwright/test').Page, visible: boolean) {
  return page.evaluate((visible) => {
    Object.defineProperty(document, 'visibilityState', {
      configurable: true,
      get: () => (visible ? 'visible' : 'hidden'),
    });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => !visible });
    document.dispatchEvent(new Event('visibilitychange'));
  }, visible);
}

test('reading the phone stopped in the background goes on from the cut sentence when Aloud is back', async ({
  page,
}) => {
  await openAloud(page);
  await pasteArticle(page, await readFixture('news-detainee-transfer.txt'));
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.getByRole('button', { name: 'Next paragraph' }).click();
  await waitForSpokenText(page, /^The detainees were being held/, { until: 'started' });
  const spoken = (await readSpeechLog(page)).length;

  // The phone locks: the page is hidden, and the system cuts the speech.
  await setVisibility(page, false);
  await page.evaluate(() => speechSynthesis.cancel());
  await expect(statusLine(page)).toHaveText('Paused');

  await setVisibility(page, true);
  await waitForSpokenText(page, /^The detainees were being held/, {
    until: 'started',
    after: spoken,
  });
  await expect(status(page)).toHaveText(
    'Reading stopped while Aloud was in the background, at paragraph 2; it goes on from there.',
  );
  await expect(progressLine(page)).toContainText('Paragraph 2 of 19, sentence 1 of');
});

test('speed presets and a voice preview, which leaves the reading place where it was', async ({
  page,
}) => {
  await openAloud(page);
  await pasteArticle(page, await readFixture('news-detainee-transfer.txt'));
  await openSettings(page);
  await page.getByRole('button', { name: '1.25 times' }).click();
  await expect(page.getByRole('button', { name: '1.25 times' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('slider', { name: 'Speed' })).toHaveAttribute(
    'aria-valuetext',
    '1.25 times',
  );

  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.getByRole('button', { name: 'Next paragraph' }).click();
  const reading = await waitForSpokenText(page, /^The detainees were being held/, {
    until: 'started',
  });
  expect(reading.rate).toBe(1.25);
  const place = await progressLine(page).textContent();
  const spoken = (await readSpeechLog(page)).length;

  await page.getByLabel('Voice', { exact: true }).selectOption('English (Great Britain) espeak-ng');
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = await waitForSpokenText(page, /^The detainees were being held/, {
    until: 'started',
    after: spoken,
  });
  expect(preview.voiceName).toBe('English (Great Britain) espeak-ng');
  expect(preview.rate).toBe(1.25);
  await expect(statusLine(page)).toHaveText('Paused');
  await expect(progressLine(page)).toHaveText(place ?? '');
});

test('"Keep the screen on" holds the screen while reading, again when back, and is remembered', async ({
  page,
}) => {
  // The real wake lock, with each lock the app takes noted, to see whether it still holds.
  await page.addInitScript(() => {
    const locks: WakeLockSentinel[] = [];
    (window as unknown as { __locks: WakeLockSentinel[] }).__locks = locks;
    const request = navigator.wakeLock.request.bind(navigator.wakeLock);
    navigator.wakeLock.request = async (type) => {
      const lock = await request(type);
      locks.push(lock);
      return lock;
    };
  });
  const held = () =>
    page.evaluate(() =>
      (window as unknown as { __locks: WakeLockSentinel[] }).__locks.some((lock) => !lock.released),
    );
  await openAloud(page);
  await openSettings(page);
  const keepOn = page.getByRole('checkbox', { name: 'Keep the screen on while reading' });
  await keepOn.check();
  expect(await held()).toBe(false);

  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(held).toBe(true);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect.poll(held).toBe(false);

  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(held).toBe(true);
  await setVisibility(page, false);
  await expect.poll(held).toBe(false);
  await setVisibility(page, true);
  await expect.poll(held).toBe(true);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();

  await page.reload();
  await openSettings(page);
  await expect(keepOn).toBeChecked();
});

test.describe('on a phone, held in one hand', () => {
  test.use({ hasTouch: true, isMobile: true });

  /** Every control on screen smaller than a thumb's 48×48 px, by name. */
  async function smallControls(page: import('@playwright/test').Page) {
    return page.evaluate(() =>
      [...document.querySelectorAll('button, select, input, a')]
        .filter((element) => (element as HTMLElement).offsetParent !== null)
        .map((element) => {
          // A checkbox is tapped anywhere on its label.
          const target = element.closest('label') ?? element;
          const { width, height } = target.getBoundingClientRect();
          const name = element.textContent?.trim() || element.getAttribute('aria-label');
          return { name, width: Math.round(width), height: Math.round(height) };
        })
        .filter(({ width, height }) => width < 48 || height < 48),
    );
  }

  const sidewaysScroll = (page: import('@playwright/test').Page) =>
    page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );

  for (const [width, height] of [
    [360, 740],
    [320, 640],
    [740, 360],
  ] as const) {
    test(`at ${width}×${height}: one row of controls at the bottom, 48 px targets, the sentence in view`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await openAloud(page);
      await pasteArticle(page, await readFixture('news-detainee-transfer.txt'));
      await page.getByRole('button', { name: 'Play', exact: true }).click();
      for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Next paragraph' }).tap();
      await expect(progressLine(page)).toContainText('Paragraph 4 of 19');

      // The transport: every button on one row, in the bottom part of the screen.
      const tops = await page
        .getByRole('region', { name: 'Playback' })
        .getByRole('button')
        .evaluateAll((buttons) =>
          buttons
            .filter((button) => (button as HTMLElement).offsetParent !== null)
            .map((button) => Math.round(button.getBoundingClientRect().top)),
        );
      // Below 350 px seven targets do not fit: the row keeps four, the rest go under More.
      expect(tops.length).toBeGreaterThanOrEqual(width < 350 ? 4 : 6);
      expect(new Set(tops).size).toBe(1);
      expect(tops[0]).toBeGreaterThan(height / 2);
      expect(await smallControls(page)).toEqual([]);
      expect(await sidewaysScroll(page)).toBe(0);

      // The sentence being read is above the bar, never under it.
      const bar = await page.getByRole('region', { name: 'Playback' }).boundingBox();
      await expect
        .poll(async () => {
          const sentence = await page.locator('.current-sentence').boundingBox();
          return sentence && bar ? sentence.y + sentence.height <= bar.y : false;
        })
        .toBe(true);
      await page.getByRole('button', { name: 'Pause', exact: true }).tap();

      // The voice panel's controls are thumb-sized too, and Stop is always at hand.
      const more = page.getByRole('button', { name: 'More controls' });
      if (await more.isVisible()) await more.tap();
      await page.getByRole('button', { name: 'Voice and speed' }).locator('visible=true').tap();
      await expect(page.getByLabel('Sleep timer')).toBeVisible();
      expect(await smallControls(page)).toEqual([]);
      await expect(page.getByRole('button', { name: /^Stop/ }).locator('visible=true')).toHaveCount(
        1,
      );
      expect(await sidewaysScroll(page)).toBe(0);
    });
  }

  test('with the browser’s text at 200%, nothing scrolls sideways', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    await openAloud(page);
    await pasteArticle(page, await readFixture('news-detainee-transfer.txt'));
    expect(await sidewaysScroll(page)).toBe(0);
    // The bar stays put as the page scrolls: its controls must all be on screen, not cut off.
    const outside = await page
      .getByRole('region', { name: 'Playback' })
      .getByRole('button')
      .evaluateAll(
        (buttons) =>
          buttons
            .map((button) => button.getBoundingClientRect())
            .filter((rect) => rect.left < 0 || rect.right > window.innerWidth).length,
      );
    expect(outside).toBe(0);
    // At this size the voice panel is one of the controls under More.
    await page.getByRole('button', { name: 'More controls' }).tap();
    await page.getByRole('button', { name: 'Voice and speed' }).tap();
    await expect(page.getByLabel('Sleep timer')).toBeVisible();
    expect(await sidewaysScroll(page)).toBe(0);
  });
});

test('"Go on to the next unfinished article" reads the library one article after another', async ({
  page,
}) => {
  await openAloud(page);
  await pasteArticle(page, 'Alpha report.\n\nThe alpha team met today.');
  await pasteArticle(page, 'Beta report.\n\nThe beta team met today.');
  await expect(page.getByRole('heading', { level: 2, name: 'Beta report.' })).toBeVisible();
  await openSettings(page);
  await page.getByLabel('When an article ends').selectOption('next');
  await page.getByRole('button', { name: '2.0 times' }).click();

  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await waitForSpokenText(page, 'The beta team met today.');
  // The next one is said, opened and read, and the lock screen follows it.
  await expect(page.getByRole('heading', { level: 2, name: 'Alpha report.' })).toBeVisible();
  await waitForSpokenText(page, 'Alpha report.', { until: 'started' });
  await expect
    .poll(() => page.evaluate(() => navigator.mediaSession.metadata?.title))
    .toBe('Alpha report.');
  // Both are the library's only ones: after the alpha report, reading stops.
  await expect(status(page)).toHaveText('That was the last unfinished article in your library.', {
    timeout: 60_000,
  });
});

test('on a 390 px phone the header is one row, and the offline notice appears without moving the text', async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  try {
    // Every layout shift from the first paint on, as Lighthouse adds them up.
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { __shifts: number[] }).__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
        })[]) {
          if (!entry.hadRecentInput) shifts.push(entry.value);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await openAloud(page);
    const header = page.getByRole('banner');
    const tops = await header
      .locator('h1, a, button')
      .filter({ visible: true })
      .evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().top)));
    expect(tops.length).toBe(4); // Aloud, Library, New article, Menu
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(8);
    await expect(header.getByRole('button', { name: 'Shortcuts' })).toBeHidden();

    const title = page.getByRole('heading', { level: 2 });
    const before = await title.boundingBox();
    await expect(page.getByText('Ready to work offline.')).toBeVisible({ timeout: 30_000 });
    expect(await title.boundingBox()).toEqual(before);
    const shifted = await page.evaluate(() =>
      (window as unknown as { __shifts: number[] }).__shifts.reduce((sum, x) => sum + x, 0),
    );
    expect(shifted).toBeLessThan(0.01);

    // The menu opens over the page; its Shortcuts opens the list of keys.
    await header.getByRole('button', { name: 'Menu' }).tap();
    expect(await title.boundingBox()).toEqual(before);
    await header.getByRole('button', { name: 'Shortcuts' }).tap();
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  } finally {
    await context.close();
  }
});
