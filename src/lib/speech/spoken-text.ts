// Puts the speech layer (text/rewrite/speech-text.ts) between the Player and the engine, with the
// listener's settings; loaded once the app shows, with what else a first Play does not need.
import type { Preferences } from '../settings/preferences.svelte';
import { readSpeechSettings, rewritersFor } from '../text/rewrite/speech-rules';
import { speechText, type SpeechRewriter, type SpeechText } from '../text/rewrite/speech-text';
import type { Player } from './player.svelte';

/** Makes the Player say each chunk as the listener's settings have it. */
export function sayForTheEar(player: Player, preferences: Preferences): void {
  let stored: unknown = null;
  let settings = readSpeechSettings(undefined);
  // The rules compiled for each language, made again when the settings change.
  let compiled = new Map<string, SpeechRewriter[]>();
  player.speechText = (text: string, lang: string): SpeechText => {
    if (preferences.speech !== stored) {
      stored = preferences.speech;
      settings = readSpeechSettings(stored);
      compiled = new Map();
    }
    let rules = compiled.get(lang);
    if (!rules) {
      rules = rewritersFor(settings.rules, lang);
      compiled.set(lang, rules);
    }
    return speechText(text, lang, { emoji: settings.emoji, rules });
  };
}
