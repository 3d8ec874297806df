import { describe, expect, it } from 'vitest';
import {
  linkHash,
  linkIn,
  linkTitle,
  siteOf,
  waitingMessage,
  type FetchFailure,
} from '../../../../src/lib/import/link/links';

describe('linkIn', () => {
  it('finds a web address given alone, with space around it', () => {
    expect(linkIn('  https://news.example/harbour?x=1 \n')).toBe(
      'https://news.example/harbour?x=1',
    );
    expect(linkIn('HTTP://news.example')).toBe('http://news.example/');
  });

  it('takes text with an address in it, and other schemes, as text to read', () => {
    expect(linkIn('Read this: https://news.example/harbour')).toBeNull();
    expect(linkIn('https://news.example/a https://news.example/b')).toBeNull();
    expect(linkIn('javascript:alert(1)')).toBeNull();
    expect(linkIn('ftp://news.example/file')).toBeNull();
    expect(linkIn('https://')).toBeNull();
    expect(linkIn('')).toBeNull();
  });
});

describe('how a link is named', () => {
  it('by its site and path, as people read addresses', () => {
    expect(siteOf('https://www.news.example/x')).toBe('news.example');
    expect(linkTitle('https://www.news.example/2026/harbour-plans/')).toBe(
      'news.example/2026/harbour-plans',
    );
    expect(linkTitle('https://news.example/caf%C3%A9')).toBe('news.example/café');
    expect(linkTitle('https://news.example/a//')).toBe('news.example/a');
  });

  it('by the words given, when they are not an address', () => {
    expect(siteOf('news.example/a')).toBe('news.example/a');
    expect(linkTitle('news.example/a')).toBe('news.example/a');
  });

  it('keeps a link once, and two links apart', () => {
    expect(linkHash('https://news.example/a')).toBe(linkHash('https://news.example/a'));
    expect(linkHash('https://news.example/a')).not.toBe(linkHash('https://news.example/b'));
  });
});

describe('an address that only looks like one', () => {
  it('is text to read, not a link', () => {
    expect(linkIn('https://[news.example/a')).toBeNull();
  });
});

describe('waitingMessage', () => {
  const failures: FetchFailure[] = [
    'offline',
    'refused',
    'status',
    'not-a-page',
    'too-large',
    'no-helper',
  ];

  it('says why, that the link waits in the library, and the ways that work, for every failure', () => {
    const messages = failures.map((failure) => waitingMessage(failure, 'https://news.example/a'));
    for (const message of messages) {
      expect(message).toContain('waiting for its text');
      expect(message).toContain('paste it into New article');
      expect(message).toContain('Send to Aloud bookmarklet');
    }
    // Each failure has its own reason.
    expect(new Set(messages).size).toBe(failures.length);
    const reasons = [
      'You are offline',
      'news.example does not let other apps read its pages',
      'news.example answered with an error instead of the page',
      'does not lead to a web page',
      'The page from news.example is larger than Aloud opens',
      'still getting ready to fetch pages',
    ];
    for (const [i, reason] of reasons.entries()) {
      expect(messages[i]).toMatch(new RegExp(`^[^.]*${reason}`));
    }
  });
});
