// "When an article ends": stop (as always), or go on to the next unfinished article in the
// library, saying its title first: a queue for a commute, as podcast apps have. The lock
// screen follows the article being read (platform/media-session.svelte.ts). The choice is
// the preferences' (whenArticleEnds). Loaded after start.
import { untrack } from 'svelte';
import type { AppController } from './app-controller.svelte';
import type { ArticleRecord } from '../library/types';

/**
 * The article after `currentId` in the library's order that is still to be read, going
 * round from the top; null when every other one is finished or waiting for its text.
 */
export function nextUnfinished(
  articles: readonly ArticleRecord[],
  currentId: string | null,
): ArticleRecord | null {
  const at = articles.findIndex((record) => record.id === currentId);
  const inOrder = [...articles.slice(at + 1), ...articles.slice(0, Math.max(0, at))];
  return inOrder.find((record) => !record.finished && !record.waiting) ?? null;
}

/** Goes on to the next article when one ends, if the person chose to; after-start makes one. */
export class ListeningQueue {
  /** The article opened to be played as soon as it is shown. */
  #playWhenOpen: string | null = null;
  /** The sleep timer was set while reading: the end of the article is its stop. */
  #sleepSet = false;

  /**
   * Follows reading to each article's end, going on as the controller's preferences say;
   * returns the function that stops.
   */
  follow(controller: AppController): () => void {
    const player = controller.reader.player;
    return $effect.root(() => {
      $effect(() => {
        const status = player.status;
        const sleepSet = player.stopAt !== null || controller.reader.sleep?.choice != null;
        untrack(() => {
          if (status === 'playing') this.#sleepSet = sleepSet;
          if (status === 'ended') this.#ended(controller);
        });
      });
      $effect(() => {
        const id = controller.articleId;
        const article = player.article;
        untrack(() => {
          if (!article || id === null || id !== this.#playWhenOpen) return;
          this.#playWhenOpen = null;
          player.play();
        });
      });
    });
  }

  #ended(controller: AppController): void {
    const goOn = controller.reader.preferences.whenArticleEnds === 'next';
    if (!goOn || this.#sleepSet || controller.articleId === null) return;
    const next = nextUnfinished(controller.library.articles, controller.articleId);
    if (!next) {
      controller.announcer.announce('That was the last unfinished article in your library.');
      return;
    }
    controller.announcer.announce(`Next: “${next.title}”.`);
    this.#playWhenOpen = next.id;
    // In the place of the one finished: Back still leads to the library.
    controller.router.go({ view: 'read', id: next.id }, { replace: true });
  }
}
