// An article's blocks are stored in parts of a few thousand, one record each. IndexedDB
// copies a value on the calling thread: a 10 MB article saved as one record held the page
// for over 100 ms, whereas each part takes a few milliseconds, and the parts are written
// (and read) one after the other, so the page answers in between. Loaded only with a long
// article, or with the code that brings in, deletes or exports articles.
import type { Block } from '../text/types';
import { partKey } from './db';
import type { ArticleContent } from './types';

/** Blocks per stored record: about 200 KB of text, a few milliseconds to copy. */
export const BLOCKS_PER_PART = 2000;

/** How many records hold the article whose first record this is. */
export function partCount(first: ArticleContent): number {
  return first.parts ?? 1;
}

/** The part of the contents store these functions use: idb's store in any transaction. */
export interface ContentRecords {
  get(key: string): Promise<ArticleContent | undefined>;
  put(value: ArticleContent): Promise<unknown>;
  delete(key: string): Promise<void>;
}

/** The records that hold blocks: the first one says how many there are. */
export function toParts(id: string, blocks: readonly Block[]): ArticleContent[] {
  const count = Math.max(1, Math.ceil(blocks.length / BLOCKS_PER_PART));
  return Array.from({ length: count }, (_, part) => ({
    id: partKey(id, part),
    blocks: blocks.slice(part * BLOCKS_PER_PART, (part + 1) * BLOCKS_PER_PART),
    ...(part === 0 && count > 1 ? { parts: count } : {}),
  }));
}

/**
 * Every article's blocks from all the records of the store (as an export reads them), by
 * article id. An article missing a part is left out: its blocks could not be read whole.
 */
export function joinParts(records: readonly ArticleContent[]): Map<string, Block[]> {
  const byKey = new Map(records.map((record) => [record.id, record]));
  const laterParts = new Set(
    records.flatMap((first) =>
      Array.from({ length: partCount(first) - 1 }, (_, part) => partKey(first.id, part + 1)),
    ),
  );
  const blocksById = new Map<string, Block[]>();
  for (const first of records) {
    if (laterParts.has(first.id)) continue;
    const parts = Array.from({ length: partCount(first) }, (_, part) =>
      byKey.get(partKey(first.id, part)),
    );
    if (parts.every((part) => part !== undefined)) {
      blocksById.set(
        first.id,
        parts.flatMap((part) => part.blocks),
      );
    }
  }
  return blocksById;
}

/** Saves an article's blocks, a part at a time: each copy is a task of its own. */
export async function putContent(
  contents: Pick<ContentRecords, 'put'>,
  id: string,
  blocks: readonly Block[],
): Promise<void> {
  for (const part of toParts(id, blocks)) await contents.put(part);
}

/** Removes every record of an article's blocks. */
export async function deleteContent(contents: ContentRecords, id: string): Promise<void> {
  const first = await contents.get(id);
  if (!first) return;
  for (let part = 0; part < partCount(first); part++) await contents.delete(partKey(id, part));
}
