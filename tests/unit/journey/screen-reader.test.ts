// @vitest-environment jsdom
// A screen reader's journey through Aloud (issue 14, test 3): the real app, heard through
// Guidepup's virtual screen reader. Each change is said once, and nothing while Aloud speaks.
import { screen } from '@testing-library/dom';
import { expect, it, vi } from 'vitest';
import { heardAppForEachTest, pressKey } from './heard-app';

/**
 * Fake time given for anything to be said: longer than any announcement waits (the
 * announcer's 100 ms, the speed's 600 ms settle), far shorter than the Player's stall
 * watchdog (5 s at least), which would otherwise stop the speech with an error.
 */
const SETTLE_MS = 1000;
/**
 * Between two presses of a burst of speed keys: a brisk typist's pace, and longer than the
 * announcer's delay, so that a speed said at every press would be heard at every press.
 */
const KEY_GAP_MS = 200;

/** What Aloud says of the engine's "audio-hardware" error (speech/speech-errors.ts). */
const AUDIO_ERROR =
  'The device’s audio output is busy or unavailable. Check your speakers or headphones, then press Play.';

const session = heardAppForEachTest();

/** Lets the app's timers run for `ms` of fake time, and its promises settle. */
async function settle(ms = SETTLE_MS): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
}

/** Tabs to the button named `name`: the screen reader follows focus and says it. */
async function focusButton(name: string): Promise<void> {
  screen.getByRole('button', { name }).focus();
  await settle(0);
}

/** Presses the control the screen reader is on. */
async function act(): Promise<void> {
  await session.listener.virtual.act();
  await settle(0);
}

/** What the fake engine is saying now, if anything. */
function speaking(): string | undefined {
  return session.app.engine.current?.request.text;
}

// Each step's phrases are checked softly, so that one step said wrong does not hide the next.
it('given the welcome sample, a screen reader hears each change once, and nothing while Aloud reads', async () => {
  const { engine } = session.app;

  // 1. Open: the sample opens at start. Its paragraphs (the heading and five) and what to
  //    press are said; its title is not (a screen reader reads it from the page).
  let mark = await session.listener.mark();
  await vi.waitFor(() => screen.getByRole('heading', { name: 'Welcome to Aloud' }));
  await settle();
  const opened = await session.listener.announcedSince(mark);
  expect
    .soft(opened, 'opening the sample')
    .toEqual([expect.stringMatching(/^polite: .*\b6 paragraphs\b.*\bPress Play\b/)]);
  expect.soft(opened.join('\n'), 'opening the sample').not.toContain('Welcome to Aloud');

  // 2. Play: the speech and the button turning to Pause are the answer; the screen reader
  //    says nothing at all while Aloud reads the heading and into the first paragraph.
  await focusButton('Play');
  mark = await session.listener.mark();
  await act();
  expect(screen.getByRole('button', { name: 'Pause' })).toBeDefined();
  expect(speaking()).toBe('Welcome to Aloud');
  engine.start();
  engine.boundary(0);
  await settle();
  engine.finish();
  engine.start();
  await settle();
  expect(speaking()).toMatch(/^Aloud reads articles/);
  expect.soft(await session.listener.saidSince(mark), 'while playing').toEqual([]);

  // 3. Pause, on the same button.
  mark = await session.listener.mark();
  await act();
  await settle();
  expect(screen.getByRole('button', { name: 'Play' })).toBeDefined();
  expect.soft(await session.listener.announcedSince(mark), 'pause').toEqual(['polite: Paused']);

  // 4. Next paragraph while paused: where Play will start, with its first sentence (short).
  await focusButton('Next paragraph');
  mark = await session.listener.mark();
  await act();
  await settle();
  expect
    .soft(await session.listener.announcedSince(mark), 'next paragraph')
    .toEqual([
      'polite: Paragraph 3 of 6, sentence 1 of 2: While it reads, the paragraph and the sentence being spoken are highlighted.',
    ]);

  // 5. Speed keys in a burst (+ + + -): the speed is said once, when the burst has ended.
  mark = await session.listener.mark();
  for (const key of ['+', '+', '+', '-']) {
    pressKey(key);
    await settle(KEY_GAP_MS);
  }
  await settle();
  expect
    .soft(await session.listener.announcedSince(mark), 'speed keys')
    .toEqual(['polite: Speed 1.1 times']);

  // 6. Play to the end: nothing while each sentence is read, then the end, once.
  await focusButton('Play');
  mark = await session.listener.mark();
  await act();
  expect(speaking()).toMatch(/^While it reads/);
  while (speaking() !== undefined) {
    expect.soft(await session.listener.saidSince(mark), 'while reading to the end').toEqual([]);
    engine.finish();
    await settle();
  }
  expect(screen.getByRole('button', { name: 'Play' })).toBeDefined();
  expect
    .soft(await session.listener.announcedSince(mark), 'end of the article')
    .toEqual(['polite: Finished reading']);

  // 7. An error while the shortcuts dialog is open: the page outside it is inert, and the
  //    error is heard from the dialog's own live region; said again once it closes (and the
  //    end of reading, which came before the dialog opened, is not).
  await act(); // Play, from the top
  expect(speaking()).toBe('Welcome to Aloud');
  await focusButton('Shortcuts');
  mark = await session.listener.mark();
  await act();
  await vi.waitFor(() =>
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveProperty('open', true),
  );
  await settle(0);
  expect(
    await session.listener.saidSince(mark),
    'the screen reader follows focus into the dialog',
  ).toContain('dialog, Keyboard shortcuts');
  mark = await session.listener.mark();
  engine.fail('audio-hardware');
  // Its words load when an error happens: wait for the state, then for anything more.
  await vi.waitFor(() => screen.getByText(AUDIO_ERROR, { selector: 'p' }));
  await settle();
  expect
    .soft(await session.listener.announcedSince(mark), 'error in the dialog')
    .toEqual([`polite: ${AUDIO_ERROR}`]);

  mark = await session.listener.mark();
  await act(); // Close: focus went to it when the dialog opened.
  await settle();
  expect(screen.queryByRole('dialog')).toBeNull();
  expect
    .soft(await session.listener.announcedSince(mark), 'dialog closed')
    .toEqual([`polite: ${AUDIO_ERROR}`]);
});
