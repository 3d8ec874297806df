import { describe, expect, it } from 'vitest';
import {
  importPastedText,
  importTextFile,
  MAX_INPUT_BYTES,
  type FileLike,
  type ImportResult,
} from '../../../../src/lib/import/text/text-input';
import type { Article } from '../../../../src/lib/text/article';
import { LATIN1, PNG_START, utf16le, utf16WithoutMark } from './encoded-text';

function file(name: string, bytes: Uint8Array | string, size?: number): FileLike {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  return {
    name,
    size: size ?? data.byteLength,
    arrayBuffer: () => Promise.resolve(data.slice().buffer),
  };
}

function articleOf(result: ImportResult): Article {
  if (!result.ok) throw new Error(`expected an article, got: ${result.message}`);
  return result.article;
}

function messageOf(result: ImportResult): string {
  if (result.ok) throw new Error('expected a refusal, got an article');
  return result.message;
}

const MARKDOWN = [
  '# Rivers of Europe',
  '',
  'The **Danube** flows through ten countries.',
  '',
  '## The Rhine',
  '',
  '- Source in the Alps',
  '- Mouth in the North Sea',
].join('\n');

const NEWS = [
  'Storm closes coastal roads overnight',
  'Heavy rain and strong winds forced the closure of several coastal roads on Tuesday night.',
  'Crews worked until dawn to clear fallen trees, and most routes reopened by morning.',
].join('\n');

describe('importPastedText', () => {
  it.each(['', '   ', '\n\t \n'])('asks for an article for an empty paste (%j)', (text) => {
    expect(messageOf(importPastedText(text))).toMatch(/no text.*Paste an article/i);
  });

  it('says there is nothing to read in a paste of nothing but an empty code block', () => {
    expect(messageOf(importPastedText('```\n```'))).toMatch(/no text to read/i);
  });

  it('reads a Markdown-looking paste as Markdown: headings lose their "#"', () => {
    const article = articleOf(importPastedText(MARKDOWN));
    expect(article.source).toBe('Pasted text');
    expect(article.title).toBe('Rivers of Europe');
    expect(article.blocks).toContainEqual({ kind: 'heading', text: 'Rivers of Europe', level: 1 });
    expect(article.blocks).toContainEqual({ kind: 'heading', text: 'The Rhine', level: 2 });
    expect(article.blocks.some((block) => block.text.includes('#'))).toBe(false);
    expect(article.blocks.some((block) => block.text.includes('**'))).toBe(false);
  });

  it('tells the library which format a paste was read as', () => {
    expect(importPastedText(MARKDOWN)).toMatchObject({ ok: true, format: 'markdown' });
    expect(importPastedText(NEWS)).toMatchObject({ ok: true, format: 'text' });
  });

  it('reads plain lines as one paragraph per line', () => {
    const article = articleOf(importPastedText(NEWS));
    expect(article.blocks).toEqual(NEWS.split('\n').map((text) => ({ kind: 'paragraph', text })));
  });

  it('reads a paste of exactly the limit (here a note followed by blank space)', () => {
    const text = 'A short note.'.padEnd(MAX_INPUT_BYTES, ' ');
    expect(articleOf(importPastedText(text)).blocks).toEqual([
      { kind: 'paragraph', text: 'A short note.' },
    ]);
  });

  it('refuses a paste longer than the limit, naming the limit', () => {
    expect(messageOf(importPastedText('a'.repeat(MAX_INPUT_BYTES + 1)))).toContain('10 MB');
  });
});

