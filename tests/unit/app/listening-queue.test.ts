import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextUnfinished } from '../../../src/lib/app/listening-queue.svelte';
import type { ArticleRecord } from '../../../src/lib/library/types';
import { memoryStorage } from '../support/memory-storage';

function record(id: string, state: Partial<ArticleRecord> = {}): ArticleRecord {
  return { id, title: id, finished: false, ...state } as ArticleRecord;
}

describe('nextUnfinished', () => {
  const list = [
    record('b'),
    record('a', { finished: true }),
    record('link', { waiting: 'refused' }),
    record('c'),
    record('d'),
  ];

  it('is the next article in the library still to be read, past finished and waiting ones', () => {
    expect(nextUnfinished(list, 'b')?.id).toBe('c');
    expect(nextUnfinished(list, 'c')?.id).toBe('d');
  });

  it('goes round from the top, and is none when only the current one is left', () => {
    expect(nextUnfinished(list, 'd')?.id).toBe('b');
    expect(nextUnfinished([record('b'), record('a', { finished: true })], 'b')).toBeNull();
  });
});

describe('the listening queue', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads no storage when it is loaded: the choice is in the preferences', async () => {
    const storage = memoryStorage({ 'aloud.when-article-ends': '"next"' });
    const getItem = vi.spyOn(storage, 'getItem');
    vi.stubGlobal('localStorage', storage);
    vi.resetModules();

    await import('../../../src/lib/app/listening-queue.svelte');

    expect(getItem).not.toHaveBeenCalled();
  });
});
