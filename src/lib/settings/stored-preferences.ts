// What the person chose, as kept (in the library's settings, or localStorage without it) and
// as a library file carries it, and the one reader of such a value: start-up, a library
// file's check and its import all read it here. How things are said and how the page looks
// are read further by their own readers (file-preferences.ts puts the three together), which
// load with their parts: a first Play needs neither, and they cost 1.2 KB of the first load.
import { readListeningMode, type ListeningMode } from '../speech/listening-mode';
import { clampRate } from '../speech/rate';

/** The key of the preferences in the library's settings (an export carries them too). */
export const PREFERENCES_KEY = 'preferences';

/** When an article ends: stop (as always), or go on to the next unfinished article. */
export const WHEN_ARTICLE_ENDS = ['stop', 'next'] as const;
export type WhenArticleEnds = (typeof WHEN_ARTICLE_ENDS)[number];

/**
 * What the person chose, as readPreferences gives it: each value there is usable, and one left
 * out was never chosen (or was damaged). The Preferences class fills in the usual values.
 */
export interface StoredPreferences {
  rate?: number;
  /** Chosen voice id per base language ("en" → voiceURI). */
  voiceByLanguage?: Record<string, string>;
  singleKeyShortcuts?: boolean;
  readEverything?: boolean;
  keepScreenOn?: boolean;
  whenArticleEnds?: WhenArticleEnds;
  /** Pauses, study stops and repeats (speech/listening-mode.ts). */
  listening?: ListeningMode;
  /** How things are said, as stored: read by text/rewrite/speech-rules.ts readSpeechSettings. */
  speech?: object;
  /** How the reader looks, as stored: read by settings/look-choice.ts readLook. */
  look?: object;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads stored preferences (of this device, of another version, of a library file), every
 * value checked: what is of the wrong kind is left out, so that whoever takes them keeps
 * its own value instead. A rate is kept within the playable range; how things are said and
 * the look are kept when they are objects, for their own readers.
 */
export function readPreferences(value: unknown): StoredPreferences {
  if (!isObject(value)) return {};
  const { rate, voiceByLanguage, singleKeyShortcuts, readEverything, speech, look } = value;
  const { keepScreenOn, whenArticleEnds, listening } = value;
  const read: StoredPreferences = {};
  // JSON holds Infinity too ("rate": 1e999): no rate at all.
  if (typeof rate === 'number' && Number.isFinite(rate)) read.rate = clampRate(rate);
  if (isObject(voiceByLanguage)) {
    read.voiceByLanguage = Object.fromEntries(
      Object.entries(voiceByLanguage).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    );
  }
  if (typeof singleKeyShortcuts === 'boolean') read.singleKeyShortcuts = singleKeyShortcuts;
  if (typeof readEverything === 'boolean') read.readEverything = readEverything;
  if (typeof keepScreenOn === 'boolean') read.keepScreenOn = keepScreenOn;
  if (WHEN_ARTICLE_ENDS.includes(whenArticleEnds as WhenArticleEnds)) {
    read.whenArticleEnds = whenArticleEnds as WhenArticleEnds;
  }
  if (isObject(listening)) read.listening = readListeningMode(listening);
  if (isObject(speech)) read.speech = speech;
  if (isObject(look)) read.look = look;
  return read;
}
