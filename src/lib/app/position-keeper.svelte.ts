import { untrack } from 'svelte';
import type { Library } from '../library/library.svelte';
import type { ReadingPosition } from '../library/types';
import type { Player } from '../speech/player.svelte';
import { sentencePlace } from '../text/navigation';

/**
 * Keeps the saved place of the article being read: written as each sentence starts (the
 * library coalesces the writes), and when the page is hidden or closed; moved, while idle,
 * to where another tab read to.
 */
export class PositionKeeper {
  #player: Player;
  #library: Library;
  #articleId: () => string | null;
  #now: () => number;
  /** The place last saved or loaded, so that an unchanged place is not written again. */
  #last = '';

  constructor(
    player: Player,
    library: Library,
    articleId: () => string | null,
    now: () => number = Date.now,
  ) {
    this.#player = player;
    this.#library = library;
    this.#articleId = articleId;
    this.#now = now;
  }

  /** Starts keeping places; returns the function that stops. */
  start(): () => void {
    const stopEffects = $effect.root(() => {
      $effect(() => {
        const id = this.#articleId();
        const key = this.#placeKey();
        if (!id || key === this.#last) return;
        this.#last = key;
        untrack(() => this.#save(id));
      });
    });
    const stopRemote = this.#library.onRemotePosition((id, position) =>
      this.#followRemote(id, position),
    );
    return () => {
      stopEffects();
      stopRemote();
    };
  }

  /** An article was just opened at its saved place: that place needs no write. */
  opened(): void {
    this.#last = untrack(() => this.#placeKey());
  }

  #placeKey(): string {
    const player = this.#player;
    return `${this.#articleId()}|${player.paragraph}|${player.currentSentence?.start ?? 0}|${player.status === 'ended'}`;
  }

  #save(id: string): void {
    const player = this.#player;
    const article = player.article;
    if (!article) return;
    const { paragraph, offset, finished } = player.progress.place;
    this.#library.savePosition(id, {
      block: paragraph,
      offset,
      at: this.#now(),
      charactersRead: player.progress.charactersRead,
      finished,
    });
  }

  #followRemote(id: string, position: ReadingPosition): void {
    const player = this.#player;
    if (id !== this.#articleId() || !player.article) return;
    player.moveQuietly(sentencePlace(player.article, position));
    // Another tab's place is already saved: moving to it is not a new write.
    this.opened();
  }
}
