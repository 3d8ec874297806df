// What the engine is given to say for a chunk: the text rewritten for the ear by the speech
// layer (text/rewrite/: abbreviations, addresses, emoji, the listener's rules), with the way
// back to the characters shown. The layer is loaded once the app shows (app/after-start.ts):
// a first Play does not wait for it, and says the text as written until then.
import type { SpeechRewriter, SpeechText } from '../text/rewrite/speech-text';

/** What the Player asks for each chunk. */
export interface SpokenTextSource {
  /** The chunk as said in `lang`; undefined: say it as written. */
  for(text: string, lang: string): SpeechText | undefined;
}

/** The speech layer with the listener's settings (read from `settings()` at each change). */
export class SpokenText implements SpokenTextSource {
  #settings: () => unknown;
  #say: ((text: string, lang: string) => SpeechText) | null = null;

  constructor(settings: () => unknown) {
    this.#settings = settings;
  }

  for(text: string, lang: string): SpeechText | undefined {
    return this.#say?.(text, lang);
  }

  /** Loads the speech layer; from then on every chunk goes through it. */
  async load(): Promise<void> {
    const [{ readSpeechSettings, rewritersFor }, { speechText }] = await Promise.all([
      import('../text/rewrite/speech-rules'),
      import('../text/rewrite/speech-text'),
    ]);
    let stored: unknown = null;
    let settings = readSpeechSettings(undefined);
    // The rules compiled for each language, made again when the settings change.
    let compiled = new Map<string, SpeechRewriter[]>();
    this.#say = (text, lang) => {
      const current = this.#settings();
      if (current !== stored) {
        stored = current;
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
}
