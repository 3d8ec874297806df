// The only module that uses BroadcastChannel: how one tab tells the others that the library
// changed (an article added, renamed or deleted, a place saved).
import type { ArticleRecord } from './types';

/** Something changed (read the list again), or one article's place moved (its new record). */
export type LibraryMessage = { type: 'changed' } | { type: 'position'; record: ArticleRecord };

export interface LibraryChannel {
  post(message: LibraryMessage): void;
  /** Hears other tabs' messages; returns the function that stops. */
  listen(listener: (message: LibraryMessage) => void): () => void;
}

const CHANNEL_NAME = 'aloud-library';

/** A channel between this origin's tabs; one that says nothing where the browser has none. */
export function browserLibraryChannel(): LibraryChannel {
  if (typeof BroadcastChannel === 'undefined') return { post() {}, listen: () => () => {} };
  const channel = new BroadcastChannel(CHANNEL_NAME);
  return {
    post: (message) => channel.postMessage(message),
    listen(listener) {
      const onMessage = (event: MessageEvent<LibraryMessage>) => listener(event.data);
      channel.addEventListener('message', onMessage);
      return () => channel.removeEventListener('message', onMessage);
    },
  };
}
