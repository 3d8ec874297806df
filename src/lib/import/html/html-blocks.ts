// An article's DOM (Readability's content) → blocks of speakable text. Works on any DOM with
// the standard Node API: page-dom.ts's in the worker, or the browser's own.
import type { Block } from '../../text/types';

/**
 * What the walk reads of a node: the browser's nodes have it, and so do those of the light
 * DOM Readability runs on in the worker (page-dom.ts), where there is no `Node` to name.
 */
export interface BlockNode {
  readonly nodeType: number;
  readonly textContent: string | null;
  /** An element's, in capitals. */
  readonly tagName?: string;
  readonly firstChild: BlockNode | null;
  readonly nextSibling: BlockNode | null;
  readonly childNodes: ArrayLike<BlockNode>;
  /** An element's child elements. */
  readonly children?: ArrayLike<BlockNode>;
}

/** Node types, as numbers: a worker has no `Node` to name them. */
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements whose text is one block. */
const HEADING = /^H([1-6])$/;
const TEXT_BLOCKS = new Set(['P', 'DT', 'DD']);
const CAPTIONS = new Set(['FIGCAPTION', 'CAPTION']);
/**
 * Elements a page lays out as blocks of their own (with the headings). A definition that holds
 * them is read block by block; inside one block's text they are kept apart by a space.
 */
const BLOCK_LEVEL = new Set([
  'ADDRESS',
  'ARTICLE',
  'BLOCKQUOTE',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
/** Elements never read: they hold no article text, or nothing a listener should hear. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'MATH',
  'BUTTON',
  'FORM',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'NAV',
  'ASIDE',
  'FOOTER',
  // Ruby is read as its base text: the annotation (RT, RTC) spells out how to say the base,
  // so the voice would say it twice, and RP only holds the brackets shown where ruby is not.
  'RT',
  'RTC',
  'RP',
]);

/** Whitespace as one space, trimmed: how a page shows text. */
function clean(text: string): string {
  // The same as /\s+/g → ' ', without replacing each single space by itself.
  return text.replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

/** The readable text of an element, without the parts never read. */
function textOf(node: BlockNode): string {
  if (node.nodeType === TEXT_NODE) return node.textContent ?? '';
  if (node.nodeType !== ELEMENT_NODE) return '';
  const tag = tagOf(node);
  if (SKIPPED.has(tag)) return '';
  if (tag === 'BR') return ' ';
  let text = '';
  // Sibling by sibling: `childNodes` would build a list of them each time.
  for (let child = node.firstChild; child; child = child.nextSibling) {
    text = withTextOf(text, child);
  }
  return text;
}

/** Text followed by a node's readable text, a block among them kept on a line of its own. */
function withTextOf(text: string, node: BlockNode): string {
  const part = textOf(node);
  if (node.nodeType !== ELEMENT_NODE || !isBlockLevel(tagOf(node))) {
    return text + part;
  }
  // So "<p>One.</p><p>Two.</p>" is not read as "One.Two.": a newline becomes a space in
  // prose, and in code stays the line break the page shows.
  return `${text === '' || text.endsWith('\n') ? text : `${text}\n`}${part}\n`;
}

function isBlockLevel(tag: string): boolean {
  return BLOCK_LEVEL.has(tag) || HEADING.test(tag);
}

/** Whether an element holds blocks of its own, as a definition may hold paragraphs. */
function holdsBlocks(element: BlockNode): boolean {
  return childElements(element).some((child) => isBlockLevel(tagOf(child)));
}

function tagOf(node: BlockNode): string {
  return node.tagName ?? '';
}

function childElements(element: BlockNode): BlockNode[] {
  return Array.from(element.children ?? []);
}

/** The blocks of a DOM subtree, in document order. */
export function blocksOf(root: BlockNode): Block[] {
  const blocks: Block[] = [];
  /** Inline text met directly inside a container, gathered into one paragraph. */
  let loose = '';
  /** How many block quotes the walk is inside: their paragraphs are quotes. */
  let quoteDepth = 0;
  const paragraph = (): 'quote' | 'paragraph' => (quoteDepth > 0 ? 'quote' : 'paragraph');
  const push = (block: Block): void => {
    if (block.text !== '') blocks.push(block);
  };
  const flushLoose = (): void => {
    push({ kind: paragraph(), text: clean(loose) });
    loose = '';
  };
  const visit = (node: BlockNode): void => {
    if (node.nodeType === TEXT_NODE) {
      loose += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node;
    const tag = tagOf(element);
    if (SKIPPED.has(tag)) return;
    const heading = HEADING.exec(tag);
    if (heading) {
      flushLoose();
      push({ kind: 'heading', level: Number(heading[1]), text: clean(textOf(element)) });
    } else if (TEXT_BLOCKS.has(tag) && !holdsBlocks(element)) {
      // (One that holds paragraphs is read as a container below, each paragraph a block.)
      flushLoose();
      push({ kind: paragraph(), text: clean(textOf(element)) });
    } else if (CAPTIONS.has(tag)) {
      flushLoose();
      push({ kind: 'caption', text: clean(textOf(element)) });
    } else if (tag === 'PRE') {
      flushLoose();
      // Code keeps its lines (it is shown, and said as "Code block").
      push({ kind: 'code', text: textOf(element).replace(/^\n+|\s+$/g, '') });
    } else if (tag === 'LI') {
      flushLoose();
      // A nested list's items are blocks of their own, after this item's own words.
      const nested = childElements(element).filter((child) => /^(UL|OL)$/.test(tagOf(child)));
      const own = Array.from(element.childNodes).filter((child) => !nested.includes(child));
      push({ kind: 'list-item', text: clean(own.reduce(withTextOf, '')) });
      nested.forEach(visit);
    } else if (tag === 'TR') {
      flushLoose();
      // A table is read row by row, its cells one after another.
      const cells = childElements(element).map((cell) => clean(textOf(cell)));
      push({ kind: 'paragraph', text: cells.filter(Boolean).join(', ') });
    } else if (isInline(tag)) {
      loose += textOf(element);
    } else {
      flushLoose();
      const quote = tag === 'BLOCKQUOTE';
      if (quote) quoteDepth++;
      for (let child = element.firstChild; child; child = child.nextSibling) visit(child);
      flushLoose();
      if (quote) quoteDepth--;
    }
  };
  visit(root);
  flushLoose();
  return blocks;
}

/**
 * Text-level elements that carry words (HTML's phrasing content, with the old FONT, BIG, TT,
 * NOBR, ACRONYM and STRIKE still found in pages): loose text runs on across them. Anything not
 * here, an unknown tag too, ends the loose paragraph, as a block would.
 */
const INLINE = new Set([
  'A',
  'ABBR',
  'ACRONYM',
  'B',
  'BDI',
  'BDO',
  'BIG',
  'CITE',
  'CODE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'KBD',
  'LABEL',
  'MARK',
  'NOBR',
  'Q',
  'RUBY',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRIKE',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'TT',
  'U',
  'VAR',
  // Wordless, but standing inside a line of text.
  'WBR',
  'BR',
  'IMG',
  'PICTURE',
]);

function isInline(tag: string): boolean {
  return INLINE.has(tag);
}
