import type { KeyValueStorage } from '../../../src/lib/platform/web-storage';

/** Web Storage over a Map, so each test starts clean and can look inside. */
export function memoryStorage(entries: Record<string, string> = {}): KeyValueStorage & {
  map: Map<string, string>;
} {
  const map = new Map(Object.entries(entries));
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}
