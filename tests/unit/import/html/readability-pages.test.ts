import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../src/lib/import/html/extract-article';

const PAGES = path.resolve(import.meta.dirname, '../../../fixtures/readability-pages');
const names = readdirSync(PAGES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe('Readability’s own test pages', () => {
  it('are all here', () => {
    expect(names).toHaveLength(11);
  });

  // What was found in each before the import moved to Readability's own DOM (see the README).
  it.each(names)('%s: the same title, byline, language and blocks as before', (name) => {
    const html = readFileSync(path.join(PAGES, name, 'source.html'), 'utf8');
    const expected: unknown = JSON.parse(
      readFileSync(path.join(PAGES, name, 'extracted.json'), 'utf8'),
    );
    expect(extractArticle(html)).toEqual(expected);
  });
});
