// A small line-by-line Markdown reader: just enough block structure to read an article aloud.
import type { Block } from '../types';
import { stripInlineMarkdown } from './markdown-inline';

const FENCE = /^(`{3,}|~{3,})/;
const ATX_HEADING = /^(#{1,6})(?:[ \t]+(.*?))??(?:[ \t]+#+)?[ \t]*$/;
const THEMATIC_BREAK = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT_UNDERLINE = /^(=+|-+)[ \t]*$/;
const BLOCK_QUOTE = /^(?:>[ \t]?)+/;
/** A list item line at least this long may have been wrapped: the next line may continue it. */
const MIN_WRAPPED_ITEM_LENGTH = 40;
const LIST_ITEM = /^(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?(.*)$/;
const LINK_DEFINITION = /^\[[^\]]+\]:[ \t]*\S+/;
const TABLE_DELIMITER_ROW = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?$/;
const TABLE_CELL_SEPARATOR = /[ \t]*\|[ \t]*/g;

/** YAML front matter: `---` on the first line, up to a line of `---` or `...`. */
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
/** An HTML comment, on one line or several: notes for the writer, not the listener. */
const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;

/**
 * Markdown source without what a reader of the rendered page never sees: the front matter
 * (metadata, which would otherwise become a heading and the title) and HTML comments.
 */
export function withoutHiddenMarkdown(source: string): string {
  return source.replace(FRONT_MATTER, '').replace(HTML_COMMENT, '');
}

/** A block being collected from its lines. */
interface OpenBlock {
  kind: 'paragraph' | 'list-item';
  lines: string[];
  quoted: boolean;
}

/** Reads Markdown source lines (already normalised) as blocks. */
export function markdownBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let open: OpenBlock | null = null;
  let fence = '';
  let code: string[] = [];

  const push = (block: Block): void => {
    if (block.text !== '') blocks.push(block);
  };
  const close = (): void => {
    if (open) {
      // A quoted paragraph is a quote; a quoted list item stays an item of its list.
      const kind = open.quoted && open.kind === 'paragraph' ? 'quote' : open.kind;
      push({ kind, text: stripInlineMarkdown(open.lines.join(' ')) });
    }
    open = null;
  };

  for (const rawLine of lines) {
    let line = rawLine.trim();
    if (fence !== '') {
      // Inside a fence everything is code until a bare fence of the same kind, at least as long.
      if (line.length >= fence.length && line === (fence[0] ?? '').repeat(line.length)) {
        fence = '';
        push({ kind: 'code', text: code.join('\n').trim() });
        code = [];
      } else {
        code.push(rawLine);
      }
      continue;
    }
    const quote = BLOCK_QUOTE.exec(line);
    const quoted = quote !== null;
    if (quote) line = line.slice(quote[0].length).trim();
    if (open && open.quoted !== quoted) close();
    if (line === '') {
      close();
      continue;
    }

    const fenceMatch = FENCE.exec(line);
    if (fenceMatch) {
      close();
      fence = fenceMatch[1] ?? '```';
      continue;
    }
    const heading = ATX_HEADING.exec(line);
    if (heading) {
      close();
      push({
        kind: 'heading',
        level: heading[1]?.length ?? 1,
        text: stripInlineMarkdown(heading[2] ?? ''),
      });
      continue;
    }
    if (open?.kind === 'paragraph' && SETEXT_UNDERLINE.test(line)) {
      const text = stripInlineMarkdown(open.lines.join(' '));
      open = null;
      push({ kind: 'heading', level: line.startsWith('=') ? 1 : 2, text });
      continue;
    }
    if (THEMATIC_BREAK.test(line) || LINK_DEFINITION.test(line) || TABLE_DELIMITER_ROW.test(line)) {
      close();
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      close();
      open = { kind: 'list-item', lines: [item[1] ?? ''], quoted };
      continue;
    }
    if (line.startsWith('|')) {
      // A table row is a paragraph of its own (the voice pauses between rows), its cells read
      // as a list, without the pipes.
      close();
      const cells = line
        .replace(/^\||\|$/g, '')
        .trim()
        .replace(TABLE_CELL_SEPARATOR, ', ');
      push({ kind: quoted ? 'quote' : 'paragraph', text: stripInlineMarkdown(cells) });
      continue;
    }
    // Soft-wrapped lines join their block, and lazy continuation lines their list item: an
    // indented one, or one after an item long enough to have been wrapped. After a short item
    // ("- the bus routes"), an unindented line is a paragraph of its own.
    if (
      open?.kind === 'list-item' &&
      !/^\s/.test(rawLine) &&
      (open.lines.at(-1)?.length ?? 0) < MIN_WRAPPED_ITEM_LENGTH
    ) {
      close();
    }
    if (open) open.lines.push(line);
    else open = { kind: 'paragraph', lines: [line], quoted };
  }
  // A fence never closed runs to the end of the document, as Markdown renders it.
  if (fence !== '') push({ kind: 'code', text: code.join('\n').trim() });
  close();
  return blocks;
}
