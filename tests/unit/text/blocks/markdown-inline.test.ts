import { describe, expect, it } from 'vitest';
import { stripInlineMarkdown } from '../../../../src/lib/text/blocks/markdown-inline';

describe('emphasis', () => {
  it('is read as its words, whichever delimiters mark it', () => {
    expect(
      stripInlineMarkdown('A **bold** and __strong__, an *em* and _em_, and ~~old~~ news.'),
    ).toBe('A bold and strong, an em and em, and old news.');
  });

  it('may hold a single delimiter of the other strength', () => {
    expect(stripInlineMarkdown('**a *very* big** and __the _only_ one__')).toBe(
      'a very big and the only one',
    );
    expect(stripInlineMarkdown('~~half~way~~ there')).toBe('half~way there');
  });

  it('is not made by delimiters set apart by spaces, nor by underscores inside words', () => {
    const text = 'Rates rose 2 * 3 times, a ** b, snake_case_name and __init__ files';
    expect(stripInlineMarkdown(text)).toBe(
      'Rates rose 2 * 3 times, a ** b, snake_case_name and init files',
    );
    expect(stripInlineMarkdown('a _ b _ c and x~~ y ~~z')).toBe('a _ b _ c and x~~ y ~~z');
  });

  it('is read at the edges of a line and beside punctuation', () => {
    expect(stripInlineMarkdown('_Note:_ (_see_ below), "*quoted*".')).toBe(
      'Note: (see below), "quoted".',
    );
  });
});

describe('links and images', () => {
  it('are read as their words, without their addresses or titles', () => {
    const text =
      'See [the report](https://example.org/a_(2024) "The report") and ' +
      "[the notes](notes.md ), or ![a map of the bay](map.png 'Map').";
    expect(stripInlineMarkdown(text)).toBe('See the report and the notes, or a map of the bay.');
  });

  it('by reference are read as their words too', () => {
    expect(stripInlineMarkdown('Read [the minutes][m] and [this][] and ![chart][c].')).toBe(
      'Read the minutes and this and chart.',
    );
  });

  it('with no words, like an image without a description, are not read', () => {
    expect(stripInlineMarkdown('Before ![](photo.jpg) after.')).toBe('Before after.');
  });

  it('leave square brackets that are not links alone', () => {
    expect(stripInlineMarkdown('He said [sic] and [laughs] (twice).')).toBe(
      'He said [sic] and [laughs] (twice).',
    );
  });

  it('written out in angle brackets are read as the address', () => {
    expect(
      stripInlineMarkdown(
        'Visit <https://example.org/x>, <FTP://files.example.org> or <mailto:desk@example.org>.',
      ),
    ).toBe('Visit https://example.org/x, FTP://files.example.org or desk@example.org.');
    expect(stripInlineMarkdown('Write to <desk@example.org>.')).toBe('Write to desk@example.org.');
  });
});

describe('footnotes, comments and HTML', () => {
  it('footnote markers are not read', () => {
    expect(stripInlineMarkdown('The tide rose twice.[^1] It fell[^note] once.')).toBe(
      'The tide rose twice. It fell once.',
    );
  });

  it('HTML tags and comments are not read, but comparisons are', () => {
    expect(
      stripInlineMarkdown('A <span class="x">word</span><br/> and <!-- hidden --> H<sub>2</sub>O'),
    ).toBe('A word and H2O');
    expect(stripInlineMarkdown('if a < b and c > d, or x <3')).toBe('if a < b and c > d, or x <3');
  });
});

describe('code spans', () => {
  it('are read verbatim, markup inside them included', () => {
    expect(stripInlineMarkdown('Run `ls *.md *old*` and `` a`b `` then **stop**.')).toBe(
      'Run ls *.md *old* and a`b then stop.',
    );
  });

  it('do not take markup across them', () => {
    expect(stripInlineMarkdown('*a `b* c` d*')).toBe('*a b* c d*');
  });
});

describe('escaped punctuation', () => {
  it('is read as the character itself, never as markup', () => {
    expect(stripInlineMarkdown('\\*not em\\*, \\[not a link\\](x), \\`not code\\`, 5 \\_ 6')).toBe(
      '*not em*, [not a link](x), `not code`, 5 _ 6',
    );
  });

  it('leaves a backslash before a letter or at the end alone', () => {
    expect(stripInlineMarkdown('C:\\Users\\me and a \\')).toBe('C:\\Users\\me and a \\');
  });
});

describe('spacing', () => {
  it('leaves single spaces between words and none at the ends', () => {
    expect(stripInlineMarkdown('  The  ferry\t left   at noon.  ')).toBe('The ferry left at noon.');
  });
});
