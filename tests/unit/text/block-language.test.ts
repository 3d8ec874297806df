import { describe, expect, it } from 'vitest';
import {
  articleLanguage,
  detectLanguage,
  MAX_BLOCKS_DETECTED,
  withBlockLanguages,
} from '../../../src/lib/text/block-language';
import { createArticle } from '../../../src/lib/text/create-article';
import { fixture } from './fixtures';

function article(name: string, format: 'text' | 'markdown' = 'text') {
  const result = createArticle(fixture(name), { source: name, format, fallbackLang: 'en-US' });
  if (!result) throw new Error(`${name} is empty`);
  return result;
}

describe('languages of an article and its blocks', () => {
  it('gives each paragraph of the multilingual fixture its own language', () => {
    const multilingual = article('multilingual.txt');
    expect(multilingual.blocks.map((block) => block.lang)).toEqual([
      'de',
      'es',
      'fr',
      'ja',
      'zh',
      'ru',
      'ar',
    ]);
  });

  it('leaves every block of an English article in the article’s language', () => {
    for (const [name, format] of [
      ['news-detainee-transfer.txt', 'text'],
      ['tricky-english.md', 'markdown'],
    ] as const) {
      const english = article(name, format);
      expect(english.lang).toBe('en-US');
      expect(english.blocks.filter((block) => block.lang)).toEqual([]);
    }
  });

  it('takes a French article for French even when the person reads English', () => {
    const text =
      'Le musée ouvre à neuf heures et ferme à dix-huit heures, sauf le lundi. Les enfants entrent gratuitement le dimanche matin.';
    expect(articleLanguage(text, 'en-US')).toBe('fr');
    // The person's own tag (with its region) when the text is in their language.
    expect(
      articleLanguage('The museum opens at nine and closes at six, except on Mondays.', 'en-GB'),
    ).toBe('en-GB');
  });

  it('says nothing of text too short to tell, or without letters', () => {
    expect(detectLanguage('Hallo!')).toBeNull();
    expect(detectLanguage('')).toBeNull();
    // 39 characters are too few; 40 are enough.
    expect(detectLanguage('Der Zug fährt um acht Uhr nach Hamburg.')).toBeNull();
    expect(detectLanguage('Der Zug fährt um acht Uhr nach Salzburg.')).toBe('de');
    expect(detectLanguage('1234567890 '.repeat(5))).toBeNull();
  });

  it('gives code no language of its own, whatever words are in it', () => {
    const text =
      'const message = "Der Zug nach München fährt um acht Uhr ab. Bitte beeilen Sie sich";';
    expect(withBlockLanguages([{ kind: 'paragraph', text }], 'en')[0]?.lang).toBe('de');
    expect(withBlockLanguages([{ kind: 'code', text }], 'en')[0]?.lang).toBeUndefined();
  });

  it('leaves a book’s blocks alone: detection is for articles, not 20,000 paragraphs', () => {
    const blocks = Array.from({ length: MAX_BLOCKS_DETECTED + 1 }, () => ({
      kind: 'paragraph' as const,
      text: 'Der Zug nach München fährt um acht Uhr ab. Bitte beeilen Sie sich, wir warten nicht.',
    }));
    expect(withBlockLanguages(blocks, 'en')).toEqual(blocks);
    expect(
      withBlockLanguages(blocks.slice(0, MAX_BLOCKS_DETECTED), 'en').every(
        (block) => block.lang === 'de',
      ),
    ).toBe(true);
  });
});
