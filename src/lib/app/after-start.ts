// What the app starts once it shows, loaded apart from it (a first Play does not wait for
// it): lock-screen and media-key controls, what is said for abbreviations, addresses and the
// listener's rules, going on to the next article, the reader's look (fonts included), and
// (in the built app) the service worker that keeps Aloud offline and tells of new versions.
import { followLook } from '../settings/follow-look.svelte';
import { startMediaSession, type MediaAction } from '../platform/media-session.svelte';
import { MOVES } from '../settings/moves';
import { AppUpdate } from './app-update.svelte';
import { registerServiceWorker } from '../platform/service-worker';
import type { AppController } from './app-controller.svelte';
import { ListeningQueue } from './listening-queue.svelte';
import { screenWake } from '../platform/screen-wake.svelte';

/** Starts them; returns what the page shows of new versions. */
export function afterStart(controller: AppController): AppUpdate {
  const { player, preferences } = controller.reader;
  // The screen is kept on while reading, as the preferences say.
  screenWake.follow(player, preferences);
  // The media keys and lock-screen buttons do what the on-screen buttons do.
  startMediaSession(player, [
    ['play', () => player.play()],
    ['pause', () => player.pause()],
    ...MOVES.map((move): MediaAction => [move.mediaSession, () => move.onPlayer(player)]),
  ]);
  void controller.reader.spokenText.load();
  new ListeningQueue().follow(controller);
  followLook(preferences);
  const update = new AppUpdate(() => controller.library.flush());
  if (import.meta.env.PROD) {
    void registerServiceWorker(update).then((activate) => update.registered(activate));
  }
  return update;
}
