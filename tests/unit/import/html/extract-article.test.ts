import { describe, expect, it } from 'vitest';
import {
  extractArticle,
  withLanguages,
  withoutUnreadMarkup,
  type ExtractedArticle,
} from '../../../../src/lib/import/html/extract-article';

const STORY = [
  'Researchers surveying the northern coast found that nearly a third of the tide pools mapped in 1998 are now gone. The pools, which fill and drain with every tide, shelter anemones, sculpins and hermit crabs.',
  'Rising seas flood the lower pools for longer each day. Storms move sand, which fills the shallow ones. Trampling by visitors breaks the rock edges that hold the water in.',
  'The institute recommends boardwalks in the busiest areas and a seasonal closure of two coves. A public meeting is planned for April 12 at 7 p.m.',
  'Corrections and tips about this story can be sent to Priya Raman at the newsroom.',
];

/** A saved news page: its story in an <article>, and what `head` and `extra` add. */
function page({ head = '', lang = '', extra = '' } = {}): string {
  const paragraphs = STORY.map((text) => `<p>${text}</p>`).join('\n');
  return (
    `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head>${head}</head>` +
    `<body><article>${paragraphs}${extra}</article></body></html>`
  );
}

function texts(article: ExtractedArticle | null): string[] {
  return article?.blocks.map((block) => `${block.kind}: ${block.text}`) ?? [];
}

describe('what a page says about its article', () => {
  it('reads the title and the author first, when the story does not open with them', () => {
    const article = extractArticle(
      page({
        lang: 'en-GB',
        head:
          '<title>Tide pools are disappearing faster than expected | Coastal Weekly</title>' +
          '<meta name="author" content="Priya Raman">' +
          '<meta property="og:site_name" content="Coastal Weekly">' +
          '<meta property="article:published_time" content="2026-03-04T09:00:00Z">',
      }),
    );
    expect(article).toMatchObject({
      title: 'Tide pools are disappearing faster than expected',
      byline: 'Priya Raman',
      siteName: 'Coastal Weekly',
      lang: 'en-GB',
      publishedTime: '2026-03-04T09:00:00Z',
    });
    expect(texts(article)).toEqual([
      'heading: Tide pools are disappearing faster than expected',
      'paragraph: Priya Raman',
      ...STORY.map((text) => `paragraph: ${text}`),
    ]);
  });

  it('does not read the author twice when the story opens with the byline', () => {
    const article = extractArticle(
      page({ head: '<title>Tide pools</title><meta name="author" content="Priya Raman">' }).replace(
        '<article>',
        '<article><p>By Priya Raman, science desk</p>',
      ),
    );
    expect(texts(article).slice(0, 3)).toEqual([
      'heading: Tide pools',
      'paragraph: By Priya Raman, science desk',
      `paragraph: ${STORY[0]}`,
    ]);
  });

  it('takes a page without a title by its first words, read once, and says what it lacks', () => {
    const article = extractArticle(page());
    expect(article).toMatchObject({
      title: STORY[0],
      byline: null,
      siteName: null,
      lang: null,
      publishedTime: null,
    });
    expect(texts(article)).toEqual(STORY.map((text) => `paragraph: ${text}`));
  });

  it('finds no article in a page with nothing to read', () => {
    expect(extractArticle('<!doctype html><html><body><img alt=""></body></html>')).toBeNull();
  });
});

describe('what a page hides', () => {
  it('never reads what the page hides with a style', () => {
    const article = extractArticle(
      page({
        extra:
          '<p style="display:none !important">Subscribe to read the rest.</p>' +
          '<p style="color: grey; visibility : hidden">Advertisement</p>' +
          '<p style="Display: none">Sponsored</p>' +
          '<p style="color: grey">Photographs by the institute.</p>',
      }),
    );
    const all = texts(article);
    expect(all).toContain('paragraph: Photographs by the institute.');
    expect(all.join('\n')).not.toMatch(/Subscribe|Advertisement|Sponsored/);
  });
});

describe('the article’s language', () => {
  it('keeps the language the page gives', () => {
    const article = extractArticle(page({ lang: 'en-GB' }));
    expect(article && withLanguages(article, 'fr').lang).toBe('en-GB');
  });

  it('recognises it from the text when the page gives none', () => {
    const article = extractArticle(
      '<html><body><p>Кошка спит на диване. Погода сегодня хорошая, и мы идём гулять в парк.</p></body></html>',
    );
    expect(article?.lang).toBeNull();
    expect(article && withLanguages(article, 'en').lang).toBe('ru');
  });
});

describe('markup dropped before the page is parsed', () => {
  it('drops scripts and styles whatever their attributes and lines', () => {
    const head =
      '<script type="text/javascript" async>\n  window.dataLayer = [];\n</script >' +
      '<style media="print">\n  .ad { display: none }\n</style >';
    expect(withoutUnreadMarkup(`${head}<p>Text.</p>`)).toBe('<p>Text.</p>');
  });

  it('drops the addresses of links and images however they are written, but not in-page links', () => {
    const markup =
      '<a href = "https://x.test/a b" class="k">one</a>' +
      '<img srcset=\'pool-1x.jpg 1x, pool-2x.jpg 2x\' alt="A pool">' +
      '<a href=/news>two</a><a href="https://x.test/page#top">three</a>' +
      '<a href=#fn1>1</a><a href="#fn2">2</a>';
    expect(withoutUnreadMarkup(markup)).toBe(
      '<a class="k">one</a><img alt="A pool"><a>two</a><a>three</a>' +
        '<a href=#fn1>1</a><a href="#fn2">2</a>',
    );
  });
});

describe('what Readability reads that the trimming keeps', () => {
  it('keeps the page’s JSON-LD: its headline and author are the article’s', () => {
    const jsonLd = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Tide pools are vanishing from the northern coast',
      author: { '@type': 'Person', name: 'Priya Raman' },
    });
    const head = `<title>Coast | The Daily</title><script type="application/ld+json">${jsonLd}</script>`;
    const article = extractArticle(page({ head }));
    expect(article?.title).toBe('Tide pools are vanishing from the northern coast');
    expect(article?.byline).toBe('Priya Raman');
  });

  it('keeps an image whose data address holds a “>”, and reads none of its markup aloud', () => {
    const image = `<img src="data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg'></svg>" alt="">`;
    const trimmed = withoutUnreadMarkup(`<p>Before.${image} After.</p>`);
    expect(trimmed).toBe('<p>Before.<img alt=""> After.</p>');
    const spoken = texts(extractArticle(page({ extra: `<p>${image}</p>` })));
    expect(spoken.some((text) => /["'<>]|svg/.test(text))).toBe(false);
  });
});
