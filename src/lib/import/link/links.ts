// Links brought in to be read: a typed, pasted or shared address, fetched when its site
// allows it, else kept in the library as waiting for its text. Pure: no DOM, no network.

/** Where the page asks its service worker to fetch a page (src/sw.ts answers). */
export const FETCH_PAGE_PATH = '/fetch-page';
/**
 * On every answer of the service worker's fetch: without it, the answer came from the
 * server (no worker controls the page yet), which knows nothing of fetching.
 */
export const FETCH_HEADER = 'x-aloud-fetch';

/** Why a page could not be fetched. */
export type FetchFailure =
  'offline' | 'refused' | 'status' | 'not-a-page' | 'too-large' | 'no-helper';

/** The address, when text is nothing but one web address (typed or pasted alone). */
export function linkIn(text: string): string | null {
  const trimmed = text.trim();
  if (!/^https?:\/\/\S+$/i.test(trimmed)) return null;
  try {
    const url = new URL(trimmed);
    return url.hostname ? url.href : null;
  } catch {
    return null;
  }
}

/** The site of an address, for people: "news.example". */
export function siteOf(address: string): string {
  try {
    return new URL(address).hostname.replace(/^www\./, '');
  } catch {
    return address;
  }
}

/** A title for a link with no text yet: its site and path, as people read addresses. */
export function linkTitle(address: string): string {
  try {
    const url = new URL(address);
    const path = decodeURIComponent(url.pathname).replace(/\/+$/, '');
    return `${siteOf(address)}${path}`;
  } catch {
    return address;
  }
}

/** The fingerprint of a link kept without its text: the same link is kept once. */
export function linkHash(address: string): string {
  return `link:${address}`;
}

/** Why Aloud cannot read the link yet, in words for people. */
export function failureReason(failure: FetchFailure, address: string): string {
  const site = siteOf(address);
  switch (failure) {
    case 'offline':
      return `You are offline, so Aloud could not fetch the page from ${site}.`;
    case 'refused':
      return `${site} does not let other apps read its pages (most sites do not), or could not be reached, so Aloud could not fetch it.`;
    case 'status':
      return `${site} answered with an error instead of the page.`;
    case 'not-a-page':
      return `The link does not lead to a web page or text that Aloud can read.`;
    case 'too-large':
      return `The page from ${site} is larger than Aloud opens (10 MB).`;
    case 'no-helper':
      return `Aloud is still getting ready to fetch pages (its offline helper starts on the first visit); try again in a moment.`;
  }
}

/** What works instead, said with every failure. */
export const WAYS_THAT_WORK =
  'Open the page, copy the article and paste it into New article, or send it with the Send to Aloud bookmarklet.';

/** The whole message for a link kept waiting. */
export function waitingMessage(failure: FetchFailure, address: string): string {
  return `${failureReason(failure, address)} It is in your library, waiting for its text. ${WAYS_THAT_WORK}`;
}
