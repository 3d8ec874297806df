import type { Preferences } from './preferences.svelte';
import { applyLook } from './apply-look';
import { readLook } from './look-choice';

/**
 * Keeps the page's look in step with the preferences: at start (the look index.html's inline
 * script set from the last visit's copy may be stale, or gone with site data), after each
 * change in the display settings, and after a library file brings its own. Returns a cleanup.
 */
export function followLook(preferences: Preferences): () => void {
  return $effect.root(() => {
    $effect(() => applyLook(readLook(preferences.look)));
  });
}
