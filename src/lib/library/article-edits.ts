// Renaming, deleting and restoring articles: loaded by the Library (library.svelte.ts) when
// first asked, rather than with the app shell.
import type { ArticleStore } from './articles';
import { deleteContent, putContent } from './content-parts';
import type { ArticleRecord, DeletedArticle } from './types';

/**
 * Gives the article a new title (trimmed) and, when given, language (a BCP 47 tag); throws a
 * plain Error for an empty title.
 */
export function renameArticle(
  store: ArticleStore,
  id: string,
  title: string,
  lang?: string,
): Promise<ArticleRecord | undefined> {
  const trimmed = title.trim();
  if (trimmed === '') return Promise.reject(new Error('A title cannot be empty'));
  return store.update(id, (record) => ({ ...record, title: trimmed, lang: lang ?? record.lang }));
}

/** Removes an article and its blocks, returning both so that the caller can offer Undo. */
export async function deleteArticle(
  store: ArticleStore,
  id: string,
): Promise<DeletedArticle | undefined> {
  // Read as the library reads them, before the delete: an article's blocks never change.
  const blocks = await store.getContent(id);
  return store.write(['articles', 'contents'], async (tx) => {
    const articles = tx.objectStore('articles');
    const contents = tx.objectStore('contents');
    const record = await articles.get(id);
    if (!record) return undefined;
    await articles.delete(id);
    await deleteContent(contents, id);
    return { record, blocks: blocks ?? [] };
  });
}

/** Puts back an article that delete() removed, exactly as it was. */
export function restoreArticle(store: ArticleStore, deleted: DeletedArticle): Promise<void> {
  return store.write(['articles', 'contents'], async (tx) => {
    await tx.objectStore('articles').put(deleted.record);
    // A link kept waiting has no blocks to put back.
    if (deleted.blocks.length > 0) {
      await putContent(tx.objectStore('contents'), deleted.record.id, deleted.blocks);
    }
  });
}
