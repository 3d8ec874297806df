// Page furniture around an article, as a listener would have it skipped: the seed news
// article's related links and closing promotion, our own fixture, and lines that look close
// to clutter but are the article's own words.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markClutter } from '../../../src/lib/text/clutter';
import { splitBlocks } from '../../../src/lib/text/blocks/paragraphs';
import type { Block } from '../../../src/lib/text/types';
import { fixture } from './fixtures';

const blocksOf = (text: string): Block[] => markClutter(splitBlocks(text, 'text'));
const ownFixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/articles/${name}`, import.meta.url), 'utf8');
/** The 1-based numbers of the blocks marked as clutter, with their kind. */
const marked = (blocks: Block[]): [number, string][] =>
  blocks.flatMap((block, i): [number, string][] => (block.clutter ? [[i + 1, block.clutter]] : []));
const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
const OPENING = paragraph('An article starts here, with a sentence or two.');
/** The clutter marks of these lines after an opening paragraph, which is always read. */
const markedAfterOpening = (...lines: string[]): [number, string][] =>
  marked(markClutter([OPENING, ...lines.map(paragraph)]));
/** A line of exactly `length` characters that starts with `start`. */
const ofLength = (start: string, length: number): string => start.padEnd(length, ' Thank you.');

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
  const byText = (start: string): Block | undefined =>
    blocksOf(ownFixture('council-budget.txt')).find((block) => block.text.startsWith(start));

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

describe('page furniture that is skipped', () => {
  it.each([
    ['Related article: Budget Talks Stall Again', 'related'],
    ['Read more — The Council’s Plan, Explained', 'related'],
    ['More on this: How the Vote Went', 'related'],
    ['Recommended: Five Parks Worth the Trip', 'related'],
    ['Related', 'related'],
    ['Related Article', 'related'],
    ['Related Stories', 'related'],
    ['More from Reuters', 'related'],
    ['More from The Guardian', 'related'],
    ['Recommended', 'related'],
    ['Trending', 'related'],
    ['Most Popular', 'related'],
    ['ADVERTISEMENT', 'advertisement'],
    ['Sponsored', 'advertisement'],
    ['Story continues below advertisement', 'advertisement'],
    ['Get our free newsletter in your inbox every morning.', 'newsletter'],
    ['Get the Morning Briefing newsletter in your inbox.', 'newsletter'],
    ['Join 40,000 readers who get our newsletter every Friday.', 'newsletter'],
    ['Don’t miss a story: sign up for email updates.', 'newsletter'],
    ['Sign up to get our best stories by email.', 'newsletter'],
    ['Click to share on WhatsApp (Opens in new window)', 'share'],
    ['Follow us on Instagram', 'share'],
  ])('skips “%s” as %s', (line, kind) => {
    expect(markedAfterOpening(line)).toEqual([[2, kind]]);
  });

  it('skips a short line of furniture, up to 400 characters, but not a longer one', () => {
    expect(markedAfterOpening(ofLength('Sign up for our newsletter.', 400))).toEqual([
      [2, 'newsletter'],
    ]);
    expect(markedAfterOpening(ofLength('Sign up for our newsletter.', 401))).toEqual([]);
    expect(markedAfterOpening(ofLength('Read more: the council’s plan.', 401))).toEqual([]);
  });
});

describe('lines that are the article’s own words', () => {
  it.each([
    'Read more carefully, she said, and the pattern shows itself.',
    'Teachers urged parents to read more: ten minutes a night, they said.',
    'See also the council’s own report, which the mayor never mentioned.',
    'Most popular among voters was the transit plan.',
    'Why Sourdough Is Trending Now',
    // A heading in an article on motivation, not “Related”.
    'Relatedness',
    'Voters could sign up for updates from the campaign, and thousands did.',
    'The advertisement ran for three weeks before anyone complained.',
    'Advertising revenue fell by a third last year.',
    'The Case for Sourdough Bread',
    'Share prices fell 4% on Tuesday.',
    'The company told staff not to share this memo with reporters.',
    'Editor’s note: This story has been updated with a response from the mayor’s office.',
    'Membership of the club fell by half over the decade.',
    'Shoppers found most winter coats 30% off by Friday.',
    'The VIP lounge was closed all week.',
  ])('“%s” is read', (text) => {
    expect(markedAfterOpening(text)).toEqual([]);
  });

  it('reads quotations and code, whatever they say', () => {
    const blocks = markClutter([
      OPENING,
      { kind: 'quote', text: 'Sign up for our newsletter to get the latest in your inbox.' },
      { kind: 'code', text: 'Advertisement' },
    ]);
    expect(marked(blocks)).toEqual([]);
  });

  it('leaves an article that would be all clutter as it is', () => {
    const blocks: Block[] = [paragraph('Advertisement'), paragraph('Share this article')];
    expect(markClutter(blocks)).toEqual(blocks);
  });
});

describe('headlines under a related link', () => {
  it('skips up to five headlines under a “Related” heading, and reads on after them', () => {
    expect(
      markedAfterOpening(
        'Related Stories',
        'Where to Eat in the City',
        'Top 10 Parks in 2024 for a Day Out',
        'Council Approves Budget',
        'Mayor Signs Transit Plan Into Law',
        'Five Things to Know About the New Bus Routes',
        'What the Budget Means for You',
      ),
    ).toEqual([
      [2, 'related'],
      [3, 'related'],
      [4, 'related'],
      [5, 'related'],
      [6, 'related'],
      [7, 'related'],
    ]);
  });

  it.each([
    ['a sentence', 'The council met again on Tuesday.'],
    ['a byline', 'Dana Ortiz'],
    ['a sentence-case subheading', 'What the budget means for renters'],
    ['a subheading with brand names', 'Why iPhone and iPad sales fell'],
    ['a line too long for a headline', 'Budget Vote '.repeat(20).slice(0, 141)],
  ])('reads %s after a “Read more:” link', (_, line) => {
    expect(markedAfterOpening('Read more: Council Approves Budget', line)).toEqual([
      [2, 'related'],
    ]);
  });

  it('takes a headline of up to 140 characters', () => {
    expect(markedAfterOpening('Related Stories', 'Budget Vote '.repeat(20).slice(0, 140))).toEqual([
      [2, 'related'],
      [3, 'related'],
    ]);
  });

  it('stops at other furniture, which keeps its own kind', () => {
    expect(
      markedAfterOpening(
        'Related Stories',
        'Council Approves Budget',
        'Share This Article',
        'Mayor Signs Transit Plan Into Law',
        'The council met again on Tuesday.',
      ),
    ).toEqual([
      [2, 'related'],
      [3, 'related'],
      [4, 'share'],
    ]);
  });

  it('reads a capitalised heading of the article that follows its own words', () => {
    expect(
      markedAfterOpening('What the Budget Means for You', 'The council met again on Tuesday.'),
    ).toEqual([]);
  });
});

describe('a closing promotion', () => {
  it.each([
    'Enter promo code READER at checkout.',
    'Take 30% off your first box.',
    'Renew your membership today.',
    'Renew your annual membership.',
    'Become a patron on Patreon.',
    'Start your free trial.',
  ])('skips “%s” at the end', (ask) => {
    expect(markedAfterOpening('The council meets again in May.', ask)).toEqual([[3, 'promotion']]);
  });

  it('skips the editor’s note that opens it', () => {
    for (const note of [
      'Editors’ Note: We rely on readers like you.',
      'Editor’s note — Thanks for reading to the end.',
      ofLength('Editor’s note: Thanks for reading.', 400),
    ]) {
      expect(markedAfterOpening(note, 'Renew your membership today.'), note).toEqual([
        [2, 'promotion'],
        [3, 'promotion'],
      ]);
    }
  });

  it('reads a paragraph before it that is not an editor’s note, or is too long for one', () => {
    for (const before of [
      'The council meets again in May.',
      'Our thanks to readers who wrote in after last week’s editor’s note: the response was overwhelming.',
      ofLength('Editor’s note: Thanks for reading.', 401),
    ]) {
      expect(markedAfterOpening(before, 'Renew your membership today.'), before).toEqual([
        [3, 'promotion'],
      ]);
    }
  });

  it('takes in other furniture among its lines', () => {
    expect(
      markedAfterOpening(
        'Become a member today.',
        'Share this article',
        'Use code SAVE20 for 20% off your first year.',
      ),
    ).toEqual([
      [2, 'promotion'],
      [3, 'share'],
      [4, 'promotion'],
    ]);
  });

  it('is looked for only among the last six blocks', () => {
    expect(
      markedAfterOpening(
        'Become a member today.',
        'Advertisement',
        'Share this article',
        'Follow us on Instagram',
        'Sign up for our newsletter in your inbox.',
        'Advertisement',
        'Use code SAVE20 for 20% off your first year.',
      ),
    ).toEqual([
      [3, 'advertisement'],
      [4, 'share'],
      [5, 'share'],
      [6, 'newsletter'],
      [7, 'advertisement'],
      [8, 'promotion'],
    ]);
  });

  it('is a promotion, short enough, at the end', () => {
    const ask = 'Become a member today.';
    expect(markedAfterOpening(ofLength(ask, 400))).toEqual([[2, 'promotion']]);
    expect(markedAfterOpening(ofLength(ask, 401))).toEqual([]);
    // A long paragraph that mentions membership is the article's, not a promotion.
    const long = `Membership fees rose ${'and rose again, '.repeat(40)}until the club closed.`;
    expect(markedAfterOpening(long)).toEqual([]);
  });

  it('skips an editor’s note that asks for support wherever it is', () => {
    expect(
      marked(
        markClutter([
          paragraph('Editor’s note: Support independent journalism — become a member today.'),
          OPENING,
          paragraph('The council meets again in May.'),
        ]),
      ),
    ).toEqual([[1, 'promotion']]);
  });
});
