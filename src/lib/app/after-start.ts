// What the app starts once it shows, loaded apart from it (a first Play does not wait for
// it): lock-screen and media-key controls, and going on to the next article.
import { startMediaSession } from '../platform/media-session.svelte';
import type { AppController } from './app-controller.svelte';
import { listeningQueue } from './listening-queue.svelte';

export function afterStart(controller: AppController): void {
  startMediaSession(controller.reader);
  listeningQueue.follow(controller);
}
