import type { EngineVoice } from './engine';
import type { VoiceList } from './voice-list.svelte';
import { baseLanguage, languageName, pickVoice } from './voices';

export interface ReadingVoicesOptions {
  voices: VoiceList;
  /** The language of the article being read, if one is loaded. */
  articleLang: () => string | null;
  /** The person's languages (navigator.languages), to pick a voice's region. */
  preferredLanguages?: readonly string[];
  /** Whether the device is online; network voices are not used offline. Online if absent. */
  network?: { readonly online: boolean };
  /** The voice the person chose for a language other than the article's, if any. */
  chosenVoiceFor?: (lang: string) => string | null;
  /** Hears, once per language and article, that no voice speaks a block's language. */
  onNotice?: (message: string) => void;
}

/** What a block is read in. */
export interface BlockSpeech {
  lang: string;
  voice: EngineVoice | null;
}

/**
 * Which voice reads what: the article's voice (the person's choice, else the best for its
 * language; offline, a local one instead of one that needs the network, where there is
 * one), and the voice of each block in another language.
 */
export class ReadingVoices {
  /** The voice the person chose; null picks the best voice for the article's language. */
  chosenVoiceId = $state<string | null>(null);

  /**
   * The voice the person would hear online: the chosen one while it exists, else the best
   * for the article's language.
   */
  readonly #wanted: EngineVoice | null = $derived.by(() => {
    const voices = this.#voices.voices;
    const chosen = voices.find((voice) => voice.id === this.chosenVoiceId);
    if (chosen) return chosen;
    const lang = this.#articleLang();
    return lang ? pickVoice(voices, lang, this.#preferredLanguages) : null;
  });

  /**
   * The voice that speaks: the wanted one, unless it is offline and needs the network and a
   * local voice speaks the article's language. Never a voice that is not there: with no
   * local voice, the wanted one is kept (it may yet speak; nothing else would).
   */
  readonly voice: EngineVoice | null = $derived.by(() => {
    const wanted = this.#wanted;
    const lang = this.#articleLang();
    if (!wanted || !wanted.needsNetwork || this.#network.online || !lang) return wanted;
    const local = pickVoice(this.#voices.voices, lang, this.#preferredLanguages, {
      localOnly: true,
    });
    return local ?? wanted;
  });

  /** Offline, the network voice that was wanted and is replaced by `voice`. */
  readonly offlineReplaced: EngineVoice | null = $derived(
    this.#wanted && this.#wanted !== this.voice ? this.#wanted : null,
  );

  #voices: VoiceList;
  #articleLang: () => string | null;
  #preferredLanguages: readonly string[];
  #network: { readonly online: boolean };
  #chosenVoiceFor: ReadingVoicesOptions['chosenVoiceFor'];
  #onNotice: ReadingVoicesOptions['onNotice'];
  /** Languages without a voice already said, for the article loaded (not state: not shown). */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #missingSaid = new Set<string>();

  constructor(options: ReadingVoicesOptions) {
    this.#voices = options.voices;
    this.#articleLang = options.articleLang;
    this.#preferredLanguages = options.preferredLanguages ?? [];
    this.#network = options.network ?? { online: true };
    this.#chosenVoiceFor = options.chosenVoiceFor;
    this.#onNotice = options.onNotice;
  }

  /** A new article: a language without a voice is said again. */
  newArticle(): void {
    this.#missingSaid.clear();
  }

  /**
   * The language and voice a block is read in: its own language's, where it has one and a
   * voice speaks it (the person's choice for that language, else the best local one);
   * otherwise the article's, said once per language.
   */
  forBlock(blockLang: string | undefined): BlockSpeech {
    const articleLang = this.#articleLang() ?? 'en';
    const own = { lang: articleLang, voice: this.voice };
    if (!blockLang || baseLanguage(blockLang) === baseLanguage(articleLang)) return own;
    const voices = this.#voices.voices;
    const online = this.#network.online;
    const chosenId = this.#chosenVoiceFor?.(blockLang) ?? null;
    const chosen = voices.find((voice) => voice.id === chosenId);
    const voice =
      chosen && (!chosen.needsNetwork || online)
        ? chosen
        : pickVoice(voices, blockLang, this.#preferredLanguages, { localOnly: !online });
    if (voice) return { lang: blockLang, voice };
    const base = baseLanguage(blockLang);
    if (!this.#missingSaid.has(base)) {
      this.#missingSaid.add(base);
      this.#onNotice?.(
        `No voice on this device speaks ${languageName(base)}: reading it with ${this.voice?.name ?? 'the article’s voice'}.`,
      );
    }
    return own;
  }
}
