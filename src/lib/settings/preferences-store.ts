// Where preferences are kept. Since the library, in its IndexedDB database (so that an export
// carries them); before it, in localStorage, which is still used when the library is off.
import { PREFERENCES_KEY } from '../library/db';
import type { StoredPreferences } from '../library/types';

/** The part of Web Storage that preferences need, so tests can pass a Map-backed one. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem?(key: string): void;
}

/**
 * Preferences are read once, synchronously, when the app starts (from a value loaded
 * before), and written on each change without waiting.
 */
export interface PreferencesStore {
  load(): unknown;
  save(preferences: StoredPreferences): void;
}

/** Where versions before the library kept preferences (localStorage). */
export const LEGACY_PREFERENCES_KEY = 'aloud.preferences.v1';

/** The key of the preferences in the library's settings (an export carries them too). */
export const PREFERENCES_SETTING = PREFERENCES_KEY;

/** The browser's localStorage, or null when it is blocked (it can throw on access). */
export function defaultWebStorage(): KeyValueStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Preferences in Web Storage: the fallback when IndexedDB is unavailable. */
export function webStoragePreferences(storage: KeyValueStorage | null): PreferencesStore {
  return {
    load() {
      try {
        return JSON.parse(storage?.getItem(LEGACY_PREFERENCES_KEY) ?? 'null') as unknown;
      } catch {
        return null; // A damaged entry is ignored; the next save replaces it.
      }
    },
    save(preferences) {
      try {
        storage?.setItem(LEGACY_PREFERENCES_KEY, JSON.stringify(preferences));
      } catch {
        // Full or blocked storage: the choice still holds for this visit.
      }
    },
  };
}

/** The settings part of the library's store. */
export interface SettingsStore {
  getSetting(key: string): Promise<unknown>;
  setSetting(key: string, value: unknown): Promise<void>;
}

/**
 * Reads the preferences from the library, first moving them there from localStorage for a
 * person upgrading from a version before the library. The old entry is removed only once
 * the library holds it, so a failed move is tried again at the next start.
 */
export async function loadLibraryPreferences(
  settings: SettingsStore,
  legacy: KeyValueStorage | null,
): Promise<unknown> {
  const stored = await settings.getSetting(PREFERENCES_SETTING);
  if (stored !== undefined) return stored;
  const old = webStoragePreferences(legacy).load();
  if (!old || typeof old !== 'object') return undefined;
  await settings.setSetting(PREFERENCES_SETTING, old);
  try {
    legacy?.removeItem?.(LEGACY_PREFERENCES_KEY);
  } catch {
    // Left behind, it is ignored from now on: the library's copy wins.
  }
  return old;
}

/** Preferences in the library, starting from `loaded` (see loadLibraryPreferences). */
export function libraryPreferences(
  settings: SettingsStore,
  loaded: unknown,
  onError: (error: unknown) => void,
): PreferencesStore {
  return {
    load: () => loaded,
    save(preferences) {
      settings.setSetting(PREFERENCES_SETTING, preferences).catch(onError);
    },
  };
}
