// The worker's entry: it only listens. Parsing a large page takes seconds of work that must
// not freeze the page (and Readability needs a DOM the worker has through linkedom).
import { extractArticle, withLanguages, type ExtractedArticle } from './extract-article';

export type ExtractReply =
  { ok: true; article: ExtractedArticle | null } | { ok: false; error: string };

/** The page's HTML, and the language to assume when neither page nor text tells. */
export interface ExtractRequest {
  html: string;
  fallbackLang: string;
}

self.addEventListener('message', (event: MessageEvent<ExtractRequest>) => {
  let reply: ExtractReply;
  try {
    const article = extractArticle(event.data.html);
    reply = { ok: true, article: article && withLanguages(article, event.data.fallbackLang) };
  } catch (error) {
    reply = { ok: false, error: String(error) };
  }
  self.postMessage(reply);
});
