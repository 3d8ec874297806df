import type { BrowserContext, ElementHandle, KeyInput, Page } from 'puppeteer-core';
import type { Driver, ElementRef, Key, PageFunction } from './driver';

const asHandle = (element: ElementRef) => element as unknown as ElementHandle<Element>;

/**
 * Firefox through puppeteer-core over WebDriver BiDi (Playwright's Firefox cannot drive the
 * system's Firefox ESR). One browser context per journey: its own storage and service workers.
 */
export class PuppeteerDriver implements Driver {
  readonly engine = 'firefox' as const;
  #context: BrowserContext;
  #page: Page;

  constructor(context: BrowserContext, page: Page) {
    this.#context = context;
    this.#page = page;
  }

  async goto(url: string): Promise<void> {
    await this.#page.goto(url, { waitUntil: 'load' });
  }

  async reload(): Promise<void> {
    await this.#page.reload({ waitUntil: 'load' });
  }

  evaluate<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R> {
    // puppeteer types `arg` as the flattened handle; ours never carry handles, so they are the same.
    return this.#page.evaluate(fn as (arg: unknown) => Promise<R>, arg) as Promise<R>;
  }

  async evaluateElement<A>(fn: (arg: A) => Element | null, arg: A): Promise<ElementRef | null> {
    const handle = await this.#page.evaluateHandle(fn as (arg: unknown) => Element | null, arg);
    const element = handle.asElement();
    if (!element) await handle.dispose();
    return element as unknown as ElementRef | null;
  }

  evaluateOn<A, R>(element: ElementRef, fn: (element: Element, arg: A) => R, arg: A): Promise<R> {
    return asHandle(element).evaluate(
      fn as (element: Element, arg: unknown) => Promise<R>,
      arg,
    ) as Promise<R>;
  }

  async click(element: ElementRef): Promise<void> {
    await asHandle(element).click();
  }

  async uploadFile(input: ElementRef, path: string): Promise<void> {
    await (input as unknown as ElementHandle<HTMLInputElement>).uploadFile(path);
  }

  async press(key: Key): Promise<void> {
    await this.#page.keyboard.press(key as KeyInput);
  }

  async setOffline(offline: boolean): Promise<boolean> {
    await this.#page.setOfflineMode(offline);
    return true;
  }

  async screenshot(path: string): Promise<void> {
    await this.#page.screenshot({ path: path as `${string}.png` });
  }

  async close(): Promise<void> {
    await this.#context.close();
  }
}
