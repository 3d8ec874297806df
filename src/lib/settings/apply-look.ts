import { registerFont } from './fonts';
import { LOOK_PROPERTY_NAMES, lookProperties } from './look';
import type { Look } from './look-choice';

/**
 * Where the look's properties are kept for the inline script in index.html's head, which sets
 * them before the first paint of the next visit (the preferences in IndexedDB can only be read
 * after it).
 */
export const LOOK_STORAGE_KEY = 'aloud-look';

/** Sets a look on the page, and keeps it for the next visit's first paint. */
export function applyLook(
  look: Look,
  root: Pick<HTMLElement, 'style'> = document.documentElement,
  storage: Pick<Storage, 'setItem' | 'removeItem'> | null = safeLocalStorage(),
  lightDark = globalThis.CSS?.supports?.('color', 'light-dark(#000, #fff)') ?? false,
): void {
  const properties = lookProperties(look, lightDark);
  for (const name of LOOK_PROPERTY_NAMES) root.style.removeProperty(name);
  for (const [name, value] of Object.entries(properties)) root.style.setProperty(name, value);
  registerFont(look.font);
  try {
    if (Object.keys(properties).length === 0) storage?.removeItem(LOOK_STORAGE_KEY);
    else storage?.setItem(LOOK_STORAGE_KEY, JSON.stringify(properties));
  } catch {
    // Storage full or refused: the look holds now, and is set again once preferences load.
  }
}

function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
