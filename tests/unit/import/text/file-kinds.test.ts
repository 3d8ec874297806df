import { describe, expect, it } from 'vitest';
import {
  HTML_FILE_EXTENSIONS,
  IMPORT_FAILED_MESSAGE,
  isHtmlFile,
  LIMIT_TEXT,
  readFileBytes,
  TEXT_FILE_EXTENSIONS,
  type FileLike,
} from '../../../../src/lib/import/text/file-kinds';

function file(name: string, size: number, read?: () => Promise<ArrayBuffer>): FileLike {
  return { name, size, arrayBuffer: read ?? (() => Promise.resolve(new ArrayBuffer(size))) };
}

describe('which files Aloud opens', () => {
  it('offers text, Markdown and web page files in the picker', () => {
    expect([...TEXT_FILE_EXTENSIONS, ...HTML_FILE_EXTENSIONS]).toEqual([
      '.txt',
      '.text',
      '.md',
      '.markdown',
      '.html',
      '.htm',
    ]);
  });

  it('opens every web page ending as a page, and no text ending', () => {
    for (const ending of HTML_FILE_EXTENSIONS)
      expect(isHtmlFile({ name: `a${ending}` })).toBe(true);
    for (const ending of TEXT_FILE_EXTENSIONS)
      expect(isHtmlFile({ name: `a${ending}` })).toBe(false);
  });

  it('takes a page saved as text (page.html.txt) for text', () => {
    expect(isHtmlFile({ name: 'page.html.txt', type: 'text/plain' })).toBe(false);
  });
});

describe('reading a file’s bytes', () => {
  it('names the limit and the file’s size when it is too large, without reading it', async () => {
    let read = false;
    const result = await readFileBytes(
      file('book.txt', 10.5 * 1024 * 1024, () => {
        read = true;
        return Promise.resolve(new ArrayBuffer(0));
      }),
    );
    expect(LIMIT_TEXT).toBe('10 MB');
    expect(!result.ok && result.message).toBe(
      '“book.txt” is 10.5 MB, too large: Aloud opens files up to 10 MB.',
    );
    expect(read).toBe(false);
  });

  it('refuses an empty file before reading it, naming a nameless one "The file"', async () => {
    const result = await readFileBytes(
      file('', 0, () => Promise.reject(new Error('should not be read'))),
    );
    expect(!result.ok && result.message).toBe('“The file” is empty: there is nothing to read.');
  });

  it('gives the bytes of a file it can read', async () => {
    const result = await readFileBytes(file('notes.txt', 3));
    expect(result.ok && result.bytes).toEqual(new Uint8Array(3));
  });

  it('says, when an import breaks, that nothing was changed', () => {
    expect(IMPORT_FAILED_MESSAGE).toMatch(/could not read this\. Nothing was changed\./);
  });
});
