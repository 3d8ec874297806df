/** A user gesture this recent means a scroll is theirs, not ours or the browser's. */
const USER_SCROLL_WINDOW_MS = 800;
/** Our own smooth scrolls finish within this; scroll events meanwhile are ours. */
const PROGRAMMATIC_SCROLL_MS = 1000;
/** Keys that scroll the page. */
const SCROLL_KEYS = new Set(['PageUp', 'PageDown', 'Home', 'End', 'ArrowUp', 'ArrowDown', ' ']);

/**
 * Keeps the reading position in view while reading, until the person scrolls it out of
 * view themselves; then following stops (a "Back to the reading position" button offers
 * to resume) so that the page never fights them.
 */
export class ReadingFollower {
  following = $state(true);
  #userIntentAt = -Infinity;
  #programmaticFrom = -Infinity;
  #programmaticUntil = -Infinity;
  #bottomInset: () => number;

  /** `bottomInset` is the height covered at the bottom of the viewport (the player bar). */
  constructor(bottomInset: () => number = () => 0) {
    this.#bottomInset = bottomInset;
  }

  /** Listens for user scrolling; `current` finds the element being read. Returns a cleanup. */
  watch(current: () => Element | null): () => void {
    const markIntent = () => (this.#userIntentAt = performance.now());
    const onKey = (event: KeyboardEvent) => {
      if (SCROLL_KEYS.has(event.key)) markIntent();
    };
    const onPointer = (event: PointerEvent) => {
      // A press on the page's own scrollbar targets the root element.
      if (event.target === document.documentElement) markIntent();
    };
    const onScroll = () => {
      const now = performance.now();
      if (!this.following || now - this.#userIntentAt > USER_SCROLL_WINDOW_MS) return;
      // Our own scroll, unless the person took over since it began.
      if (now < this.#programmaticUntil && this.#userIntentAt < this.#programmaticFrom) return;
      const element = current();
      if (element && !this.#inView(element)) this.following = false;
    };
    const options = { passive: true } as const;
    window.addEventListener('wheel', markIntent, options);
    window.addEventListener('touchmove', markIntent, options);
    window.addEventListener('keydown', onKey, options);
    window.addEventListener('pointerdown', onPointer, options);
    window.addEventListener('scroll', onScroll, options);
    return () => {
      window.removeEventListener('wheel', markIntent);
      window.removeEventListener('touchmove', markIntent);
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointer);
      window.removeEventListener('scroll', onScroll);
    };
  }

  /**
   * Brings what is being read into view, if following. `reading` is the sentence (or the
   * paragraph) being read; `word` the word being spoken, where the engine says which.
   * What fits between the top and the bar is shown whole. What does not (a long sentence
   * in large text) is followed by its spoken word, or else by its start, put at the top:
   * the words being spoken are what must stay on screen, not some part of the sentence.
   */
  reveal(reading: Element, word: Element | null = null): void {
    if (!this.following) return;
    const bottom = this.#bottom();
    const rect = reading.getBoundingClientRect();
    if (rect.height <= bottom) {
      if (rect.top < 0 || rect.bottom > bottom) this.#scrollTo(reading, 'center');
      return;
    }
    const spoken = word ?? reading;
    const first = spoken.getClientRects()[0] ?? spoken.getBoundingClientRect();
    if (first.top < 0 || first.bottom > bottom) this.#scrollTo(spoken, 'start');
  }

  /** Follows again, and scrolls back to the element. */
  resume(element: Element | null): void {
    this.following = true;
    if (element) this.#scrollTo(element, 'center');
  }

  #bottom(): number {
    return window.innerHeight - this.#bottomInset();
  }

  #scrollTo(element: Element, block: 'center' | 'start'): void {
    this.#programmaticFrom = performance.now();
    this.#programmaticUntil = this.#programmaticFrom + PROGRAMMATIC_SCROLL_MS;
    const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    element.scrollIntoView({ block, behavior: reduceMotion ? 'instant' : 'smooth' });
  }

  /** Whether any of the element shows: scrolling that far away is leaving it. */
  #inView(element: Element): boolean {
    const rect = element.getBoundingClientRect();
    return rect.bottom > 0 && rect.top < this.#bottom();
  }
}
