// The last reading place, written synchronously to localStorage when the page is hidden or
// closed. An IndexedDB write started then may not finish (a closing page runs no more code:
// its transaction's read completes, its write never starts); a synchronous localStorage
// write does. The next start hands the place to the library, where the newest place wins.
import { storageNote, type KeyValueStorage } from '../platform/web-storage';
import type { PositionUpdate } from './types';

export interface JournaledPosition {
  id: string;
  update: PositionUpdate;
}

export interface PositionJournal {
  save(entry: JournaledPosition): void;
  /** The place written last, removed from the journal; null when there is none. */
  take(): JournaledPosition | null;
}

const JOURNAL_KEY = 'aloud.lastPosition';

/** A journal in Web Storage (localStorage); it does nothing when storage is blocked. */
export function webStorageJournal(storage: KeyValueStorage | null): PositionJournal {
  const note = storageNote(storage, JOURNAL_KEY);
  return {
    save: (entry) => void note.write(entry),
    take() {
      const entry = note.read();
      note.remove();
      return validEntry(entry);
    },
  };
}

/** The entry if it has the shape of one (storage can hold anything). */
function validEntry(value: unknown): JournaledPosition | null {
  if (!value || typeof value !== 'object') return null;
  const { id, update } = value as { id?: unknown; update?: Record<string, unknown> };
  if (typeof id !== 'string' || !update || typeof update !== 'object') return null;
  const numbers = ['block', 'offset', 'at', 'charactersRead'].every(
    (key) => typeof update[key] === 'number' && Number.isFinite(update[key]),
  );
  if (!numbers || typeof update.finished !== 'boolean') return null;
  return { id, update: update as unknown as PositionUpdate };
}
