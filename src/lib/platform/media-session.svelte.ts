// Listening with the page put away: the lock screen, the notification and the headphone
// and keyboard media keys (Media Session), with the one sound that makes browsers show
// them and keep a hidden page running (an inaudible signal, played while reading), and
// telling the Player when the page goes away and comes back. The only module that touches
// navigator.mediaSession. Loaded just after the app starts, not with it.
import type { Player } from '../speech/player.svelte';
import { inaudibleWav } from './media-figures';

/** What the lock screen shows beside the title. */
const ALBUM = 'Aloud';
const ARTWORK: MediaImage[] = [
  { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
  { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
];

/** A lock-screen button or media key, and what it does. */
export type MediaAction = [MediaSessionAction, () => void];

/**
 * Keeps the Media Session and the signal in step with the Player, with `actions` for its
 * buttons (as the on-screen buttons do them); returns the function that stops. Where the browser has no Media Session, only the signal plays (it still keeps a
 * hidden page reading).
 */
export function startMediaSession(player: Player, actions: readonly MediaAction[]): () => void {
  const session = 'mediaSession' in navigator ? navigator.mediaSession : null;
  for (const [action, handler] of session ? actions : []) {
    try {
      session?.setActionHandler(action, handler);
    } catch {
      // An action this browser does not know.
    }
  }

  const signal = document.createElement('audio');
  signal.loop = true;
  signal.src = URL.createObjectURL(new Blob([inaudibleWav()], { type: 'audio/wav' }));
  signal.hidden = true;
  signal.dataset.keepAlive = '';
  document.body.append(signal);
  const playSignal = () => {
    // Refused without a gesture the page has had; the next Play brings it.
    signal.play().catch(() => undefined);
  };

  const stopEffects = $effect.root(() => {
    $effect(() => {
      const article = player.article;
      if (!session) return;
      session.metadata = article
        ? new MediaMetadata({
            title: article.title,
            artist: article.source,
            album: ALBUM,
            artwork: ARTWORK,
          })
        : null;
    });
    $effect(() => {
      const playing = player.status === 'playing';
      if (playing) playSignal();
      else signal.pause();
      if (session)
        session.playbackState = player.article ? (playing ? 'playing' : 'paused') : 'none';
    });
    $effect(() => {
      const position = player.progress.mediaPosition;
      if (!session || !player.article) return;
      try {
        session.setPositionState(position ?? undefined);
      } catch {
        // A browser without position state, or figures it refuses: the rest still works.
      }
    });
  });

  // Browsers pause media in a page put away; reading may go on, and so must the signal.
  // Reading the system stopped meanwhile goes on when the page is back (the Player's part).
  const onVisible = () => {
    const visible = document.visibilityState === 'visible';
    player.setAway(!visible);
    if (visible && player.status === 'playing') playSignal();
  };
  document.addEventListener('visibilitychange', onVisible);

  return () => {
    stopEffects();
    document.removeEventListener('visibilitychange', onVisible);
    signal.pause();
    URL.revokeObjectURL(signal.src);
    signal.remove();
    for (const [action] of session ? actions : []) {
      try {
        session?.setActionHandler(action, null);
      } catch {
        // As above.
      }
    }
  };
}
