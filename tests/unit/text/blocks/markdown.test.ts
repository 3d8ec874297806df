import { describe, expect, it } from 'vitest';
import { markdownBlocks, withoutHiddenMarkdown } from '../../../../src/lib/text/blocks/markdown';
import type { Block } from '../../../../src/lib/text/types';

/** The blocks read aloud from Markdown source. */
function blocksOf(source: string): Block[] {
  return markdownBlocks(withoutHiddenMarkdown(source).split(/\r?\n/));
}

/** "kind: text" for each block, to compare whole documents at a glance. */
function outline(source: string): string[] {
  return blocksOf(source).map((block) => `${block.kind}: ${block.text}`);
}

describe('headings', () => {
  it('are read without their #s at every level, and a line of seven #s is not one', () => {
    expect(blocksOf('# One\n### Three ###\n###### Six #\n####### Seven')).toEqual([
      { kind: 'heading', level: 1, text: 'One' },
      { kind: 'heading', level: 3, text: 'Three' },
      { kind: 'heading', level: 6, text: 'Six' },
      { kind: 'paragraph', text: '####### Seven' },
    ]);
  });

  it('may be indented', () => {
    expect(blocksOf('   ## Indented')).toEqual([{ kind: 'heading', level: 2, text: 'Indented' }]);
  });

  it('need a space after the #s, so a hashtag starts a paragraph', () => {
    expect(outline('#MondayMotivation starts here.')).toEqual([
      'paragraph: #MondayMotivation starts here.',
    ]);
  });

  it('keep a # that is part of their words, and lose their inline markup', () => {
    expect(blocksOf('## The **C#** language\t##\t')).toEqual([
      { kind: 'heading', level: 2, text: 'The C# language' },
    ]);
  });

  it('with no words are not read', () => {
    expect(outline('#\n\nText.\n\n## ##')).toEqual(['paragraph: Text.']);
  });

  it('underlined with = or - take the lines above them as their words', () => {
    expect(blocksOf('Harbour notes\nfor the spring\n===\n\nThe ferry\n- \n\nAfter.')).toEqual([
      { kind: 'heading', level: 1, text: 'Harbour notes for the spring' },
      { kind: 'heading', level: 2, text: 'The ferry' },
      { kind: 'paragraph', text: 'After.' },
    ]);
  });

  it('are not made by a rule under a list item, a quote or a blank line', () => {
    expect(outline('- an item\n---\n\n> Quoted\n===\n\n---\nText.')).toEqual([
      'list-item: an item',
      'quote: Quoted',
      'paragraph: ===',
      'paragraph: Text.',
    ]);
  });
});

describe('paragraphs', () => {
  it('join their soft-wrapped lines, read without surrounding spaces', () => {
    expect(outline('  The ferry left\n   at noon,   \nin the rain.\n\n\n\nIt came back.')).toEqual([
      'paragraph: The ferry left at noon, in the rain.',
      'paragraph: It came back.',
    ]);
  });

  it('end at a heading, a rule or a list', () => {
    expect(outline('Before.\n# Title\nMiddle.\n***\nAfter.\n- item')).toEqual([
      'paragraph: Before.',
      'heading: Title',
      'paragraph: Middle.',
      'paragraph: After.',
      'list-item: item',
    ]);
  });

  it('lose their inline markup', () => {
    expect(outline('Some **bold** and a [link](https://example.org).')).toEqual([
      'paragraph: Some bold and a link.',
    ]);
  });
});

describe('rules, link definitions and table rulings', () => {
  it('are never read', () => {
    const source = [
      'Intro.',
      '* * *',
      '___',
      '-  -  -  -',
      '[docs]: https://example.org/docs "The docs"',
      'Outro, see [the docs][docs].',
    ].join('\n');
    expect(outline(source)).toEqual(['paragraph: Intro.', 'paragraph: Outro, see the docs.']);
  });

  it('are told from lines that only look like them', () => {
    expect(outline('-- signed\n\n-*-\n\n[not a definition] here')).toEqual([
      'paragraph: -- signed',
      'paragraph: -*-',
      'paragraph: [not a definition] here',
    ]);
  });
});

describe('tables', () => {
  it('are read a row at a time, without pipes or rulings, their cells as a list', () => {
    const source = [
      '| Stop | Leaves |',
      '|:-----|------:|',
      '| Quay | 9:15 |',
      '| Town hall | 9:40 |',
      'Buses run every day.',
    ].join('\n');
    expect(outline(source)).toEqual([
      'paragraph: Stop, Leaves',
      'paragraph: Quay, 9:15',
      'paragraph: Town hall, 9:40',
      'paragraph: Buses run every day.',
    ]);
  });

  it('in a quotation stay quoted, a row at a time', () => {
    expect(outline('> | Quay | 9:15 |\n> | Town hall | 9:40 |')).toEqual([
      'quote: Quay, 9:15',
      'quote: Town hall, 9:40',
    ]);
  });

  it('without outer pipes lose only their delimiter row', () => {
    expect(outline('Stop | Leaves\n--- | ---\nQuay | 9:15')).toEqual([
      'paragraph: Stop | Leaves',
      'paragraph: Quay | 9:15',
    ]);
  });
});

