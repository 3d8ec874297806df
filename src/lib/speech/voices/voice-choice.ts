// How the voice picker orders voices and previews one. Loaded with the voice panel.
import type { EngineVoice } from '../engine';

/** Names of the voices people prefer to listen to: the platforms' best. */
const PREFERRED = /\b(natural|neural|enhanced|premium|google|siri)\b/i;

/** The speeds offered beside the slider. */
export const RATE_PRESETS = [0.8, 1, 1.25, 1.5, 2, 2.5, 3, 4] as const;

/**
 * The voices in the order the picker lists them: the preferred ones first, then local
 * before network ones; otherwise the engine's order (its main voice before variants).
 */
export function rankVoices(voices: readonly EngineVoice[]): EngineVoice[] {
  const rank = (voice: EngineVoice) =>
    (PREFERRED.test(voice.name) ? 0 : 2) + (voice.needsNetwork ? 1 : 0);
  // Array sort is stable: voices of one rank stay in the engine's order.
  return [...voices].sort((a, b) => rank(a) - rank(b));
}

/** "1.25×", "2.0×": a speed as shown. */
export function rateText(rate: number): string {
  return Number.isInteger(Math.round(rate * 100) / 10) ? rate.toFixed(1) : rate.toFixed(2);
}

/** The words a preview speaks: the sentence being read, else a greeting, kept short. */
export function previewText(sentence: string | null): string {
  const text = sentence?.trim() ?? '';
  if (text === '') return 'This is how I sound reading to you.';
  return text.length <= 120 ? text : `${text.slice(0, text.lastIndexOf(' ', 120))}…`;
}
