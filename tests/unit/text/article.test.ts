import { describe, expect, it } from 'vitest';
import { Article, CODE_BLOCK_SPOKEN } from '../../../src/lib/text/article';
import { createArticle } from '../../../src/lib/text/create-article';
import type { Block } from '../../../src/lib/text/types';
import { segmentParagraph } from '../../../src/lib/text/sentences/segment';

const BLOCKS: Block[] = [
  { kind: 'heading', level: 1, text: 'Harbour notes' },
  { kind: 'paragraph', text: 'The ferry left at noon. It came back late.' },
  { kind: 'paragraph', text: 'Read more: the bridge repairs', clutter: 'related' },
  { kind: 'paragraph', text: 'Nobody minded the wait.' },
  { kind: 'paragraph', text: 'Subscribe to our newsletter', clutter: 'newsletter' },
];

describe('an article built from its blocks', () => {
  const article = new Article(
    BLOCKS,
    {
      source: 'Pasted text',
      title: 'Harbour notes',
      lang: 'en-GB',
    },
    segmentParagraph,
  );

  it('keeps its blocks, source, language and title', () => {
    expect(article.blocks).toBe(BLOCKS);
    expect(article.length).toBe(5);
    expect(article.source).toBe('Pasted text');
    expect(article.lang).toBe('en-GB');
    expect(article.dir).toBe('ltr');
    expect(article.title).toBe('Harbour notes');
  });

  it('is laid out right to left when its language is written so', () => {
    const hebrew = [{ kind: 'paragraph', text: 'שלום עולם.' }] satisfies Block[];
    expect(new Article(hebrew, { source: 'x', title: 'x', lang: 'he' }, segmentParagraph).dir).toBe(
      'rtl',
    );
  });
});

describe('sentences', () => {
  const article = new Article(BLOCKS, { source: 'x', title: 'x', lang: 'en' }, segmentParagraph);

  it('splits a paragraph into its sentences, the same ones each time it is asked', () => {
    const sentences = article.sentences(1);
    expect(sentences.map(({ chunks }) => chunks.map((chunk) => chunk.text))).toEqual([
      ['The ferry left at noon.'],
      ['It came back late.'],
    ]);
    expect(article.sentences(1)).toBe(sentences);
  });

  it('has none for a block that is not there (the article was shortened since)', () => {
    expect(article.sentences(99)).toEqual([]);
    expect(article.sentences(-1)).toEqual([]);
  });

  it('says a code block as one sentence naming it, never spelling out its code', () => {
    const code = new Article(
      [{ kind: 'code', text: 'let x = 1;\nx++;' }],
      {
        source: 'x',
        title: 'x',
        lang: 'en',
      },
      segmentParagraph,
    );
    expect(code.sentences(0)).toEqual([
      { start: 0, end: 15, chunks: [{ start: 0, end: 15, text: CODE_BLOCK_SPOKEN }] },
    ]);
  });
});

describe('progress through the text', () => {
  const article = new Article(BLOCKS, { source: 'x', title: 'x', lang: 'en' }, segmentParagraph);
  const lengths = BLOCKS.map((block) => block.text.length);
  const sum = (values: number[]): number => values.reduce((total, value) => total + value, 0);

  it('counts the characters before each block, and in the whole article', () => {
    expect(article.charactersBefore(0)).toBe(0);
    expect(article.charactersBefore(1)).toBe(lengths[0]);
    expect(article.charactersBefore(3)).toBe(sum(lengths.slice(0, 3)));
    expect(article.totalCharacters).toBe(sum(lengths));
  });

  it('counts a place before the start as the start, and one past the end as the end', () => {
    expect(article.charactersBefore(-4)).toBe(0);
    expect(article.charactersBefore(40)).toBe(sum(lengths));
  });

  it('tells how much of what is left is page clutter, which skipping leaves unread', () => {
    const related = lengths[2] ?? 0;
    const newsletter = lengths[4] ?? 0;
    expect(article.clutterAfter(0)).toBe(related + newsletter);
    expect(article.clutterAfter(2)).toBe(newsletter);
    expect(article.clutterAfter(3)).toBe(newsletter);
    expect(article.clutterAfter(4)).toBe(0);
  });
});

describe('creating an article from source text', () => {
  it('gives nothing for text with nothing to read', () => {
    expect(createArticle(' \n\n ', { source: 'Pasted text', format: 'text' })).toBeNull();
  });

  it('takes its first heading as the title when it was given none', () => {
    const source = 'Notes.\n\n# Harbour notes\n\nThe sea rose.';
    const article = createArticle(source, { source: 'notes.md', format: 'markdown', lang: 'en' });
    expect(article?.title).toBe('Harbour notes');
  });

  it('reads the blocks of its format and keeps where it came from and its title', () => {
    const article = createArticle('# Tides\n\nThe sea rose **twice** today.', {
      source: 'notes.md',
      format: 'markdown',
      title: 'Given title',
      lang: 'en',
    });
    expect(article?.blocks).toEqual([
      { kind: 'heading', level: 1, text: 'Tides' },
      { kind: 'paragraph', text: 'The sea rose twice today.' },
    ]);
    expect(article?.source).toBe('notes.md');
    expect(article?.title).toBe('Given title');
  });

  it('takes the language it is given, else the one its text is written in', () => {
    const german =
      'Die Fähre über den See fuhr am Morgen pünktlich ab und kam erst am späten Abend zurück.';
    expect(createArticle(german, { source: 'x', format: 'text', lang: 'fr' })?.lang).toBe('fr');
    expect(createArticle(german, { source: 'x', format: 'text' })?.lang).toBe('de');
  });

  it('falls back to the person’s own language when the text does not tell, else English', () => {
    expect(createArticle('OK.', { source: 'x', format: 'text', fallbackLang: 'nl' })?.lang).toBe(
      'nl',
    );
    expect(createArticle('OK.', { source: 'x', format: 'text' })?.lang).toBe('en');
  });

  it('marks a block in another language than the article’s', () => {
    const source = [
      'The ferry across the lake left on time in the morning and came back late at night.',
      'Die Fähre über den See fuhr am Morgen pünktlich ab und kam erst am späten Abend zurück.',
    ].join('\n');
    const article = createArticle(source, { source: 'x', format: 'text', lang: 'en' });
    expect(article?.blocks.map((block) => block.lang)).toEqual([undefined, 'de']);
  });
});
