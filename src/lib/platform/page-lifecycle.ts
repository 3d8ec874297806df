/**
 * Calls `callback` when the page is hidden (another app, the lock screen) or closed: the
 * last chance to save, since a closing tab runs no more code after it.
 */
export function onPageHidden(callback: () => void): () => void {
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') callback();
  };
  window.addEventListener('pagehide', callback);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    window.removeEventListener('pagehide', callback);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}
