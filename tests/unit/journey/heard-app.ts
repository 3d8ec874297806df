// Aloud mounted afresh for each test of a file, heard by the virtual screen reader from the
// empty page on (so that it hears the app from its first moment), on fake timers.
import { afterEach, beforeEach, vi } from 'vitest';
import { mountApp, openLibrary, type AloudApp } from './aloud-app';
import { installDomGaps, removeDomGaps } from './dom-gaps';
import { startListener, type Listener } from './listener';

/** The app and its listener of the test being run. */
export interface HeardApp {
  app: AloudApp;
  listener: Listener;
}

/** Mounts the app before each test of the calling file and takes it down after; the fields fill in per test. */
export function heardAppForEachTest(): HeardApp {
  const session = {} as HeardApp;
  beforeEach(async () => {
    installDomGaps();
    const library = await openLibrary();
    // Timers only: fake IndexedDB schedules with setImmediate, which stays real.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    session.listener = await startListener(document.body, (ms) => vi.advanceTimersByTimeAsync(ms));
    const target = document.body.appendChild(document.createElement('div'));
    session.app = await mountApp(library, target);
  });
  afterEach(async () => {
    await session.listener.virtual.stop();
    session.app.close();
    vi.useRealTimers();
    document.body.replaceChildren();
    removeDomGaps();
  });
  return session;
}

/** A key pressed where focus is, as a browser sends it (the app listens on the window). */
export function pressKey(key: string): void {
  const target = document.activeElement ?? document.body;
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  target.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, cancelable: true }));
}
