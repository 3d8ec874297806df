// Bringing articles in from the page: files (picked, dropped, shared), pasted text and web
// pages. Each is imported in a worker while the page shows its progress, then saved and
// opened. Loaded on demand.
import type { AppController } from '../app-controller.svelte';
import { saveAndOpen } from './save-and-open';
import { Article } from '../../text/article';
import { segmentParagraph } from '../../text/sentences/segment';
import type { Block } from '../../text/types';
import type { ImportJobMessage, ImportJobResult, ImportRequest } from '../../import/import-job';
import { IMPORT_FAILED_MESSAGE, readFileBytes } from '../../import/text/file-kinds';
import type { ImportResult, ImportStep } from '../../import/text/text-input';

/** Something to bring in, as the page holds it. */
export type ImportSource = (
  | { kind: 'file'; file: File }
  | { kind: 'text'; text: string; source?: string; title?: string }
  | { kind: 'page'; html: string; source: string }
) & {
  /** The page's address, when known: it replaces the link kept waiting for it. */
  url?: string;
};

/** The name progress shows for a source. */
function nameOf(source: ImportSource): string {
  if (source.kind === 'file') return `“${source.file.name}”`;
  return source.kind === 'page' ? 'the web page' : 'the text';
}

/** An import that takes less than this shows no progress: it would only flicker. */
const PROGRESS_DELAY_MS = 300;

/** A worker left unused this long is ended: it holds a parser's memory. */
const IDLE_WORKER_MS = 60_000;

/**
 * The import worker, started ahead of need (the panel opens: the person is choosing a file)
 * and shared by the imports that follow. They run one after another, even when a drop comes
 * while the panel imports: the worker's messages do not say which import they belong to.
 */
class ImportWorker {
  #worker: Worker | null = null;
  #idle: ReturnType<typeof setTimeout> | undefined;
  /** Imports under way or waiting their turn: the worker is kept for them. */
  #running = 0;
  /** The last import asked for; the next one starts when it is done (it never rejects). */
  #queue: Promise<unknown> = Promise.resolve();

  /** Starts the worker and has it load the web page importer, so the first import waits less. */
  warm(): void {
    this.#started().postMessage({ kind: 'warm' } satisfies ImportRequest);
    this.#idleNow();
  }

  /** The worker, started if need be, and kept while it works. */
  #started(): Worker {
    clearTimeout(this.#idle);
    this.#worker ??= new Worker(new URL('../../import/import-worker.ts', import.meta.url), {
      type: 'module',
    });
    return this.#worker;
  }

  /** When nothing runs, the worker ends unless another import comes soon. */
  #idleNow(): void {
    clearTimeout(this.#idle);
    if (this.#running === 0) this.#idle = setTimeout(() => this.end(), IDLE_WORKER_MS);
  }

  run(request: ImportRequest, onStep: (step: ImportStep) => void): Promise<ImportJobResult> {
    this.#running++;
    const done = this.#queue.then(() => this.#runNow(request, onStep));
    this.#queue = done;
    return done;
  }

  #runNow(request: ImportRequest, onStep: (step: ImportStep) => void): Promise<ImportJobResult> {
    const worker = this.#started();
    return new Promise((resolve) => {
      const blocks: Block[] = [];
      const onMessage = (event: MessageEvent<ImportJobMessage>) => {
        const message = event.data;
        if (message.type === 'step') return onStep(message.step);
        if (message.type === 'blocks') {
          for (const block of message.blocks) blocks.push(block);
          return;
        }
        stop();
        const { result } = message;
        resolve(result.ok ? { ok: true, article: { ...result.article, blocks } } : result);
      };
      const onError = () => {
        stop();
        this.end();
        resolve({ ok: false, message: IMPORT_FAILED_MESSAGE });
      };
      const stop = () => {
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
        this.#running--;
        this.#idleNow();
      };
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
      // A file's bytes move to the worker rather than being copied.
      worker.postMessage(request, request.kind === 'file' ? [request.bytes] : []);
    });
  }

  end(): void {
    clearTimeout(this.#idle);
    this.#worker?.terminate();
    this.#worker = null;
  }
}

const worker = new ImportWorker();

/** Gets the importer ready while the person chooses what to bring in. */
export function prepareImport(): void {
  worker.warm();
}

/** The request for a source: a file is read here (its size checked first), the rest as is. */
async function requestFor(
  source: ImportSource,
  fallbackLang: string,
): Promise<ImportRequest | { ok: false; message: string }> {
  if (source.kind === 'text') {
    const { text, source: from, title } = source;
    return { kind: 'text', text, source: from, title, fallbackLang };
  }
  if (source.kind === 'page') {
    return { kind: 'page', html: source.html, source: source.source, fallbackLang };
  }
  const read = await readFileBytes(source.file);
  if (!read.ok) return read;
  // The whole buffer: it is moved to the worker, not copied.
  return {
    kind: 'file',
    name: read.name,
    type: source.file.type,
    bytes: read.bytes.buffer,
    fallbackLang,
  };
}

/** The worker's article, as the page's. */
function resultOf(result: ImportJobResult): ImportResult {
  if (!result.ok) return result;
  const { blocks, source, title, lang, format, contentHash } = result.article;
  const article = new Article(blocks, { source, title, lang }, segmentParagraph);
  return { ok: true, article, format, contentHash };
}

/**
 * Runs `work` while `controller.importing` tells its stage, from the moment it has taken
 * long enough to be worth showing.
 */
export async function withProgress<T>(
  controller: AppController,
  name: string,
  first: ImportStep,
  work: (onStep: (step: ImportStep) => void) => Promise<T>,
): Promise<T> {
  let step = first;
  let visible = false;
  const show = () => {
    visible = true;
    controller.importing = { name, step };
  };
  const shown = setTimeout(show, PROGRESS_DELAY_MS);
  try {
    return await work((next) => {
      step = next;
      if (visible) show();
    });
  } finally {
    clearTimeout(shown);
    controller.importing = null;
  }
}

/**
 * Brings sources in, in order, in one worker: each one read is saved and opened (several
 * files become several entries, the last one open); each one that is not says why through
 * `onRefused` and changes nothing. Returns the results, so that a panel can tell them apart.
 */
export async function bringIn(
  sources: readonly ImportSource[],
  controller: AppController,
  onRefused: (message: string) => void = (message) => controller.notices.say(message),
  fallbackLang = navigator.language,
): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  for (const source of sources) {
    const result = await withProgress(controller, nameOf(source), 'reading', async (onStep) => {
      const request = await requestFor(source, fallbackLang);
      performance.mark(IMPORT_MARKS.read);
      return 'ok' in request ? request : resultOf(await worker.run(request, onStep));
    });
    performance.mark(IMPORT_MARKS.extracted);
    results.push(result);
    if (!result.ok) {
      onRefused(result.message);
      continue;
    }
    const { article, format, contentHash } = result;
    await withProgress(controller, `“${article.title}”`, 'saving', () =>
      saveAndOpen(controller, article, format, contentHash, source.url),
    );
    performance.mark(IMPORT_MARKS.opened);
  }
  return results;
}

/**
 * The stages of an import, marked on the page's performance timeline for bench/html-import.ts
 * (the file read, the worker's article back, saved and opened); a mark costs nothing else.
 */
export const IMPORT_MARKS = {
  read: 'aloud-import-read',
  extracted: 'aloud-import-extracted',
  opened: 'aloud-import-opened',
} as const;
