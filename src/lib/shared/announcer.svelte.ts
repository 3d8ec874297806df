/**
 * The app's one polite live region. It announces state changes and errors, never the
 * article's text: a screen reader must not talk over the speech.
 */
export class Announcer {
  message = $state('');
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** Announces a message, even the same one twice in a row. */
  announce(message: string): void {
    clearTimeout(this.#timer);
    // Screen readers speak a live region on change: clear first so a repeat is a change.
    this.message = '';
    this.#timer = setTimeout(() => (this.message = message), ANNOUNCE_DELAY_MS);
  }
}

/** Long enough for screen readers to notice the region emptied before the new text. */
const ANNOUNCE_DELAY_MS = 100;

export const announcer = new Announcer();
