// Normalisation of pasted or imported text before it is cut into blocks.

const BYTE_ORDER_MARK = /^\uFEFF/;
const LINE_BREAK = /\r\n?|[\u2028\u2029\u0085]/g;
/** Runs of spaces, tabs, no-break and other Unicode spaces within a line (not line breaks). */
const SPACE_RUN = /[^\S\n]+/g;

/** The source as NFC-normalised lines: no BOM, LF line ends, each line's spaces collapsed. */
export function normalisedLines(source: string): string[] {
  return source
    .replace(BYTE_ORDER_MARK, '')
    .normalize('NFC')
    .replace(LINE_BREAK, '\n')
    .split('\n')
    .map((line) => line.replace(SPACE_RUN, ' '));
}
