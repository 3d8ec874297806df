// Reading pace, in real Chromium with the real speech engine: the news fixture's first five
// paragraphs read by Aloud (one utterance per chunk, next one spoken on `end`) against the
// same text spoken as ONE utterance, same voice and rate, in the same run. The ratio shows
// the cost of Aloud's gaps between sentences. Needs the audio sink: run via `npm run bench`.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { speechLogInitScript, type SpokenUtterance } from '../tests/e2e/support/speech-log';
import { openNewsInAloud } from './news-in-aloud';

const PORT = 4176;
const RATE = 2;
const VOICE = 'English (America) espeak-ng';
const PARAGRAPHS = 5;
/** Target from the issue: at most 5% slower than one uninterrupted utterance. */
const TARGET_RATIO = 1.05;

export interface ReadingPace {
  aloudS: number;
  singleS: number;
  ratio: number;
  utterances: number;
}

/** Measures Aloud's reading against one utterance of the same text. */
export async function runReadingPaceBench(): Promise<ReadingPace> {
  const { page, close } = await openNewsInAloud(PORT, (page) =>
    page.addInitScript(speechLogInitScript),
  );
  try {
    await page.getByRole('button', { name: 'Voice and speed' }).click();
    await page.getByRole('slider', { name: 'Speed' }).fill(String(RATE));
    await page.getByLabel('Voice', { exact: true }).selectOption(VOICE);

    await page.getByRole('button', { name: 'Play' }).click();
    await page
      .locator(`[data-paragraph="${PARAGRAPHS}"][aria-current="true"]`)
      .waitFor({ timeout: 180_000 });
    await page.getByRole('button', { name: 'Pause' }).click();
    const log = await page.evaluate(() => window.__speechLog ?? []);
    const texts = await page
      .locator('[data-paragraph]')
      .evaluateAll(
        (elements, count) => elements.slice(0, count).map((e) => e.textContent?.trim() ?? ''),
        PARAGRAPHS,
      );
    const read = log.filter((u: SpokenUtterance) => u.endedAt !== undefined && !u.error);
    const first = read[0];
    const last = read.at(-1);
    if (!first?.startedAt || !last?.endedAt) throw new Error('Aloud spoke nothing');
    if (read.some((u) => u.voiceName !== VOICE || u.rate !== RATE)) {
      throw new Error('Aloud did not use the benchmark voice and rate');
    }
    const aloudS = (last.endedAt - first.startedAt) / 1000;

    const singleS = await page.evaluate(
      ({ text, voiceName, rate }) =>
        new Promise<number>((resolve, reject) => {
          const utterance = new SpeechSynthesisUtterance(text);
          const voice = speechSynthesis.getVoices().find((v) => v.name === voiceName);
          if (!voice) return reject(new Error(`no voice ${voiceName}`));
          utterance.voice = voice;
          utterance.lang = voice.lang;
          utterance.rate = rate;
          let startedAt = 0;
          utterance.onstart = () => (startedAt = performance.now());
          utterance.onend = () => resolve((performance.now() - startedAt) / 1000);
          utterance.onerror = (event) => reject(new Error(event.error));
          speechSynthesis.speak(utterance);
        }),
      { text: texts.join('\n'), voiceName: VOICE, rate: RATE },
    );
    return { aloudS, singleS, ratio: aloudS / singleS, utterances: read.length };
  } finally {
    await close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { aloudS, singleS, ratio, utterances } = await runReadingPaceBench();
  console.log(
    `Reading pace (news fixture, first ${PARAGRAPHS} paragraphs, rate ${RATE}, ${VOICE})`,
  );
  console.log(`  Aloud, ${utterances} utterances:     ${aloudS.toFixed(1)} s`);
  console.log(`  One utterance (baseline):    ${singleS.toFixed(1)} s`);
  console.log(
    `  ratio: ${ratio.toFixed(3)}×  (target ≤ ${TARGET_RATIO}: ${ratio <= TARGET_RATIO ? 'OK' : 'OVER'})`,
  );
}
