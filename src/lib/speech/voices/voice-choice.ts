// How the voice picker orders voices and previews one. Loaded with the voice panel.
import type { EngineVoice } from '../engine';
import { recommendationOf } from './recommended-voices';
import type { VoiceHabit } from './voice-habits.svelte';

/** Names of the voices people prefer to listen to: the platforms' best. */
const PREFERRED = /\b(natural|neural|enhanced|premium|google|siri)\b/i;

/** The speeds offered beside the slider. */
export const RATE_PRESETS = [0.8, 1, 1.25, 1.5, 2, 2.5, 3, 4] as const;

/**
 * The voices in the order the picker lists them: those the curated list recommends first,
 * by its quality tier; then the others, those it calls novelties last. Within a tier, what
 * Aloud saw each do on this device: speaking offline, reporting words (so the word being
 * read is highlighted); then the list's order, or for unlisted voices the platforms' best
 * by name and local before network; otherwise the engine's order (main voice first).
 */
export function rankVoices(
  voices: readonly EngineVoice[],
  seen: (voiceId: string) => VoiceHabit | undefined = () => undefined,
): EngineVoice[] {
  const keyed = voices.map((voice, index) => {
    const listed = recommendationOf(voice);
    const habit = seen(voice.id);
    const recommended = listed && listed !== 'avoid' ? listed : null;
    const group = listed === 'avoid' ? 2 : recommended ? 0 : 1;
    const named = recommended || PREFERRED.test(voice.name) ? 0 : 1;
    const measured = (habit?.offline ? 0 : 1) + (habit?.words ? 0 : 1);
    const order = recommended ? recommended.order : voice.needsNetwork ? 1 : 0;
    return { voice, key: [group, recommended?.tier ?? 0, named, measured, order, index] };
  });
  keyed.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) {
      const difference = (a.key[i] ?? 0) - (b.key[i] ?? 0);
      if (difference !== 0) return difference;
    }
    return 0;
  });
  return keyed.map(({ voice }) => voice);
}

/** What the panel says a voice was seen to do here: "speaks offline · highlights words …". */
export function habitText(voice: EngineVoice, habit: VoiceHabit | undefined): string {
  if (!habit) return `${voice.name} has not been heard on this device yet.`;
  const parts = [
    habit.offline ? 'speaks offline' : voice.needsNetwork ? 'needs the network' : null,
    habit.words ? 'reports each word, so the word is highlighted' : 'reports no words',
    habit.pace ? `about ${Math.round(habit.pace)} characters a second at 1×` : null,
  ];
  return `Heard on this device: ${parts.filter(Boolean).join(' · ')}.`;
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
