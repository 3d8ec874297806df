/** Offsets into a paragraph's text; end is exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** One utterance's worth of text. text is the trimmed slice that is spoken. */
export interface Chunk extends Span {
  text: string;
}

/** A sentence of a paragraph, cut into chunks short enough to speak in one utterance. */
export interface Sentence extends Span {
  chunks: Chunk[];
}

/** Splits a paragraph in a language into sentences (text/sentences/segment.ts). */
export type SentenceSplitter = (text: string, lang: string) => Sentence[];

/**
 * What a block is, so the reader can render and announce it: a quote is a block quote's
 * paragraph, a caption a figure's or table's caption.
 */
export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'code' | 'quote' | 'caption';

/**
 * Page furniture found around an article (see clutter.ts): a link to another story, an
 * advertisement, a newsletter or share prompt, a closing promotion. The one list of them:
 * the type, and the check of a library file's blocks, are taken from it.
 */
export const CLUTTER_KINDS = [
  'related',
  'advertisement',
  'newsletter',
  'share',
  'promotion',
] as const;
export type ClutterKind = (typeof CLUTTER_KINDS)[number];

/** A paragraph-level block of an article: its clean text (no markup), already trimmed, never empty. */
export interface Block {
  kind: BlockKind;
  text: string;
  /** Heading level 1-6, only for headings. */
  level?: number;
  /** The block's language (BCP 47), only where it clearly differs from the article's. */
  lang?: string;
  /** Not the article's text but the page's: shown dimmed, not read unless asked for. */
  clutter?: ClutterKind;
}

/** How pasted or imported text is to be read. */
export type SourceFormat = 'text' | 'markdown';

/** What an article was brought in as: how its source was split into blocks. */
export type ArticleFormat = 'text' | 'markdown' | 'html';