describe('importTextFile', () => {
  it('opens a UTF-8 text file, named after the file', async () => {
    const article = articleOf(await importTextFile(file('storm.txt', NEWS)));
    expect(article.source).toBe('storm.txt');
    expect(article.blocks).toHaveLength(3);
  });

  it('reads a .md file as Markdown', async () => {
    const article = articleOf(await importTextFile(file('rivers.md', MARKDOWN)));
    expect(article.blocks[0]).toEqual({ kind: 'heading', text: 'Rivers of Europe', level: 1 });
  });

  it('reads a .txt file as plain text, even when it looks like Markdown', async () => {
    const article = articleOf(await importTextFile(file('rivers.txt', MARKDOWN)));
    expect(article.blocks[0]?.kind).toBe('paragraph');
    const renamed = await importTextFile(file('rivers.md.txt', MARKDOWN));
    expect(renamed).toMatchObject({ ok: true, format: 'text' });
  });

  it('refuses an image as not a text file', async () => {
    const message = messageOf(await importTextFile(file('photo.txt', PNG_START)));
    expect(message).toContain('photo.txt');
    expect(message).toContain('not a text file');
  });

  it('refuses a file holding NUL bytes as not a text file', async () => {
    const bytes = new TextEncoder().encode('Looks like text\0but is not.');
    expect(messageOf(await importTextFile(file('data.txt', bytes)))).toContain('not a text file');
  });

  it('opens Latin-1 text as Windows-1252, saying so in its source', async () => {
    const result = await importTextFile(file('old.txt', LATIN1));
    expect(result.ok && result.article.blocks[0]?.text).toBe('Café au lait.');
    expect(result.ok && result.article.source).toBe('old.txt (read as Western, Windows-1252)');
  });

  it('refuses a file over the limit without reading it, naming the limit and its size', async () => {
    let read = false;
    const huge: FileLike = {
      name: 'book.txt',
      size: 12 * 1024 * 1024,
      arrayBuffer: () => {
        read = true;
        return Promise.resolve(new ArrayBuffer(0));
      },
    };
    const message = messageOf(await importTextFile(huge));
    expect(message).toContain('10 MB');
    expect(message).toContain('12.0 MB');
    expect(read).toBe(false);
  });

  it('opens a file of exactly the limit', async () => {
    const result = await importTextFile(file('edge.txt', 'Just enough.', MAX_INPUT_BYTES));
    expect(result.ok).toBe(true);
  });

  it('says an empty file is empty', async () => {
    expect(messageOf(await importTextFile(file('blank.txt', '')))).toContain('empty');
    expect(messageOf(await importTextFile(file('spaces.txt', ' \n \n')))).toContain('empty');
  });

  it('decodes UTF-16 with a byte order mark', async () => {
    const article = articleOf(await importTextFile(file('notes.txt', utf16le('Grüße aus Köln.'))));
    expect(article.blocks).toEqual([{ kind: 'paragraph', text: 'Grüße aus Köln.' }]);
    // Its mark says how to read it: no guess to tell of.
    expect(article.source).toBe('notes.txt');
  });

  it('opens a Russian file saved as UTF-16 without a byte order mark, in Russian', async () => {
    const text = 'Кошка спит на диване.\nПогода сегодня хорошая.';
    const article = articleOf(
      await importTextFile(file('заметки.txt', utf16WithoutMark(text, 'le'))),
    );
    expect(article.blocks.map((block) => block.text)).toEqual(text.split('\n'));
    expect(article.lang).toBe('ru');
    // A guess, so the source line says how it was read.
    expect(article.source).toBe('заметки.txt (read as UTF-16)');
  });

  it('says a file that cannot be read could not be read', async () => {
    const broken: FileLike = {
      name: 'gone.txt',
      size: 10,
      arrayBuffer: () => Promise.reject(new Error('NotReadableError')),
    };
    expect(messageOf(await importTextFile(broken))).toContain('could not be read');
  });
});

describe('article language', () => {
  it('takes the person’s own language for Latin-script text, and the script’s otherwise', () => {
    const french = importPastedText('Le chat dort sur le canapé. Il fait beau.', 'fr-FR');
    expect(french.ok && french.article.lang).toBe('fr-FR');
    const russian = importPastedText('Кошка спит на диване. Погода хорошая.', 'fr-FR');
    expect(russian.ok && russian.article.lang).toBe('ru');
  });
});
