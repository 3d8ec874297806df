import { readFixture } from '../e2e/support/fixtures';
import { expect, test } from './fixtures';
import { button, pasteArticle, setSpeed } from './steps';

test('first load: the sample shows with no page error, and after a reload the service worker controls the page', async ({
  aloud,
}) => {
  await aloud.open();
  await aloud.find({ role: 'heading', level: 2, name: 'Welcome to Aloud' });
  await aloud.find(button('Play'));
  await aloud.waitFor(
    'the service worker to be active',
    async () => (await navigator.serviceWorker.ready).active !== null,
    null,
  );
  await aloud.reload();
  await aloud.waitFor(
    'the service worker to control the page',
    () => navigator.serviceWorker.controller !== null,
    null,
  );
  expect((await aloud.record()).errors).toEqual([]);
});

test('the news article pasted in: paragraph 1 is read and marked, and its clutter lines are never spoken', async ({
  aloud,
}) => {
  await aloud.open();
  await pasteArticle(aloud, await readFixture('news-detainee-transfer.txt'));
  await aloud.find({ role: 'heading', level: 2, name: /^U\.S\. forces prevented/ });
  await setSpeed(aloud, 3);

  await aloud.click(button('Play'));
  const first = await aloud.waitForSpoken(/^U\.S\. forces prevented/);
  await aloud.waitForCurrentParagraph(0);
  // A voice for the article's language, never the engine's default for another.
  expect(first.lang).toMatch(/^en/);

  // From paragraph 7, reading runs on past the related link (paragraphs 8 and 9).
  const before = (await aloud.speechLog()).length;
  await aloud.driver.click(
    (await aloud.driver.evaluateElement(
      () => document.querySelector('[data-paragraph="6"]'),
      null,
    ))!,
  );
  await aloud.waitForSpoken(/^Over the course of several weeks/, {
    after: before,
    timeout: 90_000,
  });
  const spoken = (await aloud.speechLog()).slice(before).map((utterance) => utterance.text);
  expect(spoken.join(' ')).toContain('The Office of the Director of National Intelligence');
  expect(spoken.join(' ')).not.toContain('Read More');
  // No engine here sends word boundaries; the sentence mark followed all the same.
  expect((await aloud.record()).visited).toEqual(expect.arrayContaining([0, 6, 9]));
  await aloud.click(button('Pause'));
  await aloud.waitForStatusLine(/^Paused$/);
});
