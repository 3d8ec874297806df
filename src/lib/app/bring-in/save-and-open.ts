// Saving an article brought in, then showing it: loaded with the importers, not the shell.
import type { ArticleFormat } from '../../text/types';
import type { Article } from '../../text/article';
import type { AppController } from '../app-controller.svelte';

/**
 * Saves an article brought in (pasted, a file, a share) and opens it. Text the library
 * cannot keep is still read; the announcement says why it was not kept.
 */
export async function saveAndOpen(
  controller: AppController,
  article: Article,
  format: ArticleFormat,
  contentHash?: string,
  url?: string,
): Promise<void> {
  // Text new to the library is shown at once; text already in it opens where it was left,
  // which the save finds out.
  const isNew =
    contentHash !== undefined &&
    !controller.library.articles.some((record) => record.contentHash === contentHash);
  if (isNew) controller.showWhileSaving(article);
  // If the save fails, the notice channel says why first (the Library's onError); the
  // announcement below, which says it too, replaces it within the announcer's delay, so it is
  // heard once, and the notice stays on screen.
  const saved = await controller.library.add(article, format, contentHash, url);
  // Showing the article is a task of its own, apart from the end of the save: each takes a
  // few tens of milliseconds for a 10 MB article on a slow machine, together over 100.
  await new Promise((resolve) => setTimeout(resolve));
  // The title is not said: focus is on it, and a screen reader reads it from there.
  if (saved?.existing) {
    controller.showBroughtIn(
      article,
      saved,
      'Already in your library: opened where you left off. Press Play to listen.',
    );
    return;
  }
  const notSaved = saved ? '' : ` ${controller.library.error ?? ''}`;
  controller.showBroughtIn(
    article,
    saved,
    `Opened: ${article.length} paragraphs${saved ? ', saved to your library' : ''}. Press Play to listen.${notSaved}`.trim(),
  );
}
