// Saving an article brought in: loaded on demand, with the content hash, when an article
// is brought in (the first Play of a saved article needs neither).
import type { ArticleStore } from './articles';
import { linkHash } from '../import/link/links';
import { contentHash } from '../text/content-hash';
import { putContent } from './content-parts';
import type { FetchFailure } from '../import/link/links';
import type { ArticleRecord, NewArticle } from './types';

/** See ArticleStore.add. */
export async function addArticle(
  store: ArticleStore,
  article: NewArticle,
): Promise<{ record: ArticleRecord; existing: boolean }> {
  if (article.blocks.length === 0) throw new Error('An article needs some text');
  const hash = article.contentHash ?? contentHash(article.blocks);
  const now = store.now();
  return store.write(['articles', 'contents'], async (tx) => {
    const articles = tx.objectStore('articles');
    // The link kept waiting for this text is done waiting.
    const waiting = article.url && (await articles.index('contentHash').get(linkHash(article.url)));
    if (waiting) await articles.delete(waiting.id);
    const found = await articles.index('contentHash').get(hash);
    if (found) {
      const record = { ...found, openedAt: now };
      await articles.put(record);
      return { record, existing: true };
    }
    const id = store.newId();
    const record: ArticleRecord = {
      id,
      title: article.title,
      source: article.source,
      format: article.format,
      lang: article.lang,
      addedAt: now,
      openedAt: now,
      blockCount: article.blocks.length,
      totalCharacters: article.blocks.reduce((sum, block) => sum + block.text.length, 0),
      charactersRead: 0,
      position: { block: 0, offset: 0, at: now },
      finished: false,
      contentHash: hash,
      ...(article.url ? { url: article.url } : {}),
    };
    await articles.put(record);
    await putContent(tx.objectStore('contents'), id, article.blocks);
    return { record, existing: false };
  });
}

/**
 * Keeps a link whose page could not be fetched, as an entry waiting for its text (no
 * blocks), with why. The same link kept again is the same entry, with the newest reason.
 */
export async function addWaitingLink(
  store: ArticleStore,
  link: { url: string; title: string; source: string; lang: string; failure: FetchFailure },
): Promise<ArticleRecord> {
  const hash = linkHash(link.url);
  const now = store.now();
  return store.write(['articles'], async (tx) => {
    const articles = tx.objectStore('articles');
    const found = await articles.index('contentHash').get(hash);
    const record: ArticleRecord = found
      ? { ...found, waiting: link.failure, openedAt: now }
      : {
          id: store.newId(),
          title: link.title,
          source: link.source,
          format: 'html',
          lang: link.lang,
          addedAt: now,
          openedAt: now,
          blockCount: 0,
          totalCharacters: 0,
          charactersRead: 0,
          position: { block: 0, offset: 0, at: now },
          finished: false,
          contentHash: hash,
          url: link.url,
          waiting: link.failure,
        };
    await articles.put(record);
    return record;
  });
}
