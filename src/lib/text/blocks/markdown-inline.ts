// Removes inline Markdown so that only the words are read aloud.

/** Backslash-escaped punctuation is parked in the Private Use Area while markup is removed. */
const ESCAPE_OFFSET = 0xe000;
const ESCAPED = /\\([!-/:-@[-`{-~])/g;
const PARKED = /[\uE021-\uE07E]/g;

const CODE_SPAN = /(`+)(.+?)\1(?!`)/g;
const IMAGE =
  /!\[([^\]]*)\](?:\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)|\[[^\]]*\])/g;
const LINK = /\[([^\]]+)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;
const REFERENCE_LINK = /\[([^\]^][^\]]*)\]\[[^\]]*\]/g;
const FOOTNOTE_REFERENCE = /\[\^[^\]]+\]/g;
const AUTOLINK = /<(?:mailto:)?((?:https?|ftp):\/\/[^\s<>]+|[^\s<>@]+@[^\s<>@]+)>/gi;
const HTML_COMMENT = /<!--[\s\S]*?-->/g;
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g;
// Emphasis never spans its own delimiter, so that an opener without a closer is given up at
// the next delimiter rather than after a scan to the end of the line: "**a " repeated over
// 80 KB took 1.2 s, each "**" trying every later one.
const STRONG = /\*\*(?=\S)((?:[^*]|\*(?!\*))*?\S)\*\*|__(?=\S)((?:[^_]|_(?!_))*?\S)__/g;
const EMPHASIS_STAR = /\*(?=\S)([^*]*?\S)\*/g;
// Underscores inside words (snake_case) are not emphasis.
const EMPHASIS_UNDERSCORE = /(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu;
const STRIKETHROUGH = /~~(?=\S)((?:[^~]|~(?!~))*?\S)~~/g;
const SPACE_RUN = /\s+/g;

/** Removes markup outside code spans. */
function stripMarkup(text: string): string {
  return text
    .replace(HTML_COMMENT, '')
    .replace(IMAGE, '$1')
    .replace(LINK, '$1')
    .replace(REFERENCE_LINK, '$1')
    .replace(FOOTNOTE_REFERENCE, '')
    .replace(AUTOLINK, '$1')
    .replace(HTML_TAG, '')
    .replace(STRONG, '$1$2')
    .replace(EMPHASIS_STAR, '$1')
    .replace(EMPHASIS_UNDERSCORE, '$1$2')
    .replace(STRIKETHROUGH, '$1');
}

/** The text of one line or paragraph of Markdown with its inline markup removed. */
export function stripInlineMarkdown(text: string): string {
  const parked = text.replace(ESCAPED, (_, character: string) =>
    String.fromCharCode(ESCAPE_OFFSET + character.charCodeAt(0)),
  );
  // Code spans keep their text verbatim; only the text between them is unmarked.
  let result = '';
  let from = 0;
  for (const match of parked.matchAll(CODE_SPAN)) {
    result += stripMarkup(parked.slice(from, match.index)) + (match[2] ?? '').trim();
    from = match.index + match[0].length;
  }
  result += stripMarkup(parked.slice(from));
  return result
    .replace(PARKED, (character) => String.fromCharCode(character.charCodeAt(0) - ESCAPE_OFFSET))
    .replace(SPACE_RUN, ' ')
    .trim();
}
