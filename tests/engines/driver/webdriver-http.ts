/**
 * The part of the WebDriver protocol (W3C, over HTTP) the journeys use: enough to drive
 * WebKitGTK's MiniBrowser through WebKitWebDriver, which speaks no BiDi.
 */

/** How WebDriver marks an element in JSON (the spec's web element identifier). */
export const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf';

export type WebElement = { [ELEMENT_KEY]: string };

export class WebDriverError extends Error {}

/** One WebDriver session on a driver at `endpoint` (e.g. http://127.0.0.1:4444). */
export class WebDriverSession {
  readonly id: string;
  #endpoint: string;

  private constructor(endpoint: string, id: string) {
    this.#endpoint = endpoint;
    this.id = id;
  }

  /** Asks the driver for a new session with these capabilities, within `timeoutMs`. */
  static async create(
    endpoint: string,
    capabilities: object,
    timeoutMs: number,
  ): Promise<WebDriverSession> {
    const value = (await send(
      endpoint,
      'POST',
      '/session',
      { capabilities: { alwaysMatch: capabilities } },
      AbortSignal.timeout(timeoutMs),
    )) as { sessionId: string };
    return new WebDriverSession(endpoint, value.sessionId);
  }

  /** Sends one command of this session and returns its `value`. */
  command(method: 'GET' | 'POST' | 'DELETE', path: string, body?: object): Promise<unknown> {
    return send(this.#endpoint, method, `/session/${this.id}${path}`, body);
  }

  /** Element `id` as the protocol names it in paths. */
  static elementId(element: WebElement): string {
    return element[ELEMENT_KEY];
  }
}

async function send(
  endpoint: string,
  method: string,
  path: string,
  body?: object,
  signal?: AbortSignal,
): Promise<unknown> {
  const response = await fetch(`${endpoint}${path}`, {
    method,
    signal,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: method === 'GET' ? undefined : JSON.stringify(body ?? {}),
  });
  const text = await response.text();
  let parsed: { value?: unknown } = {};
  try {
    parsed = JSON.parse(text) as { value?: unknown };
  } catch {
    throw new WebDriverError(`${method} ${path}: HTTP ${response.status}, not JSON: ${text}`);
  }
  const value = parsed.value as { error?: string; message?: string } | null | undefined;
  if (!response.ok || (value && typeof value === 'object' && 'error' in value && value.error)) {
    throw new WebDriverError(
      `${method} ${path}: ${value?.error ?? response.status}: ${value?.message ?? text}`,
    );
  }
  return parsed.value;
}
