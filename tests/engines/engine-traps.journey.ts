import { LATE_VOICES_KEY } from './driver/page-hooks';
import { expect, test } from './fixtures';
import type { JourneyPage } from './journey-page';
import { button, openNewsAtSpeed3 } from './steps';

// Safari's known speech traps, which WebKit shares; each is met in every engine.

/** Waits until Aloud itself lists voices: the voice picker is there to open. */
async function voicesListed(aloud: JourneyPage): Promise<void> {
  await aloud.click(button('Voice and speed'));
  await aloud.find({ role: 'combobox', name: 'Voice' });
  await aloud.click(button('Voice and speed'));
  await aloud.gone({ role: 'combobox', name: 'Voice' });
}

test('voices that arrive after the first Play: Aloud waits, primes speech inside the click, then reads', async ({
  aloud,
}) => {
  await aloud.open();
  await aloud.driver.evaluate((key) => localStorage.setItem(key, 'yes'), LATE_VOICES_KEY);
  await aloud.reload();
  await aloud.click(button('Play'));
  await aloud.waitForStatusLine(/voices/i);
  const waiting = await aloud.speechLog();
  // Only the silent primer, spoken inside the click, as iOS requires.
  expect(waiting.map(({ text, gesture }) => ({ text, gesture }))).toEqual([
    { text: ' ', gesture: 'click' },
  ]);
  await aloud.driver.evaluate(() => window.__releaseVoices?.(), null);
  const first = await aloud.waitForSpoken(/^Welcome to Aloud/);
  expect(first.voiceName).not.toBeNull();
  await aloud.click(button('Pause'));
});

test('the first words are spoken inside the person’s click or key press', async ({ aloud }) => {
  await aloud.open();
  await voicesListed(aloud);
  await aloud.click(button('Play'));
  const first = await aloud.waitForSpoken(/./, { until: 'queued' });
  expect(first.gesture).toBe('click');
  await aloud.press('k');
  await aloud.waitForStatusLine(/^Paused$/);
  const after = (await aloud.speechLog()).length;
  await aloud.press('k');
  const resumed = await aloud.waitForSpoken(/./, { until: 'queued', after });
  expect(resumed.gesture).toBe('keydown');
  await aloud.press('k');
});

test('cancel() and speak() at once, again and again: the paragraph moved to is the one heard', async ({
  aloud,
}) => {
  await openNewsAtSpeed3(aloud);
  await aloud.click(button('Play'));
  await aloud.waitForSpoken(/^U\.S\. forces prevented/);
  const after = (await aloud.speechLog()).length;
  for (let step = 0; step < 3; step++) await aloud.press('n');
  await aloud.waitForPlace(/^Paragraph 4 of 19, sentence 1 of/);
  const heard = await aloud.waitForSpoken(/^According to the report/, { after });
  expect(heard.error).toBeUndefined();
  await aloud.waitForCurrentParagraph(3);
  await aloud.click(button('Pause'));
});

test('an utterance whose end never comes: the sentence is said again, and reading goes on', async ({
  aloud,
}) => {
  test.setTimeout(180_000);
  await openNewsAtSpeed3(aloud);
  await aloud.driver.evaluate(() => {
    if (window.__speechTraps) window.__speechTraps.swallowEnds = 1;
  }, null);
  await aloud.click(button('Play'));
  await aloud.waitForSpoken(/^The detainees were being held/, { timeout: 120_000 });
  const said = (await aloud.speechLog()).filter((u) => /^U\.S\. forces prevented/.test(u.text));
  // Once unheard, once again after the watchdog, then on to the next paragraph.
  expect(said).toHaveLength(2);
  await aloud.click(button('Pause'));
});
