// "Keep screen on": the Screen Wake Lock, held while reading when the person asked for it,
// taken again when the page comes back (the browser lets it go with the page), and let go
// when reading stops. The only module that touches navigator.wakeLock. Loaded after start.
import type { Player } from '../speech/player.svelte';

/** What screen wake needs of the preferences (settings/): the person's choice. */
export interface ScreenChoice {
  readonly keepScreenOn: boolean;
}

class ScreenWake {
  /** Whether the browser can keep the screen on at all. */
  readonly supported = typeof navigator !== 'undefined' && 'wakeLock' in navigator;
  #preferences = $state.raw<ScreenChoice | null>(null);
  #reading = false;
  #lock: WakeLockSentinel | null = null;
  #asking = false;

  /** The person wants the screen on while Aloud reads. */
  get wanted(): boolean {
    return this.#preferences?.keepScreenOn ?? false;
  }

  /**
   * Follows the Player's reading, the person's choice in `preferences` and the page's
   * visibility; returns the function that stops.
   */
  follow(player: Player, preferences: ScreenChoice): () => void {
    this.#preferences = preferences;
    const stopEffect = $effect.root(() => {
      $effect(() => {
        this.#reading = player.status === 'playing';
        void this.wanted;
        void this.#sync();
      });
    });
    const onVisibility = () => void this.#sync();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      stopEffect();
      document.removeEventListener('visibilitychange', onVisibility);
      this.#reading = false;
      void this.#sync();
    };
  }

  async #sync(): Promise<void> {
    const keep = this.supported && this.wanted && this.#reading && !document.hidden;
    if (!keep) {
      const lock = this.#lock;
      this.#lock = null;
      await lock?.release().catch(() => undefined);
      return;
    }
    if (this.#lock || this.#asking) return;
    this.#asking = true;
    try {
      const lock = await navigator.wakeLock.request('screen');
      // The browser lets go by itself when the page is hidden.
      lock.addEventListener('release', () => {
        if (this.#lock === lock) this.#lock = null;
      });
      this.#lock = lock;
    } catch {
      // Refused (battery saver, no permission): the screen behaves as usual.
    } finally {
      this.#asking = false;
    }
    // Reading may have stopped while the browser answered.
    if (!(this.wanted && this.#reading && !document.hidden)) await this.#sync();
  }

  /** Whether the screen is being kept on now (for tests and the settings panel). */
  get held(): boolean {
    return this.#lock !== null;
  }
}

/**
 * One for the app: after-start gives it the preferences, the Media Session adapter follows
 * the Player with it, and the settings panel offers the choice only where it is supported.
 */
export const screenWake = new ScreenWake();
