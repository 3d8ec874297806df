import { spawn, type ChildProcess } from 'node:child_process';
import type { BrowserType, LaunchOptions } from '@playwright/test';
import { freePort } from '../../e2e/support/free-port';
import type { Driver, Engine } from './driver';
import { PlaywrightDriver } from './playwright-driver';
import { PuppeteerDriver } from './puppeteer-driver';
import { WebDriverDriver } from './webdriver-driver';
import { WebDriverSession } from './webdriver-http';

/** Debian's Firefox ESR (package firefox-esr). */
export const FIREFOX = '/usr/lib/firefox-esr/firefox-esr';
/** WebKitGTK's test browser (package libwebkit2gtk-4.1-0) and its driver (webkit2gtk-driver). */
export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const WEBKIT_DRIVER = 'WebKitWebDriver';

/** The window journeys run in: a desktop's, wider than the MiniBrowser's 447 px minimum. */
const WINDOW = { width: 1280, height: 900 };
/** How long a page function may run (a wait for speech polls from outside, not in here). */
const SCRIPT_TIMEOUT_MS = 30_000;
/** How long the driver may take to open the MiniBrowser for a new session. */
const SESSION_TIMEOUT_MS = 60_000;
/** How long a navigation may wait for its load event (WebDriver's own default is 5 min). */
const PAGE_LOAD_TIMEOUT_MS = 30_000;
/** How long the WebKit driver and the X server get to come up. */
const START_TIMEOUT_MS = 15_000;

/** A browser (or a driver service) kept for a worker's journeys, and a fresh page each. */
export interface EngineHost {
  newDriver(): Promise<Driver>;
  close(): Promise<void>;
}

export async function startEngineHost(
  engine: Engine,
  chromium: BrowserType,
  chromiumOptions: LaunchOptions,
): Promise<EngineHost> {
  if (engine === 'chromium') return startChromium(chromium, chromiumOptions);
  if (engine === 'firefox') return startFirefox();
  return startWebKit();
}

async function startChromium(chromium: BrowserType, options: LaunchOptions): Promise<EngineHost> {
  const browser = await chromium.launch(options);
  return {
    async newDriver() {
      const context = await browser.newContext({ viewport: WINDOW });
      return new PlaywrightDriver(context, await context.newPage());
    },
    close: () => browser.close(),
  };
}

async function startFirefox(): Promise<EngineHost> {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: WINDOW,
  });
  return {
    async newDriver() {
      const context = await browser.createBrowserContext();
      return new PuppeteerDriver(context, await context.newPage());
    },
    close: () => browser.close(),
  };
}

/** Starts `command` and resolves once `ready(output)` says so from its stdout or stderr. */
function startService(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  ready: (output: string) => boolean,
  extraFd = false,
): Promise<{ child: ChildProcess; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env,
      stdio: ['ignore', 'pipe', 'pipe', ...(extraFd ? (['pipe'] as const) : [])],
    });
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} did not start in ${START_TIMEOUT_MS} ms:\n${output}`));
    }, START_TIMEOUT_MS);
    const listen = (chunk: Buffer) => {
      output += String(chunk);
      if (!ready(output)) return;
      clearTimeout(timer);
      resolve({ child, output });
    };
    for (const stream of child.stdio.slice(1)) stream?.on('data', listen);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} exited (${code}) before it was ready:\n${output}`));
    });
  });
}

/** Stops a child process, and waits for it. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
  await exited;
  clearTimeout(timer);
}

async function startWebKit(): Promise<EngineHost> {
  // Xvfb picks a free display and writes its number on fd 3 (-displayfd).
  const xvfb = await startService(
    'Xvfb',
    [
      '-displayfd',
      '3',
      '-screen',
      '0',
      `${WINDOW.width}x${WINDOW.height + 100}x24`,
      '-nolisten',
      'tcp',
    ],
    process.env,
    (output) => /^\d+\n/.test(output),
    true,
  );
  const display = `:${xvfb.output.trim()}`;
  let service: DriverService;
  try {
    service = await startDriverService(display);
  } catch (error) {
    await stop(xvfb.child);
    throw error;
  }
  return {
    async newDriver() {
      // On a loaded machine the driver once stopped answering a new session (its socket
      // closed after minutes): a fresh driver gets one more try.
      for (let attempt = 1; ; attempt++) {
        try {
          const session = await WebDriverSession.create(
            service.endpoint,
            {
              browserName: 'MiniBrowser',
              'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
            },
            SESSION_TIMEOUT_MS,
          );
          await session.command('POST', '/timeouts', {
            script: SCRIPT_TIMEOUT_MS,
            pageLoad: PAGE_LOAD_TIMEOUT_MS,
          });
          await session.command('POST', '/window/rect', WINDOW).catch(() => undefined);
          return new WebDriverDriver(session);
        } catch (error) {
          if (attempt >= 2) throw error;
          await stop(service.child);
          service = await startDriverService(display);
        }
      }
    },
    async close() {
      await stop(service.child);
      await stop(xvfb.child);
    },
  };
}

interface DriverService {
  child: ChildProcess;
  endpoint: string;
}

/** Starts WebKitWebDriver on a free port, on the X display, and waits until it answers. */
async function startDriverService(display: string): Promise<DriverService> {
  const port = await freePort();
  const child = spawn(WEBKIT_DRIVER, [`--port=${port}`], {
    env: { ...process.env, DISPLAY: display },
    stdio: 'ignore',
  });
  const endpoint = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(endpoint);
  } catch (error) {
    await stop(child);
    throw error;
  }
  return { child, endpoint };
}

/** Waits until a WebDriver service answers that it is ready for sessions. */
async function waitUntilReady(endpoint: string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    try {
      const response = await fetch(`${endpoint}/status`);
      const { value } = (await response.json()) as { value?: { ready?: boolean } };
      if (value?.ready !== false) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${WEBKIT_DRIVER} did not answer at ${endpoint}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
