import type { ServiceWorkerEvents } from '../platform/service-worker';

/**
 * What the page shows about its own version: a new version waiting (the person reloads when
 * they choose, never by itself) and, once, that Aloud is ready to work offline.
 */
export class AppUpdate implements ServiceWorkerEvents {
  /** A new version is ready; 'here' can be activated from this page, 'elsewhere' already was. */
  waiting = $state<'no' | 'here' | 'elsewhere'>('no');
  offlineReady = $state(false);
  #activate: (() => Promise<void>) | null = null;
  /** This page asked for the new version: its taking control is the moment to reload. */
  #activating = false;
  #reloading = false;
  #beforeReload: () => void;
  #reload: () => void;

  constructor(beforeReload: () => void, reload: () => void = () => window.location.reload()) {
    this.#beforeReload = beforeReload;
    this.#reload = reload;
  }

  /** Called with the service worker's activate function once it is registered. */
  registered(activate: (() => Promise<void>) | null): void {
    this.#activate = activate;
  }

  /** A new version waits: the prompt shows. */
  onNeedRefresh(): void {
    this.waiting = 'here';
  }

  /** The shell is cached for the first time: the notice shows once. */
  onOfflineReady(): void {
    this.offlineReady = true;
  }

  /** The person has seen that Aloud works offline. */
  dismissOfflineReady(): void {
    this.offlineReady = false;
  }

  // An arrow function: the service worker adapter passes it on as a listener.
  onNeedReload = (): void => {
    if (!this.#activating) {
      this.waiting = 'elsewhere';
    } else if (!this.#reloading) {
      this.#reloading = true;
      this.#reload();
    }
  };

  /** Saves what must be saved, then moves to the new version (the page reloads). */
  async reload(): Promise<void> {
    this.#beforeReload();
    if (this.waiting === 'here' && this.#activate) {
      this.#activating = true;
      await this.#activate();
    } else {
      this.#reload();
    }
  }
}
