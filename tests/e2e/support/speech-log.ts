import { expect, type Page } from '@playwright/test';

/** One `speechSynthesis.speak()` call as the page made it. Times are `performance.now()`. */
export interface SpokenUtterance {
  text: string;
  lang: string;
  rate: number;
  /** `utterance.voice?.name`, or null when the page left the voice to the engine. */
  voiceName: string | null;
  queuedAt: number;
  startedAt?: number;
  endedAt?: number;
  /** The `error` event's code, e.g. 'interrupted' after `cancel()`. */
  error?: string;
  erroredAt?: number;
  /** How many `boundary` events it fired (none in espeak-ng, flite or Firefox on Linux). */
  boundaries: number;
  /**
   * The event being handled when speak() was called ('click', 'keydown'), or null: iOS
   * speaks a page's first utterance only from inside the person's gesture.
   */
  gesture: string | null;
}

declare global {
  interface Window {
    __speechLog?: SpokenUtterance[];
  }
}

/**
 * Runs in the page (pass it to `page.addInitScript`): wraps `speechSynthesis.speak` so that each
 * utterance is recorded in `window.__speechLog`, then spoken as usual. It listens with
 * addEventListener, so the app's own `onstart`/`onend` handlers are untouched. Idempotent.
 */
export function speechLogInitScript(): void {
  if (window.__speechLog || !('speechSynthesis' in window)) return;
  const log: SpokenUtterance[] = [];
  window.__speechLog = log;
  const synth = window.speechSynthesis;
  const speak = synth.speak.bind(synth);
  synth.speak = (utterance: SpeechSynthesisUtterance): void => {
    const entry: SpokenUtterance = {
      text: utterance.text,
      lang: utterance.lang,
      rate: utterance.rate,
      voiceName: utterance.voice?.name ?? null,
      queuedAt: performance.now(),
      boundaries: 0,
      // window.event: the one way to ask, from inside speak(), which event is being handled.
      gesture: window.event?.type ?? null,
    };
    log.push(entry);
    utterance.addEventListener('start', () => {
      entry.startedAt = performance.now();
    });
    utterance.addEventListener('end', () => {
      entry.endedAt = performance.now();
    });
    utterance.addEventListener('boundary', () => {
      entry.boundaries += 1;
    });
    utterance.addEventListener('error', (event) => {
      entry.error = event.error;
      entry.erroredAt = performance.now();
    });
    speak(utterance);
  };
}

/**
 * Records every utterance of every document the page loads from now on (call before `goto`),
 * and of the current document. The log restarts with each new document.
 */
export async function installSpeechLog(page: Page): Promise<void> {
  await page.addInitScript(speechLogInitScript);
  await page.evaluate(speechLogInitScript);
}

/** A copy of the page's speech log (empty if nothing was spoken or no log is installed). */
export async function readSpeechLog(page: Page): Promise<SpokenUtterance[]> {
  return page.evaluate(() => window.__speechLog ?? []);
}

export type UtteranceMatcher = string | RegExp | ((utterance: SpokenUtterance) => boolean);

export interface WaitForSpokenTextOptions {
  /** Which moment to wait for; 'ended' (the default) means the utterance was fully spoken. */
  until?: 'queued' | 'started' | 'ended';
  /** Real speech is slow: a long sentence at rate 1 takes well over expect's 15 s. */
  timeout?: number;
  /** Only utterances queued after the first `after` in the log: "spoken from now on". */
  after?: number;
}

function matches(utterance: SpokenUtterance, matcher: UtteranceMatcher): boolean {
  if (typeof matcher === 'string') return utterance.text.includes(matcher);
  if (matcher instanceof RegExp) return matcher.test(utterance.text);
  return matcher(utterance);
}

/**
 * Waits until an utterance whose text contains `matcher` (or matches the RegExp or predicate)
 * has reached `until`, and returns it. Fails at once, with the log, if it errored instead.
 */
export async function waitForSpokenText(
  page: Page,
  matcher: UtteranceMatcher,
  { until = 'ended', timeout = 60_000, after = 0 }: WaitForSpokenTextOptions = {},
): Promise<SpokenUtterance> {
  const reached = (utterance: SpokenUtterance): boolean =>
    until === 'queued' ||
    (until === 'started' && utterance.startedAt !== undefined) ||
    (until === 'ended' && utterance.endedAt !== undefined);
  let found: SpokenUtterance | undefined;
  let failure: string | undefined;
  await expect
    .poll(
      async () => {
        const log = await readSpeechLog(page);
        const candidates = log.slice(after).filter((utterance) => matches(utterance, matcher));
        found = candidates.find(reached);
        if (found) return 'reached';
        const failed = candidates.find(
          (utterance) =>
            utterance.error !== undefined && !(until === 'started' && utterance.startedAt),
        );
        if (failed && until !== 'queued') {
          failure = `error '${failed.error}' (log: ${JSON.stringify(log)})`;
          return 'error';
        }
        return `waiting (log: ${JSON.stringify(log)})`;
      },
      { message: `an utterance matching ${String(matcher)} to be ${until}`, timeout },
    )
    .toMatch(/^(reached|error)$/);
  if (!found) {
    throw new Error(`The utterance matching ${String(matcher)} failed before ${until}: ${failure}`);
  }
  return found;
}

/** Waits until the engine lists voices (~1.5 s after load with speech-dispatcher); returns how many. */
export async function waitForVoices(page: Page, timeout = 30_000): Promise<number> {
  const handle = await page.waitForFunction(
    () => {
      const count = window.speechSynthesis.getVoices().length;
      return count > 0 ? count : false;
    },
    undefined,
    // On an interval, not animation frames, which a page may not paint while nothing changes.
    { timeout, polling: 100 },
  );
  return (await handle.jsonValue()) as number;
}
