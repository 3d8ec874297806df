// On the page: asks the service worker to fetch a page (fetch-route.ts), and reads its
// answer. Loaded on demand.
import { FETCH_HEADER, FETCH_PAGE_PATH, type FetchFailure } from './links';

export type FetchedPage =
  | { ok: true; body: string; kind: 'html' | 'text'; url: string }
  | { ok: false; failure: FetchFailure };

export async function fetchPage(address: string): Promise<FetchedPage> {
  let response: Response;
  try {
    response = await fetch(`${FETCH_PAGE_PATH}?url=${encodeURIComponent(address)}`);
  } catch {
    return { ok: false, failure: navigator.onLine ? 'no-helper' : 'offline' };
  }
  const answer = response.headers.get(FETCH_HEADER);
  if (answer === 'failed') {
    const { failure } = (await response.json()) as { failure: FetchFailure };
    return { ok: false, failure };
  }
  // Not the worker's answer: none controls this page yet (the first visit, or a reload
  // that bypassed it).
  if (answer !== 'ok') return { ok: false, failure: 'no-helper' };
  const type = response.headers.get('content-type') ?? '';
  return {
    ok: true,
    body: await response.text(),
    kind: /html|xml/i.test(type) ? 'html' : 'text',
    url: response.headers.get('x-aloud-url') || address,
  };
}
