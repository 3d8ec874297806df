import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NetworkStatus } from '../../../src/lib/platform/network-status.svelte';

/** The browser's side: whether it is online, and its online and offline events. */
const browser = { onLine: true };
let page: EventTarget;

/** The connection drops or comes back, and the page is told. */
function connection(online: boolean) {
  browser.onLine = online;
  page.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

beforeEach(() => {
  page = new EventTarget();
  browser.onLine = true;
  vi.stubGlobal('window', page);
  vi.stubGlobal('navigator', browser);
});
afterEach(() => vi.unstubAllGlobals());

describe('NetworkStatus', () => {
  it('knows at once that a device opened the app offline', () => {
    browser.onLine = false;
    const network = new NetworkStatus();
    // Until it starts, network voices are not held back.
    expect(network.online).toBe(true);
    network.start();
    expect(network.online).toBe(false);
  });

  it('follows the connection as it drops and comes back', () => {
    const network = new NetworkStatus();
    network.start();
    expect(network.online).toBe(true);
    connection(false);
    expect(network.online).toBe(false);
    connection(true);
    expect(network.online).toBe(true);
  });

  it('stops following once stopped', () => {
    const network = new NetworkStatus();
    const stop = network.start();
    stop();
    connection(false);
    expect(network.online).toBe(true);
    browser.onLine = false;
    page.dispatchEvent(new Event('online'));
    expect(network.online).toBe(true);
  });
});
