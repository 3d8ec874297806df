import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { IDBPDatabase } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticleStore } from '../../../src/lib/library/articles';
import { StorageError, openLibraryDb, type AloudDb } from '../../../src/lib/library/db';
import { Preferences } from '../../../src/lib/settings/preferences.svelte';
import {
  LEGACY_PREFERENCES_KEY,
  PENDING_PREFERENCES_KEY,
  SEPARATE_CHOICE_KEYS,
  libraryPreferences,
  loadLibraryPreferences,
  startPreferences,
  webStoragePreferences,
} from '../../../src/lib/settings/preferences-store';
import { PREFERENCES_KEY } from '../../../src/lib/settings/stored-preferences';
import { USUAL_LISTENING } from '../../../src/lib/speech/listening-mode';
import { memoryStorage } from '../support/memory-storage';
import { quotaError, refusePut } from '../support/refuse-put';

/** What a person's localStorage held before the library: all three choices made. */
const OLD_CHOICES = {
  rate: 1.7,
  voiceByLanguage: { en: 'English (Great Britain) espeak-ng' },
  singleKeyShortcuts: false,
};

let db: IDBPDatabase<AloudDb>;
let store: ArticleStore;

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openLibraryDb();
  store = new ArticleStore(db);
});

afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

/** localStorage as a person upgrading from the version before the library has it. */
function upgradingFromBeforeTheLibrary(value: unknown = OLD_CHOICES) {
  return memoryStorage({ [LEGACY_PREFERENCES_KEY]: JSON.stringify(value) });
}

describe('moving preferences from localStorage into the library', () => {
  it('given a person upgrading from before the library, moves their preferences into it and removes the old entry', async () => {
    const legacy = upgradingFromBeforeTheLibrary();

    const loaded = await loadLibraryPreferences(store, legacy);

    expect(loaded).toEqual(OLD_CHOICES);
    expect(await store.getSetting(PREFERENCES_KEY)).toEqual(OLD_CHOICES);
    expect(legacy.map.has(LEGACY_PREFERENCES_KEY)).toBe(false);
  });

  it('given preferences already in the library, uses them and leaves localStorage alone', async () => {
    await store.setSetting(PREFERENCES_KEY, { rate: 2 });
    const legacy = upgradingFromBeforeTheLibrary();

    const loaded = await loadLibraryPreferences(store, legacy);

    expect(loaded).toEqual({ rate: 2 });
    expect(await store.getSetting(PREFERENCES_KEY)).toEqual({ rate: 2 });
    expect(legacy.map.get(LEGACY_PREFERENCES_KEY)).toBe(JSON.stringify(OLD_CHOICES));
  });

  it.each([
    ['cut short', '{"rate": 1.7, "voiceBy'],
    ['not an object', '42'],
    ['null', 'null'],
  ])('given a damaged localStorage entry (%s), migrates nothing', async (_case, damaged) => {
    const legacy = memoryStorage({ [LEGACY_PREFERENCES_KEY]: damaged });

    const loaded = await loadLibraryPreferences(store, legacy);

    expect(loaded).toBeUndefined();
    expect(await store.getSetting(PREFERENCES_KEY)).toBeUndefined();
  });

  it('given a first visit (nothing in either place), starts from nothing', async () => {
    expect(await loadLibraryPreferences(store, memoryStorage())).toBeUndefined();
    expect(await loadLibraryPreferences(store, null)).toBeUndefined();
    expect(await store.getSetting(PREFERENCES_KEY)).toBeUndefined();
  });

  it('given the library refuses the write, keeps the localStorage entry so that the move is tried again at the next start', async () => {
    const legacy = upgradingFromBeforeTheLibrary();
    refusePut((storeName) => storeName === 'settings', quotaError());

    const failed = loadLibraryPreferences(store, legacy);

    await expect(failed).rejects.toBeInstanceOf(StorageError);
    await expect(failed).rejects.toMatchObject({ kind: 'quota' });
    expect(legacy.map.get(LEGACY_PREFERENCES_KEY)).toBe(JSON.stringify(OLD_CHOICES));
    expect(await store.getSetting(PREFERENCES_KEY)).toBeUndefined();

    vi.restoreAllMocks(); // the next start, with room on the disk
    expect(await loadLibraryPreferences(store, legacy)).toEqual(OLD_CHOICES);
    expect(legacy.map.has(LEGACY_PREFERENCES_KEY)).toBe(false);
  });

  it('given localStorage that cannot remove the old entry, still moves the preferences, and the library copy wins afterwards', async () => {
    const legacy = upgradingFromBeforeTheLibrary();
    legacy.removeItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };

    expect(await loadLibraryPreferences(store, legacy)).toEqual(OLD_CHOICES);
    await store.setSetting(PREFERENCES_KEY, { ...OLD_CHOICES, rate: 1.2 });

    expect(await loadLibraryPreferences(store, legacy)).toEqual({ ...OLD_CHOICES, rate: 1.2 });
  });
});

