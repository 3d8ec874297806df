import { describe, expect, it } from 'vitest';
import { blocksOf } from '../../../../src/lib/import/html/html-blocks';
import { pageDocument } from '../../../../src/lib/import/html/page-dom';
import { extractArticle } from '../../../../src/lib/import/html/extract-article';
import { isHtmlFile } from '../../../../src/lib/import/text/file-kinds';
import { fixture } from '../../text/fixtures';

function blocksOfBody(html: string) {
  return blocksOf(pageDocument(`<!doctype html><html><body>${html}</body></html>`).body);
}

describe('a web page brought in', () => {
  it('given the saved news page, keeps only its article: title, byline, blocks in order', () => {
    const article = extractArticle(fixture('web-page.html'));
    expect(article).not.toBeNull();
    expect(article?.title).toBe('Tide pools are disappearing faster than expected');
    expect(article?.lang).toBe('en');
    const texts = article?.blocks.map((block) => `${block.kind}: ${block.text}`) ?? [];
    expect(texts.slice(0, 3)).toEqual([
      'heading: Tide pools are disappearing faster than expected',
      'paragraph: By Priya Raman · March 4, 2026',
      'caption: A tide pool near Half Moon Bay at low tide.',
    ]);
    expect(texts).toContain('quote: The pools are a classroom that nobody needs a ticket for.');
    expect(texts).toContain('heading: Why the pools vanish');
    expect(texts).toContain('list-item: Visitors per year: about 300,000.');
    expect(texts.at(-1)).toBe('paragraph: Read the full report');
    const all = texts.join('\n');
    expect(all).not.toMatch(/kayak|Related stories|Comments|First!|trackingId|alert|Privacy/i);
  });

  it('never reads script, style or form text, and reads links and emphasis as their words', () => {
    const blocks = blocksOfBody(
      '<p>Go <a href="javascript:alert(1)">to the <b>report</b></a> now.<script>alert(2)</script></p>' +
        '<style>p{}</style><form><button>Subscribe</button></form><p>Last<br>line</p>',
    );
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'Go to the report now.' },
      { kind: 'paragraph', text: 'Last line' },
    ]);
  });

  it('skips menus, asides and footers left inside the article', () => {
    expect(
      blocksOfBody(
        '<p>The story.</p><nav>Home News</nav><aside>Related</aside><footer>© Site</footer>',
      ),
    ).toEqual([{ kind: 'paragraph', text: 'The story.' }]);
  });

  it('reads nested list items after their parent, and tables row by row', () => {
    const blocks = blocksOfBody(
      '<ul><li>Fruit<ul><li>Apples</li><li>Pears</li></ul></li><li>Bread</li></ul>' +
        '<table><tr><th>Town</th><th>Pools</th></tr><tr><td>Half Moon Bay</td><td>412</td></tr></table>',
    );
    expect(blocks).toEqual([
      { kind: 'list-item', text: 'Fruit' },
      { kind: 'list-item', text: 'Apples' },
      { kind: 'list-item', text: 'Pears' },
      { kind: 'list-item', text: 'Bread' },
      { kind: 'paragraph', text: 'Town, Pools' },
      { kind: 'paragraph', text: 'Half Moon Bay, 412' },
    ]);
  });

  it('keeps preformatted code as a code block, its lines kept', () => {
    expect(blocksOfBody('<p>Run this:</p><pre><code>npm start\nnpm test\n</code></pre>')).toEqual([
      { kind: 'paragraph', text: 'Run this:' },
      { kind: 'code', text: 'npm start\nnpm test' },
    ]);
  });

  it('gathers loose text inside a container into a paragraph of its own', () => {
    expect(
      blocksOfBody('<div>Loose words <em>here</em><p>A paragraph.</p>and after</div>'),
    ).toEqual([
      { kind: 'paragraph', text: 'Loose words here' },
      { kind: 'paragraph', text: 'A paragraph.' },
      { kind: 'paragraph', text: 'and after' },
    ]);
  });

  it('keeps block quotes and captions as what they are', () => {
    expect(
      blocksOfBody(
        '<figure><img src="a.png"><figcaption>A pool.</figcaption></figure>' +
          '<blockquote><p>Said once.</p>Loose, too.</blockquote><p>After.</p>' +
          '<table><caption>Pools by town</caption><tr><td>Pacifica</td></tr></table>',
      ),
    ).toEqual([
      { kind: 'caption', text: 'A pool.' },
      { kind: 'quote', text: 'Said once.' },
      { kind: 'quote', text: 'Loose, too.' },
      { kind: 'paragraph', text: 'After.' },
      { kind: 'caption', text: 'Pools by town' },
      { kind: 'paragraph', text: 'Pacifica' },
    ]);
  });

  it('finds no article in a page without one', () => {
    expect(
      extractArticle('<!doctype html><html><body><nav><a href="/">Home</a></nav></body></html>'),
    ).toBeNull();
  });

  it('knows a web page by its name or type', () => {
    expect(isHtmlFile({ name: 'page.HTM' })).toBe(true);
    expect(isHtmlFile({ name: 'saved', type: 'text/html' })).toBe(true);
    expect(isHtmlFile({ name: 'notes.md', type: 'text/blocks/markdown' })).toBe(false);
  });
});
