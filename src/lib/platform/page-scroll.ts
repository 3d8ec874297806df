// The page's scrolling, as the reading follower sees it: the only module it reaches the
// window, the document, the clock and elements' boxes through, so that tests can pass a page
// of plain boxes instead.

/** Where an element is in the viewport, in CSS pixels from its top (a DOMRect is one). */
export interface ViewportRect {
  readonly top: number;
  readonly bottom: number;
  readonly height: number;
}

/** Something the person did that scrolls the page, if anything does. */
export type ScrollGesture =
  | { readonly kind: 'wheel' | 'touch' | 'scrollbar' }
  /** A key pressed; `key` as in KeyboardEvent.key. */
  | { readonly kind: 'key'; readonly key: string };

/** Hears the person's gestures and the page's scrolling, whoever scrolled it. */
export interface PageScrollListener {
  gesture(gesture: ScrollGesture): void;
  scroll(): void;
}

/** The page's scrolling; `E` is what an element is (a DOM Element in the browser). */
export interface PageScroll<E> {
  /** Starts passing gestures and scrolls to `listener`; returns the function that stops. */
  listen(listener: PageScrollListener): () => void;
  /** The time now, in milliseconds. */
  now(): number;
  /** The viewport's height. */
  viewportHeight(): number;
  /** The height covered at the bottom of the viewport (the player bar). */
  bottomInset(): number;
  /** Whether the person asked for reduced motion. */
  reducedMotion(): boolean;
  /** The element's box. */
  rect(element: E): ViewportRect;
  /** The box of the element's first line (text wraps), or its box. */
  firstLineRect(element: E): ViewportRect;
  /** Scrolls the element to the viewport's top or centre, smoothly or at once. */
  scrollIntoView(element: E, block: 'start' | 'center', behavior: 'smooth' | 'instant'): void;
}

/** The browser's window and document. */
export function browserPageScroll(): PageScroll<Element> {
  return {
    listen(listener) {
      const onWheel = () => listener.gesture({ kind: 'wheel' });
      const onTouch = () => listener.gesture({ kind: 'touch' });
      const onKey = (event: KeyboardEvent) => listener.gesture({ kind: 'key', key: event.key });
      const onPointer = (event: PointerEvent) => {
        // A press on the page's own scrollbar targets the root element.
        if (event.target === document.documentElement) listener.gesture({ kind: 'scrollbar' });
      };
      const onScroll = () => listener.scroll();
      const options = { passive: true } as const;
      window.addEventListener('wheel', onWheel, options);
      window.addEventListener('touchmove', onTouch, options);
      window.addEventListener('keydown', onKey, options);
      window.addEventListener('pointerdown', onPointer, options);
      window.addEventListener('scroll', onScroll, options);
      return () => {
        window.removeEventListener('wheel', onWheel);
        window.removeEventListener('touchmove', onTouch);
        window.removeEventListener('keydown', onKey);
        window.removeEventListener('pointerdown', onPointer);
        window.removeEventListener('scroll', onScroll);
      };
    },
    now: () => performance.now(),
    viewportHeight: () => window.innerHeight,
    // The player bar publishes its height as --bar-height, the notices above it theirs as
    // --notices-height: both cover the page's bottom.
    bottomInset: () => {
      const style = getComputedStyle(document.documentElement);
      const height = (name: string) => parseFloat(style.getPropertyValue(name)) || 0;
      return height('--bar-height') + height('--notices-height');
    },
    reducedMotion: () => window.matchMedia('(prefers-reduced-motion: reduce)').matches,
    rect: (element) => element.getBoundingClientRect(),
    firstLineRect: (element) => element.getClientRects()[0] ?? element.getBoundingClientRect(),
    scrollIntoView: (element, block, behavior) => element.scrollIntoView({ block, behavior }),
  };
}
