// Source text → blocks (headings, paragraphs, list items) of clean, speakable text.
import type { Block, SourceFormat } from '../types';
import { isHardWrapped } from './hard-wrap';
import { markdownBlocks, withoutHiddenMarkdown } from './markdown';
import { normalisedLines } from './normalise';

/** A list marker at the start of a line of plain text: in wrapped text it starts a paragraph. */
const PLAIN_LIST_MARKER = /^(?:[-*•]|\d{1,3}[.)])\s/;
/** A bullet, which is said as nothing: the line is a list item. */
const PLAIN_BULLET = /^[-*•‣◦⁃]\s+/;
/** A line indented like a book's first line of a paragraph (runs of spaces are one by now). */
const INDENTED = /^\s\S/;
/**
 * Indentation marks paragraphs when some lines have it and most do not (a text indented
 * throughout is a quotation or a code listing, not a book).
 */
const MAX_SHARE_INDENTED = 0.5;

/** A line of plain text, one a paragraph: a bulleted line is a list item, without its bullet. */
function lineBlock(line: string): Block {
  const bullet = PLAIN_BULLET.exec(line);
  return bullet
    ? { kind: 'list-item', text: line.slice(bullet[0].length) }
    : { kind: 'paragraph', text: line };
}

/**
 * Plain text: one paragraph per line, or, if hard-wrapped, per group of lines separated by a
 * blank line, a list marker, or (as in books) an indented first line.
 */
function textBlocks(rawLines: readonly string[]): Block[] {
  const lines = rawLines.map((line) => line.trim());
  const blocks: Block[] = [];
  if (!isHardWrapped(lines)) {
    for (const line of lines) if (line !== '') blocks.push(lineBlock(line));
    return blocks;
  }
  const nonEmpty = rawLines.filter((line) => line.trim() !== '');
  const indentedCount = nonEmpty.filter((line) => INDENTED.test(line)).length;
  const indentMarksParagraphs =
    indentedCount > 1 && indentedCount <= nonEmpty.length * MAX_SHARE_INDENTED;
  let paragraph: string[] = [];
  const close = (): void => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
    paragraph = [];
  };
  for (const [i, line] of lines.entries()) {
    const indented = indentMarksParagraphs && INDENTED.test(rawLines[i] ?? '');
    if (line === '' || PLAIN_LIST_MARKER.test(line) || indented) close();
    if (line !== '') paragraph.push(line);
  }
  close();
  return blocks;
}

/** Splits an article's source into trimmed, non-empty blocks of speakable text. */
export function splitBlocks(source: string, format: SourceFormat): Block[] {
  if (format === 'markdown') return markdownBlocks(normalisedLines(withoutHiddenMarkdown(source)));
  return textBlocks(normalisedLines(source));
}
