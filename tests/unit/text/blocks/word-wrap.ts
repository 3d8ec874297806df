// Hard-wrapped text for the tests, made as an e-mail program or a book's text file makes it.

/** Word-wraps one paragraph at `width` columns. */
export function wrapLines(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  lines.push(line);
  return lines;
}

/** Paragraphs word-wrapped at `width`, with a blank line between them. */
export function wrapParagraphs(paragraphs: readonly string[], width: number): string[] {
  return paragraphs.flatMap((paragraph, i) => [
    ...(i > 0 ? [''] : []),
    ...wrapLines(paragraph, width),
  ]);
}
