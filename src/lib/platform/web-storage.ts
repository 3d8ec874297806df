// Web Storage (localStorage): small notes written synchronously, the one kind of write a
// closing page is sure to finish. Every access can throw (blocked cookies, a full disk).

/** The part of Web Storage that Aloud uses, so tests can pass a Map-backed one. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem?(key: string): void;
}

/** The browser's localStorage, or null when it is blocked (it can throw on access). */
export function defaultWebStorage(): KeyValueStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** One JSON value kept under one key; every failure is quiet (the note is a safety net). */
export interface StorageNote {
  /** Writes the value; returns its JSON, as stored. */
  write(value: unknown): string;
  /** The value, or null when there is none or it is damaged. */
  read(): unknown;
  /** The stored JSON as it is, to tell whether it changed since. */
  raw(): string | null;
  remove(): void;
}

/** The note under `key` in `storage` (which may be null: then nothing is kept). */
export function storageNote(storage: KeyValueStorage | null, key: string): StorageNote {
  const raw = (): string | null => {
    try {
      return storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  };
  return {
    write(value) {
      const json = JSON.stringify(value);
      try {
        storage?.setItem(key, json);
      } catch {
        // Full or blocked: what the note guards is then kept for the visit only.
      }
      return json;
    },
    read() {
      try {
        return JSON.parse(raw() ?? 'null') as unknown;
      } catch {
        return null; // damaged: ignored, and the next write replaces it
      }
    },
    raw,
    remove() {
      try {
        storage?.removeItem?.(key);
      } catch {
        // Left behind, it is read again later: the same value, applied again.
      }
    },
  };
}
