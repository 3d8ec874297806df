// Titles before a name are spoken in full by a real voice in each language (issue 26): the page
// gives espeak-ng "Herr Weber", not "Hr. Weber" (which it says as "ha er" and a full stop's
// pause). What the voice makes of the utterance is checked with espeak-ng itself, the engine
// that spoke it: its phonemes for the utterance begin with those of the title's word.
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { openAloud, pasteArticle, setSpeed } from './support/reader-page';
import { readSpeechLog, waitForSpokenText } from './support/speech-log';

/**
 * One paragraph per language, each opening with a title before a name; its first sentence as
 * the voice is given it, and the title's word as said.
 */
const PARAGRAPHS = [
  {
    lang: 'de',
    voice: /^German/,
    text: 'Hr. Weber kam gestern sehr spät nach Hause. Er hatte den ganzen Tag im Büro gearbeitet und war müde.',
    spoken: 'Herr Weber kam gestern sehr spät nach Hause.',
    word: 'Herr',
  },
  {
    lang: 'es',
    voice: /^Spanish/,
    text: 'La Sra. García llegó tarde a la reunión. Todos la estaban esperando desde hacía una hora en la oficina.',
    spoken: 'La Señora García llegó tarde a la reunión.',
    word: 'Señora',
  },
  {
    lang: 'fr',
    voice: /^French/,
    text: 'M. Dupont est arrivé à la gare avec sa famille. Ils attendaient le train depuis une heure et demie.',
    spoken: 'Monsieur Dupont est arrivé à la gare avec sa famille.',
    word: 'Monsieur',
  },
  {
    lang: 'it',
    voice: /^Italian/,
    text: 'Il Sig. Rossi è arrivato in ufficio questa mattina. Tutti i colleghi lo stavano aspettando con grande pazienza.',
    spoken: 'Il Signor Rossi è arrivato in ufficio questa mattina.',
    word: 'Signor',
  },
  {
    lang: 'nl',
    voice: /^Dutch/,
    text: 'Dhr. Jansen kwam gisteren laat thuis van zijn werk. Hij had de hele dag vergaderd en was erg moe.',
    spoken: 'De heer Jansen kwam gisteren laat thuis van zijn werk.',
    word: 'heer',
  },
  {
    lang: 'ru',
    voice: /^Russian/,
    text: 'Г-н Иванов пришёл на работу рано утром. Его коллеги ещё не пришли, и он долго ждал их в кабинете.',
    spoken: 'Господин Иванов пришёл на работу рано утром.',
    word: 'Господин',
  },
] as const;

/** espeak-ng's phonemes for text in a language, on one line ("⏎" where it paused). */
function phonemes(text: string, lang: string): string {
  const result = spawnSync('espeak-ng', ['-v', lang, '-q', '-x', text], { encoding: 'utf8' });
  if (result.error) throw result.error;
  return result.stdout.trim().replace(/\s*\n\s*/g, ' ⏎ ');
}

test('titles before a name are spoken in full by a voice of each language', async ({ page }) => {
  test.setTimeout(180_000);
  await openAloud(page);
  await pasteArticle(page, PARAGRAPHS.map((paragraph) => paragraph.text).join('\n\n'));
  await setSpeed(page, 3);
  for (const [index, expected] of PARAGRAPHS.entries()) {
    const paragraph = page.locator(`[data-paragraph="${index}"]`);
    await expect(paragraph).toHaveAttribute('lang', expected.lang);
    const before = (await readSpeechLog(page)).length;
    await paragraph.click();
    const utterance = await waitForSpokenText(page, expected.spoken, { after: before });
    expect(utterance.lang).toBe(expected.lang);
    expect(utterance.voiceName).toMatch(expected.voice);
    // One utterance, the title with its name: no stop after the title to pause at.
    expect(utterance.text).toBe(expected.spoken);
    const heard = phonemes(utterance.text, expected.lang);
    expect(heard).toContain(phonemes(expected.word, expected.lang));
    expect(heard).not.toContain('⏎');
    // As written, the voice says the title otherwise: letters, another word or a pause.
    const written = expected.text.slice(0, expected.text.indexOf('. ') + 1);
    expect(phonemes(written, expected.lang)).not.toBe(heard);
  }
  await page.getByRole('button', { name: 'Pause' }).click();
});
