// Whether a quotation is open at a point of a paragraph, found in one pass however many times
// it is asked: asking again from each "..." in a long quotation was quadratic (a 388 KB
// paragraph of them took 6.9 s).

/**
 * Each opening quote and the quotes that close it. German opens with „ and closes with “
 * (or »…«), so “ and » open or close by what is open; Polish closes „ with ”, Swedish » with ».
 */
const CLOSERS = new Map<number, readonly number[]>([
  [0x201c, [0x201d]], // “ ”
  [0x201e, [0x201c, 0x201d]], // „ “, „ ”
  [0xab, [0xbb]], // « »
  [0xbb, [0xab, 0xbb]], // » «, » »
  [0x300c, [0x300d]], // 「 」
  [0x300e, [0x300f]], // 『 』
]);
export const CLOSING_QUOTES = new Set([0x201d, 0xbb, 0x300d, 0x300f]); // ” » 」 』
export const STRAIGHT_QUOTE = 0x22;
const RIGHT_GUILLEMET = 0xbb;
/** What follows a » that closes: a space, a stop or comma, a bracket, or the text's end. */
const CLOSING_GUILLEMET_AFTER = /^[\s,.;:!?)\]]?$/u;

/** A tracker's state before its first question: most paragraphs are never asked one. */
const NOTHING_OPEN: number[] = [];

/** Answers "is a quotation opened in text[from, to) still open at to?" for growing `to`. */
export class QuoteTracker {
  readonly #text: string;
  #from = -1;
  #at = 0;
  /** The opening quotes not yet closed, the innermost last (made when first asked). */
  #open: number[] = NOTHING_OPEN;
  #straight = 0;

  constructor(text: string) {
    this.#text = text;
  }

  /** Cheap when `from` is the same as the last call's and `to` has not moved back. */
  isOpen(from: number, to: number): boolean {
    if (from !== this.#from || to < this.#at || this.#open === NOTHING_OPEN) {
      this.#from = from;
      this.#at = from;
      this.#open = [];
      this.#straight = 0;
    }
    const text = this.#text;
    for (; this.#at < to; this.#at++) {
      const code = text.charCodeAt(this.#at);
      const innermost = this.#open.at(-1);
      if (innermost !== undefined && CLOSERS.get(innermost)?.includes(code)) this.#open.pop();
      else if (opens(text, this.#at)) this.#open.push(code);
      // A closing mark that matches nothing open closes the innermost quotation all the same
      // (a typo, or one opened before where the question starts).
      else if (CLOSING_QUOTES.has(code)) this.#open.pop();
      else if (code === STRAIGHT_QUOTE) this.#straight++;
    }
    return this.#open.length > 0 || this.#straight % 2 === 1;
  }
}

/**
 * Whether the quote at `at` opens a quotation, when nothing open is closed by it. German and
 * Danish open with » (»Hallo«), written against the word it opens; a » with a space, a stop
 * or the end after it closes one.
 */
function opens(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code !== RIGHT_GUILLEMET) return CLOSERS.has(code);
  return !CLOSING_GUILLEMET_AFTER.test(text[at + 1] ?? '');
}
