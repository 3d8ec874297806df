// Tells text that is hard-wrapped at a fixed width (e-mail, plain text files, Markdown source)
// from text with one paragraph per line (copied from web pages and apps).

/** Nobody wraps prose wider than this; longer lines mean one paragraph per line. */
const MAX_WRAP_WIDTH = 100;

/** Nor narrower than this: shorter lines are more likely verse, a list or a one-line paragraph. */
const MIN_WRAP_WIDTH = 50;

/**
 * Word wrapping leaves a line short of the width by at most about one long word, so the
 * non-final lines of wrapped paragraphs fall within this many characters of the width.
 */
const WRAP_BAND = 25;

/** Share of non-final lines that must fall within the band (a few long words or URLs stick out). */
const MIN_SHARE_IN_BAND = 0.8;

/** The wrap width is estimated as this percentile of line lengths, so one long URL is ignored. */
const WIDTH_PERCENTILE = 0.9;

/**
 * Share of non-final lines allowed to end a sentence. In wrapped text a sentence ends at a line
 * end only by chance; in one-paragraph-per-line text nearly every line ends one.
 */
const MAX_SHARE_ENDING_SENTENCES = 0.5;

/** Fewer non-final lines than this are too few to judge: treat each line as a paragraph. */
const MIN_WRAPPED_LINES = 3;

const SENTENCE_END = /[.!?:;"”’»)]$/;

/**
 * Share of non-final lines followed by a capitalised line above which the lines are a list
 * (headlines, titles), not wrapped prose: wrapping goes on mid-sentence, mostly in lowercase
 * (German, which capitalises nouns, stays well under this too).
 */
const MAX_SHARE_FOLLOWED_BY_CAPITAL = 0.9;
const STARTS_WITH_CAPITAL = /^\P{L}*\p{Lu}/u;

/** True if the trimmed lines look hard-wrapped at a fixed width, judged from line lengths. */
export function isHardWrapped(lines: readonly string[]): boolean {
  const lengths: number[] = [];
  let endingSentences = 0;
  let followedByCapital = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i] ?? '';
    // Only lines followed by another line of the same paragraph can show the wrap width.
    if (line === '' || lines[i + 1] === '') continue;
    lengths.push(line.length);
    if (SENTENCE_END.test(line)) endingSentences++;
    if (STARTS_WITH_CAPITAL.test(lines[i + 1] ?? '')) followedByCapital++;
  }
  if (lengths.length < MIN_WRAPPED_LINES) return false;
  if (followedByCapital > lengths.length * MAX_SHARE_FOLLOWED_BY_CAPITAL) return false;
  lengths.sort((a, b) => a - b);
  const width = lengths[Math.floor(WIDTH_PERCENTILE * (lengths.length - 1))] ?? 0;
  if (width > MAX_WRAP_WIDTH || width < MIN_WRAP_WIDTH) return false;
  const inBand = lengths.filter(
    (length) => length >= width - WRAP_BAND && length <= MAX_WRAP_WIDTH,
  ).length;
  return (
    inBand >= lengths.length * MIN_SHARE_IN_BAND &&
    endingSentences <= lengths.length * MAX_SHARE_ENDING_SENTENCES
  );
}
