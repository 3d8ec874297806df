// The worker's entry: it only listens. Parsing a large page takes seconds of work that must
// not freeze the page (and Readability needs a DOM the worker has through linkedom).
import { extractArticle, type ExtractedArticle } from './extract-article';

export type ExtractReply =
  { ok: true; article: ExtractedArticle | null } | { ok: false; error: string };

self.addEventListener('message', (event: MessageEvent<string>) => {
  let reply: ExtractReply;
  try {
    reply = { ok: true, article: extractArticle(event.data) };
  } catch (error) {
    reply = { ok: false, error: String(error) };
  }
  self.postMessage(reply);
});
