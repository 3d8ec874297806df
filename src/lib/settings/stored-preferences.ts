// What the person chose, as kept (in the library's settings, or localStorage without it) and
// as a library file carries it. The library stores and exports them; their meaning is here.

/** The key of the preferences in the library's settings (an export carries them too). */
export const PREFERENCES_KEY = 'preferences';

/** What the person chose, as stored (the Preferences class owns the meaning). */
export interface StoredPreferences {
  rate?: unknown;
  voiceByLanguage?: unknown;
  singleKeyShortcuts?: unknown;
  readEverything?: unknown;
  speech?: unknown;
  look?: unknown;
}
