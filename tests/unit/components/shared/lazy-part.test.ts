import { describe, expect, it } from 'vitest';
import { LazyPart } from '../../../../src/lib/components/shared/lazy-part.svelte';

describe('a part loaded on demand', () => {
  it('is fetched once, however often it is wanted', async () => {
    let fetched = 0;
    const part = new LazyPart(async () => {
      fetched++;
      return { default: 'the panel' };
    });
    expect(part.loaded).toBeNull();
    expect(await Promise.all([part.load(), part.load()])).toEqual(['the panel', 'the panel']);
    expect(await part.load()).toBe('the panel');
    expect(part.loaded).toBe('the panel');
    expect(fetched).toBe(1);
  });

  it('that could not load says null, and is tried again the next time', async () => {
    let online = false;
    const part = new LazyPart(async () => {
      if (!online) throw new TypeError('Failed to fetch dynamically imported module');
      return { default: 'the panel' };
    });
    expect(await part.load()).toBeNull();
    expect(part.loaded).toBeNull();
    online = true;
    expect(await part.load()).toBe('the panel');
  });
});
