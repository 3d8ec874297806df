import { describe, expect, it } from 'vitest';
import { importHtml } from '../../../../src/lib/import/html/html-input';
import { practicePage } from '../../../../src/lib/import/html/practice-page';

describe('the page the import worker practises on', () => {
  it('goes through every step a real page takes: its article, blocks of each kind, a language', () => {
    const result = importHtml(practicePage(), 'Practice', 'en');
    if (!result.ok) throw new Error(result.message);
    const { article } = result;
    expect(article.title).toBe('Harbour plans approved');
    expect(new Set(article.blocks.map((block) => block.kind))).toEqual(
      new Set(['heading', 'paragraph', 'caption', 'list-item', 'quote']),
    );
    expect(article.blocks.some((block) => block.lang === 'fr')).toBe(true);
    expect(article.blocks.map((block) => block.text).join(' ')).not.toMatch(/Subscribe|First!/);
  });
});
