// Page furniture around an article, as a listener would have it skipped: the seed news
// article's related links and closing promotion, our own fixture, and lines that look close
// to clutter but are the article's own words.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markClutter } from '../../../src/lib/text/clutter';
import { splitBlocks } from '../../../src/lib/text/paragraphs';
import type { Block } from '../../../src/lib/text/types';
import { fixture } from './fixtures';

const blocksOf = (text: string): Block[] => markClutter(splitBlocks(text, 'text'));
const ownFixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/articles/${name}`, import.meta.url), 'utf8');
/** The 1-based numbers of the blocks marked as clutter, with their kind. */
const marked = (blocks: Block[]): [number, string][] =>
  blocks.flatMap((block, i): [number, string][] => (block.clutter ? [[i + 1, block.clutter]] : []));

describe('clutter in the seed news article', () => {
  it('skips the “Read More:” link with its headline, and the closing promotion; reads the other 14', () => {
    const blocks = blocksOf(fixture('news-detainee-transfer.txt'));
    expect(blocks).toHaveLength(19);
    expect(marked(blocks)).toEqual([
      [8, 'related'],
      [9, 'related'],
      [17, 'promotion'],
      [18, 'promotion'],
      [19, 'promotion'],
    ]);
  });
});

describe('clutter in an article of our own', () => {
  const blocks = blocksOf(ownFixture('council-budget.txt'));
  const byText = (start: string): Block | undefined =>
    blocks.find((block) => block.text.startsWith(start));

  it.each([
    ['Advertisement', 'advertisement'],
    ['Related: Mayor Signs', 'related'],
    ['Five Things to Know', 'related'],
    ['Sign up for our morning newsletter', 'newsletter'],
    ['Share this article', 'share'],
    ['Editor’s Note: Local reporting', 'promotion'],
    ['Become a member today', 'promotion'],
    ['Join the conversation', 'promotion'],
  ])('skips “%s…” as %s', (start, kind) => {
    expect(byText(start)?.clutter).toBe(kind);
  });

  it.each([
    'City Council Approves Budget',
    'Read more about the council’s earlier vote',
    '“We made hard choices,”',
    'Residents who want to see the full plan',
    'Editor’s note: An earlier version of this article misstated',
  ])('reads “%s…”, which is the article’s', (start) => {
    expect(byText(start)).toBeDefined();
    expect(byText(start)?.clutter).toBeUndefined();
  });
});

describe('lines that are the article’s own words', () => {
  it.each([
    'Read more carefully, she said, and the pattern shows itself.',
    'See also the council’s own report, which the mayor never mentioned.',
    'Voters could sign up for updates from the campaign, and thousands did.',
    'The advertisement ran for three weeks before anyone complained.',
    'Share prices fell 4% on Tuesday.',
    'Editor’s note: This story has been updated with a response from the mayor’s office.',
    'Membership of the club fell by half over the decade.',
    'Shoppers found most winter coats 30% off by Friday.',
    'The VIP lounge was closed all week.',
  ])('“%s” is read', (text) => {
    const blocks = markClutter([
      { kind: 'paragraph', text: 'An article starts here, with a sentence or two.' },
      { kind: 'paragraph', text },
    ]);
    expect(blocks[1]?.clutter).toBeUndefined();
  });

  it('leaves an article that would be all clutter as it is', () => {
    const blocks = markClutter([{ kind: 'paragraph', text: 'Advertisement' }]);
    expect(blocks[0]?.clutter).toBeUndefined();
  });

  it('does not take a long promotion-like paragraph at the end for a promotion', () => {
    const long = `Membership fees rose ${'and rose again, '.repeat(40)}until the club closed.`;
    const blocks = markClutter([
      { kind: 'paragraph', text: 'An article starts here.' },
      { kind: 'paragraph', text: long },
    ]);
    expect(blocks[1]?.clutter).toBeUndefined();
  });
});
