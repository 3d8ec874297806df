import { describe, expect, it } from 'vitest';
import { blocksOf } from '../../../../src/lib/import/html/html-blocks';
import { pageDocument } from '../../../../src/lib/import/html/page-dom';

/** The blocks of an article body, parsed as the import worker parses a page (page-dom.ts). */
function blocksOfBody(html: string) {
  return blocksOf(pageDocument(`<!doctype html><html><body>${html}</body></html>`).body);
}

describe('headings', () => {
  it('keeps each heading level, and a rule between sections is not a heading', () => {
    expect(
      blocksOfBody(
        '<h1>Tide pools</h1><h2>Why they vanish</h2><h3>Storms</h3><hr>' +
          '<h4>Visitors</h4><h5>Numbers</h5><h6>Sources</h6>',
      ),
    ).toEqual([
      { kind: 'heading', level: 1, text: 'Tide pools' },
      { kind: 'heading', level: 2, text: 'Why they vanish' },
      { kind: 'heading', level: 3, text: 'Storms' },
      { kind: 'heading', level: 4, text: 'Visitors' },
      { kind: 'heading', level: 5, text: 'Numbers' },
      { kind: 'heading', level: 6, text: 'Sources' },
    ]);
  });
});

describe('text as a page shows it', () => {
  it('joins the lines of hard-wrapped page source with single spaces', () => {
    const blocks = blocksOfBody(
      '<p>\n  Rising seas flood the lower pools\n  for longer each day.\n</p>' +
        '<h2>\n\tWhy the pools\n\tvanish\n</h2>',
    );
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'Rising seas flood the lower pools for longer each day.' },
      { kind: 'heading', level: 2, text: 'Why the pools vanish' },
    ]);
  });

  it('reads a definition list term by term', () => {
    expect(
      blocksOfBody('<dl><dt>Sculpin</dt><dd>A <del>rare</del> small fish of the pools.</dd></dl>'),
    ).toEqual([
      { kind: 'paragraph', text: 'Sculpin' },
      { kind: 'paragraph', text: 'A rare small fish of the pools.' },
    ]);
  });

  it('reads each paragraph of a definition on its own, as the page shows them', () => {
    expect(
      blocksOfBody(
        '<dl><dt>Term</dt><dd><p>One.</p><p>Two.</p></dd>' +
          '<dt>Sculpin</dt><dd>Seen in <font>spring</font>:<p>Under rocks.</p>At low tide.</dd></dl>',
      ),
    ).toEqual([
      { kind: 'paragraph', text: 'Term' },
      { kind: 'paragraph', text: 'One.' },
      { kind: 'paragraph', text: 'Two.' },
      { kind: 'paragraph', text: 'Sculpin' },
      { kind: 'paragraph', text: 'Seen in spring:' },
      { kind: 'paragraph', text: 'Under rocks.' },
      { kind: 'paragraph', text: 'At low tide.' },
    ]);
  });

  it('keeps a paragraph whole around edits and markup it does not know', () => {
    expect(
      blocksOfBody('<p>The meeting is <del>on Thursday</del> <ins>on Friday</ins>.</p>'),
    ).toEqual([{ kind: 'paragraph', text: 'The meeting is on Thursday on Friday.' }]);
  });

  it('keeps loose text one paragraph across inline markup, comments and line breaks', () => {
    const inline =
      '<a>a</a> <abbr>b</abbr> <b>c</b> <bdi>d</bdi> <bdo>e</bdo> <cite>f</cite> <code>g</code> ' +
      '<data>h</data> <dfn>i</dfn> <em>j</em> <i>k</i> <kbd>l</kbd> <mark>m</mark> <q>n</q> ' +
      '<s>o</s> <samp>p</samp> <small>q</small> <span>r</span> <strong>s</strong> <sub>t</sub> ' +
      '<sup>u</sup> <time>v</time> <u>w</u> <var>x</var> y<wbr>z<br>end<img alt="">.';
    expect(blocksOfBody(`<div>Start <!-- ad slot --> ${inline}<p>Next.</p></div>`)).toEqual([
      {
        kind: 'paragraph',
        text: 'Start a b c d e f g h i j k l m n o p q r s t u v w x yz end.',
      },
      { kind: 'paragraph', text: 'Next.' },
    ]);
  });

  it('keeps loose text one paragraph across old and edit markup', () => {
    expect(blocksOfBody('<div>Old <font>page</font> text</div>')).toEqual([
      { kind: 'paragraph', text: 'Old page text' },
    ]);
    const inline =
      '<font>a</font> <del>b</del> <ins>c</ins> <label>d</label> <big>e</big> <tt>f</tt> ' +
      '<nobr>g</nobr> <acronym>h</acronym> <strike>i</strike> <picture><img alt=""></picture>j';
    expect(blocksOfBody(`<div>Start ${inline}<p>Next.</p></div>`)).toEqual([
      { kind: 'paragraph', text: 'Start a b c d e f g h i j' },
      { kind: 'paragraph', text: 'Next.' },
    ]);
  });

  it('reads ruby as its base text, not the reading written above it', () => {
    const ruby = '<ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp>字<rp>(</rp><rt>ji</rt><rp>)</rp></ruby>';
    expect(blocksOfBody(`<p>Write ${ruby} here.</p><div>Loose ${ruby} too.</div>`)).toEqual([
      { kind: 'paragraph', text: 'Write 漢字 here.' },
      { kind: 'paragraph', text: 'Loose 漢字 too.' },
    ]);
  });

  it('reads a paragraph around a comment left in the page as one sentence', () => {
    expect(blocksOfBody('<p>Storms move <!-- sponsor -->sand.</p>')).toEqual([
      { kind: 'paragraph', text: 'Storms move sand.' },
    ]);
  });
});

