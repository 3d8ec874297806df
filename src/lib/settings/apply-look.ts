import { defaultWebStorage, storageNote, type KeyValueStorage } from '../platform/web-storage';
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
  storage: KeyValueStorage | null = defaultWebStorage(),
  lightDark = globalThis.CSS?.supports?.('color', 'light-dark(#000, #fff)') ?? false,
): void {
  const properties = lookProperties(look, lightDark);
  for (const name of LOOK_PROPERTY_NAMES) root.style.removeProperty(name);
  for (const [name, value] of Object.entries(properties)) root.style.setProperty(name, value);
  registerFont(look.font);
  // A copy refused (storage full or blocked) is no fault: the look holds now, and is set
  // again once the preferences load.
  const copy = storageNote(storage, LOOK_STORAGE_KEY);
  if (Object.keys(properties).length === 0) copy.remove();
  else copy.write(properties);
}
