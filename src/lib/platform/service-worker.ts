/** What the service worker has to tell the page. */
export interface ServiceWorkerEvents {
  /** A new version is installed and waiting for the person to reload. */
  onNeedRefresh(): void;
  /** The app shell is cached for the first time: Aloud now works offline. */
  onOfflineReady(): void;
  /** Another tab switched to the new version: this page runs the old code until reloaded. */
  onNeedReload(): void;
}

/**
 * The only module that deals with the service worker. It registers after the page has
 * loaded, and loads workbox-window on demand, so neither delays the first Play. Resolves to
 * the function that activates a waiting version (the page then reloads), or null where
 * there is no service worker.
 */
export function registerServiceWorker(
  events: ServiceWorkerEvents,
): Promise<(() => Promise<void>) | null> {
  if (!('serviceWorker' in navigator)) return Promise.resolve(null);
  return new Promise((resolve) => {
    const register = () => {
      void import('virtual:pwa-register').then(({ registerSW }) => {
        const update = registerSW({
          immediate: true,
          onNeedRefresh: () => events.onNeedRefresh(),
          onOfflineReady: () => events.onOfflineReady(),
          // Without this the plugin reloads by itself, even in the middle of a sentence.
          onNeedReload: events.onNeedReload,
        });
        resolve(async () => {
          // workbox-window reports the new worker taking control only to pages that were
          // controlled when they registered; a first visit's page must hear it too.
          navigator.serviceWorker.addEventListener('controllerchange', events.onNeedReload, {
            once: true,
          });
          await update(true);
        });
      });
    };
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register, { once: true });
  });
}
