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
      if (!this.following || now < this.#programmaticUntil) return;
      if (now - this.#userIntentAt > USER_SCROLL_WINDOW_MS) return;
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

  /** Brings the element into view if following and it is not already visible. */
  reveal(element: Element): void {
    if (this.following && !this.#inView(element)) this.#scrollTo(element);
  }

  /** Follows again, and scrolls back to the element. */
  resume(element: Element | null): void {
    this.following = true;
    if (element) this.#scrollTo(element);
  }

  #scrollTo(element: Element): void {
    this.#programmaticUntil = performance.now() + PROGRAMMATIC_SCROLL_MS;
    const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    element.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'instant' : 'smooth' });
  }

  #inView(element: Element): boolean {
    const rect = element.getBoundingClientRect();
    const bottom = window.innerHeight - this.#bottomInset();
    // A block taller than the view is "in view" while any of it is visible.
    return rect.height > bottom
      ? rect.bottom > 0 && rect.top < bottom
      : rect.top >= 0 && rect.bottom <= bottom;
  }
}
