import type { Attachment } from 'svelte/attachments';

/**
 * Paragraphs rendered at first; more follow as reading or scrolling nears the end. More than a
 * tall screen holds, and few enough that opening a long article is one short task (200 took
 * 65 ms on a slow machine).
 */
export const RENDER_BATCH = 60;

/**
 * How many of an article's paragraphs are on the page. It only grows: shrinking when reading
 * moves back would remove paragraphs that may hold focus or the tab stop.
 */
export class RenderWindow {
  limit = $state(RENDER_BATCH);

  /** Puts `paragraph` (the one being read) and a batch after it on the page. */
  reach(paragraph: number): void {
    if (paragraph + RENDER_BATCH > this.limit) this.limit = paragraph + RENDER_BATCH;
  }

  /**
   * For the element after the last paragraph rendered: when it comes into view, the next
   * batch is rendered. Observed anew after each batch: a sentinel still in view (short
   * paragraphs on a tall screen) then asks for the next one, where a lasting observer would
   * say nothing more.
   */
  readonly sentinel: Attachment<Element> = (element) => {
    void this.limit;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) this.limit += RENDER_BATCH;
    });
    observer.observe(element);
    return () => observer.disconnect();
  };
}
