import type { Block } from '../types';

/** A run of blocks rendered together: consecutive list items share one list. */
export type BlockGroup =
  { kind: 'single'; first: number } | { kind: 'list'; first: number; indexes: number[] };

/** Groups the first `count` blocks for rendering. */
export function groupBlocks(blocks: readonly Block[], count: number): BlockGroup[] {
  const groups: BlockGroup[] = [];
  let list: { kind: 'list'; first: number; indexes: number[] } | null = null;
  for (let index = 0; index < Math.min(count, blocks.length); index++) {
    if (blocks[index]?.kind === 'list-item') {
      if (!list) {
        list = { kind: 'list', first: index, indexes: [] };
        groups.push(list);
      }
      list.indexes.push(index);
    } else {
      list = null;
      groups.push({ kind: 'single', first: index });
    }
  }
  return groups;
}
