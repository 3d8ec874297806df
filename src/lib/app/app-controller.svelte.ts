import { untrack } from 'svelte';
import type { Library } from '../library/library.svelte';
import type { ArticleRecord, Bookmark } from '../library/types';
import type { Reader } from './reader.svelte';
import { PositionKeeper } from './position-keeper.svelte';
import type { Route } from './route';
import type { Router } from './router.svelte';
import type { Announcer } from './announcer.svelte';
import type { Notices } from './notices.svelte';
import type { Article } from '../text/article';
import type { ImportResult, ImportStep } from '../import/text/text-input';
import type { DeletedArticle } from '../library/types';
import type { ImportSummary } from '../library/library-transfer';
import type { LibraryFile } from '../library/types';
import type { ImportSource } from './bring-in/bring-in';

/** A page sent with the bookmarklet, waiting for the person to say whether to keep it. */
export interface SendQuestion {
  title: string;
  site: string;
  answer: (save: boolean) => void;
}

/** What the views that bring articles in may ask of the app. */
export interface BringInActions {
  /** Brings sources in: each one read is saved and opened; `onRefused` hears why one was not. */
  bringIn(
    sources: readonly ImportSource[],
    onRefused?: (message: string) => void,
  ): Promise<ImportResult[]>;
  /** Fetches a link's page and brings it in, else keeps the link waiting; true when read. */
  bringInLink(address: string, onRefused?: (message: string) => void): Promise<boolean>;
}

/** What the library's views may ask of the app, beside reading the library. */
export interface LibraryActions {
  renameArticle(id: string, title: string, lang: string): Promise<boolean>;
  removeArticle(id: string): Promise<DeletedArticle | null>;
  restoreArticle(deleted: DeletedArticle): Promise<boolean>;
  importLibraryFile(file: LibraryFile): Promise<ImportSummary | null>;
}

/** An import under way, for its progress: what is being brought in and its stage. */
export interface ImportProgress {
  name: string;
  step: ImportStep;
}

export interface AppControllerOptions {
  reader: Reader;
  library: Library;
  router: Router;
  announcer: Announcer;
  /** The app's notice channel (what went wrong, in words). */
  notices: Notices;
  /** Subscribes to the page being hidden or closed; returns the function that stops. */
  onPageHidden?: (callback: () => void) => () => void;
}

/**
 * Which article is open and which view shows, following the address: the library, a saved
 * article (at its saved place), the welcome sample, or text the library could not keep.
 */
export class AppController implements BringInActions, LibraryActions {
  readonly reader: Reader;
  readonly library: Library;
  readonly router: Router;
  /** The saved article being read; null for the sample or unsaved text. */
  articleId = $state<string | null>(null);
  /** The address names an article that is not in the library (deleted, or another device's). */
  missing = $state(false);
  /** True once the first view has shown: later views take focus, the first does not. */
  navigated = $state(false);
  /** The import under way, once it takes long enough to show (app/bring-in/bring-in.ts). */
  importing = $state<ImportProgress | null>(null);
  /** The open article's bookmarks, in its order: kept with a saved article, else for the visit. */
  bookmarks = $state.raw<Bookmark[]>([]);
  /** A sent page's question, shown by the app (App.svelte) until it is answered. */
  sendQuestion = $state.raw<SendQuestion | null>(null);

  /** The live region (the Reader's): what the app says to screen readers. */
  readonly announcer: Announcer;
  /** The app's notice channel: imports, shares, sent pages, settings and the library tell here. */
  readonly notices: Notices;
  #keeper: PositionKeeper;
  #onPageHidden: AppControllerOptions['onPageHidden'];
  /** Counts route changes, so that a slow load for an old address is dropped. */
  #visit = 0;
  #showingSample = false;

  constructor(options: AppControllerOptions) {
    this.reader = options.reader;
    this.library = options.library;
    this.router = options.router;
    this.announcer = options.announcer;
    this.notices = options.notices;
    this.#onPageHidden = options.onPageHidden;
    this.#keeper = new PositionKeeper(this.reader.player, this.library, () => this.articleId);
  }

