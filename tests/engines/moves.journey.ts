import { expect, test } from './fixtures';
import type { JourneyPage } from './journey-page';
import { button, openNewsAtSpeed3, setSpeed } from './steps';

const CURRENT_SENTENCE = '[aria-current="true"] .current-sentence';

async function openNews(aloud: JourneyPage): Promise<void> {
  await openNewsAtSpeed3(aloud);
}

/** Utterances from now on: the log's length, to wait for what comes after it. */
const now = async (aloud: JourneyPage) => (await aloud.speechLog()).length;

test('next and previous sentence and paragraph; pause and resume at the same sentence; a new speed from the next utterance', async ({
  aloud,
}) => {
  await openNews(aloud);
  await aloud.click(button('Play'));
  await aloud.waitForSpoken(/^U\.S\. forces prevented/);

  let after = await now(aloud);
  await aloud.click(button('Next paragraph'));
  await aloud.waitForPlace(/^Paragraph 2 of 19, sentence 1 of/);
  await aloud.waitForCurrentParagraph(1);
  await aloud.waitForSpoken(/^The detainees were being held/, { after });

  after = await now(aloud);
  await aloud.click(button('Next sentence'));
  await aloud.waitForPlace(/^Paragraph 2 of 19, sentence 2 of/);
  const second = (await aloud.cssText(CURRENT_SENTENCE)) ?? '';
  expect(second).toMatch(/^ISIS lost its territorial caliphate/);
  await aloud.waitForSpoken(/^ISIS lost its territorial caliphate/, { after });

  after = await now(aloud);
  await aloud.click(button('Previous sentence'));
  await aloud.waitForPlace(/^Paragraph 2 of 19, sentence 1 of/);
  await aloud.waitForSpoken(/^The detainees were being held/, { after });

  after = await now(aloud);
  await aloud.click(button('Previous paragraph'));
  await aloud.waitForPlace(/^Paragraph 1 of 19, sentence 1 of/);
  await aloud.waitForCurrentParagraph(0);
  await aloud.waitForSpoken(/^U\.S\. forces prevented/, { after });

  // Pause keeps the place; Play says that same sentence again, from its start.
  await aloud.click(button('Next paragraph'));
  await aloud.click(button('Next sentence'));
  await aloud.waitForPlace(/^Paragraph 2 of 19, sentence 2 of/);
  await aloud.click(button('Pause'));
  await aloud.waitForStatusLine(/^Paused$/);
  expect(await aloud.cssText(CURRENT_SENTENCE)).toBe(second);
  after = await now(aloud);
  await aloud.click(button('Play'));
  const resumed = await aloud.waitForSpoken(/^ISIS lost its territorial caliphate/, { after });
  expect(resumed.rate).toBe(3);
  await aloud.waitForPlace(/^Paragraph 2 of 19, sentence 2 of/);

  // A new speed, chosen while reading, is the speed of what is said next.
  await aloud.click(button('Voice and speed'));
  const slider = { role: 'slider', name: 'Speed' };
  after = await now(aloud);
  await aloud.fill(slider, '1.5');
  await aloud.waitForAttribute(slider, 'aria-valuetext', '1.5 times');
  const next = await aloud.waitForSpoken(/./, { after, until: 'queued' });
  expect(next.rate).toBe(1.5);
  await aloud.click(button('Voice and speed'));
  await aloud.click(button('Pause'));
  await aloud.waitForStatusLine(/^Paused$/);
});

test('after a reload the article reopens from the library at its place, and Play speaks from there', async ({
  aloud,
}) => {
  await openNews(aloud);
  await aloud.click(button('Play'));
  await aloud.waitForSpoken(/^U\.S\. forces prevented/);
  await aloud.click(button('Next paragraph'));
  await aloud.click(button('Next paragraph'));
  await aloud.waitForPlace(/^Paragraph 3 of 19, sentence 1 of/);
  await aloud.waitForSpoken(/^A senior U\.S\. intelligence official/);
  await aloud.click(button('Pause'));
  await aloud.waitForStatusLine(/^Paused$/);

  await aloud.reload();
  await aloud.find({ role: 'heading', level: 2, name: /^U\.S\. forces prevented/ });
  await aloud.waitForPlace(/^Paragraph 3 of 19, sentence 1 of/);
  expect(await aloud.speechLog()).toEqual([]);
  await aloud.click(button('Play'));
  const first = await aloud.waitForSpoken(/./);
  expect(first.text).toMatch(/^A senior U\.S\. intelligence official/);
  await aloud.click(button('Pause'));
});

test('the keyboard alone: K, N, the arrows and S move reading; Enter on a paragraph reads from there', async ({
  aloud,
}) => {
  await aloud.open();
  await setSpeed(aloud, 3);
  // The skip link leads to the article; Tab then reaches its first paragraph.
  const skip = await aloud.find({ role: 'link', name: 'Skip to the article' });
  await aloud.driver.evaluateOn(skip, (link) => (link as HTMLElement).focus(), null);
  await aloud.press('Enter');
  await aloud.press('Tab');
  const inFocus = () => (document.activeElement as HTMLElement | null)?.dataset.paragraph ?? null;
  const focusedParagraph = () => aloud.driver.evaluate(inFocus, null);
  await aloud.waitFor('a paragraph to have focus', inFocus, null);
  expect(await focusedParagraph()).toBe('0');
  await aloud.press('ArrowDown');
  await aloud.press('ArrowDown');
  expect(await focusedParagraph()).toBe('2');
  await aloud.press('Enter');
  await aloud.waitForCurrentParagraph(2);
  await aloud.waitForSpoken(/^While it reads/);

  let after = await now(aloud);
  await aloud.press('n');
  await aloud.waitForCurrentParagraph(3);
  await aloud.waitForSpoken(/./, { after });
  after = await now(aloud);
  await aloud.press('ArrowRight');
  await aloud.waitForPlace(/^Paragraph 4 of \d+, sentence 2 of/);
  await aloud.waitForSpoken(/./, { after });
  await aloud.press('k');
  await aloud.waitForStatusLine(/^Paused$/);
  after = await now(aloud);
  await aloud.press('k');
  await aloud.waitForSpoken(/./, { after });
  await aloud.waitForPlace(/^Paragraph 4 of \d+, sentence 2 of/);
  await aloud.press('s');
  await aloud.waitForAnnounced(/^Stopped$/);
  await aloud.waitForPlace(/^Paragraph 1 of \d+, sentence 1 of/);
});
