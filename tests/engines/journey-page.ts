import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { SpokenUtterance } from '../e2e/support/speech-log';
import type { Driver, ElementRef, Key } from './driver/driver';
import { PAGE_HOOKS_SCRIPT, type PageRecord } from './driver/page-hooks';

/** A role query's name: exact text, or a pattern. */
export type Name = string | RegExp;

/** What a person looks for: a role and its accessible name, perhaps inside another. */
export interface Query {
  role: string;
  name?: Name;
  level?: number;
  within?: Query;
}

/** A query as it crosses into the page (a RegExp does not survive the trip). */
interface PageQuery {
  role: string;
  name?: string | { source: string; flags: string };
  level?: number;
  within?: PageQuery;
}

/** How often a wait looks again. Waits are for states, never for timing. */
const POLL_MS = 100;
/** The usual wait for a state the page reaches by itself. */
const STATE_TIMEOUT_MS = 15_000;
/** Real speech is slow: a long sentence at rate 1 takes well over that. */
const SPEECH_TIMEOUT_MS = 60_000;

/**
 * Testing Library's role and name queries, run in the page in any engine, as its UMD build.
 * They follow the same ARIA rules as Playwright's `getByRole`.
 */
const QUERIES_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve(
    '@testing-library/dom/dist/@testing-library/dom.umd.min.js',
  ),
  'utf8',
);

/** Makes a page function from script source: drivers send functions by their text. The
 * page's own CSP forbids eval, so nothing is ever built from text inside the page. */
const scriptFunction = (source: string) => new Function(source) as () => void;

function toPageQuery(query: Query): PageQuery {
  const { name, within, ...rest } = query;
  return {
    ...rest,
    ...(name === undefined
      ? {}
      : { name: typeof name === 'string' ? name : { source: name.source, flags: name.flags } }),
    ...(within ? { within: toPageQuery(within) } : {}),
  };
}

function describe(query: Query): string {
  const name = query.name === undefined ? '' : ` "${String(query.name)}"`;
  return `${query.within ? `${describe(query.within)} › ` : ''}${query.role}${name}`;
}

/** In the page: every visible element that matches the query, in document order. */
function matchesInPage(query: PageQuery): Element[] {
  type Options = { name?: string | RegExp; level?: number; hidden: false };
  const library = (
    window as unknown as {
      TestingLibraryDom: {
        queryAllByRole(container: Element, role: string, options: Options): Element[];
      };
    }
  ).TestingLibraryDom;
  const find = (q: PageQuery, container: Element): Element[] => {
    const scopes = q.within ? find(q.within, container) : [container];
    const options: Options = { hidden: false };
    if (typeof q.name === 'string') options.name = q.name;
    else if (q.name) options.name = new RegExp(q.name.source, q.name.flags);
    if (q.level !== undefined) options.level = q.level;
    return scopes.flatMap((scope) => library.queryAllByRole(scope as HTMLElement, q.role, options));
  };
  return find(query, document.body);
}

interface PageMatches {
  __journeyMatches(query: PageQuery): Element[];
}

/** Testing Library, then the query above, as one script the page runs once. */
const QUERIES_SCRIPT = `${QUERIES_SOURCE};\nwindow.__journeyMatches = ${matchesInPage.toString()};`;

export interface SpokenWait {
  until?: 'queued' | 'started' | 'ended';
  /** Only utterances queued after the first `after` of the log: "from now on". */
  after?: number;
  timeout?: number;
}

/**
 * Aloud as a journey sees it, in any engine: found by role and name as a screen reader
 * would, acted on as a person would, with what was spoken read from the page's speech log.
 */
export class JourneyPage {
  readonly driver: Driver;
  readonly origin: string;

  constructor(driver: Driver, origin: string) {
    this.driver = driver;
    this.origin = origin;
  }

  get engine() {
    return this.driver.engine;
  }

  /** Opens Aloud at `path` and waits for an article's title. */
  async open(path = '/'): Promise<void> {
    await this.driver.goto(`${this.origin}${path}`);
    await this.#whenLoaded();
  }

  /** Reloads, as a person closing and reopening the app would, and waits for the title. */
  async reload(): Promise<void> {
    await this.driver.reload();
    await this.#whenLoaded();
  }