  /** Follows the address and keeps reading places; returns the function that stops. */
  start(): () => void {
    const stopRouter = this.router.start();
    const stopKeeper = this.#keeper.start();
    const stopHidden = this.#onPageHidden?.(() => this.library.flush()) ?? (() => {});
    // The start resolves to a first view by itself; only what follows is the person's doing.
    let shownFirstView = false;
    const stopEffects = $effect.root(() => {
      $effect(() => {
        const route = this.router.route;
        untrack(() => {
          if (shownFirstView) this.navigated = true;
          if (route.view !== 'start') shownFirstView = true;
          void this.#show(route);
        });
      });
    });
    return () => {
      stopEffects();
      stopHidden();
      stopKeeper();
      stopRouter();
    };
  }

  /**
   * Shows an article brought in while the library saves it: it is on screen, and can be
   * played, a save sooner. Nothing is said yet: focus moves to its title, and showBroughtIn
   * says the rest when the save ends.
   */
  showWhileSaving(article: Article): void {
    this.#open(article, null);
    this.#goToArticle({ view: 'unsaved' });
  }

  /**
   * Shows an article just brought in and saved (app/bring-in/save-and-open.ts), or, when the library
   * could not keep it (`saved` null), for this visit; one already saved opens at its place.
   * `message` says so once, with the library's reason if it did not keep the text.
   */
  showBroughtIn(
    article: Article,
    saved: { record: ArticleRecord; existing: boolean } | null,
    message: string,
  ): void {
    if (!saved?.existing) {
      const id = saved?.record.id ?? null;
      // Shown while it was saved (showWhileSaving): it keeps its place and its playing.
      if (this.reader.player.article === article) this.articleId = id;
      else this.#open(article, id);
    }
    this.announcer.announce(message);
    this.#goToArticle(saved ? { view: 'read', id: saved.record.id } : { view: 'unsaved' });
  }

