import { describe, expect, it } from 'vitest';
import { pageDocument } from '../../../../src/lib/import/html/page-dom';

/** The body's markup, as the built page holds it. */
function bodyOf(html: string): string {
  return pageDocument(html).body.innerHTML;
}

describe('what is never built', () => {
  it('leaves out scripts, styles and comments whatever their attributes and lines', () => {
    const page =
      '<script type="text/javascript" async>\n  window.dataLayer = ["</p>"];\n</script >' +
      '<style media="print">\n  .ad { display: none }\n</style ><!-- <p>old</p> -->' +
      '<p>Use <code>a &lt;script&gt; tag</code>.</p><SCRIPT>alert(1)</SCRIPT>';
    expect(bodyOf(page)).toBe('<p>Use <code>a &lt;script&gt; tag</code>.</p>');
  });

  it('keeps a script of JSON-LD, which Readability reads for the headline and author', () => {
    const data = '{"@type":"NewsArticle","headline":"Tide pools <b>vanish</b>"}';
    const page = pageDocument(
      `<html><head><script type=" Application/LD+JSON ">${data}</script></head><body></body></html>`,
    );
    expect(page.head?.textContent).toBe(data);
  });

  it('leaves out the addresses of links and images however written, but not in-page links', () => {
    const markup =
      '<a href = "https://x.test/a b" class="k">one</a>' +
      '<img srcset=\'pool-1x.jpg 1x, pool-2x.jpg 2x\' alt="A pool">' +
      '<a HREF=/news>two</a><a href="https://x.test/page#top">three</a>' +
      '<a href=#fn1>1</a><a href=" #fn2">2</a><area href="/map"><source src="a.webm">' +
      '<p>href="x" stays in text.</p>';
    expect(bodyOf(markup)).toBe(
      '<a class="k">one</a><img alt="A pool"/><a>two</a><a>three</a>' +
        '<a href="#fn1">1</a><a href=" #fn2">2</a><area/><source/><p>href="x" stays in text.</p>',
    );
  });

  it('reads an image whose data address holds “>” as one tag, its address left out', () => {
    const image = `<img src="data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg'></svg>" alt="">`;
    expect(bodyOf(`<p>Before.${image} After.</p>`)).toBe('<p>Before.<img alt=""/> After.</p>');
  });
});

describe('a page as a browser builds it', () => {
  it('always has an html and a body, a fragment’s content inside the body', () => {
    const page = pageDocument('<meta charset="utf-8"><h1>Tide pools</h1>Loose words.');
    expect(page.documentElement.tagName).toBe('HTML');
    expect(page.body.parentNode).toBe(page.documentElement);
    expect(page.body.textContent).toBe('Tide poolsLoose words.');
  });

  it('moves what stands outside a page’s html into its body, and keeps its head apart', () => {
    const page = pageDocument('<head><title>T</title></head><body><p>One.</p></body><p>Two.</p>');
    expect(page.documentElement.children.map((child) => child.tagName)).toEqual(['HEAD', 'BODY']);
    expect(page.body.innerHTML).toBe('<p>One.</p><p>Two.</p>');
  });

  it('takes the first title’s text, its spaces collapsed, as the page’s title, never an image’s', () => {
    const page = pageDocument(
      '<html><head><title>\n  Tide pools &amp;\n  coves </title><title>Second</title></head>' +
        '<body><svg><title>Chart</title></svg></body></html>',
    );
    expect(page.title).toBe('Tide pools & coves');
    expect(pageDocument('<svg><title>Chart</title></svg><title>Page</title>').title).toBe('Page');
  });

  it('makes one text of the pieces an entity splits it into', () => {
    const paragraph = pageDocument('<p>Sun &amp; sea &#8211; tides</p>').body.children[0]!;
    expect(paragraph.childNodes).toHaveLength(1);
    expect(paragraph.textContent).toBe('Sun & sea – tides');
  });

  it('keeps a prefixed tag as it is: Word’s <o:p> is not a paragraph', () => {
    const body = pageDocument('<p>One<o:p></o:p></p>').body;
    expect(body.children[0]!.children[0]!.tagName).toBe('O:P');
  });

  it('closes what a page leaves open, as a browser would', () => {
    expect(bodyOf('<ul><li>One<li>Two</ul><p>Three<p>Four')).toBe(
      '<ul><li>One</li><li>Two</li></ul><p>Three</p><p>Four</p>',
    );
  });
});
