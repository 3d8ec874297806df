import { describe, expect, it } from 'vitest';
import { DEFAULT_LOOK, readLook } from '../../../src/lib/settings/look-choice';

describe('readLook', () => {
  it('given nothing or something damaged, is the usual look', () => {
    expect(readLook(undefined)).toEqual(DEFAULT_LOOK);
    expect(readLook('dark')).toEqual(DEFAULT_LOOK);
    expect(readLook({ theme: 'neon', font: 42, textSize: 'big' })).toEqual(DEFAULT_LOOK);
  });

  it('keeps numbers within their ranges, and what is valid as it is', () => {
    expect(
      readLook({ theme: 'sepia', textSize: 900, lineSpacing: 0.5, paragraphSpacing: Infinity }),
    ).toEqual({ ...DEFAULT_LOOK, theme: 'sepia', textSize: 300, lineSpacing: 1.2 });
  });

  it('given a look to fall back on (the one kept here), takes what is damaged from it', () => {
    const here = { ...DEFAULT_LOOK, theme: 'dark', font: 'serif', textSize: 150 } as const;
    expect(readLook({ theme: 'neon', font: 42, textSize: 120 }, here)).toEqual({
      ...here,
      textSize: 120,
    });
    expect(readLook(undefined, here)).toEqual(here);
  });
});
