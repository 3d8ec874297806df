import { estimateSeconds } from '../../text/reading-time';

/**
 * A chunk heard for less than this says more about the engine's latency than the voice's
 * pace, so it is not counted.
 */
const SHORTEST_HEARD_SECONDS = 1;

/** Chinese, Japanese and Korean: far fewer characters a second than alphabetic scripts. */
const CJK = /[\u3040-\u9fff\uac00-\ud7af]/;

/** Characters a second at rate 1 for text in CJK, until a voice has been heard. */
const CJK_CHARS_PER_SECOND = 5;

/**
 * How fast each voice has been heard to speak, in characters a second at rate 1. Voices
 * differ a lot (espeak-ng is about twice as fast as a natural voice): time left and the
 * stall watchdog follow what was heard, not the usual pace.
 */
export class VoicePaces {
  #paces = $state<Record<string, number>>({});

  /** The voice's pace, if it has been heard. */
  of(voiceId: string): number | undefined {
    return this.#paces[voiceId];
  }

  /** Counts a chunk of `characters` heard in `seconds` at `rate`, averaged with before. */
  heard(voiceId: string, characters: number, seconds: number, rate: number): void {
    if (!(seconds >= SHORTEST_HEARD_SECONDS)) return;
    const pace = characters / seconds / rate;
    const before = this.#paces[voiceId];
    this.#paces[voiceId] = before ? (before * 2 + pace) / 3 : pace;
  }

  /** Seconds the voice should take to say `text` at `rate`: its pace if heard, else usual. */
  expectedSeconds(voiceId: string, text: string, rate: number): number {
    const pace = this.#paces[voiceId] ?? (CJK.test(text) ? CJK_CHARS_PER_SECOND : undefined);
    return estimateSeconds(text.length, rate, pace);
  }
}
