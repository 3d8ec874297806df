// What comes from outside Aloud when it starts: a page sent with the bookmarklet
// (`/?send`) and what other apps shared. Loaded on demand, only when the address or a
// waiting share says something came.
import { bringInShares } from './take-shares';
import type { AppController } from '../app-controller.svelte';

export async function takeArrivals(controller: AppController): Promise<void> {
  if (controller.router.arrival.has('send')) {
    const { receiveSentPage } = await import('./receive-page');
    receiveSentPage(controller);
  }
  await bringInShares(controller);
}
