import { baseLanguage } from '../../text/language';
import type { EngineVoice } from '../engine';

function region(tag: string): string | undefined {
  return tag.split(/[-_]/)[1]?.toUpperCase();
}

/** Voices of one language, for a picker. */
export interface VoiceGroup {
  lang: string;
  voices: EngineVoice[];
}

/** Groups voices by base language, in the engine's order within each group. */
export function groupByLanguage(voices: readonly EngineVoice[]): VoiceGroup[] {
  const groups = new Map<string, EngineVoice[]>();
  for (const voice of voices) {
    const lang = baseLanguage(voice.lang);
    const group = groups.get(lang);
    if (group) group.push(voice);
    else groups.set(lang, [voice]);
  }
  return [...groups].map(([lang, list]) => ({ lang, voices: list }));
}

/**
 * The best voice for a language, or null when the engine has none for it. Local voices
 * first (they work offline and start faster), then the region the text or the person asks
 * for, then the engine's own default for that language; ties keep the engine's order,
 * which lists each language's main voice before its variants. The engine's global default
 * is never used for another language. Offline (`localOnly`), voices that need the network
 * are left out: they would fail.
 */
export function pickVoice(
  voices: readonly EngineVoice[],
  lang: string,
  preferredLanguages: readonly string[] = [],
  { localOnly = false }: { localOnly?: boolean } = {},
): EngineVoice | null {
  const base = baseLanguage(lang);
  const wantedRegions = [
    region(lang),
    ...preferredLanguages.filter((tag) => baseLanguage(tag) === base).map(region),
  ];
  let best: EngineVoice | null = null;
  let bestScore = -1;
  for (const voice of voices) {
    if (baseLanguage(voice.lang) !== base || (localOnly && voice.needsNetwork)) continue;
    const voiceRegion = region(voice.lang);
    const regionRank = wantedRegions.findIndex(
      (wanted) => wanted !== undefined && wanted === voiceRegion,
    );
    const score =
      (voice.needsNetwork ? 0 : 100) +
      (regionRank === -1 ? 0 : 50 - regionRank) +
      (voice.isDefault ? 1 : 0);
    if (score > bestScore) {
      best = voice;
      bestScore = score;
    }
  }
  return best;
}

/** "en" → "English", in the reader's own language; falls back to the code. */
export function languageName(lang: string, displayLocale?: string): string {
  try {
    return (
      new Intl.DisplayNames(displayLocale ? [displayLocale] : undefined, { type: 'language' }).of(
        lang,
      ) ?? lang
    );
  } catch {
    return lang;
  }
}