  async #whenLoaded(): Promise<void> {
    await this.#ensureInPage();
    await this.find({ role: 'heading', level: 2 });
  }

  /**
   * The page hooks arrive with the page from the journey server; a page the service worker
   * served offline has none, so they are run now. The queries are always run now.
   */
  async #ensureInPage(): Promise<void> {
    const has = await this.driver.evaluate(
      () => ({
        hooks: window.__journey !== undefined,
        queries: '__journeyMatches' in window,
      }),
      null,
    );
    if (!has.hooks) await this.driver.evaluate(scriptFunction(PAGE_HOOKS_SCRIPT), null);
    if (!has.queries) await this.driver.evaluate(scriptFunction(QUERIES_SCRIPT), null);
  }

  /** Runs a classic script's source in the page (a library a journey brings, such as axe). */
  async runScript(source: string): Promise<void> {
    await this.driver.evaluate(scriptFunction(source), null);
  }

  /**
   * Waits until `fn(arg)` in the page gives something truthy, and returns it. `what` says
   * what was awaited when it never comes, with the last value seen.
   */
  async waitFor<A, R>(
    what: string,
    fn: (arg: A) => R,
    arg: A,
    timeout = STATE_TIMEOUT_MS,
  ): Promise<NonNullable<R>> {
    const deadline = Date.now() + timeout;
    let last: R | undefined;
    for (;;) {
      last = await this.driver.evaluate(fn, arg);
      if (last) return last as NonNullable<R>;
      if (Date.now() > deadline) {
        throw new Error(
          `[${this.engine}] waited ${timeout} ms for ${what}; last: ${JSON.stringify(last)}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  /** Waits for exactly one visible element matching `query`, and returns it. */
  async find(query: Query, timeout = STATE_TIMEOUT_MS): Promise<ElementRef> {
    const pageQuery = toPageQuery(query);
    const deadline = Date.now() + timeout;
    for (;;) {
      await this.#ensureInPage();
      const element = await this.driver.evaluateElement((q) => {
        const all = (window as unknown as PageMatches).__journeyMatches(q);
        return all.length === 1 ? (all[0] ?? null) : null;
      }, pageQuery);
      if (element) return element;
      if (Date.now() > deadline) {
        const count = await this.count(query);
        throw new Error(
          `[${this.engine}] ${describe(query)}: ${count} visible matches after ${timeout} ms, not one`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  /** How many visible elements match `query` now. */
  async count(query: Query): Promise<number> {
    await this.#ensureInPage();
    return this.driver.evaluate(
      (q) => (window as unknown as PageMatches).__journeyMatches(q).length,
      toPageQuery(query),
    );
  }

  /** Waits until nothing visible matches `query`. */
  async gone(query: Query, timeout = STATE_TIMEOUT_MS): Promise<void> {
    const deadline = Date.now() + timeout;
    while ((await this.count(query)) > 0) {
      if (Date.now() > deadline) throw new Error(`[${this.engine}] ${describe(query)} stayed`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  async click(query: Query): Promise<void> {
    await this.driver.click(await this.find(query));
  }

  async press(key: Key): Promise<void> {
    await this.driver.press(key);
  }

  /**
   * Gives a text field or slider a value as typing or dragging would end: the value, then
   * `input` and `change` events (what Playwright's `fill` does).
   */
  async fill(query: Query, value: string): Promise<void> {
    const element = await this.find(query);
    await this.driver.evaluateOn(
      element,
      (field, text) => {
        const input = field as HTMLInputElement | HTMLTextAreaElement;
        input.focus();
        const prototype = Object.getPrototypeOf(input) as object;
        Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(input, text);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
      },
      value,
    );
  }

  /** Chooses an option of a select by its value, as a person picking it would. */
  async select(query: Query, value: string): Promise<void> {
    const element = await this.find(query);
    await this.driver.evaluateOn(
      element,
      (field, chosen) => {
        const select = field as HTMLSelectElement;
        select.focus();
        select.value = chosen;
        select.dispatchEvent(new Event('input', { bubbles: true }));
        select.dispatchEvent(new Event('change', { bubbles: true }));
      },
      value,
    );
  }

  /** An attribute of the one element matching `query`. */
  async attribute(query: Query, name: string): Promise<string | null> {
    return this.driver.evaluateOn(await this.find(query), (el, n) => el.getAttribute(n), name);
  }

  /** Waits until an attribute of the element matching `query` is `value`. */
  /** Waits until the one checkbox or radio matching `query` is checked (or not). */
  async waitForChecked(query: Query, checked = true): Promise<void> {
    const deadline = Date.now() + STATE_TIMEOUT_MS;
    for (;;) {
      const element = await this.find(query);
      const now = await this.driver.evaluateOn(
        element,
        (box) => (box as HTMLInputElement).checked,
        null,
      );
      if (now === checked) return;
      if (Date.now() > deadline) {
        throw new Error(`[${this.engine}] ${describe(query)} is ${now ? '' : 'not '}checked`);
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  async waitForAttribute(query: Query, name: string, value: string): Promise<void> {
    const deadline = Date.now() + STATE_TIMEOUT_MS;
    let last: string | null = null;
    for (;;) {
      last = await this.attribute(query, name);
      if (last === value) return;
      if (Date.now() > deadline) {
        throw new Error(
          `[${this.engine}] ${describe(query)} [${name}] is "${last}", not "${value}"`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  /** Whether the element matching `query` has focus. */
  async isFocused(query: Query): Promise<boolean> {
    return this.driver.evaluateOn(
      await this.find(query),
      (el) => el === document.activeElement,
      null,
    );
  }

  /** Waits until the element matching `query` has focus. */
  async waitForFocus(query: Query): Promise<void> {
    const deadline = Date.now() + STATE_TIMEOUT_MS;
    while (!(await this.isFocused(query))) {
      if (Date.now() > deadline)
        throw new Error(`[${this.engine}] ${describe(query)} never focused`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  /** The text of what a CSS selector names (for what has no role: a paragraph's number). */
  cssText(selector: string): Promise<string | null> {
    return this.driver.evaluate(
      (css) => document.querySelector(css)?.textContent?.trim() ?? null,
      selector,
    );
  }

  /** Waits until the text of `selector` matches `pattern`; returns the text. */
  async waitForCssText(
    selector: string,
    pattern: RegExp,
    timeout = STATE_TIMEOUT_MS,
  ): Promise<string> {
    return this.waitFor(
      `the text of ${selector} to match ${String(pattern)}`,
      ({ css, source, flags }) => {
        const text = document.querySelector(css)?.textContent?.trim() ?? '';
        return new RegExp(source, flags).test(text) ? text : '';
      },
      { css: selector, source: pattern.source, flags: pattern.flags },
      timeout,
    );
  }

  /** The live region's words: what a screen reader was last told. */
  async waitForAnnounced(pattern: RegExp, timeout = STATE_TIMEOUT_MS): Promise<string> {
    return this.waitForCssText('[aria-live="polite"][role="status"]', pattern, timeout);
  }

  /** The status line under the progress ("Playing", "Paused", …): what a person sees. */
  async waitForStatusLine(pattern: RegExp, timeout = STATE_TIMEOUT_MS): Promise<string> {
    return this.waitForCssText('.progress .status', pattern, timeout);
  }

  /** The place line: "Paragraph 2 of 19, sentence 1 of 3 · …". */
  async waitForPlace(pattern: RegExp, timeout = STATE_TIMEOUT_MS): Promise<string> {
    return this.waitForCssText('.progress .where', pattern, timeout);
  }

  /** Waits until paragraph `index` (0-based) is the one being read (aria-current). */
  async waitForCurrentParagraph(index: number): Promise<void> {
    await this.waitFor(
      `paragraph ${index} to be current`,
      (i) =>
        document.querySelector(`[data-paragraph="${i}"]`)?.getAttribute('aria-current') === 'true',
      index,
    );
  }

  /** What the page recorded: paragraphs visited, errors, the first paint's look. */
  record(): Promise<PageRecord> {
    return this.driver.evaluate(() => window.__journey as PageRecord, null);
  }

  /** Every utterance the page asked for, with its start, end or error. */
  speechLog(): Promise<SpokenUtterance[]> {
    return this.driver.evaluate(() => window.__speechLog ?? [], null);
  }

  /**
   * Waits until an utterance matching `pattern` reached `until` (started by default), and
   * returns it; fails at once if it errored instead.
   */
  async waitForSpoken(
    pattern: RegExp,
    { until = 'started', after = 0, timeout = SPEECH_TIMEOUT_MS }: SpokenWait = {},
  ): Promise<SpokenUtterance> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const log = (await this.speechLog()).slice(after);
      const candidates = log.filter((utterance) => pattern.test(utterance.text));
      const reached = candidates.find(
        (utterance) =>
          until === 'queued' ||
          (until === 'started' && utterance.startedAt !== undefined) ||
          (until === 'ended' && utterance.endedAt !== undefined),
      );
      if (reached) return reached;
      const failed = candidates.find((u) => u.error !== undefined && u.startedAt === undefined);
      if (failed && until !== 'queued') {
        throw new Error(`[${this.engine}] "${failed.text}" failed: ${failed.error}`);
      }
      if (Date.now() > deadline) {
        throw new Error(
          `[${this.engine}] nothing matching ${String(pattern)} was ${until} in ${timeout} ms; log: ${JSON.stringify(log.map((u) => u.text.slice(0, 40)))}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
}
