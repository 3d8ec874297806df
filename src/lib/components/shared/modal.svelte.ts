// One way for Aloud's modal dialogs to follow an `open` flag: the native modal dialog traps
// focus and closes on Escape; this opens and closes it with the flag, and gives focus back
// to where it was (never to the top of the page). Chromium gives it back by itself; the
// browsers that do not yet are why it is done here too.
import type { Attachment } from 'svelte/attachments';
import type { Announcer } from '../../app/announcer.svelte';

/**
 * Attach to a <dialog>: shown as a modal while `isOpen()`, closed when it turns false; when
 * the dialog closes itself (Escape, a method="dialog" form), `onClosed` is told, and what
 * `announcer` must not let be missed meanwhile is said again. `onOpened` is told when it
 * opens (performance.now()), just before it shows.
 */
export function modal(
  isOpen: () => boolean,
  onClosed: () => void,
  announcer: Announcer,
  onOpened: (at: number) => void = () => {},
): Attachment<HTMLDialogElement> {
  let returnFocusTo: HTMLElement | null = null;
  let openedAt = 0;
  return (dialog) => {
    const open = isOpen();
    if (open && !dialog.open) {
      returnFocusTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      openedAt = performance.now();
      onOpened(openedAt);
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
    const closed = () => {
      onClosed();
      returnFocusTo?.focus();
      // Reading ended, or failed, while the dialog was open: said again, now to the page.
      announcer.sayAgainSince(openedAt);
    };
    dialog.addEventListener('close', closed);
    return () => dialog.removeEventListener('close', closed);
  };
}
