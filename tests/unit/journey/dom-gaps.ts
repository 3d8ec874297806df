// What the app needs of a browser that jsdom 29 lacks, as little of it as the journey needs.
// Installed on the jsdom window of one test file; `removeDomGaps` puts everything back.

/** The dialogs shown with showModal() and still open, the last one on top. */
const modals: HTMLDialogElement[] = [];

/** The modal dialog on top, if any: everything outside it is inert, as in a browser. */
export function topModal(): HTMLDialogElement | null {
  return modals.at(-1) ?? null;
}

const FOCUSABLE = 'button, input, select, textarea, a[href], [tabindex]:not([tabindex="-1"])';

type Restore = () => void;
const restores: Restore[] = [];

/** Sets `target[key]` for the test file, remembering what was there before. */
function stand(target: object, key: string, value: unknown): void {
  const before = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { value, configurable: true, writable: true });
  restores.push(() => {
    if (before) Object.defineProperty(target, key, before);
    else Reflect.deleteProperty(target, key);
  });
}

/** Installs the stand-ins below; call `removeDomGaps` after the test. */
export function installDomGaps(): void {
  const dialog = HTMLDialogElement.prototype;
  // jsdom has the <dialog> element but none of its behaviour. A browser's showModal() also
  // makes the rest of the page inert and focuses the first control inside: the inert part is
  // modelled by `topModal` (the screen reader double hears nothing outside it), the focus
  // here, since the screen reader follows it into the dialog.
  stand(dialog, 'showModal', function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
    modals.push(this);
    this.querySelector<HTMLElement>(FOCUSABLE)?.focus();
  });
  stand(dialog, 'close', function close(this: HTMLDialogElement) {
    if (!this.open) return;
    this.removeAttribute('open');
    modals.splice(modals.indexOf(this), 1);
    // A browser queues `close` as a task; at once is enough for the app, which only
    // listens for it.
    this.dispatchEvent(new Event('close'));
  });
  // A <form method="dialog"> closes its dialog when submitted (the dialog's Close button);
  // jsdom fires `submit` and then reports the submission as not implemented.
  const submitToDialog = (event: Event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || form.method !== 'dialog') return;
    event.preventDefault();
    form.closest('dialog')?.close();
  };
  document.addEventListener('submit', submitToDialog);
  restores.push(() => document.removeEventListener('submit', submitToDialog));

  // The player bar publishes its height through a ResizeObserver: layout jsdom has not got.
  stand(
    globalThis,
    'ResizeObserver',
    class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    },
  );
  // The reading follower asks for reduced motion before it scrolls, and scrolls.
  stand(window, 'matchMedia', (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener() {},
    removeEventListener() {},
    addListener() {},
    removeListener() {},
    dispatchEvent: () => false,
  }));
  stand(Element.prototype, 'scrollIntoView', () => {});
  // The virtual screen reader finds the targets of aria-controls and aria-describedby with
  // CSS.escape, which jsdom has not got. The app's ids are plain words: escaping what is
  // not a letter, digit, - or _ (and a leading digit) is all the CSS spec would do to them.
  stand(globalThis, 'CSS', {
    escape: (value: string) =>
      value.replace(/[^\w-]/g, (char) => `\\${char}`).replace(/^\d/, (digit) => `\\3${digit} `),
  });
  // The silent signal that keeps lock-screen controls (platform/media-session) plays and
  // pauses with reading; jsdom's media elements do neither (play() returns no promise).
  stand(HTMLMediaElement.prototype, 'play', () => Promise.resolve());
  stand(HTMLMediaElement.prototype, 'pause', () => {});
}

/** Puts back what `installDomGaps` replaced. */
export function removeDomGaps(): void {
  for (const restore of restores.splice(0).reverse()) restore();
  modals.length = 0;
}
