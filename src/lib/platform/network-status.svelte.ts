/**
 * Whether the device is online, as reactive state: the only module that reads
 * navigator.onLine. Voices that need the network are not used while it is false.
 */
export class NetworkStatus {
  online = $state(true);

  /** Follows the browser's online and offline events; returns the function that stops. */
  start(): () => void {
    const update = () => (this.online = navigator.onLine);
    update();
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }
}
