// Whether pasted text is Markdown source: decides how it is split into blocks, so that
// "## Heading" is read as a heading, not as "hash hash heading".

/** Only the start of a document is sniffed: enough to see its style, cheap for a book. */
const SNIFF_LENGTH = 5000;

/** A score of Markdown signals at or above this means the text is Markdown source. */
const MARKDOWN_SCORE_THRESHOLD = 3;

/** Markdown signals, one line at a time, with how strongly each suggests Markdown. */
const LINE_SIGNALS: readonly (readonly [RegExp, number])[] = [
  [/^#{1,6}[ \t]+\S/, 2], // ATX heading
  [/^(?:```|~~~)/, 3], // code fence
  [/^>[ \t]?\S/, 1], // block quote
  [/^(?:={3,}|-{3,}|\*{3,})[ \t]*$/, 1], // setext underline or thematic break
];
/** A list item: plain text copied from a page has lists too, so lists alone never decide. */
const LIST_ITEM_SIGNAL = /^[ \t]{0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+\S/;
/** What list items can add to the score: less than the threshold. */
const MAX_LIST_SCORE = MARKDOWN_SCORE_THRESHOLD - 1;
const INLINE_SIGNALS: readonly (readonly [RegExp, number])[] = [
  [/!?\[[^\]\n]+\]\([^)\s]+\)/g, 2], // link or image
  [/(?:\*\*|__)\S[^\n]*?\S(?:\*\*|__)/g, 1], // strong emphasis
  [/`[^`\n]+`/g, 1], // code span
];

/** Cheap sniff for pasted text: true if it looks like Markdown source rather than plain text. */
export function looksLikeMarkdown(source: string): boolean {
  const sample = source.slice(0, SNIFF_LENGTH);
  let score = 0;
  let listScore = 0;
  for (const line of sample.split(/\r\n?|\n/)) {
    for (const [pattern, weight] of LINE_SIGNALS) {
      if (pattern.test(line)) score += weight;
    }
    if (listScore < MAX_LIST_SCORE && LIST_ITEM_SIGNAL.test(line)) {
      listScore++;
      score++;
    }
    if (score >= MARKDOWN_SCORE_THRESHOLD) return true;
  }
  for (const [pattern, weight] of INLINE_SIGNALS) {
    score += (sample.match(pattern)?.length ?? 0) * weight;
    if (score >= MARKDOWN_SCORE_THRESHOLD) return true;
  }
  return false;
}