describe('lists', () => {
  it('make each item a block, whatever its marker, read without it or a task box', () => {
    const source = '- one\n* two\n+ three\n1. four\n2) five\n- [ ] six\n- [x] seven\n- [X] eight';
    expect(blocksOf(source).map((block) => block.text)).toEqual([
      'one',
      'two',
      'three',
      'four',
      'five',
      'six',
      'seven',
      'eight',
    ]);
    expect(blocksOf(source).every((block) => block.kind === 'list-item')).toBe(true);
  });

  it('need a space after the marker, so a negative number or a date starts a paragraph', () => {
    expect(outline('-5 degrees at night.\n\n2024.Review')).toEqual([
      'paragraph: -5 degrees at night.',
      'paragraph: 2024.Review',
    ]);
  });

  it('run on over lines that look wrapped, and end at a line after a short item', () => {
    // 40 characters: long enough to have been wrapped.
    const long = 'The pool repairs were left open in March';
    expect(long).toHaveLength(40);
    expect(outline(`- ${long}\nin the spring.\n- the bus routes\nAll settled.`)).toEqual([
      `list-item: ${long} in the spring.`,
      'list-item: the bus routes',
      'paragraph: All settled.',
    ]);
  });

  it('run on over an indented line even after a short item', () => {
    expect(outline('- the bus routes\n  and the timetable')).toEqual([
      'list-item: the bus routes and the timetable',
    ]);
  });

  it('in a quote stay items of their list', () => {
    expect(outline('> - first\n>   - second')).toEqual(['list-item: first', 'list-item: second']);
  });
});

describe('block quotes', () => {
  it('are read as quotes, nested or not, and end where the quoting ends', () => {
    expect(outline('> Quoted\n>words.\n>> Nested.\n\nPlain.\n> Again.\nUnquoted.')).toEqual([
      'quote: Quoted words. Nested.',
      'paragraph: Plain.',
      'quote: Again.',
      'paragraph: Unquoted.',
    ]);
  });

  it('end at a blank quoted line', () => {
    expect(outline('> One.\n>\n> Two.')).toEqual(['quote: One.', 'quote: Two.']);
  });
});

describe('fenced code', () => {
  it('keeps its lines as they are, indentation and markup included', () => {
    const source = 'Run:\n```sh\n  ls *.md\n\n# not a heading\n```\nDone.';
    expect(blocksOf(source)).toEqual([
      { kind: 'paragraph', text: 'Run:' },
      { kind: 'code', text: 'ls *.md\n\n# not a heading' },
      { kind: 'paragraph', text: 'Done.' },
    ]);
  });

  it('ends only at a fence of the same kind, at least as long', () => {
    const source = '~~~~\n```\n~~~\n~~~~~\nAfter.';
    expect(outline(source)).toEqual(['code: ```\n~~~', 'paragraph: After.']);
  });

  it('is not ended by a fence with words after it', () => {
    expect(outline('```\na\n``` b\n```\nAfter.')).toEqual(['code: a\n``` b', 'paragraph: After.']);
  });

  it('never closed runs to the end of the document', () => {
    expect(outline('Intro.\n```\nlet x = 1;\nx++;\n\n')).toEqual([
      'paragraph: Intro.',
      'code: let x = 1;\nx++;',
    ]);
  });

  it('is one block per fence', () => {
    expect(outline('```\none\n```\n```\ntwo\n```')).toEqual(['code: one', 'code: two']);
  });

  it('with nothing in it is not read', () => {
    expect(outline('```\n\n```\nAfter.')).toEqual(['paragraph: After.']);
  });
});

describe('what a reader of the rendered page never sees', () => {
  it('front matter is skipped, closed by --- or ..., after a byte order mark or with CRLF', () => {
    expect(outline('---\ntitle: Notes\n---\nBody.')).toEqual(['paragraph: Body.']);
    expect(outline('\uFEFF---\r\ntitle: Notes\r\n...\r\nBody.')).toEqual(['paragraph: Body.']);
    expect(outline('--- \ntitle: Notes\n---')).toEqual([]);
  });

  it('a rule further down is not front matter', () => {
    expect(outline('Intro.\n---\ntitle: Notes\n---\nBody.')).toEqual([
      'heading: Intro.',
      'heading: title: Notes',
      'paragraph: Body.',
    ]);
  });

  it('HTML comments are skipped, and one never closed hides the rest', () => {
    expect(
      outline('One <!-- note --> two <!-- more -->three.\n\nFour <!-- draft\n\nFive.'),
    ).toEqual(['paragraph: One two three.', 'paragraph: Four']);
  });
});
