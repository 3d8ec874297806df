/**
 * The app's one polite live region. It announces state changes and errors, never the
 * article's text: a screen reader must not talk over the speech. Made once, in main.ts, and
 * handed to what speaks through it: the Reader and the AppController take it in their
 * options, and components reach it through them (`reader.announcer`).
 */
export class Announcer {
  message = $state('');
  /** When `message` was last said (performance.now()): a dialog's region tells news by it. */
  #saidAt = $state(-Infinity);
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** The last message that must not be missed (reading ended, an error), and when. */
  #lastImportant: { message: string; at: number } | null = null;

  /**
   * Announces a message, even the same one twice in a row. An important one (the end of
   * reading, an error) is said again by `sayAgainSince` to whoever may have missed it.
   */
  announce(message: string, important = false): void {
    clearTimeout(this.#timer);
    if (important) this.#lastImportant = { message, at: performance.now() };
    // Screen readers speak a live region on change: clear first so a repeat is a change.
    this.message = '';
    this.#timer = setTimeout(() => {
      this.message = message;
      this.#saidAt = performance.now();
    }, ANNOUNCE_DELAY_MS);
  }

  /**
   * The message if it was said at or after `since`, else nothing: a dialog's own region,
   * shown when it opens, must not say again what was said before.
   */
  messageSince(since: number): string {
    return this.#saidAt >= since ? this.message : '';
  }

  /** Says again the last important message made at or after `since` (a dialog just closed). */
  sayAgainSince(since: number): void {
    const last = this.#lastImportant;
    if (last && last.at >= since) this.announce(last.message);
  }
}

/** Long enough for screen readers to notice the region emptied before the new text. */
const ANNOUNCE_DELAY_MS = 100;
