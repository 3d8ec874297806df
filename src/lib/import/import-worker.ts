// The import worker's entry: it only listens. Splitting a 10 MB text or finding the article
// in a big page takes seconds the page must not freeze for (import-job.ts does the work).
import { runImportJob, type ImportJobMessage, type ImportRequest } from './import-job';

const post = (message: ImportJobMessage): void => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<ImportRequest>) => {
  void runImportJob(event.data, (step) => post({ type: 'step', step }))
    .catch(() => ({
      ok: false as const,
      message: 'Aloud could not read this. Nothing was changed.',
    }))
    .then((result) => result && post({ type: 'done', result }));
});
