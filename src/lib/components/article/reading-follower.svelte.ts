import { browserPageScroll, type PageScroll, type ScrollGesture } from '../../platform/page-scroll';

/** A user gesture this recent means a scroll is theirs, not ours or the browser's. */
const USER_SCROLL_WINDOW_MS = 800;
/** Our own smooth scrolls finish within this; scroll events meanwhile are ours. */
const PROGRAMMATIC_SCROLL_MS = 1000;
/** Keys that scroll the page. */
const SCROLL_KEYS = new Set(['PageUp', 'PageDown', 'Home', 'End', 'ArrowUp', 'ArrowDown', ' ']);

/**
 * Keeps the reading position in view while reading, until the person scrolls it out of
 * view themselves; then following stops (a "Back to the reading position" button offers
 * to resume) so that the page never fights them. `E` is what an element is: a DOM Element
 * on the page, whatever the `page` passed in uses in tests.
 */
export class ReadingFollower<E = Element> {
  following = $state(true);
  #page: PageScroll<E>;
  #userIntentAt = -Infinity;
  #programmaticFrom = -Infinity;
  #programmaticUntil = -Infinity;

  // The browser's page is the default only where E is left as Element.
  constructor(page: PageScroll<E> = browserPageScroll() as PageScroll<E>) {
    this.#page = page;
  }

  /** Listens for user scrolling; `current` finds the element being read. Returns a cleanup. */
  watch(current: () => E | null): () => void {
    return this.#page.listen({
      gesture: (gesture: ScrollGesture) => {
        if (gesture.kind !== 'key' || SCROLL_KEYS.has(gesture.key)) {
          this.#userIntentAt = this.#page.now();
        }
      },
      scroll: () => {
        const now = this.#page.now();
        if (!this.following || now - this.#userIntentAt > USER_SCROLL_WINDOW_MS) return;
        // Our own scroll, unless the person took over since it began.
        if (now < this.#programmaticUntil && this.#userIntentAt < this.#programmaticFrom) return;
        const element = current();
        if (element && !this.#inView(element)) this.following = false;
      },
    });
  }

  /**
   * Brings what is being read into view, if following. `reading` is the sentence (or the
   * paragraph) being read; `word` the word being spoken, where the engine says which.
   * What fits between the top and the bar is shown whole. What does not (a long sentence
   * in large text) is followed by its spoken word, or else by its start, put at the top:
   * the words being spoken are what must stay on screen, not some part of the sentence.
   */
  reveal(reading: E, word: E | null = null): void {
    if (!this.following) return;
    const bottom = this.#bottom();
    const rect = this.#page.rect(reading);
    if (rect.height <= bottom) {
      if (rect.top < 0 || rect.bottom > bottom) this.#scrollTo(reading, 'center');
      return;
    }
    const spoken = word ?? reading;
    const first = this.#page.firstLineRect(spoken);
    if (first.top < 0 || first.bottom > bottom) this.#scrollTo(spoken, 'start');
  }

  /** Follows again, and scrolls back to the element. */
  resume(element: E | null): void {
    this.following = true;
    if (element) this.#scrollTo(element, 'center');
  }

  #bottom(): number {
    return this.#page.viewportHeight() - this.#page.bottomInset();
  }

  #scrollTo(element: E, block: 'center' | 'start'): void {
    this.#programmaticFrom = this.#page.now();
    this.#programmaticUntil = this.#programmaticFrom + PROGRAMMATIC_SCROLL_MS;
    this.#page.scrollIntoView(element, block, this.#page.reducedMotion() ? 'instant' : 'smooth');
  }

  /** Whether any of the element shows: scrolling that far away is leaving it. */
  #inView(element: E): boolean {
    const rect = this.#page.rect(element);
    return rect.bottom > 0 && rect.top < this.#bottom();
  }
}
