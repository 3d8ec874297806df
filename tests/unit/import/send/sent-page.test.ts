import { describe, expect, it, vi } from 'vitest';
import {
  PAGE_MESSAGE,
  READY_MESSAGE,
  bookmarkletFor,
  readSentPage,
} from '../../../../src/lib/import/send/sent-page';

const ALOUD = 'https://aloud.example';

/**
 * Runs the bookmarklet as a bookmark click would, on a page whose window parts are
 * stand-ins: what it opens, and each message it posts.
 */
function runBookmarklet(popupBlocked = false) {
  const code = decodeURIComponent(bookmarkletFor(ALOUD).slice('javascript:'.length));
  const popup = { postMessage: vi.fn() };
  const listeners: ((event: { source: unknown; origin: string; data: unknown }) => void)[] = [];
  const open = vi.fn(() => (popupBlocked ? null : popup));
  const alert = vi.fn();
  const page = {
    document: {
      documentElement: { outerHTML: '<html><body><p>The news</p></body></html>' },
      title: 'News',
    },
    location: { href: 'https://news.example/story' },
  };
  new Function(
    'open',
    'alert',
    'addEventListener',
    'removeEventListener',
    'document',
    'location',
    code,
  )(
    open,
    alert,
    (_type: string, listener: (typeof listeners)[number]) => listeners.push(listener),
    () => listeners.splice(0),
    page.document,
    page.location,
  );
  const message = (event: { source: unknown; origin: string; data: unknown }) =>
    [...listeners].forEach((listener) => listener(event));
  return { open, alert, popup, message };
}

describe('the bookmarklet', () => {
  it('opens Aloud to receive, and sends the page only once that window says it is ready', () => {
    const { open, popup, message } = runBookmarklet();
    expect(open).toHaveBeenCalledWith(`${ALOUD}/?send`);
    expect(popup.postMessage).not.toHaveBeenCalled();
    // Another window, or Aloud's window at another origin, is not answered.
    message({ source: {}, origin: ALOUD, data: READY_MESSAGE });
    message({ source: popup, origin: 'https://evil.example', data: READY_MESSAGE });
    expect(popup.postMessage).not.toHaveBeenCalled();
    message({ source: popup, origin: ALOUD, data: READY_MESSAGE });
    expect(popup.postMessage).toHaveBeenCalledExactlyOnceWith(
      {
        type: PAGE_MESSAGE,
        html: '<html><body><p>The news</p></body></html>',
        url: 'https://news.example/story',
        title: 'News',
      },
      ALOUD,
    );
    // Sent once: a second "ready" sends nothing more.
    message({ source: popup, origin: ALOUD, data: READY_MESSAGE });
    expect(popup.postMessage).toHaveBeenCalledTimes(1);
  });

  it('says what to do when the browser blocks the window', () => {
    const { alert } = runBookmarklet(true);
    expect(alert).toHaveBeenCalledWith(
      'Aloud could not open: allow pop-ups for this site, then try again.',
    );
  });
});

describe('readSentPage', () => {
  const page = { type: PAGE_MESSAGE, html: '<p>Hello</p>', title: ' The news ' };

  it('takes the page, its title, and the site from the origin the message came from', () => {
    expect(readSentPage(page, 'https://news.example')).toEqual({
      html: '<p>Hello</p>',
      title: 'The news',
      site: 'news.example',
    });
  });

  it('keeps the page address only when it is on the origin that sent it', () => {
    const sent = { ...page, url: 'https://news.example/story' };
    expect(readSentPage(sent, 'https://news.example')?.url).toBe('https://news.example/story');
    // A site without https is still a site people read.
    expect(readSentPage(page, 'http://news.example')?.site).toBe('news.example');
    expect(readSentPage(sent, 'https://other.example')?.url).toBeUndefined();
  });

  it('names an untitled page after its site', () => {
    expect(readSentPage({ ...page, title: 3 }, 'https://news.example')?.title).toBe('news.example');
  });

  it('refuses what is not a page, an empty one, and an origin that is not a web site', () => {
    expect(readSentPage('aloud-page', 'https://news.example')).toBeNull();
    expect(readSentPage(null, 'https://news.example')).toBeNull();
    expect(readSentPage({ ...page, type: 'other' }, 'https://news.example')).toBeNull();
    expect(readSentPage({ ...page, html: '  ' }, 'https://news.example')).toBeNull();
    expect(readSentPage({ ...page, html: 42 }, 'https://news.example')).toBeNull();
    expect(readSentPage(page, 'null')).toBeNull();
    expect(readSentPage(page, 'file://')).toBeNull();
  });
});
