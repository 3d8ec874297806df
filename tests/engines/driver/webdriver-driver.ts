import { writeFile } from 'node:fs/promises';
import type { Driver, ElementRef, Key, PageFunction } from './driver';
import { webdriverKey } from './keys';
import { WebDriverError, WebDriverSession, type WebElement } from './webdriver-http';

/** How long a click waits for its element to take it. */
const CLICKABLE_TIMEOUT_MS = 5000;

const asWebElement = (element: ElementRef) => element as unknown as WebElement;

/**
 * Wraps a page function for WebDriver's "Execute Async Script": arguments come in
 * `arguments`, the last one is the callback, and an error travels back as a value so that
 * its message survives.
 */
function asyncScript(fn: string): string {
  return `const done = arguments[arguments.length - 1];
const args = Array.prototype.slice.call(arguments, 0, -1);
Promise.resolve()
  .then(() => (${fn}).apply(null, args))
  .then((value) => done({ value: value === undefined ? null : value }),
        (error) => done({ error: String(error) + ' ' + String(error && error.stack) }));`;
}

/**
 * WebKitGTK's MiniBrowser through WebKitWebDriver (WebDriver over HTTP): the Safari engine
 * family. One session, so one fresh browser and profile, per journey.
 */
export class WebDriverDriver implements Driver {
  readonly engine = 'webkit' as const;
  #session: WebDriverSession;

  constructor(session: WebDriverSession) {
    this.#session = session;
  }

  async goto(url: string): Promise<void> {
    await this.#navigation(this.#session.command('POST', '/url', { url }));
  }

  async reload(): Promise<void> {
    await this.#navigation(this.#session.command('POST', '/refresh', {}));
  }

  /**
   * A navigation whose load event has not come within the session's page-load timeout
   * (seen once on a loaded machine: a reload that never answered) is left to the journey,
   * which waits for what a person would see; the driver must not hang on it.
   */
  async #navigation(command: Promise<unknown>): Promise<void> {
    try {
      await command;
    } catch (error) {
      if (!(error instanceof WebDriverError && /timeout/.test(error.message))) throw error;
    }
  }

  async #execute(fn: string, args: unknown[]): Promise<unknown> {
    const result = (await this.#session.command('POST', '/execute/async', {
      script: asyncScript(fn),
      args,
    })) as { value?: unknown; error?: string };
    if (result.error !== undefined) throw new Error(`in the page: ${result.error}`);
    return result.value;
  }

  async evaluate<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R> {
    return (await this.#execute(fn.toString(), [arg ?? null])) as R;
  }

  async evaluateElement<A>(fn: (arg: A) => Element | null, arg: A): Promise<ElementRef | null> {
    return (await this.#execute(fn.toString(), [arg ?? null])) as ElementRef | null;
  }

  async evaluateOn<A, R>(
    element: ElementRef,
    fn: (element: Element, arg: A) => R,
    arg: A,
  ): Promise<R> {
    return (await this.#execute(fn.toString(), [element, arg ?? null])) as R;
  }

  /**
   * Clicks once the element can take a click, as Playwright waits for it to: on a busy
   * machine a paragraph the page is scrolling, or a button under a closing panel, is refused
   * ("element not interactable", "element click intercepted") for a moment.
   */
  async click(element: ElementRef): Promise<void> {
    const id = WebDriverSession.elementId(asWebElement(element));
    const deadline = Date.now() + CLICKABLE_TIMEOUT_MS;
    for (;;) {
      try {
        await this.#session.command('POST', `/element/${id}/click`, {});
        return;
      } catch (error) {
        const refused =
          error instanceof WebDriverError &&
          /not interactable|click intercepted/.test(error.message);
        if (!refused || Date.now() > deadline) throw error;
        // WebKit's driver scrolls an element only to the viewport's edge, where the player
        // bar may cover it, or the page, following the reading, scrolls it away: the middle.
        await this.evaluateOn(
          element,
          (target) => target.scrollIntoView({ block: 'center' }),
          null,
        );
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }

  async uploadFile(input: ElementRef, path: string): Promise<void> {
    const id = WebDriverSession.elementId(asWebElement(input));
    await this.#session.command('POST', `/element/${id}/value`, { text: path });
  }

  async press(key: Key): Promise<void> {
    const value = webdriverKey(key);
    await this.#session.command('POST', '/actions', {
      actions: [
        {
          type: 'key',
          id: 'keyboard',
          actions: [
            { type: 'keyDown', value },
            { type: 'keyUp', value },
          ],
        },
      ],
    });
    await this.#session.command('DELETE', '/actions');
  }

  async setOffline(): Promise<boolean> {
    // WebDriver classic has no network conditions: the journey stops its server instead.
    return false;
  }

  async screenshot(path: string): Promise<void> {
    const base64 = (await this.#session.command('GET', '/screenshot')) as string;
    await writeFile(path, Buffer.from(base64, 'base64'));
  }

  async close(): Promise<void> {
    await this.#session.command('DELETE', '');
  }
}
