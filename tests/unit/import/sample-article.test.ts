import { describe, expect, it } from 'vitest';
import { sampleArticle } from '../../../src/lib/import/sample-article';

describe('the welcome article', () => {
  it('is a short English article from "Sample", titled by its heading', () => {
    const article = sampleArticle();
    expect(article).toMatchObject({ title: 'Welcome to Aloud', lang: 'en', source: 'Sample' });
    expect(article.blocks[0]).toEqual({ kind: 'heading', level: 1, text: 'Welcome to Aloud' });
    const rest = article.blocks.slice(1);
    expect(rest.length).toBeGreaterThan(2);
    for (const block of rest) {
      expect(block.kind).toBe('paragraph');
      expect(article.sentences(article.blocks.indexOf(block)).length).toBeGreaterThan(0);
    }
  });

  it('tells how to bring in an article and where every shortcut is listed', () => {
    const text = sampleArticle()
      .blocks.map((block) => block.text)
      .join('\n');
    expect(text).toMatch(/paste text or a copied web page, or open a \.txt, \.md or \.html file/);
    expect(text).toMatch(/question mark to see every shortcut/);
  });

  it('is a fresh copy each time it is opened', () => {
    expect(sampleArticle()).not.toBe(sampleArticle());
  });
});
