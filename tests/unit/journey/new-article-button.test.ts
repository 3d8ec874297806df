// @vitest-environment jsdom
// New article opens a panel that loads on demand. A screen reader told "expanded" follows
// aria-controls to what was opened: it must be in the page from that moment, not only once
// the panel's code has arrived (axe flags the gap, and so would a screen reader).
import { screen } from '@testing-library/dom';
import { flushSync } from 'svelte';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { mountApp, openLibrary, type AloudApp } from './aloud-app';
import { installDomGaps, removeDomGaps } from './dom-gaps';

let app: AloudApp;

/** The panel warms the importer's worker when it opens; jsdom has no workers. */
class IdleWorker extends EventTarget {
  postMessage(): void {}
  terminate(): void {}
}

beforeEach(async () => {
  installDomGaps();
  vi.stubGlobal('Worker', IdleWorker);
  const target = document.body.appendChild(document.createElement('div'));
  app = await mountApp(await openLibrary(), target);
});

afterEach(() => {
  app.close();
  document.body.replaceChildren();
  removeDomGaps();
  vi.unstubAllGlobals();
});

it('New article says it is expanded only over a panel that is already in the page', async () => {
  const button = screen.getByRole('button', { name: 'New article' });
  expect(button.getAttribute('aria-expanded')).toBe('false');

  button.click();
  flushSync();
  expect(button.getAttribute('aria-expanded')).toBe('true');
  const controlled = document.getElementById(button.getAttribute('aria-controls') ?? '');
  expect(controlled, 'what New article controls, before the panel has loaded').not.toBeNull();

  // Once loaded, the panel is inside it: its text box is what the person came for.
  const box = await screen.findByRole('textbox', { name: 'Article text' });
  expect(controlled?.contains(box)).toBe(true);
});
