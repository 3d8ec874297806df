// What the person chose, as kept (in the library's settings, or localStorage without it) and
// as a library file carries it, and the one reader of such a value: start-up, a library
// file's check and its import all read it here. The library stores and exports them.
import { clampRate } from '../speech/rate';
import { readSpeechSettings, type SpeechSettings } from '../text/rewrite/speech-rules';
import { readLookParts, type Look } from './look-choice';

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
  /** The listener's rules, and the emoji choice unless it is missing or damaged. */
  speech?: StoredSpeech;
  /** The parts of the look that are usable (a hand-edited file may hold only some). */
  look?: Partial<Look>;
}

/** How things are said, as stored: a damaged emoji choice is left out, not made the usual. */
export type StoredSpeech = Pick<SpeechSettings, 'rules'> & Partial<Pick<SpeechSettings, 'emoji'>>;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads stored preferences (of this device, of another version, of a library file), every
 * value checked: what is of the wrong kind is left out, so that whoever takes them keeps
 * its own value instead. A rate is kept within the playable range, a look's numbers within
 * theirs; the rules are checked for shape only, as stored rules are (see speech-rules.ts).
 */
export function readPreferences(value: unknown): StoredPreferences {
  if (!isObject(value)) return {};
  const { rate, voiceByLanguage, singleKeyShortcuts, readEverything, speech, look } = value;
  const { keepScreenOn, whenArticleEnds } = value;
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
  if (isObject(speech)) read.speech = readSpeech(speech);
  if (isObject(look)) read.look = readLookParts(look);
  return read;
}

function readSpeech(stored: Record<string, unknown>): StoredSpeech {
  const { emoji, rules } = readSpeechSettings(stored);
  // readSpeechSettings gives the usual choice for a damaged one: the same only when it is good.
  return emoji === stored.emoji ? { emoji, rules } : { rules };
}
