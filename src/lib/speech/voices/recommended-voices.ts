// The curated list of recommended Web Speech voices (CC0, HadrienGardeur/web-speech-
// recommended-voices; trimmed by scripts/trim-recommended-voices.mjs), as the voice panel
// ranks by it. Loaded with the panel.
import type { EngineVoice } from '../engine';
import { baseLanguage } from '../../text/language';
import data from './recommended-voices.json';

/** Where the list ranks a voice: its quality tier (0 very high … 3 low) and place in it. */
export interface Recommendation {
  tier: number;
  order: number;
  /** The list's friendly name for it ("Emma", "Female voice 1 (US)"). */
  label: string;
}

type Entry = [tier: number, label: string, ...names: string[]];

/** The list's base language for a voice: Mandarin is "cmn" there, "zh" in browsers. */
const LIST_LANGUAGE: Readonly<Record<string, string>> = { zh: 'cmn' };

let byName: Map<string, Map<string, Recommendation>> | null = null;

function index(): Map<string, Map<string, Recommendation>> {
  if (byName) return byName;
  byName = new Map();
  // The JSON's shape is the script's (scripts/trim-recommended-voices.mjs), and it is ours.
  const languages = data.languages as unknown as Record<string, Entry[]>;
  for (const [lang, entries] of Object.entries(languages)) {
    const names = new Map<string, Recommendation>();
    entries.forEach(([tier, label, ...voiceNames], order) => {
      for (const name of voiceNames) if (!names.has(name)) names.set(name, { tier, order, label });
    });
    byName.set(lang, names);
  }
  return byName;
}

const AVOID: ReadonlySet<string> = new Set(data.avoid);

/** The list's word on a voice: recommended (where), to avoid (a novelty), or not listed. */
export function recommendationOf(voice: EngineVoice): Recommendation | 'avoid' | null {
  if (AVOID.has(voice.name)) return 'avoid';
  const base = baseLanguage(voice.lang);
  const names = index().get(LIST_LANGUAGE[base] ?? base);
  return names?.get(voice.name) ?? null;
}
