// The import worker's entry: it only listens. Splitting a 10 MB text or finding the article
// in a big page takes seconds the page must not freeze for (import-job.ts does the work).
import { IMPORT_FAILED_MESSAGE } from './text/file-kinds';
import {
  BLOCKS_PER_MESSAGE,
  runImportJob,
  type ImportJobMessage,
  type ImportJobResult,
  type ImportRequest,
} from './import-job';

const post = (message: ImportJobMessage): void => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<ImportRequest>) => {
  void runImportJob(event.data, (step) => post({ type: 'step', step }))
    .catch(() => ({ ok: false as const, message: IMPORT_FAILED_MESSAGE }))
    .then((result) => result && postResult(result));
});

/** The result, its blocks sent ahead in batches (see ImportJobMessage). */
function postResult(result: ImportJobResult): void {
  if (!result.ok) return post({ type: 'done', result });
  const { blocks } = result.article;
  for (let start = 0; start < blocks.length; start += BLOCKS_PER_MESSAGE) {
    post({ type: 'blocks', blocks: blocks.slice(start, start + BLOCKS_PER_MESSAGE) });
  }
  post({ type: 'done', result: { ok: true, article: { ...result.article, blocks: [] } } });
}
