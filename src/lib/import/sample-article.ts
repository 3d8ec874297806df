import { Article } from '../text/article';
import { segmentParagraph } from '../text/sentences/segment';
import { titleOf } from '../text/title';
import type { Block } from '../text/types';

/**
 * The welcome article Aloud opens with until the library holds one: it explains itself, and
 * it is short. Written as blocks, so that showing it needs no Markdown parser.
 */
export const SAMPLE_BLOCKS: readonly Block[] = [
  { kind: 'heading', level: 1, text: 'Welcome to Aloud' },
  {
    kind: 'paragraph',
    text: "Aloud reads articles to you with your device's own voices. Press Play and listen.",
  },
  {
    kind: 'paragraph',
    text: 'While it reads, the paragraph and the sentence being spoken are highlighted. Click any paragraph, or press Enter on it, to start reading there.',
  },
  {
    kind: 'paragraph',
    text: 'Bring in your own article with New article: paste text or a copied web page, or open a .txt, .md or .html file. You can also drop files on the window, or share an article to Aloud from another app once it is installed. It is kept in your library on this device, with your place in it, and plays without a network.',
  },
  {
    kind: 'paragraph',
    text: 'Keys work too: K or Space plays and pauses, the arrow keys move by sentence, N and P by paragraph, and minus and plus change the speed.',
  },
  { kind: 'paragraph', text: 'Press the question mark to see every shortcut. Enjoy your reading.' },
];

/** A fresh copy of the sample article. */
export function sampleArticle(): Article {
  return new Article(
    SAMPLE_BLOCKS,
    { source: 'Sample', title: titleOf(SAMPLE_BLOCKS, 'en'), lang: 'en' },
    segmentParagraph,
  );
}
