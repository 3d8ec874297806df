import { textDirection } from './direction';
import type { Block, Sentence, SentenceSplitter, SourceFormat } from './types';

export interface ArticleInit {
  /** Where it came from, for people: a file name, "Pasted text", "Sample". */
  source: string;
  format: SourceFormat;
  title?: string;
  lang?: string;
  /**
   * The language to assume when the script does not tell (Latin-script text): the person's
   * own language is a better guess than English.
   */
  fallbackLang?: string;
}

/**
 * An article ready to read: its blocks, split up front (a linear scan), and their sentences,
 * split only when first asked for, so that the first sentence of a book plays without
 * segmenting the rest. The sentence splitter (text/sentences/segment.ts, with every
 * language's rules) is given by whoever builds the article: it loads with the article, not
 * with the app.
 */
export class Article {
  readonly title: string;
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  readonly source: string;
  readonly blocks: readonly Block[];
  #sentences = new Map<number, Sentence[]>();
  readonly #split: SentenceSplitter;
  /** #startOf[i] = characters in the blocks before block i; built on first use. */
  #startOf: Float64Array | null = null;
  /** The indexes of the blocks that are the page's clutter (few); built on first use. */
  #clutter: number[] | null = null;

  constructor(
    blocks: readonly Block[],
    init: Omit<ArticleInit, 'format' | 'fallbackLang'> & { title: string; lang: string },
    split: SentenceSplitter,
  ) {
    this.blocks = blocks;
    this.#split = split;
    this.source = init.source;
    this.lang = init.lang;
    this.dir = textDirection(init.lang);
    this.title = init.title;
  }

  get length(): number {
    return this.blocks.length;
  }

  /** The sentences of block `index` (cached). */
  sentences(index: number): Sentence[] {
    let sentences = this.#sentences.get(index);
    if (!sentences) {
      const block = this.blocks[index];
      sentences = !block
        ? []
        : block.kind === 'code'
          ? codeSentence(block.text)
          : this.#split(block.text, block.lang ?? this.lang);
      this.#sentences.set(index, sentences);
    }
    return sentences;
  }

  /** Characters in all blocks before block `index`: for progress and time left. */
  charactersBefore(index: number): number {
    const startOf = this.#starts();
    return startOf[Math.max(0, Math.min(index, this.blocks.length))] ?? 0;
  }

  /** Characters of the clutter blocks after block `index`: what skipping them leaves unread. */
  clutterAfter(index: number): number {
    this.#clutter ??= this.blocks.flatMap((block, i) => (block.clutter ? [i] : []));
    let total = 0;
    for (const i of this.#clutter) if (i > index) total += this.blocks[i]?.text.length ?? 0;
    return total;
  }

  get totalCharacters(): number {
    return this.charactersBefore(this.blocks.length);
  }

  #starts(): Float64Array {
    if (!this.#startOf) {
      const startOf = new Float64Array(this.blocks.length + 1);
      for (let i = 0; i < this.blocks.length; i++) {
        startOf[i + 1] = (startOf[i] ?? 0) + (this.blocks[i]?.text.length ?? 0);
      }
      this.#startOf = startOf;
    }
    return this.#startOf;
  }
}

/**
 * What is said for a code block: its name, not its characters (spelling code out helps
 * nobody). The block is one sentence, highlighted whole while that is said.
 */
export const CODE_BLOCK_SPOKEN = 'Code block.';

function codeSentence(text: string): Sentence[] {
  const whole = { start: 0, end: text.length };
  return [{ ...whole, chunks: [{ ...whole, text: CODE_BLOCK_SPOKEN }] }];
}
