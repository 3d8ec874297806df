import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  PageScroll,
  PageScrollListener,
  ScrollGesture,
  ViewportRect,
} from '../../../../src/lib/platform/page-scroll';
import { ReadingFollower } from '../../../../src/lib/components/article/reading-follower.svelte';

/** Something on the page: where it sits in the document and, if it wraps, its lines. */
interface Box {
  y: number;
  height: number;
  lines?: Box[];
}

/** The viewport's height, and the player bar's over its bottom: 600 px to read in. */
const VIEWPORT = 800;
const BAR = 200;

/** A page of boxes, scrolled by a person or by the follower, with a clock the test moves. */
class FakePage implements PageScroll<Box> {
  time = 0;
  scrollY = 0;
  reduceMotion = false;
  readonly scrolls: { box: Box; block: 'start' | 'center'; behavior: 'smooth' | 'instant' }[] = [];
  readonly listeners = new Set<PageScrollListener>();

  listen(listener: PageScrollListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  now(): number {
    return this.time;
  }
  viewportHeight(): number {
    return VIEWPORT;
  }
  bottomInset(): number {
    return BAR;
  }
  reducedMotion(): boolean {
    return this.reduceMotion;
  }
  rect(box: Box): ViewportRect {
    const top = box.y - this.scrollY;
    return { top, bottom: top + box.height, height: box.height };
  }
  firstLineRect(box: Box): ViewportRect {
    return this.rect(box.lines?.[0] ?? box);
  }
  scrollIntoView(box: Box, block: 'start' | 'center', behavior: 'smooth' | 'instant'): void {
    this.scrolls.push({ box, block, behavior });
  }

  /** Time passes. */
  wait(ms: number): void {
    this.time += ms;
  }
  /** The person does something that may scroll the page. */
  gesture(gesture: ScrollGesture): void {
    for (const listener of this.listeners) listener.gesture(gesture);
  }
  /** The page scrolls to `y` (whoever scrolled it). */
  scrollTo(y: number): void {
    this.scrollY = y;
    for (const listener of this.listeners) listener.scroll();
  }
}

let page: FakePage;
let follower: ReadingFollower<Box>;
let stop: () => void;
/** The sentence being read: 100 px tall, 1000 px down the article. */
let sentence: Box;

beforeEach(() => {
  page = new FakePage();
  follower = new ReadingFollower(page);
  sentence = { y: 1000, height: 100 };
  stop = follower.watch(() => sentence);
  // Start with the sentence in the middle of the space above the bar.
  page.scrollY = 750;
  page.wait(5000);
});

afterEach(() => stop());

describe('following a sentence that fits above the player bar', () => {
  it('leaves the page alone while the sentence is wholly on screen', () => {
    follower.reveal(sentence);
    page.scrollY = 1000; // the sentence at the very top
    follower.reveal(sentence);
    page.scrollY = 500; // its bottom just touching the bar
    follower.reveal(sentence);
    expect(page.scrolls).toEqual([]);
  });

  it('centres a sentence that runs behind the player bar', () => {
    page.scrollY = 450; // the sentence at 550–650: its last 50 px under the bar
    follower.reveal(sentence);
    expect(page.scrolls).toEqual([{ box: sentence, block: 'center', behavior: 'smooth' }]);
  });

  it('centres a sentence that starts above the top of the window', () => {
    page.scrollY = 1010;
    follower.reveal(sentence);
    expect(page.scrolls).toEqual([{ box: sentence, block: 'center', behavior: 'smooth' }]);
  });

  it('scrolls at once, without gliding, when the person asks for reduced motion', () => {
    page.reduceMotion = true;
    page.scrollY = 0;
    follower.reveal(sentence);
    expect(page.scrolls).toEqual([{ box: sentence, block: 'center', behavior: 'instant' }]);
  });
});

describe('following a sentence taller than the space above the bar', () => {
  /** 900 px tall in large text, in lines of 60 px. */
  const tall = (): Box => ({
    y: 1000,
    height: 900,
    lines: Array.from({ length: 15 }, (_, line) => ({ y: 1000 + line * 60, height: 60 })),
  });

  it('puts its start at the top when its first line is out of view', () => {
    const long = tall();
    page.scrollY = 0;
    follower.reveal(long);
    expect(page.scrolls).toEqual([{ box: long, block: 'start', behavior: 'smooth' }]);
  });

  it('leaves the page alone while its first line is on screen, though the rest runs below', () => {
    const long = tall();
    page.scrollY = 500; // the first line at 500–560, above the bar
    follower.reveal(long);
    expect(page.scrolls).toEqual([]);
  });

  it('puts the spoken word at the top when it goes below the bar', () => {
    const long = tall();
    const word = { y: 1700, height: 60 };
    page.scrollY = 1000;
    follower.reveal(long, word);
    expect(page.scrolls).toEqual([{ box: word, block: 'start', behavior: 'smooth' }]);
  });

  it('leaves the page alone while the spoken word is on screen', () => {
    const long = tall();
    const word = { y: 1300, height: 60 };
    page.scrollY = 1000;
    follower.reveal(long, word);
    expect(page.scrolls).toEqual([]);
  });

  it('puts its start back at the top when its first line has scrolled above the window', () => {
    const long = tall();
    page.scrollY = 1100; // the first line at -100 to -40, the rest still on screen
    follower.reveal(long);
    expect(page.scrolls).toEqual([{ box: long, block: 'start', behavior: 'smooth' }]);
  });

  it('leaves a word that wraps alone while its first part is on screen', () => {
    const long = tall();
    // "well-known", wrapped: "well-" ends the last line above the bar, "known" is under it.
    const word = {
      y: 1540,
      height: 120,
      lines: [
        { y: 1540, height: 60 },
        { y: 1600, height: 60 },
      ],
    };
    page.scrollY = 1000; // "well-" at 540–600, "known" at 600–660
    follower.reveal(long, word);
    expect(page.scrolls).toEqual([]);
  });
});

describe('when the person scrolls away', () => {
  /** The person scrolls the sentence out of view, with the gesture just before. */
  function scrollAwayWith(gesture: ScrollGesture): void {
    page.gesture(gesture);
    page.wait(50);
    page.scrollTo(3000);
  }

  it.each<[string, ScrollGesture]>([
    ['the mouse wheel', { kind: 'wheel' }],
    ['a touch', { kind: 'touch' }],
    ['Page Down', { kind: 'key', key: 'PageDown' }],
    ['the space bar', { kind: 'key', key: ' ' }],
    ['the scrollbar', { kind: 'scrollbar' }],
  ])('stops following when they scroll it out of view with %s', (_, gesture) => {
    scrollAwayWith(gesture);
    expect(follower.following).toBe(false);
    follower.reveal(sentence);
    expect(page.scrolls).toEqual([]);
  });

  it('stops following when they scroll the sentence behind the player bar', () => {
    page.gesture({ kind: 'wheel' });
    page.scrollTo(350); // the sentence at 650–750, wholly under the bar
    expect(follower.following).toBe(false);
  });

  it('keeps following while part of the sentence is still on screen', () => {
    page.gesture({ kind: 'wheel' });
    page.scrollTo(1090); // only its last 10 px show at the top
    expect(follower.following).toBe(true);
    page.gesture({ kind: 'wheel' });
    page.scrollTo(410); // only its first 10 px show above the bar
    expect(follower.following).toBe(true);
  });

  it('keeps following when a key that does not scroll was pressed', () => {
    scrollAwayWith({ kind: 'key', key: 'a' });
    expect(follower.following).toBe(true);
  });

  it('keeps following when the page scrolls with no gesture of theirs just before', () => {
    page.gesture({ kind: 'wheel' });
    page.wait(900); // the browser scrolling by itself, well after their last gesture
    page.scrollTo(3000);
    expect(follower.following).toBe(true);
  });

  it('keeps following while nothing is being read', () => {
    stop();
    stop = follower.watch(() => null);
    scrollAwayWith({ kind: 'wheel' });
    expect(follower.following).toBe(true);
  });

  it('does not take its own scrolling for theirs', () => {
    // A key pressed (Page Down) just before reading moved on to a sentence out of view.
    page.gesture({ kind: 'key', key: 'PageDown' });
    page.wait(100);
    page.scrollY = 0;
    follower.reveal(sentence);
    page.wait(100);
    page.scrollTo(200); // the follower's glide, on its way to the sentence
    expect(follower.following).toBe(true);
  });

  it('stops following when they take over while it is scrolling', () => {
    page.scrollY = 0;
    follower.reveal(sentence);
    page.wait(300);
    page.gesture({ kind: 'wheel' });
    page.wait(50);
    page.scrollTo(100); // the glide interrupted by their wheel, the sentence still below
    expect(follower.following).toBe(false);
  });

  it('no longer listens once stopped', () => {
    stop();
    scrollAwayWith({ kind: 'wheel' });
    expect(follower.following).toBe(true);
    expect(page.listeners.size).toBe(0);
  });
});

describe('going back to the reading position', () => {
  beforeEach(() => {
    page.gesture({ kind: 'wheel' });
    page.scrollTo(3000);
  });

  it('follows again and scrolls back to the sentence, centred', () => {
    expect(follower.following).toBe(false);
    follower.resume(sentence);
    expect(follower.following).toBe(true);
    expect(page.scrolls).toEqual([{ box: sentence, block: 'center', behavior: 'smooth' }]);
  });

  it('follows again without scrolling when nothing is being read', () => {
    follower.resume(null);
    expect(follower.following).toBe(true);
    expect(page.scrolls).toEqual([]);
  });

  it('does not take the glide back for the person scrolling away again', () => {
    page.wait(100);
    follower.resume(sentence);
    page.wait(100);
    page.scrollTo(2000); // on its way back, the sentence not yet in view
    expect(follower.following).toBe(true);
  });
});
