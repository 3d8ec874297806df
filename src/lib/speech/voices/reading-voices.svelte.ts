import type { EngineVoice } from '../engine';
import type { VoiceList } from './voice-list.svelte';
import { baseLanguage } from '../../text/language';
import { languageName, pickVoice } from './voices';

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
  /**
   * Hears, once per language and article, that no voice speaks a block's language; and that
   * a voice that failed offline is replaced.
   */
  onNotice?: (message: string) => void;
}

/**
 * The errors with which a voice that needs the network can fail offline ("synthesis-failed"
 * is Chrome's); others, such as "not-allowed" or "audio-busy", would fail any voice.
 */
const OFFLINE_VOICE_ERRORS: ReadonlySet<string> = new Set([
  'network',
  'synthesis-failed',
  'synthesis-unavailable',
  'voice-unavailable',
]);

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
   * The id of a voice that failed to speak offline, taken as needing the network from then
   * on. Only ever one: a second failure is not the network's doing, and is reported as it is.
   */
  #failedOffline = $state<string | null>(null);

  /** The voices worth trying: offline, not one that failed to speak offline. */
  readonly #usable: readonly EngineVoice[] = $derived.by(() => {
    const voices = this.#voices.voices;
    return this.#network.online
      ? voices
      : voices.filter((voice) => voice.id !== this.#failedOffline);
  });

  /**
   * The voice that speaks: the wanted one, unless it is offline and needs the network and a
   * local voice speaks the article's language. Never a voice that is not there: with no
   * local voice, the wanted one is kept (it may yet speak; nothing else would).
   */
  readonly voice: EngineVoice | null = $derived.by(() => {
    const wanted = this.#wanted;
    const lang = this.#articleLang();
    if (!wanted || this.#network.online || !lang || !this.#offlineOnly(wanted)) return wanted;
    const local = pickVoice(this.#usable, lang, this.#preferredLanguages, { localOnly: true });
    return local ?? wanted;
  });

  /**
   * Offline, the network voice that was wanted and is replaced by `voice`. Not one that
   * failed to speak: its replacement was said when it failed.
   */
  readonly offlineReplaced: EngineVoice | null = $derived(
    this.#wanted && this.#wanted !== this.voice && this.#wanted.needsNetwork ? this.#wanted : null,
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

  /**
   * The voice of `speech` failed to speak with `error`. Offline, it is taken as needing the
   * network after all, once, and says so, where a local voice can read instead: true when
   * one does (the caller speaks again), false when the failure stands.
   */
  replaceFailed({ lang, voice }: BlockSpeech, error: string): boolean {
    if (!voice || this.#network.online || this.#failedOffline !== null) return false;
    if (!OFFLINE_VOICE_ERRORS.has(error)) return false;
    const others = this.#voices.voices.filter((other) => other.id !== voice.id);
    const instead = pickVoice(others, lang, this.#preferredLanguages, { localOnly: true });
    if (!instead) return false;
    this.#failedOffline = voice.id;
    this.#onNotice?.(
      `You are offline and ${voice.name} could not speak: reading with ${instead.name} instead.`,
    );
    return true;
  }

  /** Whether a voice would fail offline: it needs the network, or failed to speak offline. */
  #offlineOnly(voice: EngineVoice): boolean {
    return voice.needsNetwork || voice.id === this.#failedOffline;
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
    const online = this.#network.online;
    const chosenId = this.#chosenVoiceFor?.(blockLang) ?? null;
    const chosen = this.#usable.find((voice) => voice.id === chosenId);
    // Offline, a block whose language has only network voices is read by the article's
    // voice, as one in a language without a voice is: a network voice would likely fail.
    const voice =
      chosen && (online || !chosen.needsNetwork)
        ? chosen
        : pickVoice(this.#usable, blockLang, this.#preferredLanguages, { localOnly: !online });
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
