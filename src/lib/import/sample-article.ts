import { createArticle, type Article } from '../text/article';

/** The welcome article Aloud opens with: it explains itself, and it is short. */
export const SAMPLE_MARKDOWN = `# Welcome to Aloud

Aloud reads articles to you with your device's own voices. Press Play and listen.

While it reads, the paragraph and the sentence being spoken are highlighted. Click any paragraph, or press Enter on it, to start reading there.

Bring in your own article with New article: paste text, or open a .txt or .md file.

Keys work too: K or Space plays and pauses, the arrow keys move by sentence, N and P by paragraph, and minus and plus change the speed.

Press the question mark to see every shortcut. Enjoy your reading.`;

/** A fresh copy of the sample article. */
export function sampleArticle(): Article {
  const article = createArticle(SAMPLE_MARKDOWN, {
    source: 'Sample',
    format: 'markdown',
    lang: 'en',
  });
  if (!article) throw new Error('The sample article is empty');
  return article;
}
