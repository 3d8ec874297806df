// A web page's HTML (a file, a rich paste) → an article, extracted in a worker.
import type { ExtractReply, ExtractRequest } from './html-worker';
import { Article } from '../../text/article';
import {
  decodeText,
  readFileBytes,
  refusal,
  sourceName,
  type FileLike,
  type ImportResult,
} from '../text-input';

/** File name endings opened as web pages. */
export const HTML_FILE_EXTENSIONS = ['.html', '.htm'] as const;

/** Whether a file is a web page, by its name or type. */
export function isHtmlFile(file: { name: string; type?: string }): boolean {
  return /\.html?$/i.test(file.name) || file.type === 'text/html';
}

/** Runs the extraction in a worker of its own, ended once it answered. */
function extractInWorker(request: ExtractRequest): Promise<ExtractReply> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./html-worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<ExtractReply>) => {
      worker.terminate();
      resolve(event.data);
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      resolve({ ok: false, error: event.message });
    });
    worker.postMessage(request);
  });
}

/**
 * Turns a web page into an article: only the article (Readability), as text. `source` says
 * where it came from; the page's site name replaces it when the page gives one.
 */
export async function importHtml(
  html: string,
  source: string,
  fallbackLang?: string,
): Promise<ImportResult> {
  const reply = await extractInWorker({ html, fallbackLang: fallbackLang ?? 'en' });
  if (!reply.ok) {
    return { ok: false, message: 'Aloud could not read this web page. Nothing was changed.' };
  }
  const extracted = reply.article;
  if (!extracted) {
    return {
      ok: false,
      message:
        'There is no article in this web page that Aloud can find. Copy the article’s text and paste it instead.',
    };
  }
  const article = new Article(extracted.blocks, {
    source: extracted.siteName ?? source,
    title: extracted.title,
    lang: extracted.lang ?? fallbackLang ?? 'en',
  });
  return { ok: true, article, format: 'html' };
}

/** Reads a .html or .htm file into an article, with the same checks as a text file. */
export async function importHtmlFile(file: FileLike, fallbackLang?: string): Promise<ImportResult> {
  const read = await readFileBytes(file);
  if (!read.ok) return read;
  const { name, bytes } = read;
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, message: refusal(name, decoded.reason) };
  return importHtml(decoded.text, sourceName(name, decoded.encoding), fallbackLang);
}
