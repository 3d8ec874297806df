import { expect, test } from './fixtures';
import type { JourneyPage } from './journey-page';
import { button, openNewsAtSpeed3 } from './steps';

// The voice and speed panel in each engine, with the engine's own voices: it opens, lists
// local voices as local, and the voice chosen is the one heard.

const VOICE = { role: 'combobox', name: 'Voice' };

interface VoiceOption {
  value: string;
  label: string;
}

/** The Voice picker's options, "Automatic (…)" first. */
function voiceOptions(aloud: JourneyPage): Promise<VoiceOption[]> {
  return aloud.find(VOICE).then((select) =>
    aloud.driver.evaluateOn(
      select,
      (element) =>
        [...(element as HTMLSelectElement).options].map((option) => ({
          value: option.value,
          label: option.text,
        })),
      null,
    ),
  );
}

/** The text of the sentence marked as being read, or null. */
function markedSentence(aloud: JourneyPage): Promise<string | null> {
  return aloud.driver.evaluate(
    () => document.querySelector('.current-sentence')?.textContent?.trim() ?? null,
    null,
  );
}

test('the voice panel opens, shows local voices without a network badge, and the voice chosen is heard', async ({
  aloud,
}) => {
  await openNewsAtSpeed3(aloud);
  await aloud.click(button('Voice and speed'));
  const options = await voiceOptions(aloud);
  const [automatic, ...voices] = options;
  const engineVoices = await aloud.driver.evaluate(() => speechSynthesis.getVoices().length, null);
  test.info().annotations.push({
    type: 'voices',
    description: `${engineVoices} in the engine; ${voices.length} for English`,
  });
  expect(automatic?.label).toMatch(/^Automatic \(.+\)$/);
  expect(voices.length).toBeGreaterThan(1);
  // This machine's voices are all on the device (espeak-ng, flite): none needs the network.
  expect(voices.filter((voice) => voice.label.includes('needs the network'))).toEqual([]);
  // Each option is its own voice: no two share an id (WebKitGTK gives them all voiceURI "").
  expect(new Set(voices.map((voice) => voice.value)).size).toBe(voices.length);

  // Another voice than the automatic one.
  const automaticName = automatic?.label.slice('Automatic ('.length, -1);
  const chosen = voices.find((voice) => voice.label !== automaticName);
  expect(chosen).toBeDefined();
  await aloud.select(VOICE, chosen!.value);
  await aloud.click(button('Voice and speed'));
  await aloud.gone(VOICE);
  await aloud.click(button('Play'));
  const heard = await aloud.waitForSpoken(/^U\.S\. forces prevented/);
  expect(heard.voiceName).toBe(chosen!.label);
  await aloud.click(button('Pause'));

  // The choice is kept: the panel shows it after a reload.
  await aloud.reload();
  await aloud.click(button('Voice and speed'));
  expect(
    await aloud.driver.evaluateOn(
      await aloud.find(VOICE),
      (s) => (s as HTMLSelectElement).value,
      null,
    ),
  ).toBe(chosen!.value);
});

test('without word boundaries from the engine, the sentence mark still follows the reading', async ({
  aloud,
}) => {
  await openNewsAtSpeed3(aloud);
  await aloud.click(button('Next paragraph'));
  await aloud.waitForPlace(/^Paragraph 2 of 19, sentence 1 of 2/);
  await aloud.click(button('Play'));
  const first = await aloud.waitForSpoken(/^The detainees were being held/, { until: 'ended' });
  await aloud.waitFor(
    'the second sentence to be marked',
    () => document.querySelector('.current-sentence')?.textContent?.trim().startsWith('ISIS lost'),
    null,
  );
  await aloud.waitForPlace(/^Paragraph 2 of 19, sentence 2 of 2/);
  const second = await aloud.waitForSpoken(/^ISIS lost its territorial/, { until: 'ended' });
  await aloud.waitForCurrentParagraph(2);
  await aloud.click(button('Pause'));
  await aloud.waitForStatusLine(/^Paused$/);
  // Paused, the sentence marked is the one the place names.
  const place = await aloud.waitForPlace(/^Paragraph \d+ of 19, sentence \d+ of/);
  const marked = await markedSentence(aloud);
  expect(marked, place).not.toBeNull();

  // Each sentence was said once: none stalled for want of its `end` and was said again.
  const said = (await aloud.speechLog()).map((u) => u.text).filter((t) => t.trim() !== '');
  expect(said.filter((text, i) => said.indexOf(text) !== i)).toEqual([]);

  const boundaries = first.boundaries + second.boundaries;
  test
    .info()
    .annotations.push({ type: 'word boundaries', description: `${boundaries} on 2 utterances` });
  // Where none came, no word is marked: a stale word mark would be worse than none.
  if (boundaries === 0) {
    expect(
      await aloud.driver.evaluate(() => document.querySelector('.current-word'), null),
    ).toBeNull();
  }
});
