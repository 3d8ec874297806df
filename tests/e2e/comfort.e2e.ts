import { expect, test, type Page } from '@playwright/test';
import { openAloud, setSpeed } from './support/reader-page';
import { waitForSpokenText } from './support/speech-log';

/** Starts reading the sample, and waits until its first sentence is highlighted. */
async function reading(page: Page): Promise<void> {
  await openAloud(page);
  await setSpeed(page, 0.5);
  await page.getByRole('button', { name: 'Play' }).click();
  await waitForSpokenText(page, 'Welcome to Aloud', { until: 'started' });
  await expect(page.locator('.current-sentence')).toBeVisible();
}

/** The contrast ratio (WCAG) of two computed colours, as the page has them. */
function contrast(page: Page, first: string, second: string): Promise<number> {
  return page.evaluate(
    ([a, b]) => {
      const luminance = (color: string): number => {
        const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
          const channel = Number(part) / 255;
          return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
      };
      const [light, dark] = [luminance(a ?? ''), luminance(b ?? '')].sort((x, y) => y - x);
      return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
    },
    [first, second],
  );
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the sentence being read is told from its paragraph by an underline at 3:1 or more (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await reading(page);
    const look = await page.locator('.current-sentence').evaluate((sentence) => {
      const style = getComputedStyle(sentence);
      const paragraph = getComputedStyle(sentence.closest('[data-paragraph]')!);
      return {
        line: style.textDecorationLine,
        color: style.textDecorationColor,
        paragraph: paragraph.backgroundColor,
      };
    });
    expect(look.line).toContain('underline');
    expect(await contrast(page, look.color, look.paragraph)).toBeGreaterThanOrEqual(3);
    await page.getByRole('button', { name: 'Pause' }).click();
  });
}

test('in forced colours only the paragraph being read shows a side bar', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await reading(page);
  const bars = await page.locator('[data-paragraph]').evaluateAll((blocks) =>
    blocks.map((block) => {
      const style = getComputedStyle(block);
      return {
        current: block.getAttribute('aria-current') === 'true',
        bar: style.borderInlineStartColor,
        ground: getComputedStyle(document.documentElement).backgroundColor,
      };
    }),
  );
  const current = bars.filter((block) => block.current);
  const others = bars.filter((block) => !block.current);
  expect(current).toHaveLength(1);
  expect(current[0]?.bar).not.toBe(current[0]?.ground);
  for (const block of others) expect(block.bar).toBe(block.ground);
  await page.getByRole('button', { name: 'Pause' }).click();
});
