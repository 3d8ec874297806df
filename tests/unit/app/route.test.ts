import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from '../../../src/lib/app/route';

describe('parseRoute', () => {
  it.each(['', '#'])('given no address (%j), names the start', (hash) => {
    expect(parseRoute(hash)).toEqual({ view: 'start' });
  });

  it('given #/, names the library', () => {
    expect(parseRoute('#/')).toEqual({ view: 'library' });
  });

  it('given #/read/<id>, names that saved article', () => {
    expect(parseRoute('#/read/article-1')).toEqual({ view: 'read', id: 'article-1' });
  });

  it('names the welcome sample and unsaved text', () => {
    expect(parseRoute('#/welcome')).toEqual({ view: 'welcome' });
    expect(parseRoute('#/unsaved')).toEqual({ view: 'unsaved' });
  });

  it.each(['#/x', '#/read', '#/read/', '#/read/a/b', '#/welcome/again'])(
    'given an unknown address (%s), shows the library',
    (hash) => {
      expect(parseRoute(hash)).toEqual({ view: 'library' });
    },
  );

  it.each(['#article', '#main', '#top'])('given an in-page anchor (%s), names no route', (hash) => {
    expect(parseRoute(hash)).toBeNull();
  });

  it('given an address that only ends like an article’s, shows the library', () => {
    expect(parseRoute('#/x')).toEqual({ view: 'library' });
    expect(parseRoute('#/old/read/article-1')).toEqual({ view: 'library' });
  });

  it('given a malformed escape in a hand-typed address, shows the library instead of failing', () => {
    expect(parseRoute('#/read/%E0%A4%A')).toEqual({ view: 'library' });
    expect(parseRoute('#/read/%')).toEqual({ view: 'library' });
  });
});

describe('routeHash', () => {
  it('gives each view its address', () => {
    expect(routeHash({ view: 'library' })).toBe('#/');
    expect(routeHash({ view: 'welcome' })).toBe('#/welcome');
    expect(routeHash({ view: 'unsaved' })).toBe('#/unsaved');
    expect(routeHash({ view: 'read', id: 'article-1' })).toBe('#/read/article-1');
  });

  it('escapes an id with slashes, spaces and other scripts, which parseRoute reads back', () => {
    const id = 'a/b c?d#e%f — नमस्ते';
    const hash = routeHash({ view: 'read', id });
    expect(hash).not.toContain(' ');
    expect(hash.split('/')).toHaveLength(3);
    expect(parseRoute(hash)).toEqual({ view: 'read', id });
  });

  it('given any non-empty id, the address leads back to the same article', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, unit: 'grapheme' }), (id) => {
        expect(parseRoute(routeHash({ view: 'read', id }))).toEqual({ view: 'read', id });
      }),
    );
  });
});
