import { describe, expect, it } from 'vitest';
import { Router } from '../../../src/lib/app/router.svelte';
import { FakeHistoryWindow } from '../support/history-window';

function setup(hash = '') {
  const win = new FakeHistoryWindow(hash);
  const router = new Router(win);
  const stop = router.start();
  return { win, router, stop };
}

describe('Router', () => {
  it('starts at the route the address names', () => {
    expect(setup('#/read/article-1').router.route).toEqual({ view: 'read', id: 'article-1' });
    expect(setup('').router.route).toEqual({ view: 'start' });
  });

  it('given a page opened at an in-page anchor, starts at the start', () => {
    expect(setup('#article').router.route).toEqual({ view: 'start' });
  });

  it('goes to a view as a new history entry, so that Back returns', () => {
    const { win, router } = setup('#/');
    router.go({ view: 'read', id: 'article-1' });
    expect(router.route).toEqual({ view: 'read', id: 'article-1' });
    expect(win.calls).toEqual(['push #/read/article-1']);
    expect(win.entries).toEqual(['#/', '#/read/article-1']);
  });

  it('goes to a view in place of the current entry when asked to replace', () => {
    const { win, router } = setup('');
    router.go({ view: 'library' }, { replace: true });
    expect(router.route).toEqual({ view: 'library' });
    expect(win.calls).toEqual(['replace #/']);
    expect(win.entries).toEqual(['#/']);
  });

  it('given the view already shown, adds no second history entry', () => {
    const { win, router } = setup('#/welcome');
    router.go({ view: 'welcome' });
    expect(win.calls).toEqual([]);
    expect(router.route).toEqual({ view: 'welcome' });
  });

  it('given Back, shows the view of the entry before', () => {
    const { win, router } = setup('#/');
    router.go({ view: 'read', id: 'article-1' });
    win.back();
    expect(router.route).toEqual({ view: 'library' });
    win.forward();
    expect(router.route).toEqual({ view: 'read', id: 'article-1' });
  });

  it.each([['popstate'], ['hashchange']] as const)(
    'given Back in a browser that fires only %s, shows the view of the entry before',
    (event) => {
      const { win, router } = setup('#/');
      router.go({ view: 'read', id: 'article-1' });
      win.back([event]);
      expect(router.route).toEqual({ view: 'library' });
    },
  );

  it('given Back, which fires both popstate and hashchange, changes the view once (one load, not two)', () => {
    const { win, router } = setup('#/');
    router.go({ view: 'read', id: 'article-1' });
    win.back(['popstate']);
    const shown = router.route;
    expect(shown).toEqual({ view: 'library' });
    // The same move's second event, as browsers send it a moment later:
    win.fire('hashchange');
    expect(router.route).toBe(shown);
  });

  it('given an address typed or followed, shows its view', () => {
    const { win, router } = setup('#/');
    win.follow('#/read/article-2');
    expect(router.route).toEqual({ view: 'read', id: 'article-2' });
  });

  it('given an in-page anchor followed, keeps the current view', () => {
    const { win, router } = setup('#/');
    router.go({ view: 'read', id: 'article-1' });
    win.follow('#article');
    expect(router.route).toEqual({ view: 'read', id: 'article-1' });
    win.back();
    expect(router.route).toEqual({ view: 'read', id: 'article-1' });
  });

  it('stops following the address once stopped', () => {
    const { win, router, stop } = setup('#/');
    router.go({ view: 'welcome' });
    stop();
    expect(win.listenerCount).toBe(0);
    win.back();
    expect(router.route).toEqual({ view: 'welcome' });
  });
});

describe('Router, what arrived with the address', () => {
  it('reads the query, and takes what was handled off the address, keeping the rest and the view', () => {
    const win = new FakeHistoryWindow('#/library', '?send&lang=fr');
    const router = new Router(win);
    expect(router.arrival.has('send')).toBe(true);
    router.forgetArrival('send');
    expect(win.calls).toEqual(['replace /?lang=fr#/library']);
    expect(win.location).toEqual({ hash: '#/library', search: '?lang=fr' });
    router.forgetArrival('lang');
    expect(win.location.search).toBe('');
    expect(router.arrival.size).toBe(0);
  });
});
