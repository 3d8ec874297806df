// Files dropped on the window: each becomes an article of the library, in order.
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
