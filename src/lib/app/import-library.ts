// Importing a library file from the library view: loaded with that view, not the shell.
import type { ImportSummary } from '../library/library-transfer';
import type { LibraryFile } from '../library/types';
import { PREFERENCES_KEY } from '../settings/stored-preferences';
import type { AppController } from './app-controller.svelte';

/** Merges a library export, then takes its preferences (rate, voices, shortcuts) at once. */
export async function importLibraryFile(
  controller: AppController,
  file: LibraryFile,
): Promise<ImportSummary | null> {
  const { library, reader } = controller;
  const summary = await library.importFile(file);
  const settings = library.settings;
  if (summary && settings) {
    try {
      reader.applyPreferences(await settings.getSetting(PREFERENCES_KEY));
    } catch {
      // The articles are in; the settings apply at the next start.
    }
  }
  return summary;
}
