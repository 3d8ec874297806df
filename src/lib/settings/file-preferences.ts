// Preferences read to their last value, as a library file carries them and as an import
// merges them: readPreferences, then how things are said (the rules by shape, and, coming from
// a file, each tried for speed as the rules dialog tries it) and the look part by part.
// Loaded with the library's export and import.
import { readSpeechSettings, ruleProblem, type SpeechSettings } from '../text/rewrite/speech-rules';
import { readLookParts, type Look } from './look-choice';
import { readPreferences, type StoredPreferences } from './stored-preferences';

/** How things are said, as a file carries them: a damaged emoji choice is left out. */
export type FileSpeech = Pick<SpeechSettings, 'rules'> & Partial<Pick<SpeechSettings, 'emoji'>>;

/** Preferences with every part read: what a library file holds. */
export interface FilePreferences extends Omit<StoredPreferences, 'speech' | 'look'> {
  /** The listener's rules, and the emoji choice unless it is missing or damaged. */
  speech?: FileSpeech;
  /** The parts of the look that are usable (a hand-edited file may hold only some). */
  look?: Partial<Look>;
}

/**
 * Reads preferences to the last value. `fromFile`: the rules came from outside (a library
 * file), so each is tried for speed too; a crafted file cannot bring in a pattern that stops
 * reading. Rules kept on this device are trusted (they were tried when saved).
 */
export function readFilePreferences(value: unknown, { fromFile = false } = {}): FilePreferences {
  const { speech, look, ...rest } = readPreferences(value);
  const read: FilePreferences = rest;
  if (speech) {
    const { emoji, rules } = readSpeechSettings(speech);
    const usable = fromFile ? rules.filter((rule) => ruleProblem(rule) === null) : rules;
    // readSpeechSettings gives the usual choice for a damaged one: kept only when it is good.
    read.speech =
      emoji === (speech as { emoji?: unknown }).emoji
        ? { emoji, rules: usable }
        : { rules: usable };
  }
  if (look) read.look = readLookParts(look);
  return read;
}
