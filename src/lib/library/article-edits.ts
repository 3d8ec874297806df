// Renaming, deleting and restoring articles: the library view's work, loaded with it rather
// than with the app shell.
import type { ArticleStore, DeletedArticle } from './articles';
import type { Library } from './library.svelte';
import { deleteContent, putContent } from './content-parts';
import type { ArticleRecord } from './types';

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

// Through the Library: a refused write becomes its error, the list is read again and other
// tabs are told (Library.write).

/** Gives an article a new title (and language); false when the library could not write it. */
export async function renameIn(
  library: Library,
  id: string,
  title: string,
  lang?: string,
): Promise<boolean> {
  return (await library.write((store) => renameArticle(store, id, title, lang))) !== null;
}

/** Deletes an article; what it returns brings it back (Undo). */
export async function removeFrom(library: Library, id: string): Promise<DeletedArticle | null> {
  const deleted = await library.write((store) => deleteArticle(store, id));
  if (deleted) void library.refreshUsage();
  return deleted ?? null;
}

/** Puts a deleted article back as it was (Undo); false when that could not be written. */
export async function restoreTo(library: Library, deleted: DeletedArticle): Promise<boolean> {
  return (await library.write((store) => restoreArticle(store, deleted).then(() => true))) !== null;
}
