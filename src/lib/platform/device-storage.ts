// The only module that uses navigator.storage: persistence and how much the library uses.

export interface DeviceStorage {
  /** Asks the browser not to evict the library under storage pressure. */
  persist(): Promise<boolean>;
  /** Bytes this origin uses, or null when the browser does not say. */
  usage(): Promise<number | null>;
}

/** navigator.storage, where the browser has it. */
export function browserDeviceStorage(): DeviceStorage {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  return {
    async persist() {
      try {
        return (await storage?.persisted?.()) || ((await storage?.persist?.()) ?? false);
      } catch {
        return false;
      }
    },
    async usage() {
      try {
        return (await storage?.estimate?.())?.usage ?? null;
      } catch {
        return null;
      }
    },
  };
}
