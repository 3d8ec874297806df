// On the page: what other apps shared (kept by the service worker, share-inbox.ts) is
// brought in as if dropped or pasted: files as files, text as an article. Loaded on demand.
import type { AppController } from '../app-controller.svelte';
import { bringInLink } from './bring-in-link';
import { bringIn, type ImportSource } from './bring-in';
import { takeShares } from '../../import/share/share-inbox';
import { isEmptyShare, sharedContent, type SharedContent } from '../../import/share/shared-content';

const EMPTY_MESSAGE = 'Nothing came with the share: there is nothing to read. Nothing was changed.';
const FAILED_MESSAGE =
  'Something was shared with Aloud, but it could not be read. Try sharing it again. Nothing was changed.';

function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

/** Where shared words came from, for people: the link's site when there is one. */
function sourceOf(content: SharedContent): string {
  try {
    return content.link ? `Shared from ${new URL(content.link).hostname}` : 'Shared text';
  } catch {
    return 'Shared text';
  }
}

/** What to import from a share. */
function sourcesOf(content: SharedContent): ImportSource[] {
  const sources: ImportSource[] = content.files.map((file) => ({ kind: 'file', file }));
  if (content.text) {
    sources.push({
      kind: 'text',
      text: content.text.body,
      title: content.text.title ?? undefined,
      source: sourceOf(content),
    });
  }
  return sources;
}

/**
 * Brings in every share waiting, in the order they came; says why for one that holds none.
 * The address the service worker opened (`/?shared`) goes back to the app's own.
 */
export async function bringInShares(controller: AppController): Promise<void> {
  const say = (message: string) => controller.notices.say(message);
  const arrived = controller.router.arrival.get('shared');
  if (arrived !== null) controller.router.forgetArrival('shared');
  if (arrived === 'failed') say(FAILED_MESSAGE);
  for (const form of await takeShares()) {
    const content = sharedContent({
      title: field(form, 'title'),
      text: field(form, 'text'),
      url: field(form, 'url'),
      files: form.getAll('files').filter((value): value is File => value instanceof File),
    });
    const sources = sourcesOf(content);
    if (sources.length > 0) await bringIn(sources, controller, say);
    else if (isEmptyShare(content)) say(EMPTY_MESSAGE);
    else if (content.link) await bringInLink(content.link, controller, say);
  }
}
