// Source text → Article: splitting blocks and guessing the language, which only importing
// needs (a saved article is rebuilt from its stored blocks).
import { Article, type ArticleInit } from './article';
import { guessLanguage } from './language';
import { splitBlocks } from './paragraphs';

/** Builds an article from source text, or null when it holds nothing to read. */
export function createArticle(sourceText: string, init: ArticleInit): Article | null {
  const blocks = splitBlocks(sourceText, init.format);
  if (blocks.length === 0) return null;
  const lang = init.lang ?? guessLanguage(sourceText.slice(0, 4000), init.fallbackLang);
  return new Article(blocks, { source: init.source, title: init.title, lang });
}
