// Export and import of the whole library as one JSON file: rarely used, so loaded on demand.
import type { ArticleStore } from './articles';
import { joinParts, toParts } from './content-parts';
import { LIBRARY_FILE_FORMAT, LIBRARY_FILE_VERSION } from './library-file';
import type { ArticleRecord, ExportedArticle, LibraryFile } from './types';
import { withBookmark } from './bookmarks';
import { readLook } from '../settings/look-choice';
import { readFilePreferences, type FilePreferences } from '../settings/file-preferences';
import { PREFERENCES_KEY } from '../settings/stored-preferences';
import { readSpeechSettings } from '../text/rewrite/speech-rules';

/** What an import did, for the message that follows it. */
export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The whole library, every article with its blocks and the preferences, for a file. */
export async function exportLibrary(store: ArticleStore): Promise<LibraryFile> {
  const exportedAt = store.now();
  const [records, contents, preferences] = await store.read(async (db) => {
    const tx = db.transaction(['articles', 'contents', 'settings']);
    return Promise.all([
      tx.objectStore('articles').index('openedAt').getAll(),
      tx.objectStore('contents').getAll(),
      tx.objectStore('settings').get(PREFERENCES_KEY),
      tx.done,
    ]);
  });
  const blocksById = joinParts(contents);
  const articles: ExportedArticle[] = [];
  for (const record of records.reverse()) {
    const blocks = blocksById.get(record.id);
    // Record and blocks are always written together; a record alone could not be read.
    if (blocks) articles.push({ ...record, blocks });
  }
  return {
    format: LIBRARY_FILE_FORMAT,
    version: LIBRARY_FILE_VERSION,
    exportedAt,
    articles,
    preferences: isPlainObject(preferences) ? readFilePreferences(preferences) : null,
  };
}

/**
 * Merges a library file (already checked by parseLibraryFile) into the library, all or
 * nothing. An article already here (same id, or else same text) is not duplicated: it
 * keeps its id and title and takes the file's reading place only if that is newer.
 */
export function importLibrary(store: ArticleStore, file: LibraryFile): Promise<ImportSummary> {
  return store.write(['articles', 'contents', 'settings'], async (tx) => {
    const articles = tx.objectStore('articles');
    const contents = tx.objectStore('contents');
    const settings = tx.objectStore('settings');
    const [existingRecords, storedPreferences] = await Promise.all([
      articles.getAll(),
      settings.get(PREFERENCES_KEY),
    ]);
    const byId = new Map(existingRecords.map((record) => [record.id, record]));
    const byHash = new Map(existingRecords.map((record) => [record.contentHash, record]));
    const summary: ImportSummary = { added: 0, updated: 0, unchanged: 0 };
    // Requests are queued without waiting for each (the transaction runs them in order and
    // fails as a whole), each handled at once: if a later one throws, the transaction is
    // aborted and the earlier ones fail with it, which the caller hears once, not each.
    const writes: Promise<unknown>[] = [];
    const queue = (request: Promise<unknown>): void => {
      void request.catch(() => undefined);
      writes.push(request);
    };

    // Times from another device's clock (or a hand-edited file) are never in the future:
    // a place dated ahead would make every place saved here look older, and be dropped.
    const now = store.now();
    for (const { blocks, ...exported } of file.articles) {
      const incoming = clampTimes(exported, now);
      const existing = byId.get(incoming.id) ?? byHash.get(incoming.contentHash);
      if (!existing) {
        const record: ArticleRecord = { ...incoming };
        queue(articles.put(record));
        for (const part of toParts(record.id, blocks)) queue(contents.put(part));
        byId.set(record.id, record);
        byHash.set(record.contentHash, record);
        summary.added++;
        continue;
      }
      const merged = mergeRecord(existing, incoming);
      if (merged === existing) {
        summary.unchanged++;
        continue;
      }
      queue(articles.put(merged));
      byId.set(merged.id, merged);
      byHash.set(merged.contentHash, merged);
      summary.updated++;
    }

    if (file.preferences) {
      queue(settings.put(mergePreferences(storedPreferences, file.preferences), PREFERENCES_KEY));
    }
    await Promise.all(writes);
    return summary;
  });
}

/**
 * The existing record with what the file adds: the newer reading place and the bookmarks
 * (only for the same text, where a place means the same thing) and the later opening. The same object if
 * nothing changed.
 */
function mergeRecord(existing: ArticleRecord, incoming: ArticleRecord): ArticleRecord {
  let merged = existing;
  if (
    incoming.contentHash === existing.contentHash &&
    incoming.position.at > existing.position.at
  ) {
    merged = {
      ...merged,
      position: { ...incoming.position },
      charactersRead: incoming.charactersRead,
      finished: incoming.finished,
    };
  }
  if (incoming.openedAt > existing.openedAt) merged = { ...merged, openedAt: incoming.openedAt };
  // Bookmarks of the same text are joined: one made on either device is kept.
  if (incoming.contentHash === existing.contentHash && incoming.bookmarks) {
    const here = existing.bookmarks ?? [];
    const joined = incoming.bookmarks.reduce(
      (list, mark) => withBookmark(list, mark) ?? list,
      here,
    );
    if (joined.length > here.length) merged = { ...merged, bookmarks: joined };
  }
  return merged;
}

/**
 * The preferences here with the file's (read by parseLibraryFile, so each value is usable):
 * what the file leaves out keeps the one chosen here; voices are merged by language, the look
 * part by part, and rules written here and not in the file are kept.
 */
function mergePreferences(stored: unknown, file: FilePreferences): FilePreferences {
  const here = readFilePreferences(stored);
  const merged: FilePreferences = { ...here, ...file };
  if (file.voiceByLanguage) {
    merged.voiceByLanguage = { ...here.voiceByLanguage, ...file.voiceByLanguage };
  }
  if (file.look) merged.look = readLook(file.look, readLook(here.look));
  if (file.speech) {
    const own = readSpeechSettings(here.speech);
    // The file's version of a rule wins; a device without rules of the file's keeps its own.
    const ids = new Set(file.speech.rules.map((rule) => rule.id));
    merged.speech = {
      emoji: file.speech.emoji ?? own.emoji,
      rules: [...file.speech.rules, ...own.rules.filter((rule) => !ids.has(rule.id))],
    };
  }
  return merged;
}

/** The record with no time later than `now`. */
function clampTimes(record: ArticleRecord, now: number): ArticleRecord {
  return {
    ...record,
    addedAt: Math.min(record.addedAt, now),
    openedAt: Math.min(record.openedAt, now),
    position: { ...record.position, at: Math.min(record.position.at, now) },
  };
}
