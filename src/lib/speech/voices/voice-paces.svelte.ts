import { baseLanguage } from '../../text/language';

/**
 * A chunk heard for less than this says more about the engine's latency than the voice's
 * pace, so it is not counted.
 */
const SHORTEST_HEARD_SECONDS = 1;
/**
 * A voice heard reading at less than this share of the rate asked is capped. Not nearer 1:
 * each utterance's fixed start and end weigh more at high speed, and read as a slower pace.
 */
const CAPPED_SHARE = 0.8;

/**
 * How fast each voice has been heard to speak, in characters a second at rate 1. Voices
 * differ a lot (espeak-ng is about twice as fast as a natural voice): time left and the
 * stall watchdog follow what was heard, not the usual pace (speech/reading-progress.svelte.ts).
 */
export class VoicePaces {
  #paces = $state<Record<string, number>>({});
  /** The pace of the voice last heard in each base language, for the library's list. */
  #byLanguage = $state<Record<string, number>>({});
  /** Each voice's pace at each rate it was heard at (at rate 1, as above): to tell a cap. */
  #byRate = $state<Record<string, Record<string, number>>>({});

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
    const paces = (this.#byRate[voiceId] ??= {});
    const key = String(rate);
    const beforeAtRate = paces[key];
    paces[key] = beforeAtRate ? (beforeAtRate + pace) / 2 : pace;
  }

  /**
   * The speed at which the voice was heard reading when asked for `rate`, measured against
   * its pace at the slowest rate heard: when that is under CAPPED_SHARE of `rate`, the engine
   * caps it (Chromium on Linux reads nothing faster than 3×).
   * Null when not capped, or not known yet (it takes a chunk heard at each rate).
   */
  heardSpeed(voiceId: string, rate: number): number | null {
    const paces = this.#byRate[voiceId];
    const atRate = paces?.[String(rate)];
    if (!paces || !atRate) return null;
    let slowest = Infinity;
    for (const key of Object.keys(paces)) slowest = Math.min(slowest, Number(key));
    const reference = paces[String(slowest)];
    if (!(slowest < rate) || !reference) return null;
    // Characters a second heard at `rate`, over those at the slowest rate, at that rate.
    const heard = (rate * atRate) / reference;
    return heard < rate * CAPPED_SHARE ? heard : null;
  }
}
