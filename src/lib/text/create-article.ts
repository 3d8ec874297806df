// Source text → Article: splitting blocks and guessing the language, which only importing
// needs (a saved article is rebuilt from its stored blocks).
import { Article, type ArticleInit } from './article';
import { articleLanguage, withBlockLanguages } from './block-language';
import { splitBlocks } from './blocks/paragraphs';
import { segmentParagraph } from './sentences/segment';
import { titleOf } from './title';

/** Builds an article from source text, or null when it holds nothing to read. */
export function createArticle(sourceText: string, init: ArticleInit): Article | null {
  const blocks = splitBlocks(sourceText, init.format);
  if (blocks.length === 0) return null;
  const lang = init.lang ?? articleLanguage(sourceText, init.fallbackLang ?? 'en');
  return new Article(
    withBlockLanguages(blocks, lang),
    { source: init.source, title: init.title ?? titleOf(blocks, lang), lang },
    segmentParagraph,
  );
}
