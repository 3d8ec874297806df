/// <reference lib="webworker" />
// In the service worker: fetches a page for the app. The page's own policy lets it connect
// to Aloud's origin only; the person asked for this address, so the worker fetches it, as
// the site allows: with CORS, without cookies. Nothing fetched runs: the app extracts text.
import { MAX_INPUT_BYTES } from '../text/file-kinds';
import { FETCH_HEADER, type FetchFailure } from './links';

/** A page that has not answered by then is taken as unreachable. */
const FETCH_TIMEOUT_MS = 20_000;

/** What the app can read: a web page, or plain text or Markdown. */
const READABLE = /^(text\/html|application\/xhtml\+xml|text\/plain|text\/markdown)\b/i;

function failed(failure: FetchFailure, status = 0): Response {
  return new Response(JSON.stringify({ failure, status }), {
    status: 502,
    headers: { 'content-type': 'application/json', [FETCH_HEADER]: 'failed' },
  });
}

/** Answers `/fetch-page?url=…` with the page, or with why it could not be fetched. */
export async function fetchPageForApp({ url }: { url: URL }): Promise<Response> {
  const address = url.searchParams.get('url') ?? '';
  if (!/^https?:\/\//i.test(address)) return failed('not-a-page');
  let response: Response;
  try {
    response = await fetch(address, {
      mode: 'cors',
      credentials: 'omit',
      redirect: 'follow',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
  } catch {
    // A refusal (no CORS), a site that does not answer, or no network: only the last is
    // known for sure.
    return failed(self.navigator.onLine ? 'refused' : 'offline');
  }
  if (!response.ok) return failed('status', response.status);
  const type = response.headers.get('content-type') ?? '';
  if (!READABLE.test(type)) return failed('not-a-page');
  if (Number(response.headers.get('content-length') ?? 0) > MAX_INPUT_BYTES)
    return failed('too-large');
  const body = await response.blob();
  if (body.size > MAX_INPUT_BYTES) return failed('too-large');
  return new Response(body, {
    headers: { 'content-type': type, [FETCH_HEADER]: 'ok', 'x-aloud-url': response.url },
  });
}
