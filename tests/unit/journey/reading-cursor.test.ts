// @vitest-environment jsdom
// After Pause or Stop, the F key sends focus, and so a screen reader's reading cursor, to the
// paragraph last read (issue 27): heard through Guidepup's virtual screen reader.
import { screen } from '@testing-library/dom';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { mountApp, openLibrary, type AloudApp } from './aloud-app';
import { installDomGaps, removeDomGaps } from './dom-gaps';
import { startListener, type Listener } from './listener';

let app: AloudApp;
let listener: Listener;

async function settle(ms = 1000): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
}

function pressKey(key: string): void {
  const target = document.activeElement ?? document.body;
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  target.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, cancelable: true }));
}

beforeEach(async () => {
  installDomGaps();
  const library = await openLibrary();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  listener = await startListener(document.body, (ms) => vi.advanceTimersByTimeAsync(ms));
  const target = document.body.appendChild(document.createElement('div'));
  app = await mountApp(library, target);
});

afterEach(async () => {
  await listener.virtual.stop();
  app.close();
  vi.useRealTimers();
  document.body.replaceChildren();
  removeDomGaps();
});

it('after Stop, F puts the screen reader on the paragraph last read, and it reads it', async () => {
  const { engine } = app;
  await vi.waitFor(() => screen.getByRole('heading', { name: 'Welcome to Aloud' }));
  await settle();
  screen.getByRole('button', { name: 'Play' }).focus();
  await settle(0);
  await listener.virtual.act();
  await settle(0);
  // Through the title and the first paragraph, into the second, sentence by sentence.
  const thirdIsRead = () => document.querySelector('[data-paragraph="2"][aria-current]') !== null;
  for (let sentence = 0; sentence < 8 && !thirdIsRead(); sentence++) {
    engine.start();
    engine.finish();
    await settle(0);
  }
  const third = document.querySelector<HTMLElement>('[data-paragraph="2"]');
  expect(third?.getAttribute('aria-current')).toBe('true');
  pressKey('s');
  await settle();
  expect(screen.getByRole('button', { name: 'Play' })).toBeDefined();

  const mark = await listener.mark();
  pressKey('f');
  await settle();
  expect(document.activeElement).toBe(third);
  expect(await listener.saidSince(mark)).toEqual(['paragraph, Press Enter to read from here.']);
  // The reading cursor is there: reading on says that paragraph's words.
  await listener.virtual.next();
  expect(await listener.virtual.lastSpokenPhrase()).toBe((third?.textContent ?? '').trim());
});
