import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Fails with each axe violation (WCAG 2.2 AA rules, and axe's best practices if asked) on
 * the page as it is now.
 */
export async function expectNoViolations(
  page: Page,
  state: string,
  { bestPractice = false }: { bestPractice?: boolean } = {},
) {
  const tags = bestPractice ? [...TAGS, 'best-practice'] : TAGS;
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations while ${state}`).toEqual([]);
}
