// A web page's HTML → its article: Readability on the light DOM it ships, built in
// page-dom.ts, which needs no browser DOM (so it runs in a worker) and runs nothing: no
// script, no handler, no request.
import { Readability } from '@mozilla/readability';
import type { Block } from '../../text/types';
import { articleLanguage, withBlockLanguages } from '../../text/block-language';
import { blocksOf, type BlockNode } from './html-blocks';
import { pageDocument } from './page-dom';

export interface ExtractedArticle {
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  publishedTime: string | null;
  blocks: Block[];
}

/** The article in a page, or null when the page holds none. */
export function extractArticle(html: string): ExtractedArticle | null {
  // Readability is typed for the browser's DOM; page-dom.ts gives it the one it was written for.
  const article = new Readability<BlockNode>(pageDocument(html) as never, {
    // The article's element itself, not its markup: it is walked for text, not shown.
    serializer: (node) => node as unknown as BlockNode,
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
