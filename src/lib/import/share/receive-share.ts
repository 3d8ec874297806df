/// <reference lib="webworker" />
// In the service worker: a share arrives as a POST the page never sees. It is kept, and the
// app opens to take it (share-inbox.ts), online or not.
import { keepShare } from './share-inbox';
import { SHARE_LANDING } from './share-names';

/** Keeps the shared form and sends the browser to the app, which brings it in. */
export async function receiveShare({ request }: { request: Request }): Promise<Response> {
  try {
    await keepShare(await request.formData());
    return Response.redirect(SHARE_LANDING, 303);
  } catch {
    // A form that cannot be read or kept: the app opens and says so.
    return Response.redirect(`${SHARE_LANDING}=failed`, 303);
  }
}
