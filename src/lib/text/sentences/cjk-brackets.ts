// Titles and quotations in Chinese and Japanese brackets: a ！, ？ or 。 inside 《你好！世界》 or
// 「なぜ空は青いのか？」 belongs to the title or the quotation, not to the sentence around it.

/** Each opening bracket and its closing one: 《》 〈〉 「」 『』 【】 （）. */
const CLOSING_OF = new Map([
  [0x300a, 0x300b],
  [0x3008, 0x3009],
  [0x300c, 0x300d],
  [0x300e, 0x300f],
  [0x3010, 0x3011],
  [0xff08, 0xff09],
]);
const ANY_OPENING = /[《〈「『【（]/;
const KANA = /[\u3041-\u30ff]/;
/** Quotation marks, as against title and aside brackets: 「」 『』. */
const QUOTATIONS = new Set([0x300c, 0x300e]);
/**
 * A bracket closed this far after it opens is a title or a quotation read as one sentence;
 * a longer one (a page of dialogue) is split inside like any text.
 */
const MAX_BRACKETED_LENGTH = 200;

/** The closed brackets of one paragraph, outermost only, in order. */
export class CjkBrackets {
  /** [open, close, open, close, …] offsets. */
  readonly #ranges: number[];
  readonly #quotation: boolean[];
  /** Japanese (it has kana): a quotation ends its sentence unless a particle follows it. */
  readonly #japanese: boolean;
  #cursor = 0;

  private constructor(ranges: number[], quotation: boolean[], japanese: boolean) {
    this.#ranges = ranges;
    this.#quotation = quotation;
    this.#japanese = japanese;
  }

  /** The brackets of text, or null when it has none (most text: one scan says so). */
  static of(text: string): CjkBrackets | null {
    if (!ANY_OPENING.test(text)) return null;
    const ranges: number[] = [];
    const quotation: boolean[] = [];
    const open: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (CLOSING_OF.has(code)) {
        open.push(i);
        continue;
      }
      const innermost = open.at(-1);
      if (innermost === undefined || CLOSING_OF.get(text.charCodeAt(innermost)) !== code) continue;
      open.pop();
      if (open.length === 0 && i - innermost <= MAX_BRACKETED_LENGTH) {
        ranges.push(innermost, i);
        quotation.push(QUOTATIONS.has(text.charCodeAt(innermost)));
      }
    }
    return ranges.length > 0 ? new CjkBrackets(ranges, quotation, KANA.test(text)) : null;
  }

  /**
   * True if a sentence boundary at `at` (asked for in increasing order) is inside a bracket,
   * or just after one whose end is not the sentence's: more words follow a title (《谁是凶手？》
   * 很好看), or a Chinese quotation (「你为什么不来？」然后就走了). A Japanese quotation goes on
   * only into a particle (「本当？」と聞いた; sentence-boundaries.ts), and a quotation followed
   * by another (「おはよう。」「おはよう。」) is two lines of dialogue.
   */
  holds(text: string, at: number): boolean {
    const ranges = this.#ranges;
    if (this.#cursor > 0 && (ranges[this.#cursor - 1] ?? 0) >= at) this.#cursor = 0;
    while (this.#cursor < ranges.length && (ranges[this.#cursor + 1] ?? 0) + 1 < at) {
      this.#cursor += 2;
    }
    const open = ranges[this.#cursor];
    const close = ranges[this.#cursor + 1];
    if (open === undefined || close === undefined || at <= open) return false;
    if (at <= close) return true;
    // Just after the closing bracket.
    const next = text.charCodeAt(at);
    if (at >= text.length || next <= 0x20 || next === 0x3000) return false;
    if (!this.#quotation[this.#cursor / 2]) return true;
    return !this.#japanese && !CLOSING_OF.has(next);
  }
}
