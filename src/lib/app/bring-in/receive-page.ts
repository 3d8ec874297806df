// On the page Aloud opened for the "Send to Aloud" bookmarklet (`/?send`): takes the page
// from the window that opened Aloud, and from no other, asks before saving it, and then
// brings it in exactly as a dropped web page file. Loaded on demand.
import type { AppController } from '../app-controller.svelte';
import { bringIn } from './bring-in';
import { LIMIT_TEXT, MAX_INPUT_BYTES } from '../../import/text/file-kinds';
import {
  READY_MESSAGE,
  SEND_MESSAGES,
  isPageMessage,
  readSentPage,
  type SentPage,
} from '../../import/send/sent-page';

/** How long the opener has to send its page once Aloud says it is ready. */
const ARRIVAL_LIMIT_MS = 15_000;

/**
 * Listens for the page the bookmarklet sends; anything else that claims to be one is
 * refused, with a message. The address goes back to the app's own at once.
 */
export function receiveSentPage(controller: AppController): void {
  const say = (message: string) => controller.notices.say(message);
  controller.router.forgetArrival('send');

  const opener = window.opener as Window | null;
  let received = false;
  window.addEventListener('message', (event) => {
    if (!isPageMessage(event.data)) return;
    if (opener === null || event.source !== opener) {
      say(SEND_MESSAGES.notOpener);
      return;
    }
    // One page per bookmarklet click: a second message is not asked about again.
    if (received) return;
    received = true;
    const page = readSentPage(event.data, event.origin);
    if (!page) {
      say(SEND_MESSAGES.unreadable);
      return;
    }
    void takePage(page, controller, say);
  });
  if (opener === null) {
    say(SEND_MESSAGES.noOpener);
    return;
  }
  // "Ready" says nothing about the person: any origin may hear it; the page goes to ours only.
  opener.postMessage(READY_MESSAGE, '*');
  setTimeout(() => {
    if (!received) say(SEND_MESSAGES.nothingArrived);
  }, ARRIVAL_LIMIT_MS);
}

async function takePage(
  page: SentPage,
  controller: AppController,
  say: (message: string) => void,
): Promise<void> {
  // Checked as a dropped file's size is, before anything else happens.
  if (new Blob([page.html]).size > MAX_INPUT_BYTES) {
    say(
      `The page from ${page.site} is too large: Aloud opens pages up to ${LIMIT_TEXT}. Nothing was changed.`,
    );
    return;
  }
  if (!(await controller.askToSave(page))) return;
  await bringIn(
    [{ kind: 'page', html: page.html, source: page.site, url: page.url }],
    controller,
    say,
  );
}
