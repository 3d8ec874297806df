// Stand-ins for the browser parts the library uses besides IndexedDB: the channel between
// tabs and navigator.storage.
import type { DeviceStorage } from '../../../src/lib/platform/device-storage';
import type { LibraryChannel, LibraryMessage } from '../../../src/lib/library/library-channel';

/** A channel end that records what its tab posted. */
export interface TestChannel extends LibraryChannel {
  readonly posted: LibraryMessage[];
}

/**
 * Channels between tabs of one test, like BroadcastChannel: a message reaches every OTHER
 * end, as a copy, in a later task.
 */
export class ChannelHub {
  #listeners = new Map<TestChannel, Set<(message: LibraryMessage) => void>>();

  /** One tab's end of the channel. */
  channel(): TestChannel {
    const listeners = new Set<(message: LibraryMessage) => void>();
    const end: TestChannel = {
      posted: [],
      post: (message) => {
        end.posted.push(message);
        for (const [other, theirs] of this.#listeners) {
          if (other === end) continue;
          for (const listener of theirs) {
            const copy = structuredClone(message);
            setTimeout(() => {
              // A listener removed meanwhile hears nothing, as with removeEventListener.
              if (theirs.has(listener)) listener(copy);
            }, 0);
          }
        }
      },
      listen: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
    this.#listeners.set(end, listeners);
    return end;
  }
}

/** navigator.storage as a test sees it: counts requests to persist, reports a fixed usage. */
export interface TestDeviceStorage extends DeviceStorage {
  persistRequests: number;
}

export function testDeviceStorage(usage: number | null = 2048): TestDeviceStorage {
  const device: TestDeviceStorage = {
    persistRequests: 0,
    persist: () => {
      device.persistRequests++;
      return Promise.resolve(true);
    },
    usage: () => Promise.resolve(usage),
  };
  return device;
}