  /**
   * Shows an article view. One article view stands above the library in the history, so
   * that Back from any article leads to the library: from the library it is a new entry,
   * from another article it takes that one's place.
   */
  #goToArticle(route: Extract<Route, { view: 'read' | 'unsaved' | 'welcome' }>): void {
    this.router.go(route, { replace: this.router.route.view !== 'library' });
  }

  /** Asks the person whether to save a page sent with the bookmarklet; true to save. */
  askToSave(page: { title: string; site: string }): Promise<boolean> {
    return new Promise((resolve) => {
      this.sendQuestion = {
        title: page.title,
        site: page.site,
        answer: (save) => {
          this.sendQuestion = null;
          resolve(save);
        },
      };
    });
  }

  async bringIn(
    sources: readonly ImportSource[],
    onRefused?: (message: string) => void,
  ): Promise<ImportResult[]> {
    const { bringIn } = await import('./bring-in/bring-in');
    return bringIn(sources, this, onRefused);
  }

  async bringInLink(address: string, onRefused?: (message: string) => void): Promise<boolean> {
    const { bringInLink } = await import('./bring-in/bring-in-link');
    return bringInLink(address, this, onRefused);
  }

  /** A new title and language; the open article, read in another language, opens afresh. */
  async renameArticle(id: string, title: string, lang: string): Promise<boolean> {
    const before = this.library.articles.find((record) => record.id === id)?.lang;
    const saved = await this.library.rename(id, title, lang);
    if (saved && before !== lang) this.forget(id);
    return saved;
  }

  /** Deletes an article (what it returns brings it back); the open one stops being read. */
  async removeArticle(id: string): Promise<DeletedArticle | null> {
    const removed = await this.library.remove(id);
    if (removed) this.forget(id);
    return removed;
  }

  restoreArticle(deleted: DeletedArticle): Promise<boolean> {
    return this.library.restore(deleted);
  }

  /** Merges a library export, then takes its preferences at once. */
  async importLibraryFile(file: LibraryFile): Promise<ImportSummary | null> {
    const { importLibraryFile } = await import('./import-library');
    return importLibraryFile(this, file);
  }

  /** The listener's choice for the open article: read the page's clutter too, or not. */
  setReadEverything(read: boolean): void {
    this.reader.player.readEverything = read;
    // Kept with a saved article; an unsaved one keeps it for this visit.
    if (this.articleId) void this.library.setReadEverything(this.articleId, read);
  }

  /** Bookmarks the sentence being read, and says so (or that it had one already). */
  async bookmark(): Promise<void> {
    const player = this.reader.player;
    const article = player.article;
    if (!article) return;
    const { bookmarkAt, withBookmark } = await import('../library/bookmarks');
    const bookmark = bookmarkAt(article, player, Date.now());
    if (!bookmark) return;
    const list = withBookmark(this.bookmarks, bookmark);
    if (!list) {
      this.announcer.announce(`This sentence is bookmarked already: “${bookmark.words}”`);
      return;
    }
    await this.#keepBookmarks(list, `Bookmarked: “${bookmark.words}”`);
  }

  async removeBookmark(bookmark: Bookmark): Promise<void> {
    const list = this.bookmarks.filter((kept) => kept !== bookmark);
    await this.#keepBookmarks(list, `Bookmark removed: “${bookmark.words}”`);
  }

  /** The open article's new list, saved with it, and what changed said once it holds. */
  async #keepBookmarks(list: Bookmark[], said: string): Promise<void> {
    const id = this.articleId;
    // The library says why when it cannot write (its notice): the list is kept for the visit.
    if (id) await this.library.setBookmarks(id, list);
    if (id !== this.articleId) return;
    this.bookmarks = list;
    this.announcer.announce(said);
  }

  /** A deleted article stops being the one whose place is kept. */
  forget(id: string): void {
    if (this.articleId !== id) return;
    this.reader.player.stop();
    this.articleId = null;
  }

  #open(article: Article, id: string | null, place?: { block: number; offset: number }): void {
    this.reader.open(article, place);
    // The listener's default; an article with a choice of its own applies it after.
    this.reader.player.readEverything = this.reader.preferences.readEverything;
    this.articleId = id;
    this.bookmarks = [];
    this.missing = false;
    this.#showingSample = false;
    this.#keeper.opened();
  }

  /**
   * What a screen reader needs on opening, beyond the title that focus reads: how long the
   * article is, and what to press (or where reading will go on from).
   */
  #announceOpened(paragraphs: number, at: number): void {
    this.announcer.announce(
      at > 0
        ? `Opened at paragraph ${at + 1} of ${paragraphs}. Press Play to go on.`
        : `Opened: ${paragraphs} paragraphs. Press Play to listen.`,
    );
  }

  async #show(route: Route): Promise<void> {
    const visit = ++this.#visit;
    switch (route.view) {
      case 'start': {
        const last = this.library.lastOpened;
        // The library goes under the article in the history, so that Back leads to it.
        this.router.go({ view: 'library' }, { replace: true });
        this.#goToArticle(last ? { view: 'read', id: last.id } : { view: 'welcome' });
        return;
      }
      case 'welcome':
        if (!this.#showingSample) {
          // Loaded only when shown: a returning listener's first Play does not need it.
          const { sampleArticle } = await import('../import/sample-article');
          if (visit !== this.#visit) return;
          const sample = sampleArticle();
          this.#open(sample, null);
          this.#showingSample = true;
          this.#announceOpened(sample.length, 0);
        }
        return;
      case 'unsaved':
        // Unsaved text does not outlive the page: after a reload there is nothing to show.
        if (this.articleId !== null || this.#showingSample || !this.reader.player.article) {
          this.router.go({ view: 'library' }, { replace: true });
        }
        return;
      case 'library':
        // Leaving the article: its last place is written now, not at the end of the interval.
        this.library.flush();
        return;
      case 'read': {
        if (route.id === this.articleId && !this.missing) return;
        this.missing = false;
        const opened = await this.library.load(route.id);
        if (visit !== this.#visit) return; // the person went elsewhere meanwhile
        if (!opened) {
          this.missing = true;
          return;
        }
        const { record, article } = opened;
        // A finished article opens at its start, ready to be heard again.
        this.#open(article, record.id, record.finished ? undefined : record.position);
        this.#announceOpened(article.length, this.reader.player.paragraph);
        if (record.readEverything !== undefined) {
          this.reader.player.readEverything = record.readEverything;
        }
        this.bookmarks = record.bookmarks ?? [];
        return;
      }
    }
  }
}
