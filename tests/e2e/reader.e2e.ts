import { expect, test, type Page } from '@playwright/test';
import { readFixture } from './support/fixtures';
import {
  currentSentence,
  openAloud,
  pasteArticle,
  progressLine,
  setSpeed,
  status,
  visitedParagraphs,
} from './support/reader-page';
import { SinkRecorder } from './support/sound';
import { readSpeechLog, waitForSpokenText } from './support/speech-log';

test('a fresh load shows the sample, and Play reads every paragraph in order to the end', async ({
  page,
}) => {
  await openAloud(page);
  await expect(page.getByRole('heading', { name: 'Welcome to Aloud' })).toBeVisible();
  await expect(page).toHaveTitle('Welcome to Aloud — Aloud');
  const paragraphs = page.locator('[data-paragraph]');
  const count = await paragraphs.count();
  expect(count).toBeGreaterThanOrEqual(5);
  await setSpeed(page, 3);

  await page.getByRole('button', { name: 'Play' }).click();
  // Play is answered by the speech and the button turning to Pause, not by the live region.
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(status(page)).not.toHaveText('Playing');
  await expect(page).toHaveTitle('▶ Welcome to Aloud — Aloud');
  await expect(status(page)).toHaveText('Finished reading', { timeout: 90_000 });

  expect(await visitedParagraphs(page)).toEqual([...Array(count).keys()]);
  const log = await readSpeechLog(page);
  expect(log.length).toBeGreaterThanOrEqual(count);
  // Every utterance was really spoken, by an English voice (not the engine's Afrikaans default).
  for (const utterance of log) {
    expect(utterance.error).toBeUndefined();
    expect(utterance.endedAt).toBeDefined();
    expect(utterance.voiceName).toMatch(/^English/);
    expect(utterance.rate).toBe(3);
  }
  await expect(page.locator('[aria-current="true"]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});

/** The news fixture's flow, driven by `act` (mouse or keyboard). */
async function newsFlow(
  page: Page,
  act: Record<'play' | 'pause' | 'nextParagraph' | 'nextSentence' | 'stop', () => Promise<void>>,
) {
  await expect(progressLine(page)).toContainText('Paragraph 1 of 19');

  await act.play();
  await waitForSpokenText(page, /^U\.S\. forces prevented/, { until: 'started' });
  await expect(page.locator('[data-paragraph="0"]')).toHaveAttribute('aria-current', 'true');

  await act.nextParagraph();
  await expect(progressLine(page)).toContainText('Paragraph 2 of 19, sentence 1 of');
  await expect(page.locator('[data-paragraph="1"]')).toHaveAttribute('aria-current', 'true');
  await waitForSpokenText(page, /^The detainees were being held/, { until: 'started' });

  await act.nextSentence();
  await expect(progressLine(page)).toContainText('Paragraph 2 of 19, sentence 2 of');
  const sentence = (await currentSentence(page).textContent())?.trim() ?? '';
  expect(sentence.length).toBeGreaterThan(10);
  await waitForSpokenText(page, (u) => sentence.startsWith(u.text), { until: 'started' });

  await act.pause();
  await expect(status(page)).toHaveText('Paused');
  await expect(currentSentence(page)).toHaveText(sentence);
  const spokenBeforeResume = (await readSpeechLog(page)).length;

  await act.play();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(progressLine(page)).toContainText('Paragraph 2 of 19, sentence 2 of');
  // Resuming speaks the same sentence again, from its start.
  await waitForSpokenText(page, (u) => sentence.startsWith(u.text), {
    until: 'started',
    after: spokenBeforeResume,
  });

  await act.stop();
  await expect(status(page)).toHaveText('Stopped');
  await expect(progressLine(page)).toContainText('Paragraph 1 of 19, sentence 1 of');
  await expect(page.locator('[aria-current="true"]')).toHaveCount(0);
  const spokenAtStop = (await readSpeechLog(page)).length;
  await act.play();
  await waitForSpokenText(page, /^U\.S\. forces prevented/, {
    until: 'started',
    after: spokenAtStop,
  });
  await act.pause();
}

test('the news article pasted in: skip, pause and resume at the same sentence, stop to the start', async ({
  page,
}) => {
  await openAloud(page);
  await pasteArticle(page, await readFixture('news-detainee-transfer.txt'));
  const button = (name: string) => () => page.getByRole('button', { name, exact: true }).click();
  await newsFlow(page, {
    play: button('Play'),
    pause: button('Pause'),
    nextParagraph: button('Next paragraph'),
    nextSentence: button('Next sentence'),
    stop: button('Stop'),
  });
});

/** Records the Media Session's handlers and figures as the app sets them, to act as the OS. */
function captureMediaSession(): void {
  const captured = {
    actions: {} as Record<string, (details: { action: string }) => void>,
    positions: [] as (MediaPositionState | undefined)[],
  };
  (window as unknown as { __media: typeof captured }).__media = captured;
  const { setActionHandler, setPositionState } = MediaSession.prototype;
  MediaSession.prototype.setActionHandler = function (action, handler) {
    if (handler) captured.actions[action] = handler as (details: { action: string }) => void;
    return setActionHandler.call(this, action, handler);
  };
  MediaSession.prototype.setPositionState = function (state) {
    captured.positions.push(state);
    return setPositionState.call(this, state);
  };
}

/** Presses a lock-screen button or media key: the action the platform sends the page. */
function mediaAction(page: Page, action: MediaSessionAction) {
  return () =>
    page.evaluate((name) => {
      const media = (
        window as unknown as { __media: { actions: Record<string, (d: object) => void> } }
      ).__media;
      media.actions[name]?.({ action: name });
    }, action);
}

/** What the lock screen shows, and whether the keep-alive signal plays. */
function lockScreen(page: Page) {
  return page.evaluate(() => ({
    title: navigator.mediaSession.metadata?.title,
    album: navigator.mediaSession.metadata?.album,
    artwork: navigator.mediaSession.metadata?.artwork.length ?? 0,
    state: navigator.mediaSession.playbackState,
    signalPlaying: !(document.querySelector('audio') as HTMLAudioElement | null)?.paused,
    position: (
      window as unknown as { __media: { positions: (MediaPositionState | undefined)[] } }
    ).__media.positions.at(-1),
  }));
}

test('the same from the lock screen and media keys (Media Session), which show the article', async ({
  page,
}) => {
  await page.addInitScript(captureMediaSession);
  await openAloud(page);
  await pasteArticle(page, await readFixture('news-detainee-transfer.txt'));
  const title = (await page.locator('#article-title').textContent())?.trim();
  expect(title).toMatch(/^U\.S\. forces prevented/);
  await expect.poll(async () => (await lockScreen(page)).title).toBe(title);
  const idle = await lockScreen(page);
  expect(idle).toMatchObject({ album: 'Aloud', artwork: 2, state: 'paused', signalPlaying: false });
  expect(idle.position?.position).toBe(0);
  // The first Play is the person's own (a browser plays sound only after one).
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(async () => (await lockScreen(page)).signalPlaying).toBe(true);
  expect((await lockScreen(page)).state).toBe('playing');
  await mediaAction(page, 'pause')();
  await expect(status(page)).toHaveText('Paused');
  await expect.poll(async () => (await lockScreen(page)).signalPlaying).toBe(false);
  expect((await lockScreen(page)).state).toBe('paused');

  await newsFlow(page, {
    play: mediaAction(page, 'play'),
    pause: mediaAction(page, 'pause'),
    nextParagraph: mediaAction(page, 'seekforward'),
    nextSentence: mediaAction(page, 'nexttrack'),
    stop: mediaAction(page, 'stop'),
  });
  // Back a paragraph and a sentence, and the lock screen's position follows.
  await mediaAction(page, 'seekforward')();
  await mediaAction(page, 'seekforward')();
  await expect(progressLine(page)).toContainText('Paragraph 3 of 19, sentence 1 of');
  const further = (await lockScreen(page)).position?.position ?? 0;
  await mediaAction(page, 'seekbackward')();
  await expect(progressLine(page)).toContainText('Paragraph 2 of 19, sentence 1 of');
  await expect.poll(async () => (await lockScreen(page)).position?.position).toBeLessThan(further);
  await mediaAction(page, 'nexttrack')();
  await mediaAction(page, 'previoustrack')();
  await expect(progressLine(page)).toContainText('Paragraph 2 of 19, sentence 1 of');
  const { position } = await lockScreen(page);
  expect(position?.duration).toBeGreaterThan(position?.position ?? Infinity);
});

test('the same with the keyboard alone', async ({ page }) => {
  await openAloud(page);
  // Skip link first, then the header's Library link and New article button.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the article' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Library', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'New article' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Article text')).toBeFocused();
  await page.keyboard.insertText(await readFixture('news-detainee-transfer.txt'));
  // Typing in the field never triggers a shortcut.
  await page.keyboard.type('k');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  expect(await readSpeechLog(page)).toEqual([]);
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Read this text' })).toBeFocused();
  await page.keyboard.press('Enter');
  // The panel closes once the text is read in: focus lands on the new article's title, not
  // on the page's top.
  await expect(page.getByRole('region', { name: 'New article' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(page.getByRole('heading', { level: 2 })).toContainText('U.S. forces prevented');

  const key = (name: string) => () => page.keyboard.press(name);
  await newsFlow(page, {
    play: key('k'),
    pause: key('k'),
    nextParagraph: key('n'),
    nextSentence: key('ArrowRight'),
    stop: key('s'),
  });
});

test('Enter on a paragraph reads from there; arrow keys move between paragraphs', async ({
  page,
}) => {
  await openAloud(page);
  await page.getByRole('link', { name: 'Skip to the article' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.locator('[data-paragraph="0"]')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('[data-paragraph="2"]')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-paragraph="2"]')).toHaveAttribute('aria-current', 'true');
  await waitForSpokenText(page, /^While it reads/, { until: 'started' });
  await page.locator('[data-paragraph="4"]').click();
  await expect(page.locator('[data-paragraph="4"]')).toHaveAttribute('aria-current', 'true');
  await waitForSpokenText(page, /^Keys work too/, { until: 'started' });
  await page.keyboard.press('k');
  await expect(status(page)).toHaveText('Paused');
});

test('the help dialog opens with ?, lists the shortcuts, and gives focus back', async ({
  page,
}) => {
  await openAloud(page);
  const play = page.getByRole('button', { name: 'Play' });
  await expect(play).toHaveAttribute('aria-keyshortcuts', 'K Space');
  await play.focus();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('row', { name: /Next paragraph/ })).toContainText('N');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(play).toBeFocused();
});

test('single-key shortcuts can be turned off, and the choice is remembered', async ({ page }) => {
  await openAloud(page);
  await page.getByRole('button', { name: 'Shortcuts' }).click();
  await page.getByRole('checkbox', { name: /Single-key shortcuts/ }).uncheck();
  await page.getByRole('button', { name: 'Close' }).click();
  await page.reload();
  await page.locator('body').press('n');
  await expect(progressLine(page)).toContainText('Paragraph 1 of');
  await page.keyboard.press('?');
  await expect(page.getByRole('checkbox', { name: /Single-key shortcuts/ })).not.toBeChecked();
});

test('speed and voice are remembered between visits, and apply to speech', async ({ page }) => {
  await openAloud(page);
  await page.getByRole('button', { name: 'Voice and speed' }).click();
  await page.getByRole('slider', { name: 'Speed' }).fill('1.5');
  await page.getByLabel('Voice', { exact: true }).selectOption('English (Great Britain) espeak-ng');
  await page.reload();
  await page.getByRole('button', { name: 'Voice and speed' }).click();
  await expect(page.getByRole('slider', { name: 'Speed' })).toHaveValue('1.5');
  await expect(page.getByLabel('Voice', { exact: true })).toHaveValue(
    'English (Great Britain) espeak-ng',
  );
  await page.getByRole('button', { name: 'Play' }).click();
  const spoken = await waitForSpokenText(page, 'Welcome to Aloud', { until: 'started' });
  expect(spoken).toMatchObject({ rate: 1.5, voiceName: 'English (Great Britain) espeak-ng' });
  // A faster speed while speaking restarts the sentence at that speed.
  await page.keyboard.press('+');
  await expect(page.getByText('1.55×')).toBeVisible();
  await waitForSpokenText(page, (u) => Math.abs(u.rate - 1.55) < 0.001, { until: 'started' });
  await page.getByRole('button', { name: 'Pause' }).click();
});

test('a book-length file opens and starts reading at once, without rendering all of it', async ({
  page,
}) => {
  await openAloud(page);
  const paragraphs = 20_000;
  const book = Array.from(
    { length: paragraphs },
    (_, i) => `Chapter line ${i + 1} begins here. It goes on for a while, as books do, and ends.`,
  ).join('\n');
  await page.getByRole('button', { name: 'New article' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open file' }).click();
  await (
    await chooser
  ).setFiles({ name: 'book.txt', mimeType: 'text/plain', buffer: Buffer.from(book) });
  await expect(progressLine(page)).toContainText(`Paragraph 1 of ${paragraphs}`);
  await expect(page.locator('[data-paragraph]').first()).toBeVisible();
  expect(await page.locator('[data-paragraph]').count()).toBeLessThan(1000);
  await page.keyboard.press('k');
  await waitForSpokenText(page, 'Chapter line 1 begins here.', { until: 'started' });
  await page.keyboard.press('n');
  await waitForSpokenText(page, 'Chapter line 2 begins here.', { until: 'started' });
  await page.keyboard.press('k');
  await expect(status(page)).toHaveText('Paused');
});

test('more of a long article appears as the person scrolls, on any height of screen', async ({
  page,
}) => {
  // Taller than the first batch of short lines: the page must keep filling itself.
  await page.setViewportSize({ width: 800, height: 12000 });
  await openAloud(page);
  const lines = Array.from({ length: 400 }, (_, i) => `Line ${i + 1}.`).join('\n\n');
  await pasteArticle(page, lines);
  const more = page.getByText('Loading more of the article…');
  await expect(page.locator('[data-paragraph="0"]')).toBeVisible();
  await expect(more).not.toBeInViewport();
  // Scrolling down to the end of what is shown brings the next lines, to the last one.
  const last = page.locator('[data-paragraph="399"]');
  while ((await last.count()) === 0) {
    const shown = await page.locator('[data-paragraph]').count();
    await more.scrollIntoViewIfNeeded();
    await expect(page.locator('[data-paragraph]')).not.toHaveCount(shown);
  }
  await expect(last).toHaveText('Line 400.');
  await expect(more).toHaveCount(0);
});

test('Play is heard through the speakers, and Pause falls silent at once', async ({ page }) => {
  await openAloud(page);
  const recorder = new SinkRecorder();
  try {
    await expect.poll(() => recorder.seconds).toBeGreaterThan(0.25);
    const before = recorder.seconds;
    await page.getByRole('button', { name: 'Play' }).click();
    await waitForSpokenText(page, 'Welcome to Aloud', { until: 'ended' });
    await waitForSpokenText(page, /^Aloud reads articles/, { until: 'started' });
    await expect.poll(() => recorder.seconds).toBeGreaterThan(before + 2);
    // Speech measured on this engine is RMS ~0.08–0.13; silence is ~0.
    expect(Math.max(...recorder.levels(before))).toBeGreaterThan(0.04);

    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(status(page)).toHaveText('Paused');
    const paused = recorder.seconds;
    await expect.poll(() => recorder.seconds).toBeGreaterThan(paused + 2);
    // Half a second for the engine to stop, then silence.
    expect(Math.max(...recorder.levels(paused + 0.5, paused + 2))).toBeLessThan(0.01);
  } finally {
    recorder.stop();
  }
});

test('a screen reader hears where a move while paused leads, and the speed once after a burst', async ({
  page,
}) => {
  await openAloud(page);
  const paragraphs = await page.locator('[data-paragraph]').count();
  await page.keyboard.press('n');
  await expect(status(page)).toHaveText(new RegExp(`^Paragraph 2 of ${paragraphs}`));
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expect(status(page)).toHaveText('Speed 1.1 times');
  expect(await readSpeechLog(page)).toEqual([]);
});

test('the progress bar and the paragraph Tab reaches say what they are in words', async ({
  page,
}) => {
  await openAloud(page);
  const paragraphs = await page.locator('[data-paragraph]').count();
  await expect(page.getByRole('progressbar', { name: 'Reading progress' })).toHaveAttribute(
    'aria-valuetext',
    `Paragraph 1 of ${paragraphs}`,
  );
  // Tab reaches the article's one tab stop, which says that Enter reads from there.
  await page.locator('[data-paragraph="0"]').focus();
  await expect(page.locator('[data-paragraph="0"]')).toHaveAccessibleDescription(
    'Press Enter to read from here.',
  );
  await expect(page.locator('[data-paragraph="1"]')).not.toHaveAttribute('aria-describedby');
});

test('the end of reading is heard inside the shortcuts dialog, and said again when it closes', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openAloud(page);
  await setSpeed(page, 3);
  // From the last paragraph, with the dialog opened while it is read.
  const last = page.locator('[data-paragraph]').last();
  await last.click();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog.getByRole('status')).toHaveText('Finished reading', { timeout: 60_000 });
  // Watch the page's own region: closing the dialog says it again there.
  await page.evaluate(() => {
    const region = document.querySelector('body > * [role="status"]:not(dialog *)');
    const heard: string[] = [];
    (window as unknown as { __heard: string[] }).__heard = heard;
    new MutationObserver(() => heard.push(region?.textContent ?? '')).observe(region!, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  await page.keyboard.press('Escape');
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __heard: string[] }).__heard))
    .toContain('Finished reading');
});
