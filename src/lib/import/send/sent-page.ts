// The "Send to Aloud" bookmarklet and the page it sends: what the bookmarklet runs on the
// person's page, and the check of what arrives. No DOM here: the window work is in
// receive-page.ts.

/** What Aloud tells the page that opened it once it listens: nothing but that it is ready. */
export const READY_MESSAGE = 'aloud-ready';
/** The `type` of the message that carries a page. */
export const PAGE_MESSAGE = 'aloud-page';

/**
 * The bookmarklet for an Aloud at `origin`, as a `javascript:` address. It opens Aloud
 * (`/?send`), waits until that window, and only it, says it is ready, then posts the page's
 * HTML to Aloud's origin alone. Kept to what every browser runs, and short: it is a bookmark.
 */
export function bookmarkletFor(origin: string): string {
  const code =
    `(()=>{const o=${JSON.stringify(origin)},w=open(o+'/?send');` +
    `if(!w){alert('Aloud could not open: allow pop-ups for this site, then try again.');return}` +
    `const m={type:'${PAGE_MESSAGE}',html:document.documentElement.outerHTML,url:location.href,title:document.title};` +
    `addEventListener('message',function f(e){if(e.source===w&&e.origin===o&&e.data==='${READY_MESSAGE}'){removeEventListener('message',f);w.postMessage(m,o)}})})()`;
  return `javascript:${encodeURIComponent(code)}`;
}

/** A page sent by the bookmarklet, checked. */
export interface SentPage {
  html: string;
  /** The page's own title, for the question before saving. */
  title: string;
  /** The sending page's site, from the message's origin (which a page cannot fake). */
  site: string;
  /** The page's address, when it is on that origin (a link kept waiting gives way to it). */
  url?: string;
}

/** True when data is shaped like the bookmarklet's message (from wherever it came). */
export function isPageMessage(data: unknown): data is Record<string, unknown> {
  return (
    typeof data === 'object' && data !== null && (data as { type?: unknown }).type === PAGE_MESSAGE
  );
}

/** The page in a message from `origin`, or null when the message is not one. */
export function readSentPage(data: unknown, origin: string): SentPage | null {
  if (!isPageMessage(data) || typeof data.html !== 'string' || data.html.trim() === '') return null;
  let site: string;
  try {
    const url = new URL(origin);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    site = url.hostname;
  } catch {
    return null;
  }
  const title = typeof data.title === 'string' ? data.title.trim() : '';
  const url = typeof data.url === 'string' && sameOrigin(data.url, origin) ? data.url : undefined;
  return { html: data.html, title: title || site, site, ...(url ? { url } : {}) };
}

function sameOrigin(address: string, origin: string): boolean {
  try {
    return new URL(address).origin === origin;
  } catch {
    return false;
  }
}

/** What Aloud says when a page cannot be received, for people. */
export const SEND_MESSAGES = {
  noOpener:
    'Aloud was opened to receive a page, but cannot reach the page that opened it (some sites do not allow it). Copy the article on that page and paste it into New article instead. Nothing was changed.',
  notOpener:
    'A page that Aloud did not open tried to send it an article. Aloud ignored it: only the page you send with the bookmarklet is taken. Nothing was changed.',
  nothingArrived:
    'No page arrived from the Send to Aloud bookmarklet. Try it again from the page, or copy the article and paste it into New article. Nothing was changed.',
  unreadable:
    'What the page sent could not be read as a web page. Copy the article and paste it into New article instead. Nothing was changed.',
} as const;
