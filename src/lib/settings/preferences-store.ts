// Where preferences are kept. Since the library, in its IndexedDB database (so that an export
// carries them); before it, in localStorage, which is still used when the library is off.
import { storageNote, type KeyValueStorage } from '../platform/web-storage';
import { PREFERENCES_KEY, readPreferences, type StoredPreferences } from './stored-preferences';

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

/**
 * Where versions before they joined the preferences kept two choices, each on its own
 * (localStorage); they are read once more, for a person upgrading.
 */
export const SEPARATE_CHOICE_KEYS = {
  keepScreenOn: 'aloud.keep-screen-on',
  whenArticleEnds: 'aloud.when-article-ends',
} as const;

/**
 * `stored` with the choices once kept on their own in `storage`, each only where `stored`
 * has none (or a damaged one), so that nobody upgrading loses one; `stored` itself when
 * there was nothing to take.
 */
export function withSeparateChoices(stored: unknown, storage: KeyValueStorage | null): unknown {
  const usable = readPreferences(stored);
  let joined: Record<string, unknown> | null = null;
  for (const [name, key] of Object.entries(SEPARATE_CHOICE_KEYS)) {
    const old = storageNote(storage, key).read();
    if (old === null || usable[name as keyof typeof SEPARATE_CHOICE_KEYS] !== undefined) continue;
    joined ??= { ...(stored && typeof stored === 'object' ? stored : {}) };
    joined[name] = old;
  }
  return joined ?? stored;
}

/** Preferences in Web Storage: the fallback when IndexedDB is unavailable. */
export function webStoragePreferences(storage: KeyValueStorage | null): PreferencesStore {
  const note = storageNote(storage, LEGACY_PREFERENCES_KEY);
  return {
    // The choices kept on their own are taken here until the next save holds them too.
    load: () => withSeparateChoices(note.read(), storage),
    save: (preferences) => void note.write(preferences),
  };
}

/** The settings part of the library's store. */
export interface SettingsStore {
  getSetting(key: string): Promise<unknown>;
  setSetting(key: string, value: unknown): Promise<void>;
}

/**
 * Reads the preferences from the library, first moving them there from localStorage for a
 * person upgrading from a version before the library, or before the screen and queue choices
 * joined the preferences. Old entries are removed only once the library holds them, so a
 * failed move is tried again at the next start.
 */
export async function loadLibraryPreferences(
  settings: SettingsStore,
  legacy: KeyValueStorage | null,
): Promise<unknown> {
  const stored = await storedPreferences(settings, legacy);
  const joined = withSeparateChoices(stored, legacy);
  if (joined !== stored) await settings.setSetting(PREFERENCES_KEY, joined);
  // Left behind (storage refusing), they are ignored from now on: the library's copy wins.
  for (const key of Object.values(SEPARATE_CHOICE_KEYS)) storageNote(legacy, key).remove();
  return joined;
}

/** The preferences in the library, or where they wait to be moved there (see above). */
async function storedPreferences(
  settings: SettingsStore,
  legacy: KeyValueStorage | null,
): Promise<unknown> {
  // A choice whose library write the last page did not live to finish (see libraryPreferences).
  const note = storageNote(legacy, PENDING_PREFERENCES_KEY);
  const pending = note.read();
  if (pending && typeof pending === 'object') {
    await settings.setSetting(PREFERENCES_KEY, pending);
    note.remove();
    return pending;
  }
  const stored = await settings.getSetting(PREFERENCES_KEY);
  if (stored !== undefined) return stored;
  const old = storageNote(legacy, LEGACY_PREFERENCES_KEY).read();
  if (!old || typeof old !== 'object') return undefined;
  await settings.setSetting(PREFERENCES_KEY, old);
  // Left behind (storage refusing), it is ignored from now on: the library's copy wins.
  storageNote(legacy, LEGACY_PREFERENCES_KEY).remove();
  return old;
}

/**
 * Preferences in the library, starting from `loaded` (see loadLibraryPreferences). Each
 * choice is also noted synchronously in `journal` (localStorage) until the library holds it:
 * a page closed right after a choice may never finish its IndexedDB write.
 */
export function libraryPreferences(
  settings: SettingsStore,
  loaded: unknown,
  onError: (error: unknown) => void,
  journal: KeyValueStorage | null = null,
): PreferencesStore {
  const note = storageNote(journal, PENDING_PREFERENCES_KEY);
  return {
    load: () => loaded,
    save(preferences) {
      const json = note.write(preferences);
      settings
        .setSetting(PREFERENCES_KEY, preferences)
        .then(() => {
          // Only this choice's note: a later one (still being written) stays.
          if (note.raw() === json) note.remove();
        })
        .catch(onError);
    },
  };
}

/**
 * Where the app keeps the preferences, as it starts: in the library's settings when it has
 * them (older entries moved there first), else in Web Storage, as when the library opens but
 * cannot read its settings. `onError` hears of a choice the library failed to keep.
 */
export async function startPreferences(
  settings: SettingsStore | null,
  storage: KeyValueStorage | null,
  onError: (error: unknown) => void,
): Promise<PreferencesStore> {
  if (!settings) return webStoragePreferences(storage);
  try {
    const loaded = await loadLibraryPreferences(settings, storage);
    return libraryPreferences(settings, loaded, onError, storage);
  } catch {
    // Kept where they were: the move is tried again at the next start.
    return webStoragePreferences(storage);
  }
}

/** Where a choice waits in localStorage until the library holds it. */
export const PENDING_PREFERENCES_KEY = 'aloud.preferences.pending';
