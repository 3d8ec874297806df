import { describe, expect, it } from 'vitest';
import { LOOK_STORAGE_KEY, applyLook } from '../../../src/lib/settings/apply-look';
import { DEFAULT_LOOK } from '../../../src/lib/settings/look-choice';

/** localStorage, as far as the look uses it. */
function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
  };
}

/** The root element's inline style, as the look sets it. */
function fakeRoot() {
  const properties = new Map<string, string>();
  const style = {
    setProperty: (name: string, value: string) => void properties.set(name, value),
    removeProperty: (name: string) => {
      properties.delete(name);
      return '';
    },
  };
  return { root: { style } as unknown as Pick<HTMLElement, 'style'>, properties };
}

describe('applyLook', () => {
  it('sets the look on the page and keeps the same properties for the next first paint', () => {
    const { root, properties } = fakeRoot();
    const storage = memoryStorage();
    applyLook({ ...DEFAULT_LOOK, theme: 'sepia', textSize: 200 }, root, storage, true);
    expect(properties.get('--bg')).toBe('#f4ecd8');
    expect(properties.get('--article-size')).toBe('2.25rem');
    const kept = JSON.parse(storage.getItem(LOOK_STORAGE_KEY) ?? '{}') as Record<string, string>;
    expect(kept).toEqual(Object.fromEntries(properties));
  });

  it('clears what the last look set, and keeps nothing for the usual look', () => {
    const { root, properties } = fakeRoot();
    const storage = memoryStorage();
    applyLook({ ...DEFAULT_LOOK, theme: 'dark', font: 'serif' }, root, storage, true);
    applyLook({ ...DEFAULT_LOOK, textSize: 120 }, root, storage, true);
    expect([...properties.keys()]).toEqual(['--article-size']);
    applyLook(DEFAULT_LOOK, root, storage, true);
    expect(properties.size).toBe(0);
    expect(storage.getItem(LOOK_STORAGE_KEY)).toBeNull();
  });
});
