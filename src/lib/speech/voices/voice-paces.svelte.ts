import { baseLanguage } from '../../text/language';

/**
 * A chunk heard for less than this says more about the engine's latency than the voice's
 * pace, so it is not counted.
 */
const SHORTEST_HEARD_SECONDS = 1;

/**
 * How fast each voice has been heard to speak, in characters a second at rate 1. Voices
 * differ a lot (espeak-ng is about twice as fast as a natural voice): time left and the
 * stall watchdog follow what was heard, not the usual pace (speech/reading-progress.svelte.ts).
 */
export class VoicePaces {
  #paces = $state<Record<string, number>>({});
  /** The pace of the voice last heard in each base language, for the library's list. */
  #byLanguage = $state<Record<string, number>>({});

  /** The voice's pace, if it has been heard. */
  of(voiceId: string): number | undefined {
    return this.#paces[voiceId];
  }

  /** The pace of the voice last heard in the language, if one was. */
  ofLanguage(lang: string): number | undefined {
    return this.#byLanguage[baseLanguage(lang)];
  }

  /** Counts a chunk of `characters` in `lang` heard in `seconds` at `rate`, averaged with before. */
  heard(voiceId: string, lang: string, characters: number, seconds: number, rate: number): void {
    if (!(seconds >= SHORTEST_HEARD_SECONDS)) return;
    const pace = characters / seconds / rate;
    const before = this.#paces[voiceId];
    const averaged = before ? (before * 2 + pace) / 3 : pace;
    this.#paces[voiceId] = averaged;
    this.#byLanguage[baseLanguage(lang)] = averaged;
  }
}
