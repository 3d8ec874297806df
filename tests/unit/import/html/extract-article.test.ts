import { describe, expect, it } from 'vitest';
import {
  extractArticle,
  withLanguages,
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
          '<p style="display: none !important; display: block">Members only.</p>' +
          '<p style="DISPLAY:block; display: NONE">Promoted</p>' +
          '<p style="color: grey">Photographs by the institute.</p>',
      }),
    );
    const all = texts(article);
    expect(all).toContain('paragraph: Photographs by the institute.');
    expect(all.join('\n')).not.toMatch(/Subscribe|Advertisement|Sponsored|Members|Promoted/);
  });

  it('reads what a later declaration shows again, as a browser does', () => {
    const article = extractArticle(
      page({
        extra:
          '<p style="display: none; color: grey; display: block">Photographs by the institute.</p>',
      }),
    );
    expect(texts(article)).toContain('paragraph: Photographs by the institute.');
  });
});

describe('a page without its html, head or body', () => {
  it('is read as a browser reads it: a rich paste gives only the article’s markup', () => {
    const fragment =
      '<meta charset="utf-8"><title>Tide pools are vanishing</title>' +
      STORY.map((text) => `<p>${text}</p>`).join('');
    const article = extractArticle(fragment);
    expect(article?.title).toBe('Tide pools are vanishing');
    expect(texts(article).slice(1)).toEqual(STORY.map((text) => `paragraph: ${text}`));
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

describe('what Readability reads that the building keeps', () => {
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
    const spoken = texts(extractArticle(page({ extra: `<p>${image}</p>` })));
    expect(spoken.some((text) => /["'<>]|svg/.test(text))).toBe(false);
  });
});
