// Listening modes with real speech (espeak-ng through speech-dispatcher): set pauses, study
// stops, repeats, the A–B loop, and the speed cap the engine puts on fast rates.
import { expect, test, type Page } from '@playwright/test';
import {
  openAloud,
  openVoicePanel,
  pasteArticle,
  setSpeed,
  status,
  statusLine,
} from './support/reader-page';
import { readSpeechLog, waitForSpokenText, type SpokenUtterance } from './support/speech-log';

const SHORT_SENTENCES = [
  'Listening modes',
  '',
  'The cat sat down. The dog ran off. The bird sang well.',
  '',
  'Rain came at noon. It stopped at one.',
].join('\n');

/** Sentences long enough to be heard for over a second even at 4× (a pace is then measured). */
const CAP_SENTENCES = [
  'Tide tables',
  '',
  'The harbour master posts the times of high and low water on the board by the slipway every Monday morning.',
  '',
  'At the spring tides the water reaches the top step of the old stone quay, and the boats are watched all night.',
].join('\n');

/** Opens the short article at 3×, focus on its title, where the keys act. */
async function openShortSentences(page: Page): Promise<void> {
  await openAloud(page);
  await pasteArticle(page, SHORT_SENTENCES);
  await setSpeed(page, 3);
  await page.locator('#article-title').focus();
}

/** Sets a pause slider, and checks what a screen reader hears of it. */
async function setPause(page: Page, name: string, seconds: number): Promise<void> {
  const slider = page.getByRole('slider', { name });
  await slider.fill(String(seconds));
  await expect(slider).toHaveAttribute(
    'aria-valuetext',
    seconds === 0 ? 'None' : `${seconds} second${seconds === 1 ? '' : 's'}`,
  );
}

/** Silence between each utterance's end and the next one's start, in ms, as the page timed it. */
function gaps(log: SpokenUtterance[]): { after: string; ms: number }[] {
  return log.slice(1).map((utterance, index) => {
    const before = log[index];
    return { after: before?.text ?? '', ms: (utterance.startedAt ?? 0) - (before?.endedAt ?? 0) };
  });
}

/** What was said, the silent utterance that readies the engine at the first Play left out. */
async function spoken(page: Page): Promise<SpokenUtterance[]> {
  return (await readSpeechLog(page)).filter((utterance) => utterance.text.trim() !== '');
}

/** Reads the article from the top to the end, and gives the gaps heard. */
async function readThrough(page: Page) {
  const spokenBefore = (await spoken(page)).length;
  await page.locator('#article-title').focus();
  await page.keyboard.press('s');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(statusLine(page)).toHaveText('Playing');
  await expect(status(page)).toHaveText('Finished reading', { timeout: 60_000 });
  const log = (await spoken(page)).slice(spokenBefore);
  expect(
    log.map((utterance) => utterance.endedAt !== undefined),
    JSON.stringify(log),
  ).not.toContain(false);
  return gaps(log);
}

test('a set pause after each sentence and paragraph is heard as set, at a high speed too', async ({
  page,
}) => {
  await openAloud(page);
  await pasteArticle(page, SHORT_SENTENCES);
  await setSpeed(page, 3);
  // Reading as usual first: the engine's own gap between utterances, on this machine now.
  const usual = await readThrough(page);

  await openVoicePanel(page);
  await setPause(page, 'Pause after each sentence', 1);
  await setPause(page, 'Pause after each paragraph', 2);
  const paused = await readThrough(page);

  expect(paused.map((gap) => gap.after)).toEqual(usual.map((gap) => gap.after));
  const added = paused.map((gap, index) => ({
    after: gap.after,
    ms: Math.round(gap.ms - (usual[index]?.ms ?? 0)),
  }));
  const paragraphEnds = new Set(['Listening modes', 'The bird sang well.']);
  for (const gap of added) {
    const set = paragraphEnds.has(gap.after) ? 2000 : 1000;
    // A set time: not stretched or shrunk by the speed (3×), within the engine's jitter.
    expect(gap.ms, `the pause after "${gap.after}" (${JSON.stringify(added)})`).toBeGreaterThan(
      set - 250,
    );
    expect(gap.ms, `the pause after "${gap.after}" (${JSON.stringify(added)})`).toBeLessThan(
      set + 250,
    );
  }
});

