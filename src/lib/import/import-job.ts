// One import as the import worker runs it: decode, split or extract, recognise languages,
// fingerprint. Plain data in and out (it crosses to and from a worker); no DOM.
import { contentHash } from '../text/content-hash';
import type { ArticleFormat } from '../text/types';
import { markClutter } from '../text/clutter';
import type { Block } from '../text/types';
import { isHtmlFile } from './text/file-kinds';
import {
  importPastedText,
  importTextBytes,
  type ImportResult,
  type ImportStep,
} from './text/text-input';

/** What to import: a file's bytes, pasted text, or a web page's HTML. */
export type ImportRequest =
  | ({ fallbackLang: string } & (
      | { kind: 'file'; name: string; type: string; bytes: ArrayBuffer }
      | { kind: 'text'; text: string; source?: string; title?: string }
      | { kind: 'page'; html: string; source: string }
    ))
  /** Load the web page importer and run it once now: the person is choosing what to bring in. */
  | { kind: 'warm' };

/** An article as it crosses back from the worker: its parts, not the class. */
export interface ImportedArticle {
  title: string;
  lang: string;
  source: string;
  format: ArticleFormat;
  blocks: Block[];
  contentHash: string;
}

export type ImportJobResult =
  { ok: true; article: ImportedArticle } | { ok: false; message: string };

/**
 * What the worker posts: each stage as it starts, then the article's blocks in batches (one
 * message of 50,000 blocks takes the page over 100 ms to receive), then the result, whose
 * article's blocks are those batches.
 */
export type ImportJobMessage =
  | { type: 'step'; step: ImportStep }
  | { type: 'blocks'; blocks: Block[] }
  | { type: 'done'; result: ImportJobResult };

/** Blocks per message back to the page: receiving one batch stays a short task. */
export const BLOCKS_PER_MESSAGE = 2000;

/** Whether this worker has found the article in the practice page yet. */
let practised = false;

/** Runs one import. The web page code (Readability, htmlparser2) loads only for a page. */
export async function runImportJob(
  request: ImportRequest,
  onStep: (step: ImportStep) => void,
): Promise<ImportJobResult | null> {
  if (request.kind === 'warm') {
    const { practise } = await import('./html/practice-page');
    // Once for this worker: its compiled code stays until it ends.
    if (!practised) practise();
    practised = true;
    return null;
  }
  onStep('reading');
  return plain(await importOf(request, onStep));
}

async function importOf(
  request: Exclude<ImportRequest, { kind: 'warm' }>,
  onStep: (step: ImportStep) => void,
): Promise<ImportResult> {
  const { fallbackLang } = request;
  switch (request.kind) {
    case 'text':
      onStep('finding');
      return importPastedText(request.text, fallbackLang, {
        source: request.source ?? 'Pasted text',
        title: request.title,
      });
    case 'page': {
      const { importHtml } = await import('./html/html-input');
      return importHtml(request.html, request.source, fallbackLang, onStep);
    }
    case 'file': {
      const bytes = new Uint8Array(request.bytes);
      if (!isHtmlFile(request)) return importTextBytes(request.name, bytes, fallbackLang, onStep);
      const { importHtmlBytes } = await import('./html/html-input');
      return importHtmlBytes(request.name, bytes, fallbackLang, onStep);
    }
  }
}

function plain(result: ImportResult): ImportJobResult {
  if (!result.ok) return result;
  const { article, format } = result;
  return {
    ok: true,
    article: {
      title: article.title,
      lang: article.lang,
      source: article.source,
      format,
      // Lines of the page that are not the article are marked, to be shown dimmed and skipped.
      blocks: markClutter(article.blocks),
      // Here, not on the page: a 10 MB text takes a noticeable moment to fingerprint. Of the
      // text alone: what is taken for clutter may change between versions.
      contentHash: contentHash(article.blocks),
    },
  };
}
