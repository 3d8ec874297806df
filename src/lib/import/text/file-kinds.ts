// Which files Aloud opens, as what, and up to what size: kept apart from the importers so
// that asking loads none of them (they bring the language detector and Readability).

/** Largest file or paste Aloud takes in: a long book is ~3 MB, so this leaves room. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;
/** The limit, for people. */
export const LIMIT_TEXT = `${MAX_INPUT_BYTES / (1024 * 1024)} MB`;

/** Said when an import fails in a way no check foresaw (the import worker broke). */
export const IMPORT_FAILED_MESSAGE = 'Aloud could not read this. Nothing was changed.';

/** File name endings opened as text; the picker offers these. */
export const TEXT_FILE_EXTENSIONS = ['.txt', '.text', '.md', '.markdown'] as const;

/** File name endings opened as web pages. */
export const HTML_FILE_EXTENSIONS = ['.html', '.htm'] as const;

/** Whether a file is a web page, by its name or type. */
export function isHtmlFile(file: { name: string; type?: string }): boolean {
  return /\.html?$/i.test(file.name) || file.type === 'text/html';
}

/** The part of a File that importing needs (so tests can pass plain objects). */
export interface FileLike {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** A too-large file's size, for people: only ever over the limit, so in megabytes. */
function formatSize(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * A file's bytes, or why they cannot be read: too large, empty or unreadable. The same checks
 * for every kind of file.
 */
export async function readFileBytes(
  file: FileLike,
): Promise<
  { ok: true; name: string; bytes: Uint8Array<ArrayBuffer> } | { ok: false; message: string }
> {
  const name = file.name || 'The file';
  if (file.size > MAX_INPUT_BYTES) {
    return {
      ok: false,
      message: `“${name}” is ${formatSize(file.size)}, too large: Aloud opens files up to ${LIMIT_TEXT}.`,
    };
  }
  if (file.size === 0)
    return { ok: false, message: `“${name}” is empty: there is nothing to read.` };
  try {
    return { ok: true, name, bytes: new Uint8Array(await file.arrayBuffer()) };
  } catch {
    return { ok: false, message: `“${name}” could not be read. Try opening it again.` };
  }
}
