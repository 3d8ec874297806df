// A web page's HTML (a file, a rich paste, a share) → an article. Runs where it is called:
// the import worker (import-worker.ts) calls it, so the page never waits for it.
import { Article } from '../../text/article';
import { decodeFile, type ImportResult, type OnImportStep } from '../text/text-input';
import { extractArticle, withLanguages } from './extract-article';
import { segmentParagraph } from '../../text/sentences/segment';

/** Said when a page holds no article: what to do instead. */
export const NO_ARTICLE_MESSAGE =
  'There is no article in this web page that Aloud can find. Copy the article’s text and paste it instead.';

/**
 * Turns a web page into an article: only the article (Readability), as text. `source` says
 * where it came from; the page's site name replaces it when the page gives one.
 */
export function importHtml(
  html: string,
  source: string,
  fallbackLang = 'en',
  onStep?: OnImportStep,
): ImportResult {
  onStep?.('finding');
  let found;
  try {
    found = extractArticle(html);
  } catch {
    return { ok: false, message: 'Aloud could not read this web page. Nothing was changed.' };
  }
  if (!found) return { ok: false, message: NO_ARTICLE_MESSAGE };
  onStep?.('languages');
  const extracted = withLanguages(found, fallbackLang);
  const article = new Article(
    extracted.blocks,
    {
      source: extracted.siteName ?? source,
      title: extracted.title,
      lang: extracted.lang ?? fallbackLang,
    },
    segmentParagraph,
  );
  return { ok: true, article, format: 'html' };
}

/** A web page file's bytes (already read) into an article, with a text file's checks. */
export function importHtmlBytes(
  name: string,
  bytes: Uint8Array,
  fallbackLang?: string,
  onStep?: OnImportStep,
): ImportResult {
  const decoded = decodeFile(name, bytes);
  return decoded.ok ? importHtml(decoded.text, decoded.source, fallbackLang, onStep) : decoded;
}
