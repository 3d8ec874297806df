// @vitest-environment jsdom
// After Pause or Stop, the F key sends focus, and so a screen reader's reading cursor, to the
// paragraph last read (issue 27): heard through Guidepup's virtual screen reader.
import { screen } from '@testing-library/dom';
import { expect, it, vi } from 'vitest';
import { heardAppForEachTest, pressKey } from './heard-app';

const session = heardAppForEachTest();

async function settle(ms = 1000): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
}

it('after Stop, F puts the screen reader on the paragraph last read, and it reads it', async () => {
  const { engine } = session.app;
  await vi.waitFor(() => screen.getByRole('heading', { name: 'Welcome to Aloud' }));
  await settle();
  screen.getByRole('button', { name: 'Play' }).focus();
  await settle(0);
  await session.listener.virtual.act();
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

  const mark = await session.listener.mark();
  pressKey('f');
  await settle();
  expect(document.activeElement).toBe(third);
  expect(await session.listener.saidSince(mark)).toEqual([
    'paragraph, Press Enter to read from here.',
  ]);
  // The reading cursor is there: reading on says that paragraph's words.
  await session.listener.virtual.next();
  expect(await session.listener.virtual.lastSpokenPhrase()).toBe((third?.textContent ?? '').trim());
});
