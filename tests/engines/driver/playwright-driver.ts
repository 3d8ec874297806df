import type { BrowserContext, ElementHandle, Page } from '@playwright/test';
import type { Driver, ElementRef, Key, PageFunction } from './driver';

const asHandle = (element: ElementRef) => element as unknown as ElementHandle<Element>;

/** Chromium through Playwright: one browser context per journey. */
export class PlaywrightDriver implements Driver {
  readonly engine = 'chromium' as const;
  #context: BrowserContext;
  #page: Page;

  constructor(context: BrowserContext, page: Page) {
    this.#context = context;
    this.#page = page;
  }

  async goto(url: string): Promise<void> {
    await this.#page.goto(url);
  }

  async reload(): Promise<void> {
    await this.#page.reload();
  }

  evaluate<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R> {
    // Playwright types `arg` as the unboxed handle; ours never carry handles, so they are the same.
    return this.#page.evaluate(fn as (arg: unknown) => Promise<R>, arg);
  }

  async evaluateElement<A>(fn: (arg: A) => Element | null, arg: A): Promise<ElementRef | null> {
    const handle = await this.#page.evaluateHandle(fn as (arg: unknown) => Element | null, arg);
    const element = handle.asElement();
    if (!element) await handle.dispose();
    return element as unknown as ElementRef | null;
  }

  evaluateOn<A, R>(element: ElementRef, fn: (element: Element, arg: A) => R, arg: A): Promise<R> {
    return asHandle(element).evaluate(fn as (element: Element, arg: unknown) => Promise<R>, arg);
  }

  async click(element: ElementRef): Promise<void> {
    await asHandle(element).click();
  }

  async uploadFile(input: ElementRef, path: string): Promise<void> {
    await asHandle(input).setInputFiles(path);
  }

  async press(key: Key): Promise<void> {
    await this.#page.keyboard.press(key);
  }

  async setOffline(offline: boolean): Promise<boolean> {
    await this.#context.setOffline(offline);
    return true;
  }

  async screenshot(path: string): Promise<void> {
    await this.#page.screenshot({ path });
  }

  async close(): Promise<void> {
    await this.#context.close();
  }
}
