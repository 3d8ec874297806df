/**
 * The seam between a journey and a browser: the few things a journey does to a page, each
 * implemented once per way of driving a browser (Playwright for Chromium, puppeteer-core over
 * WebDriver BiDi for Firefox, WebDriver over HTTP for WebKitGTK). Journeys never see which.
 * Everything a person would do or notice is built on these in `journey-page.ts`.
 */

/** The three engine families Aloud's people use: Chrome and Android, Firefox, Safari. */
export type Engine = 'chromium' | 'firefox' | 'webkit';

/** An element of the page, held by the driver: pass it back to the driver, nothing else. */
export interface ElementRef {
  readonly __element: unique symbol;
}

/** Keys a journey presses: a printable character, or one of these names. */
export type Key =
  | 'Enter'
  | 'Space'
  | 'Tab'
  | 'Escape'
  | 'Backspace'
  | 'ArrowUp'
  | 'ArrowDown'
  | 'ArrowLeft'
  | 'ArrowRight'
  | (string & { readonly __printable?: never });

/** A function run in the page: it must not close over anything in Node. */
export type PageFunction<A, R> = (arg: A) => R | Promise<R>;

export interface Driver {
  readonly engine: Engine;
  /** Loads `url` and waits for the load event. */
  goto(url: string): Promise<void>;
  /** Reloads the page and waits for the load event. */
  reload(): Promise<void>;
  /** Runs `fn(arg)` in the page and returns its (JSON-like) result, awaiting a promise. */
  evaluate<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R>;
  /** Runs `fn(arg)` in the page and returns the element it gives, or null. */
  evaluateElement<A>(fn: (arg: A) => Element | null, arg: A): Promise<ElementRef | null>;
  /** Runs `fn(element, arg)` in the page. */
  evaluateOn<A, R>(element: ElementRef, fn: (element: Element, arg: A) => R, arg: A): Promise<R>;
  /** Clicks the element as a pointer would (scrolled into view, at its centre). */
  click(element: ElementRef): Promise<void>;
  /** Gives a file input a file from disk, as the file picker would. */
  uploadFile(input: ElementRef, path: string): Promise<void>;
  /** Presses and releases one key, sent to whatever has focus. */
  press(key: Key): Promise<void>;
  /**
   * Cuts the page off the network (true) or gives it back; false where the driver cannot,
   * and the journey then stops its server instead.
   */
  setOffline(offline: boolean): Promise<boolean>;
  /** A PNG of the viewport, for a person to look at when a journey fails. */
  screenshot(path: string): Promise<void>;
  /** Ends this page's browsing session (its storage goes with it). */
  close(): Promise<void>;
}
