import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import { expect, test } from './fixtures';
import type { JourneyPage } from './journey-page';
import { button, chooseTheme, openNewsAtSpeed3 } from './steps';

/** axe-core as a classic script: it runs in any engine, brought in by the journey. */
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
/** WCAG 2.2 AA, as the Chromium suite checks it (tests/e2e/support/axe.ts). */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

declare global {
  interface Window {
    axe?: { run(context: Document, options: RunOptions): Promise<AxeResults> };
  }
}

/** Each axe violation on the page as it is now, as "rule: help — where". */
async function axeViolations(aloud: JourneyPage): Promise<string[]> {
  if (!(await aloud.driver.evaluate(() => window.axe !== undefined, null))) {
    await aloud.runScript(AXE_SOURCE);
  }
  return aloud.driver.evaluate(async (tags) => {
    const results = await window.axe!.run(document, { runOnly: { type: 'tag', values: tags } });
    return results.violations.map(
      (violation) =>
        `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  }, WCAG_TAGS);
}

test('axe finds no WCAG 2.2 AA violation on the reading view, with a sentence marked, light and dark', async ({
  aloud,
}) => {
  await openNewsAtSpeed3(aloud);
  await aloud.click(button('Play'));
  await aloud.waitForSpoken(/^U\.S\. forces prevented/);
  await aloud.click(button('Pause'));
  await aloud.waitForStatusLine(/^Paused$/);
  // Paused, the paragraph and sentence marks stay: their colours are checked too.
  await aloud.waitForCurrentParagraph(0);

  const backgrounds: string[] = [];
  for (const theme of ['Light', 'Dark']) {
    await chooseTheme(aloud, theme);
    backgrounds.push(
      await aloud.driver.evaluate(
        () => getComputedStyle(document.documentElement).getPropertyValue('--bg').trim(),
        null,
      ),
    );
    expect(await axeViolations(aloud), `axe violations in the ${theme} theme`).toEqual([]);
  }
  // Two looks were checked, not one twice.
  expect(backgrounds[0]).not.toBe(backgrounds[1]);
});
