import { describe, expect, it, vi } from 'vitest';
import { importHtml, importHtmlBytes } from '../../../../src/lib/import/html/html-input';
import type { ImportStep } from '../../../../src/lib/import/text/text-input';
import { fixture } from '../../text/fixtures';

/** A page the extraction breaks on: no real page is known to, so it is made to here. */
const BREAKING_PAGE = '<html><body><p>Breaks the parser.</p></body></html>';

vi.mock('../../../../src/lib/import/html/extract-article', async (importOriginal) => {
  const real =
    await importOriginal<typeof import('../../../../src/lib/import/html/extract-article')>();
  return {
    ...real,
    extractArticle: (html: string) => {
      if (html === BREAKING_PAGE) throw new RangeError('Maximum call stack size exceeded');
      return real.extractArticle(html);
    },
  };
});

const STORY =
  '<p>Researchers surveying the northern coast found that nearly a third of the tide pools ' +
  'mapped in 1998 are now gone. The pools shelter anemones, sculpins and hermit crabs.</p>';

describe('a web page brought in as an article', () => {
  it('is named after the site it came from, in the page’s language', () => {
    const steps: ImportStep[] = [];
    const result = importHtml(fixture('web-page.html'), 'Pasted web page', 'fr', (step) =>
      steps.push(step),
    );
    expect(steps).toEqual(['finding', 'languages']);
    expect(result.ok && result.format).toBe('html');
    expect(result.ok && result.article).toMatchObject({
      title: 'Tide pools are disappearing faster than expected',
      source: 'Pasted web page',
      lang: 'en',
    });
    const named = importHtml(
      `<html><head><meta property="og:site_name" content="Coastal Weekly"></head><body>${STORY}</body></html>`,
      'Pasted web page',
    );
    expect(named.ok && named.article.source).toBe('Coastal Weekly');
  });

  it('takes English for a page too short to tell its language, unless told otherwise', () => {
    const html = '<html><body><p>Low tide at 7:40.</p></body></html>';
    const result = importHtml(html, 'tide.html');
    expect(result.ok && result.article).toMatchObject({ lang: 'en', source: 'tide.html' });
    const dutch = importHtml(html, 'tide.html', 'nl-BE');
    expect(dutch.ok && dutch.article.lang).toBe('nl-BE');
  });

  it('says what to do when the page holds no article', () => {
    const result = importHtml('<html><body><nav><a href="/">Home</a></nav></body></html>', 'x');
    expect(!result.ok && result.message).toMatch(/no article.*paste it instead/);
  });

  it('says plainly that it could not read a page the extraction breaks on', () => {
    const result = importHtml(BREAKING_PAGE, 'broken.html');
    expect(!result.ok && result.message).toBe(
      'Aloud could not read this web page. Nothing was changed.',
    );
  });

  it('reads a saved page file with a text file’s checks', () => {
    const bytes = new TextEncoder().encode(`<html><body>${STORY}</body></html>`);
    const result = importHtmlBytes('tide.html', bytes);
    expect(result.ok && result.article.source).toBe('tide.html');
    const empty = importHtmlBytes('blank.html', new Uint8Array(8));
    expect(!empty.ok && empty.message).toContain('“blank.html” is empty');
  });
});
