import { fixturePath, readFixture } from '../e2e/support/fixtures';
import { expect, test } from './fixtures';
import { startJourneyServer } from './journey-server';
import { button, pasteArticle, setSpeed } from './steps';

const TIDE_POOLS = 'Tide pools are disappearing faster than expected';

test('a saved web page opened as a file is brought in through the worker, and only its article is read', async ({
  aloud,
}) => {
  await aloud.open();
  await aloud.click(button('New article'));
  await aloud.find(button('Open file'));
  const input = await aloud.driver.evaluateElement(
    () => document.querySelector('input[type="file"]'),
    null,
  );
  expect(input).not.toBeNull();
  await aloud.driver.uploadFile(input!, fixturePath('web-page.html'));
  await aloud.find({ role: 'heading', level: 2, name: TIDE_POOLS });
  await aloud.waitFor(
    'the source line',
    () => document.body.textContent?.includes('web-page.html · 13 paragraphs') ?? false,
    null,
  );
  await aloud.waitFor(
    'the address of a saved article',
    () => location.hash.startsWith('#/read/'),
    null,
  );
  await aloud.click(button('Play'));
  await aloud.waitForSpoken(new RegExp(`^${TIDE_POOLS}`));
  await aloud.click(button('Pause'));
  const text = await aloud.driver.evaluate(
    () => document.querySelector('main')?.textContent ?? '',
    null,
  );
  // The page around the article (its navigation, adverts and comments) is not brought in.
  expect(text).not.toMatch(/Subscribe|Advertisement|Comments/);
  expect((await aloud.record()).errors).toEqual([]);
});

test('offline: the app, the saved article at its place and its voice all work with the network gone', async ({
  driver,
}) => {
  const { JourneyPage } = await import('./journey-page');
  const { server, origin } = await startJourneyServer();
  const aloud = new JourneyPage(driver, origin);
  try {
    await aloud.open();
    await aloud.waitFor(
      'the service worker to be ready',
      async () => (await navigator.serviceWorker.ready).active !== null,
      null,
    );
    await aloud.reload();
    await aloud.waitFor(
      'a controlled page',
      () => navigator.serviceWorker.controller !== null,
      null,
    );
    await pasteArticle(aloud, await readFixture('news-detainee-transfer.txt'));
    await setSpeed(aloud, 3);
    await aloud.click(button('Play'));
    const online = await aloud.waitForSpoken(/^U\.S\. forces prevented/);
    await aloud.click(button('Next paragraph'));
    await aloud.waitForSpoken(/^The detainees were being held/);
    await aloud.click(button('Pause'));
    await aloud.waitForStatusLine(/^Paused$/);

    // The network goes: the driver's offline mode where it has one, and the server in any case.
    const cutOff = await driver.setOffline(true);
    await server.close();
    await aloud.reload();
    if (cutOff) expect(await driver.evaluate(() => navigator.onLine, null)).toBe(false);
    await aloud.find({ role: 'heading', level: 2, name: /^U\.S\. forces prevented/ });
    await aloud.waitForPlace(/^Paragraph 2 of 19, sentence 1 of/);
    await aloud.click(button('Play'));
    const offline = await aloud.waitForSpoken(/^The detainees were being held/, { until: 'ended' });
    // The same voice as online: the engine's voices are on the device.
    expect(offline.voiceName).toBe(online.voiceName);
    expect(offline.error).toBeUndefined();
    await aloud.click(button('Pause'));
    // The library lists it, offline too.
    await aloud.click({ role: 'link', name: 'Library' });
    await aloud.find({ role: 'link', name: /^U\.S\. forces prevented/ });
  } finally {
    await driver.setOffline(false);
    await server.close().catch(() => undefined);
  }
});
