// Source text → blocks (headings, paragraphs, list items) of clean, speakable text.
import type { Block } from './types';
import { isHardWrapped } from './hard-wrap';
import { markdownBlocks, withoutHiddenMarkdown } from './markdown';
import { normalisedLines } from './normalise';

/** How pasted or imported text is to be read. */
export type SourceFormat = 'text' | 'markdown';

/** Only the start of a document is sniffed: enough to see its style, cheap for a book. */
const SNIFF_LENGTH = 5000;

/** A score of Markdown signals at or above this means the text is Markdown source. */
const MARKDOWN_SCORE_THRESHOLD = 3;

/** Markdown signals, one line at a time, with how strongly each suggests Markdown. */
const LINE_SIGNALS: readonly (readonly [RegExp, number])[] = [
  [/^#{1,6}[ \t]+\S/, 2], // ATX heading
  [/^(?:```|~~~)/, 3], // code fence
  [/^[ \t]{0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+\S/, 1], // list item
  [/^>[ \t]?\S/, 1], // block quote
  [/^(?:={3,}|-{3,}|\*{3,})[ \t]*$/, 1], // setext underline or thematic break
];
const INLINE_SIGNALS: readonly (readonly [RegExp, number])[] = [
  [/!?\[[^\]\n]+\]\([^)\s]+\)/g, 2], // link or image
  [/(?:\*\*|__)\S[^\n]*?\S(?:\*\*|__)/g, 1], // strong emphasis
  [/`[^`\n]+`/g, 1], // code span
];

/** Cheap sniff for pasted text: true if it looks like Markdown source rather than plain text. */
export function looksLikeMarkdown(source: string): boolean {
  const sample = source.slice(0, SNIFF_LENGTH);
  let score = 0;
  for (const line of sample.split(/\r\n?|\n/)) {
    for (const [pattern, weight] of LINE_SIGNALS) {
      if (pattern.test(line)) score += weight;
    }
    if (score >= MARKDOWN_SCORE_THRESHOLD) return true;
  }
  for (const [pattern, weight] of INLINE_SIGNALS) {
    score += (sample.match(pattern)?.length ?? 0) * weight;
    if (score >= MARKDOWN_SCORE_THRESHOLD) return true;
  }
  return false;
}

/** A list marker at the start of a line of plain text: in wrapped text it starts a paragraph. */
const PLAIN_LIST_MARKER = /^(?:[-*•]|\d{1,3}[.)])\s/;

/** Plain text: one paragraph per line, or per blank-line-separated group if hard-wrapped. */
function textBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  if (!isHardWrapped(lines)) {
    for (const line of lines) if (line !== '') blocks.push({ kind: 'paragraph', text: line });
    return blocks;
  }
  let paragraph: string[] = [];
  const close = (): void => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
    paragraph = [];
  };
  for (const line of lines) {
    if (line === '' || PLAIN_LIST_MARKER.test(line)) close();
    if (line !== '') paragraph.push(line);
  }
  close();
  return blocks;
}

/** Splits an article's source into trimmed, non-empty blocks of speakable text. */
export function splitBlocks(source: string, format: SourceFormat): Block[] {
  if (format === 'markdown') return markdownBlocks(normalisedLines(withoutHiddenMarkdown(source)));
  return textBlocks(normalisedLines(source).map((line) => line.trim()));
}
