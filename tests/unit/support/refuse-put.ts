import { vi } from 'vitest';

/**
 * Makes IndexedDB's put throw `error` in the stores that `refuse` picks, as a browser does
 * when a write is refused, and lets every other put through. vi.restoreAllMocks() undoes it.
 */
export function refusePut(refuse: (storeName: string) => boolean, error: Error): void {
  const put = IDBObjectStore.prototype.put;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    value: unknown,
    key?: IDBValidKey,
  ) {
    if (refuse(this.name)) throw error;
    return put.call(this, value, key);
  });
}

/** The error a browser gives when the disk is full. */
export function quotaError(): DOMException {
  return new DOMException('full', 'QuotaExceededError');
}
