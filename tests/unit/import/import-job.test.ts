import { describe, expect, it } from 'vitest';
import { NO_ARTICLE_MESSAGE } from '../../../src/lib/import/html/html-input';
import { runImportJob, type ImportRequest } from '../../../src/lib/import/import-job';
import type { ImportStep } from '../../../src/lib/import/text/text-input';
import { contentHash } from '../../../src/lib/text/content-hash';
import { fixture } from '../text/fixtures';

async function run(request: ImportRequest) {
  const steps: ImportStep[] = [];
  const result = await runImportJob(request, (step) => steps.push(step));
  if (!result) throw new Error('expected a result');
  return { result, steps };
}

function bytesOf(text: string): ArrayBuffer {
  return new TextEncoder().encode(text).buffer;
}

describe('an import as the worker runs it', () => {
  it('reads a web page file as a page: its article, stages, and the fingerprint', async () => {
    const { result, steps } = await run({
      kind: 'file',
      name: 'tide.html',
      type: '',
      bytes: bytesOf(fixture('web-page.html')),
      fallbackLang: 'fr',
    });
    expect(steps).toEqual(['reading', 'finding', 'languages']);
    if (!result.ok) throw new Error(result.message);
    expect(result.article.format).toBe('html');
    expect(result.article.title).toBe('Tide pools are disappearing faster than expected');
    expect(result.article.lang).toBe('en');
    expect(result.article.contentHash).toBe(contentHash(result.article.blocks));
  });

  it('reads a Markdown file as Markdown, and a text file as text', async () => {
    const markdown = await run({
      kind: 'file',
      name: 'notes.md',
      type: 'text/blocks/markdown',
      bytes: bytesOf('# Rivers\n\nThe **Nile** is long.'),
      fallbackLang: 'en',
    });
    expect(markdown.steps).toEqual(['reading', 'finding']);
    expect(markdown.result.ok && markdown.result.article.blocks).toEqual([
      { kind: 'heading', level: 1, text: 'Rivers' },
      { kind: 'paragraph', text: 'The Nile is long.' },
    ]);
    const text = await run({
      kind: 'file',
      name: 'notes.txt',
      type: 'text/plain',
      bytes: bytesOf('# Rivers'),
      fallbackLang: 'en',
    });
    expect(text.result.ok && text.result.article.format).toBe('text');
  });

  it('says why for a binary file and for a page without an article', async () => {
    const binary = await run({
      kind: 'file',
      name: 'photo.txt',
      type: '',
      bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]).buffer,
      fallbackLang: 'en',
    });
    expect(!binary.result.ok && binary.result.message).toContain('not a text file');
    const empty = await run({
      kind: 'page',
      html: '<html><body><nav><a href="/">Home</a></nav></body></html>',
      source: 'Pasted web page',
      fallbackLang: 'en',
    });
    expect(!empty.result.ok && empty.result.message).toBe(NO_ARTICLE_MESSAGE);
  });

  it('reads pasted text with the person’s language as the fallback', async () => {
    const { result, steps } = await run({
      kind: 'text',
      text: 'Short words.',
      fallbackLang: 'de-DE',
    });
    expect(steps).toEqual(['reading', 'finding']);
    expect(result.ok && result.article).toMatchObject({ source: 'Pasted text', lang: 'de-DE' });
  });

  it('reads shared text under the name and title it came with', async () => {
    const { result } = await run({
      kind: 'text',
      text: 'Heavy rain closed the coast road overnight.',
      source: 'Shared from News',
      title: 'Storm closes coast road',
      fallbackLang: 'en',
    });
    expect(result.ok && result.article).toMatchObject({
      source: 'Shared from News',
      title: 'Storm closes coast road',
    });
  });

  it('only loads the web page importer when asked to warm up, and imports nothing', async () => {
    const steps: ImportStep[] = [];
    await expect(runImportJob({ kind: 'warm' }, (step) => steps.push(step))).resolves.toBeNull();
    expect(steps).toEqual([]);
  });
});