describe('preferences kept in the library, from the first start after the upgrade', () => {
  async function preferencesAtStart(legacy = memoryStorage()) {
    const errors: unknown[] = [];
    const loaded = await loadLibraryPreferences(store, legacy);
    const preferences = new Preferences(
      libraryPreferences(store, loaded, (error) => errors.push(error)),
    );
    return { preferences, errors };
  }

  it('given a person upgrading, shows the rate, voices and shortcuts they chose before', async () => {
    const { preferences } = await preferencesAtStart(upgradingFromBeforeTheLibrary());

    expect(preferences.rate).toBe(1.7);
    expect(preferences.voiceByLanguage).toEqual({ en: 'English (Great Britain) espeak-ng' });
    expect(preferences.singleKeyShortcuts).toBe(false);
  });

  it('writes a new choice to the library, where the next visit finds it', async () => {
    const legacy = upgradingFromBeforeTheLibrary();
    const { preferences } = await preferencesAtStart(legacy);

    preferences.setRate(1.2);

    await vi.waitFor(async () =>
      expect(await store.getSetting(PREFERENCES_KEY)).toEqual({
        ...OLD_CHOICES,
        rate: 1.2,
        readEverything: false,
        keepScreenOn: false,
        whenArticleEnds: 'stop',
        listening: USUAL_LISTENING,
      }),
    );
    expect(legacy.map.size).toBe(0);
    const nextVisit = await preferencesAtStart(legacy);
    expect(nextVisit.preferences.rate).toBe(1.2);
    expect(nextVisit.preferences.singleKeyShortcuts).toBe(false);
  });

  it('given the library refuses a write, says so through onError and keeps the choice for the visit', async () => {
    const { preferences, errors } = await preferencesAtStart();
    refusePut((storeName) => storeName === 'settings', quotaError());

    preferences.setRate(2.5);

    await vi.waitFor(() => expect(errors).toHaveLength(1));
    expect(errors[0]).toBeInstanceOf(StorageError);
    expect(preferences.rate).toBe(2.5);
  });
});

describe('a choice made just before the page closes', () => {
  it('is noted in localStorage until the library holds it, then the note goes', async () => {
    const web = memoryStorage();
    const preferences = new Preferences(libraryPreferences(store, undefined, () => {}, web));
    preferences.setRate(1.4);
    // Noted at once, before the library's write ends.
    expect(JSON.parse(web.map.get(PENDING_PREFERENCES_KEY) ?? 'null')).toMatchObject({ rate: 1.4 });
    await vi.waitFor(async () =>
      expect(await store.getSetting(PREFERENCES_KEY)).toMatchObject({ rate: 1.4 }),
    );
    await vi.waitFor(() => expect(web.map.has(PENDING_PREFERENCES_KEY)).toBe(false));
  });

  it('given its library write lost with the page, the next start takes it from the note', async () => {
    await store.setSetting(PREFERENCES_KEY, { rate: 1 });
    const web = memoryStorage({
      [PENDING_PREFERENCES_KEY]: JSON.stringify({ rate: 1.5, voiceByLanguage: { en: 'British' } }),
    });

    const loaded = await loadLibraryPreferences(store, web);

    expect(loaded).toEqual({ rate: 1.5, voiceByLanguage: { en: 'British' } });
    expect(await store.getSetting(PREFERENCES_KEY)).toEqual(loaded);
    expect(web.map.has(PENDING_PREFERENCES_KEY)).toBe(false);
  });

  it('given a damaged note, ignores it and uses the preferences in the library', async () => {
    await store.setSetting(PREFERENCES_KEY, { rate: 1.3 });
    for (const damaged of ['42', '"fast"', 'null']) {
      const web = memoryStorage({ [PENDING_PREFERENCES_KEY]: damaged });
      expect(await loadLibraryPreferences(store, web)).toEqual({ rate: 1.3 });
    }
  });

  it('given two quick choices, keeps the note of the later one until the library holds it too', async () => {
    const web = memoryStorage();
    const writes: (() => void)[] = [];
    const slowSettings = {
      getSetting: () => Promise.resolve(undefined),
      setSetting: () => new Promise<void>((resolve) => writes.push(resolve)),
    };
    const preferences = new Preferences(libraryPreferences(slowSettings, undefined, () => {}, web));
    preferences.setRate(1.4);
    preferences.setRate(1.6);

    writes[0]!();
    await Promise.resolve();
    await Promise.resolve();
    // Were the page to close now, the next start would still find 1.6.
    expect(JSON.parse(web.map.get(PENDING_PREFERENCES_KEY) ?? 'null')).toMatchObject({ rate: 1.6 });

    writes[1]!();
    await vi.waitFor(() => expect(web.map.has(PENDING_PREFERENCES_KEY)).toBe(false));
  });
});

