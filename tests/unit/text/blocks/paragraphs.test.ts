import { describe, expect, it } from 'vitest';
import { Article } from '../../../../src/lib/text/article';
import { looksLikeMarkdown } from '../../../../src/lib/text/blocks/markdown-sniff';
import { splitBlocks } from '../../../../src/lib/text/blocks/paragraphs';
import { createArticle } from '../../../../src/lib/text/create-article';
import { titleOf } from '../../../../src/lib/text/title';
import { fixture } from '../fixtures';
import { wrapParagraphs } from './word-wrap';
import { segmentParagraph } from '../../../../src/lib/text/sentences/segment';

/** Paragraphs word-wrapped at `width` columns with blank lines between them, like e-mail. */
function hardWrap(paragraphs: string[], width: number): string {
  return wrapParagraphs(paragraphs, width).join('\n');
}

const PROSE = [
  'The committee met on Tuesday to consider the proposal for a new library in the centre of town, which had been debated for the better part of a decade without any decision being reached by anyone.',
  'Several members argued that the money would be better spent on repairing the existing branches, many of which have leaking roofs, broken heating and opening hours that suit nobody who works during the day.',
  'In the end the vote was postponed until the spring, when the council expects to know more about its budget for the coming year and whether the government grant will be renewed as promised.',
];

describe('plain text copied from web pages', () => {
  const news = fixture('news-detainee-transfer.txt');

  it('gives the news article its 19 paragraphs, one a line', () => {
    const blocks = splitBlocks(news, 'text');
    expect(blocks).toHaveLength(19);
    expect(blocks[0]?.text).toBe(news.split('\n')[0]);
    expect(blocks.at(-1)?.text).toBe('Join the conversation as a VIP Member');
    expect(blocks.every((block) => block.kind === 'paragraph')).toBe(true);
  });

  it('keeps one paragraph per line when a single stray blank line appears', () => {
    const source =
      'First line.\nSecond line here.\n\nThird line after a stray blank.\nFourth line.';
    expect(splitBlocks(source, 'text').map((block) => block.text)).toEqual([
      'First line.',
      'Second line here.',
      'Third line after a stray blank.',
      'Fourth line.',
    ]);
  });

  it('keeps short lines as their own paragraphs rather than joining them', () => {
    const source = 'Hello there.\nHow are you?\nFine, thanks.\nSee you soon.\nBye.';
    expect(splitBlocks(source, 'text')).toHaveLength(5);
  });

  it('does not take plain news text for Markdown', () => {
    expect(looksLikeMarkdown(news)).toBe(false);
    expect(looksLikeMarkdown(fixture('multilingual.txt'))).toBe(false);
  });

  it('gives the multilingual fixture its 7 paragraphs', () => {
    const blocks = splitBlocks(fixture('multilingual.txt'), 'text');
    expect(blocks).toHaveLength(7);
    expect(blocks[3]?.text).toMatch(/^今日は/);
  });
});

describe('hard-wrapped plain text', () => {
  it('joins the lines of a 72-column wrapped text into its paragraphs', () => {
    const source = hardWrap(PROSE, 72);
    expect(source.split('\n').length).toBeGreaterThan(9);
    expect(splitBlocks(source, 'text').map((block) => block.text)).toEqual(PROSE);
  });

  it('joins e-mail style text with CRLF line ends', () => {
    const source = hardWrap(PROSE, 76).replaceAll('\n', '\r\n');
    expect(splitBlocks(source, 'text').map((block) => block.text)).toEqual(PROSE);
  });

  it('starts a new paragraph at a list marker inside wrapped text', () => {
    const source = `${hardWrap(PROSE.slice(0, 2), 72)}\n- first point\n- second point`;
    const texts = splitBlocks(source, 'text').map((block) => block.text);
    expect(texts.slice(-2)).toEqual(['- first point', '- second point']);
  });
});

describe('normalisation', () => {
  it('strips a BOM, collapses tabs and no-break spaces and trims each block', () => {
    const blocks = splitBlocks('\uFEFF  One\t\ttwo\u00A0\u00A0three.  \r\rFour.\r', 'text');
    expect(blocks.map((block) => block.text)).toEqual(['One two three.', 'Four.']);
  });

  it('normalises to NFC', () => {
    const [block] = splitBlocks('Cafe\u0301 au lait.', 'text');
    expect(block?.text).toBe('Caf\u00E9 au lait.');
  });

  it('gives no blocks for blank input', () => {
    expect(splitBlocks(' \n\n\t\n', 'text')).toEqual([]);
    expect(splitBlocks('', 'markdown')).toEqual([]);
  });
});