test('study: each sentence said twice, reading pauses after each paragraph, Play goes on (keys)', async ({
  page,
}) => {
  await openShortSentences(page);
  await page.keyboard.press('o');
  await expect(status(page)).toHaveText(
    'Study mode: reading pauses after each sentence. Play goes on.',
  );
  await page.keyboard.press('o');
  await expect(status(page)).toHaveText(
    'Study mode: reading pauses after each paragraph. Play goes on.',
  );
  await page.keyboard.press('r');
  await expect(status(page)).toHaveText('Each sentence is said 2 times.');

  await page.keyboard.press('k');
  await waitForSpokenText(page, 'Listening modes', { until: 'queued' });
  await expect(statusLine(page)).toHaveText('Paused', { timeout: 30_000 });
  expect((await spoken(page)).map((utterance) => utterance.text)).toEqual([
    'Listening modes',
    'Listening modes',
  ]);

  await page.keyboard.press('k');
  await expect(statusLine(page)).toHaveText('Playing');
  await expect(statusLine(page)).toHaveText('Paused', { timeout: 30_000 });
  const log = await spoken(page);
  expect(log.map((utterance) => utterance.text)).toEqual([
    'Listening modes',
    'Listening modes',
    'The cat sat down.',
    'The cat sat down.',
    'The dog ran off.',
    'The dog ran off.',
    'The bird sang well.',
    'The bird sang well.',
  ]);
  expect(log.every((utterance) => utterance.endedAt !== undefined)).toBe(true);
  // Paused at the next paragraph's start, which Play reads.
  await expect(page.locator('[data-paragraph="2"]')).toHaveAttribute('aria-current', 'true');
});

test('an A–B loop set with the keys reads its sentences over and over, shown and said, until cleared', async ({
  page,
}) => {
  await openShortSentences(page);
  // To "The dog ran off." and start the loop there, then its end at "The bird sang well.".
  for (const key of ['n', 'l']) await page.keyboard.press(key);
  await page.keyboard.press('a');
  await expect(status(page)).toHaveText(
    'Loop starts at paragraph 2, sentence 2. Set its end with B where it should end.',
  );
  await page.keyboard.press('l');
  await page.keyboard.press('b');
  const words = 'Looping from paragraph 2, sentence 2 to paragraph 2, sentence 3';
  await expect(status(page)).toHaveText(`${words}.`);
  await expect(page.locator('.progress .loop')).toHaveText(words);
  await expect(page.locator('.looped')).toHaveCount(1);
  await expect(page.locator('.looped')).toHaveAttribute('data-paragraph', '1');

  await page.keyboard.press('k');
  await expect
    .poll(async () => (await spoken(page)).filter((u) => u.endedAt).length, {
      timeout: 30_000,
    })
    .toBeGreaterThanOrEqual(4);
  expect((await readSpeechLog(page)).slice(0, 4).map((utterance) => utterance.text)).toEqual([
    'The bird sang well.',
    'The dog ran off.',
    'The bird sang well.',
    'The dog ran off.',
  ]);

  await page.keyboard.press('x');
  await expect(status(page)).toHaveText('Loop cleared: reading goes on to the end.');
  await expect(page.locator('.looped')).toHaveCount(0);
  await waitForSpokenText(page, 'It stopped at one.', { timeout: 30_000 });
});

test('where the engine caps the speed, the panel says how fast the voice was heard', async ({
  page,
}) => {
  await openAloud(page);
  await pasteArticle(page, CAP_SENTENCES);
  await setSpeed(page, 1.5);
  await page.getByRole('button', { name: 'Play' }).click();
  // A chunk heard for over a second at 1.5×: the voice's pace there.
  const first = await waitForSpokenText(
    page,
    (utterance) => (utterance.endedAt ?? 0) - (utterance.startedAt ?? Infinity) >= 1000,
    { timeout: 60_000 },
  );
  expect(first.rate).toBe(1.5);

  await openVoicePanel(page);
  const cap = page.getByText(/heard reading no faster than about/);
  await expect(cap).toHaveCount(0);
  await page.getByRole('button', { name: '4.0 times' }).click();
  await expect(page.getByRole('slider', { name: 'Speed' })).toHaveAttribute(
    'aria-valuetext',
    '4.0 times',
  );
  const fast = await waitForSpokenText(
    page,
    (utterance) =>
      utterance.rate === 4 && (utterance.endedAt ?? 0) - (utterance.startedAt ?? Infinity) >= 1000,
    { timeout: 60_000 },
  );
  // Chromium on Linux gives speech-dispatcher no rate beyond 3×.
  await expect(cap).toHaveText(
    /This voice was heard reading no faster than about [23]\.\d×: the device's speech\s+caps its speed\./,
  );
  await expect(page.getByRole('slider', { name: 'Speed' })).toHaveAccessibleDescription(
    await cap.innerText(),
  );
  expect(fast.error).toBeUndefined();
});

test('the voice panel says what the reading voice was seen to do on this device, after a reload too', async ({
  page,
}) => {
  await openAloud(page);
  await page.getByRole('button', { name: 'Play' }).click();
  // A chunk heard for over a second gives the voice's pace.
  await waitForSpokenText(
    page,
    (utterance) => (utterance.endedAt ?? 0) - (utterance.startedAt ?? Infinity) >= 1000,
    { timeout: 60_000 },
  );
  await page.getByRole('button', { name: 'Pause' }).click();
  const seen = /^Heard on this device: reports no words · about \d+ characters a second at 1×\.$/;
  await openVoicePanel(page);
  await expect(page.locator('#voice-seen')).toHaveText(seen);
  await expect(
    page.getByRole('combobox', { name: 'Voice', exact: true }),
  ).toHaveAccessibleDescription(seen);

  await page.reload();
  await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
  await openVoicePanel(page);
  await expect(page.locator('#voice-seen')).toHaveText(seen);
});
