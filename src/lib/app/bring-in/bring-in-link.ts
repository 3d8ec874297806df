// Bringing in a link (typed, pasted alone, shared alone, or tried again): its page is
// fetched when the site allows it and imported as any page; when not, the link is kept in
// the library, waiting for its text, and the person hears why and what works. On demand.
import type { AppController } from '../app-controller.svelte';
import { bringIn, withProgress, type ImportSource } from './bring-in';
import { fetchPage } from '../../import/link/fetch-page';
import {
  WAYS_THAT_WORK,
  failureReason,
  linkTitle,
  siteOf,
  waitingMessage,
} from '../../import/link/links';

/**
 * Brings in the page at `address`; true when it was read. Whatever goes wrong is said
 * through `onRefused`; the open article stays as it is.
 */
export async function bringInLink(
  address: string,
  controller: AppController,
  onRefused: (message: string) => void = (message) => controller.notices.say(message),
): Promise<boolean> {
  const site = siteOf(address);
  const fetched = await withProgress(controller, site, 'fetching', () => fetchPage(address));
  if (fetched.ok) {
    // The address as given, not as redirected: it is what a waiting entry was kept under.
    const source: ImportSource =
      fetched.kind === 'html'
        ? { kind: 'page', html: fetched.body, source: site, url: address }
        : { kind: 'text', text: fetched.body, source: site, url: address };
    const [result] = await bringIn([source], controller, onRefused);
    return result?.ok ?? false;
  }
  const kept = await controller.library.keepWaitingLink({
    url: address,
    title: linkTitle(address),
    source: site,
    lang: navigator.language,
    failure: fetched.failure,
  });
  onRefused(
    kept
      ? waitingMessage(fetched.failure, address)
      : `${failureReason(fetched.failure, address)} ${WAYS_THAT_WORK}`,
  );
  return false;
}