describe('Markdown', () => {
  const tricky = fixture('tricky-english.md');
  const blocks = splitBlocks(tricky, 'markdown');

  it('recognises the Markdown fixture as Markdown', () => {
    expect(looksLikeMarkdown(tricky)).toBe(true);
  });

  it('makes the heading its own block without the #', () => {
    expect(blocks[0]).toEqual({
      kind: 'heading',
      level: 1,
      text: 'The Night Shift at St. Louis General',
    });
  });

  it('makes each list item its own block, read without its marker', () => {
    const items = blocks.filter((block) => block.kind === 'list-item').map((block) => block.text);
    expect(items).toEqual([
      'Average wait: 4.2 hrs. (down from 5.1 hrs.)',
      'Beds: 212',
      'Staff vacancies: 37, mostly in nursing',
      'Hire 20 nurses by Jan. 2027.',
      'Reopen the west wing.',
      'Review the scanner contracts.',
    ]);
  });

  it('leaves no markup in any block', () => {
    for (const { text } of blocks) {
      expect(text).not.toMatch(/^(?:[-*+]|\d+[.)])\s/);
      expect(text).not.toMatch(/[#*[]|\]\(/);
      expect(text).toBe(text.trim());
      expect(text).not.toBe('');
    }
  });

  it('keeps the long (about 600-character) sentence as one paragraph', () => {
    expect(blocks.some((block) => block.text.length > 500)).toBe(true);
  });

  it('reads inline markup as plain words', () => {
    const source =
      'Some **bold**, *em*, _em_, __strong__ and `code *here*` with a [link](https://x.org/a_(b)) ' +
      'and ![a cat](cat.png), see <https://example.com/x>, snake_case_name and ~~old~~ \\*stars\\*.';
    expect(splitBlocks(source, 'markdown')).toEqual([
      {
        kind: 'paragraph',
        text:
          'Some bold, em, em, strong and code *here* with a link and a cat, ' +
          'see https://example.com/x, snake_case_name and old *stars*.',
      },
    ]);
  });

  it('joins soft-wrapped lines and list continuation lines', () => {
    const source = 'A paragraph\nwrapped here.\n\n- an item\n  continued\n- another';
    expect(splitBlocks(source, 'markdown').map((block) => block.text)).toEqual([
      'A paragraph wrapped here.',
      'an item continued',
      'another',
    ]);
  });

  it('turns headings of every level into heading blocks, closing #s removed', () => {
    const source = '## Two ##\n###### Six\n\nTitle\n=====\n\nSub\n---';
    expect(splitBlocks(source, 'markdown')).toEqual([
      { kind: 'heading', level: 2, text: 'Two' },
      { kind: 'heading', level: 6, text: 'Six' },
      { kind: 'heading', level: 1, text: 'Title' },
      { kind: 'heading', level: 2, text: 'Sub' },
    ]);
  });

  it('keeps fenced code as a code block, said as "Code block", and drops rules', () => {
    const source =
      'Before.\n\n```js\nconst x = 1;\n\nalert(x);\n```\n\n---\n\n> Quoted\n> words.\n\nAfter.';
    const blocks = splitBlocks(source, 'markdown');
    expect(blocks.map((block) => `${block.kind}: ${block.text}`)).toEqual([
      'paragraph: Before.',
      'code: const x = 1;\n\nalert(x);',
      'quote: Quoted words.',
      'paragraph: After.',
    ]);
    const article = new Article(
      blocks,
      { source: 'test', title: 'Test', lang: 'en' },
      segmentParagraph,
    );
    expect(article.sentences(1)).toEqual([
      { start: 0, end: 23, chunks: [{ start: 0, end: 23, text: 'Code block.' }] },
    ]);
  });

  it('skips YAML front matter, so that it is neither read nor taken for the title', () => {
    const source = '---\ntitle: Notes\ntags: [a, b]\n---\n# The real title\n\nBody text.';
    expect(splitBlocks(source, 'markdown')).toEqual([
      { kind: 'heading', level: 1, text: 'The real title' },
      { kind: 'paragraph', text: 'Body text.' },
    ]);
    // A rule further down is only a rule.
    expect(splitBlocks('Intro.\n\n---\n\nAfter.', 'markdown')).toEqual([
      { kind: 'paragraph', text: 'Intro.' },
      { kind: 'paragraph', text: 'After.' },
    ]);
  });

  it('never reads an HTML comment, on one line or across several', () => {
    const source = 'Before <!-- a note --> after.\n\n<!--\nTODO: check the figures\n-->\nLast.';
    expect(splitBlocks(source, 'markdown')).toEqual([
      { kind: 'paragraph', text: 'Before after.' },
      { kind: 'paragraph', text: 'Last.' },
    ]);
  });

  it('sniffs headings with lists, fences and links as Markdown', () => {
    expect(looksLikeMarkdown('# Title\n\n- one\n- two')).toBe(true);
    expect(looksLikeMarkdown('Intro\n```\ncode\n```')).toBe(true);
    expect(looksLikeMarkdown('See [a](http://a.b) and [b](http://c.d).')).toBe(true);
    expect(looksLikeMarkdown('Just a line.\nAnother line - with a dash.')).toBe(false);
  });
});

describe('titles', () => {
  it('uses the first heading', () => {
    expect(titleOf(splitBlocks(fixture('tricky-english.md'), 'markdown'))).toBe(
      'The Night Shift at St. Louis General',
    );
  });

  it('uses the first sentence when it is short', () => {
    expect(titleOf([{ kind: 'paragraph', text: 'Tide pools vanish. More below.' }])).toBe(
      'Tide pools vanish.',
    );
  });

  it('cuts a long first sentence on a word boundary with an ellipsis', () => {
    const title = titleOf(splitBlocks(fixture('news-detainee-transfer.txt'), 'text'));
    expect(title.length).toBeLessThanOrEqual(81);
    expect(title).toMatch(/^U\.S\. forces prevented .*\w…$/);
  });

  it('is empty for no blocks', () => {
    expect(titleOf([])).toBe('');
  });

  it('ends where the article’s first sentence ends when read, by its language’s rules', () => {
    // German "vgl." (compare) is followed by a capitalised noun, and is not a sentence's end.
    const text = 'Der Text, vgl. Kapitel drei, ist lang. Danach nichts.';
    const article = createArticle(text, { source: 'test', format: 'text', lang: 'de' });
    if (!article) throw new Error('expected an article');
    expect(article.title).toBe('Der Text, vgl. Kapitel drei, ist lang.');
    const first = article.sentences(0)[0];
    expect(article.blocks[0]?.text.slice(first?.start, first?.end).trim()).toBe(article.title);
  });
});

describe('paragraphs that used to be regrouped wrongly', () => {
  it('keeps a pasted list of headlines (short lines, no stops) one a line', () => {
    const headlines = [
      'City Council Approves Budget After a Late-Night Session Downtown',
      'Storm Knocks Out Power to Thousands Across the Eastern Suburbs',
      'Local Library Extends Its Opening Hours Through the Summer Break',
      'New Bus Routes Start Monday as the Transit Plan Takes Effect Now',
      'High School Robotics Team Heads to the National Finals in Texas',
    ];
    expect(headlines.every((line) => line.length >= 55 && line.length <= 66)).toBe(true);
    const blocks = splitBlocks(headlines.join('\n'), 'text');
    expect(blocks.map((block) => block.text)).toEqual(headlines);
  });

  it('reads an article with a short “- ” list as text: the paragraph after the list is its own', () => {
    const article = [
      'The council met on Tuesday to settle the budget for the coming year, after weeks of talks.',
      'Three items were left open:',
      '- the pool repairs',
      '- the library hours',
      '- the bus routes',
      'All three were settled before midnight, and the vote was seven to two in favour.',
    ].join('\n');
    expect(looksLikeMarkdown(article)).toBe(false);
    const blocks = splitBlocks(article, 'text');
    expect(blocks.map((block) => [block.kind, block.text])).toEqual([
      [
        'paragraph',
        'The council met on Tuesday to settle the budget for the coming year, after weeks of talks.',
      ],
      ['paragraph', 'Three items were left open:'],
      ['list-item', 'the pool repairs'],
      ['list-item', 'the library hours'],
      ['list-item', 'the bus routes'],
      [
        'paragraph',
        'All three were settled before midnight, and the vote was seven to two in favour.',
      ],
    ]);
  });

  it('ends a Markdown list item at a paragraph that is not its continuation', () => {
    const markdown =
      '# Budget\n\nOpen items:\n\n- the pool repairs\n- the bus routes\nAll three were settled before midnight, and the vote was seven to two in favour.';
    const blocks = splitBlocks(markdown, 'markdown');
    expect(blocks.at(-2)).toEqual({ kind: 'list-item', text: 'the bus routes' });
    expect(blocks.at(-1)?.kind).toBe('paragraph');
  });

  it('still joins a hard-wrapped list item’s continuation line to it', () => {
    const markdown =
      '- The pool repairs were left open at the last meeting of the council in the\n  spring, and came back now.\n- The bus routes.';
    const blocks = splitBlocks(markdown, 'markdown');
    expect(blocks[0]?.text).toBe(
      'The pool repairs were left open at the last meeting of the council in the spring, and came back now.',
    );
  });

  it('splits hard-wrapped text whose paragraphs are marked by indentation, as in books', () => {
    const book = [
      '    It was a cold morning in the valley, and the river ran high with the',
      'melt from the mountains. Nobody in the village had seen it so full since',
      'the year of the great flood, when the bridge was carried away entire.',
      '    The miller was the first to notice. He walked down to the water before',
      'dawn, as he always did, and found the wheel turning faster than it ought',
      'to, the whole mill shaking with it like a cart on a stony road.',
      '    By noon the whole village stood on the bank and watched the river rise.',
    ].join('\n');
    const blocks = splitBlocks(book, 'text');
    expect(blocks).toHaveLength(3);
    expect(blocks[1]?.text).toMatch(/^The miller was the first to notice\. .* stony road\.$/);
  });
});
