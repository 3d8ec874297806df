// The library as the app sees it: the list, its state and every operation that changes it.
// About 330 lines, as the only storage API: each named operation is a few lines over the
// transactions in articles.ts, add-article.ts, article-edits.ts and library-transfer.ts.
import { Article } from '../text/article';
import type { ArticleFormat, Block } from '../text/types';
import type { FetchFailure } from '../import/link/links';
import type { SettingsStore } from '../settings/preferences-store';
import type { ArticleStore } from './articles';
import type { ImportSummary } from './library-transfer';
import { StorageError, toStorageError } from './db';
import type { DeviceStorage } from '../platform/device-storage';
import type { LibraryChannel } from './library-channel';
import type { PositionJournal } from './position-journal';
import { PositionSaver } from './position-saver';
import type {
  ArticleRecord,
  Bookmark,
  DeletedArticle,
  LibraryFile,
  PositionUpdate,
  ReadingPosition,
} from './types';

export type LibraryStatus = 'loading' | 'ready' | 'unavailable';

/**
 * IndexedDB that has not opened by then (blocked by an old tab, a stuck browser) is taken as
 * unavailable: the app starts without its library rather than not at all.
 */
const OPEN_TIMEOUT_MS = 5000;

export interface LibraryOptions {
  /** Opens the store; rejects with a StorageError when the browser keeps no data. */
  open: () => Promise<ArticleStore>;
  channel: LibraryChannel;
  device: DeviceStorage;
  /** Keeps the last place through a page closing before its write finished. */
  journal?: PositionJournal;
  /**
   * Hears each failure, in words, as it happens (the app's notices); `lasting` when the
   * library is unavailable for the whole visit.
   */
  onError?: (message: string, lasting: boolean) => void;
}

/** A saved article, opened: its record and the article ready to read. */
export interface OpenedArticle {
  record: ArticleRecord;
  article: Article;
}

/** A link whose page could not be fetched, kept waiting for its text. */
export interface WaitingLink {
  url: string;
  title: string;
  source: string;
  lang: string;
  failure: FetchFailure;
}

/**
 * The saved articles as the views show them, and the only way the app changes them: named
 * operations, each loading its code when first used (the transactions live in articles.ts,
 * add-article.ts, article-edits.ts and library-transfer.ts, behind this class). Failures to
 * write never throw to the caller: they become `error`, in words, and reading goes on.
 */
export class Library {
  status = $state<LibraryStatus>('loading');
  /** Most recently opened first. */
  articles = $state.raw<ArticleRecord[]>([]);
  /** Why the last write was refused, for people; null when all is well. */
  error = $state<string | null>(null);
  /** Bytes this site stores on the device, when the browser says. */
  usage = $state<number | null>(null);

  #options: LibraryOptions;
  #store: ArticleStore | null = null;
  #positions = new PositionSaver((id, update) => this.#writePosition(id, update));
  // Listeners, not state: nothing renders from this set.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #positionListeners = new Set<(id: string, position: ReadingPosition) => void>();
  #askedToPersist = false;

  constructor(options: LibraryOptions) {
    this.#options = options;
  }

  /** The settings kept in the library (the preferences), once open; null without it. */
  get settings(): SettingsStore | null {
    return this.#store;
  }

