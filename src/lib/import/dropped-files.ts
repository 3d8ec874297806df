// Files dropped on the window: each becomes an article of the library, in order.
import type { AppController } from '../app/app-controller.svelte';
import { importHtmlFile, isHtmlFile } from './html/html-input';
import { importTextFile, type ImportResult } from './text-input';

/** Reads each dropped file as a web page or as text; the results keep the files' order. */
export async function importDroppedFiles(
  files: readonly File[],
  fallbackLang?: string,
): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  for (const file of files) {
    results.push(
      isHtmlFile(file)
        ? await importHtmlFile(file, fallbackLang)
        : await importTextFile(file, fallbackLang),
    );
  }
  return results;
}

/** Brings dropped files into the library, in order; one that cannot be read says why. */
export async function bringIn(files: readonly File[], controller: AppController): Promise<void> {
  for (const result of await importDroppedFiles(files, navigator.language)) {
    if (result.ok) await controller.bringIn(result.article, result.format);
    // Shown and said as the library's notice is: nothing was changed.
    else controller.library.error = result.message;
  }
}
