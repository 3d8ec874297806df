import { readFixture } from '../e2e/support/fixtures';
import { expect, test } from './fixtures';
import type { JourneyPage } from './journey-page';
import { button, chooseTheme, openNewsAtSpeed3, pasteArticle } from './steps';

// What a person listening on a phone, the screen off, leans on: the lock screen's buttons,
// the sleep timer, and a page that opens in their colours from its first paint.

const NEWS_TITLE = /^U\.S\. forces prevented/;

/** Presses a lock-screen (Media Session) button, as the system would call it. */
async function pressLockScreen(aloud: JourneyPage, action: string): Promise<void> {
  const pressed = await aloud.driver.evaluate((name) => {
    const handler = window.__mediaHandlers?.[name];
    handler?.({ action: name });
    return handler !== undefined;
  }, action);
  expect(pressed, `a handler for "${action}"`).toBe(true);
}

test('the lock screen’s buttons, where the engine has a Media Session: they move, pause and play', async ({
  aloud,
}) => {
  await aloud.open();
  await pasteArticle(aloud, await readFixture('news-detainee-transfer.txt'));
  // At the usual speed: the first sentence lasts seconds, and the pause below comes within it.
  await aloud.click(button('Play'));
  await aloud.waitForSpoken(NEWS_TITLE);

  const session = await aloud.driver.evaluate(
    () =>
      'mediaSession' in navigator
        ? {
            title: navigator.mediaSession.metadata?.title ?? null,
            state: navigator.mediaSession.playbackState,
          }
        : null,
    null,
  );
  const { mediaActions } = await aloud.record();
  test.info().annotations.push({
    type: 'Media Session',
    description: session ? `actions: ${mediaActions.join(', ')}` : 'none in this engine',
  });
  if (!session) {
    // Nothing to press: reading goes on all the same, and no handler was half set.
    expect(mediaActions).toEqual([]);
    await aloud.click(button('Pause'));
    return;
  }
  expect(session.title).toMatch(NEWS_TITLE);
  expect(session.state).toBe('playing');
  expect(mediaActions).toEqual(expect.arrayContaining(['play', 'pause', 'nexttrack']));

  await pressLockScreen(aloud, 'pause');
  await aloud.waitForStatusLine(/^Paused$/);
  await aloud.waitForPlace(/^Paragraph 1 of 19, sentence 1 of 1/);
  expect(await aloud.driver.evaluate(() => navigator.mediaSession.playbackState, null)).toBe(
    'paused',
  );
  // Skipping ahead by paragraph, then by sentence, while paused: nothing reads on meanwhile.
  await pressLockScreen(aloud, 'seekforward');
  await aloud.waitForPlace(/^Paragraph 2 of 19, sentence 1 of 2/);
  await pressLockScreen(aloud, 'seekforward');
  await aloud.waitForPlace(/^Paragraph 3 of 19, sentence 1 of 1/);
  await pressLockScreen(aloud, 'nexttrack');
  await aloud.waitForPlace(/^Paragraph 4 of 19, sentence 1 of/);
  const heard = (await aloud.speechLog()).length;
  await pressLockScreen(aloud, 'play');
  await aloud.waitForSpoken(/^According to the report/, { after: heard });
  expect(await aloud.driver.evaluate(() => navigator.mediaSession.playbackState, null)).toBe(
    'playing',
  );
  await aloud.click(button('Pause'));
});

test('the sleep timer set to the end of the paragraph stops there, says so, and Play goes on', async ({
  aloud,
}) => {
  test.setTimeout(150_000);
  await openNewsAtSpeed3(aloud);
  await aloud.click(button('Voice and speed'));
  await aloud.select({ role: 'combobox', name: 'Sleep timer' }, 'paragraph');
  await aloud.waitForAnnounced(/^Sleep timer set: reading stops at the end of this paragraph\.$/);
  await aloud.click(button('Voice and speed'));
  await aloud.gone({ role: 'combobox', name: 'Sleep timer' });

  await aloud.click(button('Play'));
  await aloud.waitForSpoken(NEWS_TITLE, { until: 'ended' });
  await aloud.waitForAnnounced(/^Sleep timer: reading stopped\. Press Play to go on\.$/, 60_000);
  await aloud.waitForStatusLine(/^Paused$/);
  const stopped = await aloud.speechLog();
  // Nothing of the next paragraph was begun, and the last words were heard to their end.
  expect(stopped.filter((u) => /^The detainees were being held/.test(u.text))).toEqual([]);
  expect(stopped.at(-1)?.endedAt).toBeDefined();

  await aloud.click(button('Play'));
  await aloud.waitForSpoken(/^The detainees were being held/, { after: stopped.length });
  await aloud.click(button('Pause'));
});

test('a theme chosen in Appearance is on the page before its first paint after a reload', async ({
  aloud,
}) => {
  await aloud.open();
  const usual = (await aloud.record()).firstBackground;
  await chooseTheme(aloud, 'Sepia');
  await aloud.waitForFocus(button('Appearance'));

  await aloud.reload();
  const { firstBackground, errors } = await aloud.record();
  expect(firstBackground).toBe('#f4ecd8');
  expect(firstBackground).not.toBe(usual);
  expect(errors).toEqual([]);
});

test('keep the screen on is offered where the engine can, and is kept; what the engine offers is written down', async ({
  aloud,
}) => {
  await aloud.open();
  const offers = await aloud.driver.evaluate(
    () => ({
      wakeLock: 'wakeLock' in navigator,
      installPrompt: 'BeforeInstallPromptEvent' in window,
      webShare: 'share' in navigator,
      serviceWorker: 'serviceWorker' in navigator,
    }),
    null,
  );
  test.info().annotations.push({ type: 'offers', description: JSON.stringify(offers) });
  await aloud.click(button('Voice and speed'));
  // The panel is there (it loads on demand) before what it holds is counted.
  await aloud.find({ role: 'combobox', name: 'Sleep timer' });
  const keepScreenOn = { role: 'checkbox', name: 'Keep the screen on while reading' };
  expect(await aloud.count(keepScreenOn)).toBe(offers.wakeLock ? 1 : 0);
  if (!offers.wakeLock) return;
  await aloud.click(keepScreenOn);
  await aloud.waitForChecked(keepScreenOn);
  await aloud.reload();
  await aloud.click(button('Voice and speed'));
  // Kept after a reload.
  await aloud.waitForChecked(keepScreenOn);
});
