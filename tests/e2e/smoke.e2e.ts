// Temporary: proves the pipeline (system Chromium → speech-dispatcher → PulseAudio null sink)
// without the app. To be replaced by tests of the app itself.
import { expect, test } from '@playwright/test';
import { installSpeechLog, waitForSpokenText, waitForVoices } from './support/speech-log';

test('real speech: an English utterance starts and then ends', async ({ page }) => {
  await installSpeechLog(page);
  await page.setContent('<html lang="en"><body></body></html>');
  expect(await waitForVoices(page)).toBeGreaterThan(0);

  const voiceName = await page.evaluate(() => {
    const voices = speechSynthesis.getVoices();
    // The engine's default voice is Afrikaans: always pick one for the text's language.
    const voice =
      voices.find((candidate) => candidate.name === 'English (America) espeak-ng') ??
      voices.find((candidate) => candidate.lang.toLowerCase().startsWith('en'));
    const utterance = new SpeechSynthesisUtterance('Hello world.');
    utterance.lang = voice?.lang ?? 'en-US';
    if (voice) utterance.voice = voice;
    utterance.rate = 2;
    speechSynthesis.speak(utterance);
    return voice?.name ?? null;
  });
  expect(voiceName).toMatch(/english|^en/i);

  const spoken = await waitForSpokenText(page, 'Hello world.', { until: 'ended', timeout: 20_000 });
  expect(spoken.error).toBeUndefined();
  expect(spoken.voiceName).toBe(voiceName);
  expect(spoken.rate).toBe(2);
  expect(spoken.startedAt).toBeDefined();
  expect(spoken.endedAt).toBeGreaterThan(spoken.startedAt ?? Infinity);
});
