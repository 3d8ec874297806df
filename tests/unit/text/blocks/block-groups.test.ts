import { describe, expect, it } from 'vitest';
import { groupBlocks } from '../../../../src/lib/text/blocks/block-groups';
import type { Block } from '../../../../src/lib/text/types';

const heading = (text: string): Block => ({ kind: 'heading', text, level: 1 });
const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
const item = (text: string): Block => ({ kind: 'list-item', text });

describe('groupBlocks', () => {
  it('puts consecutive list items in one list', () => {
    const blocks = [heading('Title'), item('One'), item('Two'), item('Three'), paragraph('End.')];
    expect(groupBlocks(blocks, blocks.length)).toEqual([
      { kind: 'single', first: 0 },
      { kind: 'list', first: 1, indexes: [1, 2, 3] },
      { kind: 'single', first: 4 },
    ]);
  });

  it('makes two lists of items with a paragraph between them', () => {
    const blocks = [item('A'), item('B'), paragraph('Between.'), item('C')];
    expect(groupBlocks(blocks, blocks.length)).toEqual([
      { kind: 'list', first: 0, indexes: [0, 1] },
      { kind: 'single', first: 2 },
      { kind: 'list', first: 3, indexes: [3] },
    ]);
  });

  it('renders every other block on its own', () => {
    const blocks = [heading('Title'), paragraph('One.'), paragraph('Two.')];
    expect(groupBlocks(blocks, blocks.length)).toEqual([
      { kind: 'single', first: 0 },
      { kind: 'single', first: 1 },
      { kind: 'single', first: 2 },
    ]);
  });

  it('groups only the first `count` blocks', () => {
    const blocks = [paragraph('Intro.'), item('A'), item('B'), item('C'), paragraph('End.')];
    expect(groupBlocks(blocks, 3)).toEqual([
      { kind: 'single', first: 0 },
      { kind: 'list', first: 1, indexes: [1, 2] },
    ]);
    expect(groupBlocks(blocks, 0)).toEqual([]);
  });

  it('takes a count past the end as all the blocks', () => {
    const blocks = [item('A'), item('B')];
    expect(groupBlocks(blocks, 100)).toEqual([{ kind: 'list', first: 0, indexes: [0, 1] }]);
    expect(groupBlocks([], 10)).toEqual([]);
  });
});