describe('what a listener never hears', () => {
  it('skips embedded media, widgets and form controls, where they stand and inside a paragraph', () => {
    // All of these may stand inside a paragraph; a page's parser closes one before the rest.
    const inParagraph =
      '<noscript>Enable JavaScript</noscript><template><b>Hidden copy</b></template>' +
      '<iframe>Your browser has no frames</iframe><object>Plugin</object><embed>' +
      '<svg><text>Chart label</text></svg><math><mi>x</mi></math><button>Share</button>' +
      '<input value="Email"><select><option>Sort by</option></select><textarea>Say</textarea>';
    const standing = '<form>Sign up</form><nav>Home News</nav><aside>Related</aside>';
    expect(
      blocksOfBody(
        `${inParagraph}${standing}<p>Body ${inParagraph}text.</p><footer>© Site</footer>`,
      ),
    ).toEqual([{ kind: 'paragraph', text: 'Body text.' }]);
  });
});

describe('lists, tables and code', () => {
  it('reads a list item with emphasis and links as its words', () => {
    expect(
      blocksOfBody(
        '<ol><li>Sea level: <strong>up 9 cm</strong> since <a href="#g">1998</a>.</li></ol>',
      ),
    ).toEqual([{ kind: 'list-item', text: 'Sea level: up 9 cm since 1998.' }]);
  });

  it('keeps the paragraphs of a list item apart by a space', () => {
    expect(blocksOfBody('<ul><li><p>Go early.</p><p>Bring boots.</p></li></ul>')).toEqual([
      { kind: 'list-item', text: 'Go early. Bring boots.' },
    ]);
  });

  it('reads a table row without its empty cells', () => {
    expect(
      blocksOfBody(
        '<table><tr><th></th><th>2020</th><th>2025</th></tr>' +
          '<tr><td>Pools</td><td> </td><td>1,412</td></tr></table>',
      ),
    ).toEqual([
      { kind: 'paragraph', text: '2020, 2025' },
      { kind: 'paragraph', text: 'Pools, 1,412' },
    ]);
  });

  it('drops the blank lines around a code block, keeping its indentation', () => {
    expect(blocksOfBody('<pre><code>\n\n  npm start\n  npm test\n\n\n</code></pre>')).toEqual([
      { kind: 'code', text: '  npm start\n  npm test' },
    ]);
  });
});
