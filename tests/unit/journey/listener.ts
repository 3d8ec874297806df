// The screen reader of the journey: Guidepup's virtual screen reader, hearing only what a
// browser would let it hear.
import { Virtual } from '@guidepup/virtual-screen-reader';
import { topModal } from './dom-gaps';

/**
 * Whether a change at `node` can reach a screen reader. The virtual screen reader hears
 * every live region in its container; a browser exposes none that is in a closed <dialog>
 * (not rendered), hidden, or outside the modal dialog that is open (inert). Without this,
 * the page's live region and the dialog's would each be heard, always twice.
 */
function exposed(node: Node): boolean {
  const element = node instanceof Element ? node : node.parentElement;
  if (!element || element.closest('dialog:not([open]), [hidden], [inert]')) return false;
  const modal = topModal();
  return !modal || modal.contains(element);
}

/** A MutationObserver that passes on only the changes a screen reader could hear. */
class ExposedMutationObserver extends MutationObserver {
  constructor(callback: MutationCallback) {
    super((records, observer) => {
      callback(
        records.filter((record) => exposed(record.target)),
        observer,
      );
    });
  }
}

/** What the live regions said: "polite: Paused". */
const LIVE_PHRASE = /^(polite|assertive): /;

export interface Listener {
  virtual: Virtual;
  /** Where the spoken phrase log is now, to read what is said from here on. */
  mark(): Promise<number>;
  /** Everything the screen reader said since `mark`. */
  saidSince(mark: number): Promise<string[]>;
  /**
   * What the live regions said since `mark`. A region emptied is logged as "polite: " and
   * is silence to a screen reader (the announcer empties it before each message).
   */
  announcedSince(mark: number): Promise<string[]>;
}

/**
 * Starts a virtual screen reader on `container`. `advanceTimers` lets its simulated user
 * wait under fake timers.
 */
export async function startListener(
  container: HTMLElement,
  advanceTimers: (ms: number) => Promise<unknown>,
): Promise<Listener> {
  const virtual = new Virtual();
  await virtual.start({
    container,
    window: { document, MutationObserver: ExposedMutationObserver },
    advanceTimers: async (ms) => void (await advanceTimers(ms)),
  });
  const saidSince = async (mark: number) => (await virtual.spokenPhraseLog()).slice(mark);
  return {
    virtual,
    mark: async () => (await virtual.spokenPhraseLog()).length,
    saidSince,
    announcedSince: async (mark) =>
      (await saidSince(mark)).filter(
        (phrase) => LIVE_PHRASE.test(phrase) && phrase.replace(LIVE_PHRASE, '').trim() !== '',
      ),
  };
}