  /** Opens the library and lists it; afterwards follows the other tabs' changes. */
  async start(): Promise<void> {
    try {
      const timeout = new Promise<never>((_, reject) =>
        setTimeout(() => reject(new StorageError('unavailable')), OPEN_TIMEOUT_MS),
      );
      this.#store = await Promise.race([this.#options.open(), timeout]);
      // A place the last page journaled as it closed (older than the saved one: ignored).
      const journaled = this.#options.journal?.take();
      if (journaled) {
        await this.#store.savePosition(journaled.id, journaled.update).catch(() => undefined);
      }
      this.articles = await this.#store.list();
      this.status = 'ready';
    } catch (error) {
      this.#store = null;
      this.status = 'unavailable';
      this.#failed(toStorageError(error, 'open').message);
      return;
    }
    this.#options.channel.listen((message) => {
      if (message.type === 'position') {
        // A place moves a few times a second while another tab reads: replace that one
        // record instead of reading the whole list again.
        const { record } = message;
        this.articles = this.articles.map((entry) => (entry.id === record.id ? record : entry));
        for (const listener of this.#positionListeners) listener(record.id, record.position);
      } else {
        void this.refresh();
      }
    });
    void this.refreshUsage();
  }

  /** Reads the list again (another tab changed it). */
  async refresh(): Promise<void> {
    if (!this.#store) return;
    try {
      this.articles = await this.#store.list();
    } catch (error) {
      this.#failed(toStorageError(error).message);
    }
  }

  /** Reads again how much the library stores on the device. */
  async refreshUsage(): Promise<void> {
    this.usage = await this.#options.device.usage();
  }

  /** The article to open when the app starts: the one read last. */
  get lastOpened(): ArticleRecord | null {
    return this.articles[0] ?? null;
  }

  /**
   * Saves an article brought in. The same text brought in again is found, not duplicated
   * (`existing`), and keeps its place. Null when the library could not save it.
   */
  async add(
    article: Article,
    format: ArticleFormat,
    contentHash?: string,
    url?: string,
  ): Promise<{ record: ArticleRecord; existing: boolean } | null> {
    const result = await this.#write((store) =>
      store.add({
        title: article.title,
        source: article.source,
        format,
        lang: article.lang,
        blocks: [...article.blocks],
        contentHash,
        url,
      }),
    );
    if (!result) return null;
    // A new article saved shows that storage works again.
    this.error = null;
    if (!this.#askedToPersist) {
      // At the first save, not at start-up: the browser may ask the person, and it should
      // be clear why.
      this.#askedToPersist = true;
      void this.#options.device.persist();
    }
    void this.refreshUsage();
    return result;
  }

  /** Reads a saved article, marking it opened. Null when it is not (or no longer) saved. */
  async load(id: string): Promise<OpenedArticle | null> {
    const store = this.#store;
    if (!store) return null;
    try {
      // The clutter rules and the sentence splitter load while the article is read from the
      // database, not after.
      const [record, stored, { markClutter }, { segmentParagraph }] = await Promise.all([
        store.getRecord(id),
        store.getContent(id),
        import('../text/clutter'),
        import('../text/sentences/segment'),
      ]);
      if (!record || !stored) return null;
      const blocks = withClutterMarked(stored, markClutter);
      const { source, title, lang } = record;
      const article = new Article(blocks, { source, title, lang }, segmentParagraph);
      void this.#write((writer) => writer.markOpened(id));
      return { record, article };
    } catch (error) {
      this.#failed(toStorageError(error).message);
      return null;
    }
  }

  /** Records where reading is (coalesced: at most a few writes a second). */
  savePosition(id: string, update: PositionUpdate): void {
    if (this.#store) this.#positions.save(id, update);
  }

  /** Writes a pending position now: the page is being hidden or closed. */
  flush(): void {
    const latest = this.#positions.latest;
    if (latest) this.#options.journal?.save(latest);
    this.#positions.flush();
  }

  /** Hears positions saved by other tabs; returns the function that stops. */
  onRemotePosition(listener: (id: string, position: ReadingPosition) => void): () => void {
    this.#positionListeners.add(listener);
    return () => this.#positionListeners.delete(listener);
  }

  /** The person has read the error: it is no longer the library's standing one. */
  dismissError(): void {
    this.error = null;
  }

  /** A failure: kept as the library's error and told as it happens. */
  #failed(message: string): void {
    this.error = message;
    this.#options.onError?.(message, this.status === 'unavailable');
  }

  async #writePosition(id: string, update: PositionUpdate): Promise<void> {
    const store = this.#store;
    if (!store) return;
    try {
      const record = await store.savePosition(id, update);
      if (!record) return; // older than what is saved (another tab read further)
      this.articles = this.articles.map((entry) => (entry.id === id ? record : entry));
      this.#options.channel.post({ type: 'position', record });
    } catch (error) {
      this.#failed(toStorageError(error).message);
    }
  }

  /** Gives an article a new title (and language); false when it could not be written. */
  async rename(id: string, title: string, lang?: string): Promise<boolean> {
    const { renameArticle } = await import('./article-edits');
    return (await this.#write((store) => renameArticle(store, id, title, lang))) !== null;
  }

  /** Deletes an article; what it returns brings it back (`restore`, for Undo). */
  async remove(id: string): Promise<DeletedArticle | null> {
    const { deleteArticle } = await import('./article-edits');
    const deleted = await this.#write((store) => deleteArticle(store, id));
    if (deleted) void this.refreshUsage();
    return deleted ?? null;
  }

  /** Puts a deleted article back as it was; false when that could not be written. */
  async restore(deleted: DeletedArticle): Promise<boolean> {
    const { restoreArticle } = await import('./article-edits');
    const restored = await this.#write((store) => restoreArticle(store, deleted).then(() => true));
    return restored !== null;
  }

  /** Keeps the listener's choice for one article: read its clutter too, or not. */
  async setReadEverything(id: string, read: boolean): Promise<void> {
    await this.#write((store) =>
      store.update(id, (record) => ({ ...record, readEverything: read })),
    );
  }

  /** Keeps an article's bookmarks (all of them: the list as it is now). */
  async setBookmarks(id: string, bookmarks: Bookmark[]): Promise<boolean> {
    const saved = await this.#write((store) =>
      store.update(id, (record) => ({ ...record, bookmarks })).then(() => true),
    );
    return saved !== null;
  }

  /**
   * Keeps a link whose page could not be fetched, waiting for its text; the same link kept
   * again is the same entry, with the newest reason. Null when it could not be kept.
   */
  async keepWaitingLink(link: WaitingLink): Promise<ArticleRecord | null> {
    const { addWaitingLink } = await import('./add-article');
    return this.#write((store) => addWaitingLink(store, link));
  }

  /** Everything in the library, for a file; null (with `error`) when it cannot be read. */
  async exportFile(): Promise<LibraryFile | null> {
    const store = this.#store;
    if (!store) return null;
    try {
      const { exportLibrary } = await import('./library-transfer');
      return await exportLibrary(store);
    } catch (error) {
      this.#failed(toStorageError(error).message);
      return null;
    }
  }

  /** Merges a library file, all or nothing; null (with `error`) when refused. */
  async importFile(file: LibraryFile): Promise<ImportSummary | null> {
    const { importLibrary } = await import('./library-transfer');
    return this.#write((store) => importLibrary(store, file));
  }

  /**
   * Runs a write; afterwards the list is read again and the other tabs are told. A refused
   * write becomes `error` and null: nothing is thrown at the callers.
   */
  async #write<T>(write: (store: ArticleStore) => Promise<T>): Promise<T | null> {
    const store = this.#store;
    if (!store) return null;
    try {
      const result = await write(store);
      // A standing error (storage full) stays the library's until a new article is saved: one
      // write that fits does not mean the next will.
      this.articles = await store.list();
      this.#options.channel.post({ type: 'changed' });
      return result;
    } catch (error) {
      this.#failed(toStorageError(error).message);
      return null;
    }
  }
}

/**
 * An article saved before Aloud looked for the page's clutter (or with none found) is looked
 * at again when opened, so that its "Read More:" lines are skipped too. Only articles up to
 * this many blocks: a book is not a web page, and would make opening it slow.
 */
const MAX_BLOCKS_TO_MARK = 2000;

function withClutterMarked(blocks: Block[], markClutter: (blocks: Block[]) => Block[]): Block[] {
  if (blocks.length > MAX_BLOCKS_TO_MARK || blocks.some((block) => block.clutter)) return blocks;
  return markClutter(blocks);
}
