import type { Announcer } from './announcer.svelte';

/** A message in the Notices region: what went wrong or what to know, in words. */
export interface Notice {
  message: string;
  /** The person can dismiss it; a lasting one (no library on this device) stays. */
  dismissable: boolean;
}

/**
 * The app's one notice channel: importing, shares, pages sent, settings and the library all
 * tell the person here, and it is said once through the live region when it appears. The
 * newest notice replaces the one before. Kept apart from the library's own state
 * (`Library.error`, why its last write failed), which it only relays.
 */
export class Notices {
  current = $state.raw<Notice | null>(null);
  #announcer: Announcer;

  constructor(announcer: Announcer) {
    this.#announcer = announcer;
  }

  /** Shows and says `message`; a `lasting` one cannot be dismissed. */
  say(message: string, { lasting = false } = {}): void {
    this.current = { message, dismissable: !lasting };
    this.#announcer.announce(message);
  }

  /** The person has read the notice: it goes. */
  dismiss(): void {
    this.current = null;
  }
}