describe('the screen and queue choices, once kept on their own', () => {
  /** localStorage as a person upgrading has it: the screen kept on, going on after an article. */
  function keptOnTheirOwn(entries: Record<string, string> = {}) {
    return memoryStorage({
      [SEPARATE_CHOICE_KEYS.keepScreenOn]: 'true',
      [SEPARATE_CHOICE_KEYS.whenArticleEnds]: '"next"',
      ...entries,
    });
  }

  it('given a person upgrading, moves them into the library with the rest and removes the old entries', async () => {
    await store.setSetting(PREFERENCES_KEY, { rate: 1.5 });
    const legacy = keptOnTheirOwn();

    const preferences = new Preferences(
      libraryPreferences(store, await loadLibraryPreferences(store, legacy), () => {}),
    );

    expect(preferences).toMatchObject({ rate: 1.5, keepScreenOn: true, whenArticleEnds: 'next' });
    expect(await store.getSetting(PREFERENCES_KEY)).toEqual({
      rate: 1.5,
      keepScreenOn: true,
      whenArticleEnds: 'next',
    });
    expect(legacy.map.size).toBe(0);
  });

  it('moves them along with preferences from before the library, or a choice still noted', async () => {
    const legacy = keptOnTheirOwn({ [LEGACY_PREFERENCES_KEY]: JSON.stringify(OLD_CHOICES) });
    expect(await loadLibraryPreferences(store, legacy)).toEqual({
      ...OLD_CHOICES,
      keepScreenOn: true,
      whenArticleEnds: 'next',
    });
    expect(legacy.map.size).toBe(0);

    const noted = keptOnTheirOwn({ [PENDING_PREFERENCES_KEY]: JSON.stringify({ rate: 2 }) });
    expect(await loadLibraryPreferences(store, noted)).toEqual({
      rate: 2,
      keepScreenOn: true,
      whenArticleEnds: 'next',
    });
    expect(await store.getSetting(PREFERENCES_KEY)).toEqual({
      rate: 2,
      keepScreenOn: true,
      whenArticleEnds: 'next',
    });
  });

  it('takes an old entry only where the preferences have no choice of their own', async () => {
    await store.setSetting(PREFERENCES_KEY, { keepScreenOn: false, whenArticleEnds: 'maybe' });

    const loaded = await loadLibraryPreferences(store, keptOnTheirOwn());

    expect(loaded).toEqual({ keepScreenOn: false, whenArticleEnds: 'next' });
  });

  it('given a first visit, changes nothing', async () => {
    const legacy = memoryStorage();
    expect(await loadLibraryPreferences(store, legacy)).toBeUndefined();
    expect(await store.getSetting(PREFERENCES_KEY)).toBeUndefined();
  });

  it('given the library refuses the write, keeps the old entries for the next start', async () => {
    const legacy = keptOnTheirOwn();
    refusePut((storeName) => storeName === 'settings', quotaError());

    await expect(loadLibraryPreferences(store, legacy)).rejects.toBeInstanceOf(StorageError);
    expect(legacy.map.get(SEPARATE_CHOICE_KEYS.keepScreenOn)).toBe('true');
  });

  it('without the library, starts from them until a choice is saved with the rest', () => {
    const web = keptOnTheirOwn();
    expect(new Preferences(webStoragePreferences(web))).toMatchObject({
      keepScreenOn: true,
      whenArticleEnds: 'next',
    });

    new Preferences(webStoragePreferences(web)).setWhenArticleEnds('stop');

    web.map.set(SEPARATE_CHOICE_KEYS.keepScreenOn, 'false'); // no longer read
    expect(new Preferences(webStoragePreferences(web))).toMatchObject({
      keepScreenOn: true,
      whenArticleEnds: 'stop',
    });
  });
});

describe('where the preferences are kept, as the app starts', () => {
  it('given the library, keeps them there', async () => {
    const preferences = new Preferences(await startPreferences(store, memoryStorage(), () => {}));
    preferences.setRate(1.4);
    await vi.waitFor(async () =>
      expect(await store.getSetting(PREFERENCES_KEY)).toMatchObject({ rate: 1.4 }),
    );
  });

  it('without the library, keeps them in Web Storage', async () => {
    const web = memoryStorage();
    new Preferences(await startPreferences(null, web, () => {})).setRate(1.4);
    expect(JSON.parse(web.map.get(LEGACY_PREFERENCES_KEY) ?? 'null')).toMatchObject({ rate: 1.4 });
  });

  it('given a library that cannot read its settings, keeps them in Web Storage, where they were', async () => {
    const refused = () => Promise.reject(new Error('The disk went away'));
    const broken = { getSetting: refused, setSetting: refused };
    const legacy = upgradingFromBeforeTheLibrary();

    const preferences = new Preferences(await startPreferences(broken, legacy, () => {}));

    expect(preferences.rate).toBe(1.7);
    expect(legacy.map.has(LEGACY_PREFERENCES_KEY)).toBe(true);
  });
});
