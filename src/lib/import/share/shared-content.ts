// What another app shared (Web Share Target: title, text, url, files) → what to bring in.
// Plain logic: the service worker keeps the share as it came, the page reads it with this.

/** A share as the form carries it; files as the page's File objects. */
export interface SharedForm {
  title: string;
  text: string;
  url: string;
  files: readonly File[];
}

/** What a share becomes: files to import as if dropped, text to read, a link to fetch. */
export interface SharedContent {
  files: File[];
  /** The shared words, when there are any beyond a link. */
  text: { title: string | null; body: string } | null;
  /** The link shared, from `url` or found in `text` (Android apps often put it there). */
  link: string | null;
}

/** An address in running text: http(s), up to a space or a closing bracket or quote. */
const LINK_IN_TEXT = /\bhttps?:\/\/[^\s<>"'”’)\]]+/i;
/** Punctuation that ends a sentence, not the address: "see https://x.test/a." */
const TRAILING_PUNCTUATION = /[.,;:!?]+$/;

/** The first web address in a text, or null. */
export function findLink(text: string): string | null {
  const match = LINK_IN_TEXT.exec(text);
  return match ? match[0].replace(TRAILING_PUNCTUATION, '') : null;
}

/**
 * Reads a share. Words that only name the link (a page's title, "Shared via …", the link
 * itself) are not an article: the link is what was shared then.
 */
export function sharedContent(form: SharedForm): SharedContent {
  const title = form.title.trim();
  const url = form.url.trim();
  const link = /^https?:\/\//i.test(url) ? url : findLink(form.text);
  let body = form.text.trim();
  // A link before or after the words is where they came from, not something to hear.
  if (link && body.startsWith(link)) body = body.slice(link.length).trim();
  if (link && body.endsWith(link)) body = body.slice(0, -link.length).trim();
  const words = link ? body.replace(link, '').trim() : body;
  // A share of a link alone carries the page's title, or a few words around the link.
  const caption = words === title || words.length < MIN_SHARED_ARTICLE_CHARACTERS;
  const isArticle = words.length > 0 && !(link && caption);
  return {
    // A form's empty file field arrives as a nameless, empty file.
    files: [...form.files].filter((file) => file.size > 0 || file.name !== ''),
    text: isArticle ? { title: title || null, body } : null,
    link,
  };
}

/**
 * Shared words shorter than this beside a link are the link's caption (a headline, "Check
 * this out"), not an article to read; a selection shared with its link is longer.
 */
const MIN_SHARED_ARTICLE_CHARACTERS = 100;

/** Whether a share holds nothing at all to bring in. */
export function isEmptyShare(content: SharedContent): boolean {
  return content.files.length === 0 && content.text === null && content.link === null;
}
