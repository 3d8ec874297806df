// A web page's HTML → its article: Readability on linkedom's DOM, which needs no browser
// DOM (so it runs in a worker) and runs nothing: no script, no handler, no request.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Block } from '../../text/types';
import { articleLanguage, withBlockLanguages } from '../../text/block-language';
import { blocksOf } from './html-blocks';

export interface ExtractedArticle {
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  publishedTime: string | null;
  blocks: Block[];
}

/**
 * The page without what is never read and only costs time to parse: scripts, styles and
 * comments (most of a news page's bytes), and the addresses of links and images, which
 * Readability would otherwise resolve one by one (a link is read as its words). Raw text
 * cannot hold `<script` or `<a `, so these patterns only ever meet markup. What Readability
 * reads stays: the JSON-LD data (a page's headline and author), the title and the meta tags.
 */
export function withoutUnreadMarkup(html: string): string {
  return html
    .replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(LINK_OR_IMAGE_TAG, (tag) => tag.replace(ATTRIBUTE, withoutAddress));
}

/** A link's or an image's start tag, its quoted values whole: a data address may hold ">". */
const LINK_OR_IMAGE_TAG = /<(?:a|img|source|area|link)\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
/** One attribute and its value, taken in turn, so that a value is never read as a name. */
const ATTRIBUTE = /(\s+)([^\s=>"'/]+)(\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?/g;
/** Addresses Readability would resolve; an in-page link (#notes) stays, as less of a link. */
const ADDRESSES: ReadonlySet<string> = new Set(['href', 'src', 'srcset']);

function withoutAddress(attribute: string, _space: string, name: string, value = ''): string {
  if (!ADDRESSES.has(name.toLowerCase())) return attribute;
  return /^\s*=\s*["']?#/.test(value) ? attribute : '';
}

/** Readability asks each element's `style` for display and visibility, nothing else. */
interface VisibilityStyle {
  display?: string;
  visibility?: string;
}
const NO_STYLE: VisibilityStyle = Object.freeze({});

/**
 * linkedom builds a full CSSStyleDeclaration the first time an element's `style` is read,
 * and Readability reads it for every element: a third of its time on a long page. This
 * gives the two values it reads, from the style attribute, at no cost when there is none.
 * Only ever in this DOM (a worker's, or a test's).
 */
function lightenStyles(window: { HTMLElement: { prototype: object } }): void {
  Object.defineProperty(window.HTMLElement.prototype, 'style', {
    configurable: true,
    get(this: Element): VisibilityStyle {
      const style = this.getAttribute('style');
      if (!style) return NO_STYLE;
      const value = (name: string) =>
        new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*([^;!]+)`, 'i').exec(style)?.[1]?.trim();
      return { display: value('display'), visibility: value('visibility') };
    },
  });
}

/** The article in a page, or null when the page holds none. */
export function extractArticle(html: string): ExtractedArticle | null {
  const dom = parseHTML(withoutUnreadMarkup(html));
  lightenStyles(dom as unknown as { HTMLElement: { prototype: object } });
  const article = new Readability(dom.document as unknown as Document, {
    // The article's element itself, not its markup: it is walked for text, not shown.
    serializer: (node: Node) => node,
  }).parse();
  if (!article?.content) return null;
  const blocks = blocksOf(article.content);
  if (blocks.length === 0) return null;
  const title = (article.title ?? '').trim() || (blocks[0]?.text ?? '');
  const byline = article.byline?.trim() || null;
  // The title and byline are read first, as a narrator would, unless the page repeats them.
  const head: Block[] = [];
  if (blocks[0]?.text !== title) head.push({ kind: 'heading', level: 1, text: title });
  if (byline && !blocks.slice(0, 3).some((block) => block.text.includes(byline))) {
    head.push({ kind: 'paragraph', text: byline });
  }
  return {
    title,
    byline,
    siteName: article.siteName?.trim() || null,
    // Readability's is the page's own: the `lang` of its <html>.
    lang: article.lang?.trim() || null,
    publishedTime: article.publishedTime?.trim() || null,
    blocks: [...head, ...blocks],
  };
}

/**
 * The article with its language (the page's, else its text's, else `fallback`) and each
 * block's where it clearly differs. Run in the worker too: franc's work stays off the page.
 */
export function withLanguages(article: ExtractedArticle, fallback: string): ExtractedArticle {
  const lang =
    article.lang ?? articleLanguage(article.blocks.map((block) => block.text).join('\n'), fallback);
  return { ...article, lang, blocks: withBlockLanguages(article.blocks, lang) };
}
