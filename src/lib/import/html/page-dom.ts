// A web page's HTML → the DOM Readability was written for: the light one it ships
// (JSDOMParser.js: plain objects, no live lists, no styles), built from htmlparser2's tokens,
// which read HTML as a browser does where JSDOMParser's own reader wants well-formed markup.
// Readability runs on it in about half the time it took on linkedom, with the same results
// on its 130 test pages (tests/fixtures/readability-pages holds some).
// What is never read is not built: scripts (but their JSON-LD), styles, comments, and the
// addresses of links and images, which Readability would otherwise resolve one by one.
// Its types, for each tsconfig that reaches this file (an import cannot bring in a declaration).
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./jsdom-parser.d.ts" />
import JSDOMParser from '@mozilla/readability/JSDOMParser.js';
import { Parser } from 'htmlparser2';
import { visibilityOf, type VisibilityStyle } from './visibility-style';

/** The part of JSDOMParser's nodes this builder, html-blocks.ts and the tests use. */
export interface PageNode {
  readonly nodeType: number;
  readonly parentNode: PageNode | null;
  readonly childNodes: PageNode[];
  readonly firstChild: PageNode | null;
  readonly nextSibling: PageNode | null;
  readonly textContent: string;
  appendChild(child: PageNode): void;
  remove(): PageNode;
}
export interface PageElement extends PageNode {
  tagName: string;
  localName: string;
  readonly children: PageElement[];
  /** Its markup, as JSDOMParser writes it. */
  readonly innerHTML: string;
  style: VisibilityStyle;
  getAttribute(name: string): string | undefined;
  setAttribute(name: string, value: string): void;
}
/** A page's document: its html and body are always there, as in a browser. */
export interface PageDocument extends PageNode {
  title: string;
  documentElement: PageElement;
  head: PageElement | undefined;
  body: PageElement;
  createElement(tag: string): PageElement;
  createTextNode(text: string): PageNode;
}
/** The document while it is built: its html and body are found, or made at the end. */
type BuildingDocument = Omit<PageDocument, 'documentElement' | 'body'> &
  Partial<Pick<PageDocument, 'documentElement' | 'body'>>;

const ELEMENT_NODE = 1;

/** Elements whose start tag may carry an address Readability would resolve. */
const ADDRESS_TAGS: ReadonlySet<string> = new Set(['a', 'img', 'source', 'area', 'link']);
const ADDRESSES: ReadonlySet<string> = new Set(['href', 'src', 'srcset']);

/** Whether a script holds a page's JSON-LD: its headline and author, read by Readability. */
function isJsonLd(type: string | undefined): boolean {
  return type !== undefined && type.trim().toLowerCase() === 'application/ld+json';
}

/** The page as a DOM for Readability: html, head and body always there, as a browser has. */
export function pageDocument(html: string): PageDocument {
  const document = new JSDOMParser().parse('') as BuildingDocument;
  let current: PageNode = document;
  /** The raw-text element being left out (a script or style), if any. */
  let skipped: string | null = null;
  /** Text arrives in pieces (an entity is one): one Text node is made of them. */
  let text: string[] = [];
  let title: PageElement | null = null;
  let svgDepth = 0;

  const endText = (): void => {
    if (text.length === 0) return;
    current.appendChild(document.createTextNode(text.length === 1 ? text[0]! : text.join('')));
    text = [];
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if ((name === 'script' && !isJsonLd(attributes.type)) || name === 'style') {
          skipped = name;
          return;
        }
        endText();
        const element = document.createElement(name);
        // JSDOMParser drops a prefix (Word's <o:p> would become a paragraph): not a browser.
        if (name.includes(':')) {
          element.localName = name;
          element.tagName = name.toUpperCase();
        }
        const addressed = ADDRESS_TAGS.has(name);
        for (const attribute in attributes) {
          const value = attributes[attribute]!;
          // An in-page link (#notes) stays: Readability counts those as less of a link.
          if (addressed && ADDRESSES.has(attribute) && !value.trimStart().startsWith('#')) {
            continue;
          }
          element.setAttribute(attribute, value);
        }
        element.style = visibilityOf(attributes.style);
        current.appendChild(element);
        current = element;
        if (name === 'svg') svgDepth++;
        if (name === 'title' && title === null && svgDepth === 0) title = element;
        else if (name === 'html') document.documentElement ??= element;
        else if (name === 'head') document.head ??= element;
        else if (name === 'body') document.body ??= element;
      },
      ontext(data) {
        if (skipped === null) text.push(data);
      },
      onclosetag(name) {
        if (skipped !== null) {
          if (name === skipped) skipped = null;
          return;
        }
        endText();
        if (name === 'svg') svgDepth--;
        current = current.parentNode ?? document;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  endText();
  const page = completed(document);
  // As a browser reads document.title: the first title's text, its spaces collapsed.
  page.title = title ? collapsed((title as PageElement).textContent) : '';
  return page;
}

function collapsed(text: string): string {
  return text.replace(/[\t\n\f\r ]+/g, ' ').trim();
}

/**
 * The document given the html and body a browser would make: a pasted fragment, or a page
 * that leaves them out, has what stands outside them moved into the body.
 */
function completed(document: BuildingDocument): PageDocument {
  const root = document.documentElement ?? document.createElement('html');
  let body = document.body;
  if (!body) {
    body = document.createElement('body');
    // The html's own children, but for its head, go in the new body.
    for (const child of [...root.childNodes]) {
      if (child !== document.head) body.appendChild(child);
    }
    root.appendChild(body);
  }
  const strays: PageNode[] = [];
  for (const child of [...document.childNodes]) {
    if (child === root) continue;
    if (child === document.head || child === body) root.appendChild(child);
    else if (child.nodeType === ELEMENT_NODE || child.textContent.trim()) strays.push(child);
    else child.remove();
  }
  for (const child of strays) body.appendChild(child);
  if (root.parentNode !== document) document.appendChild(root);
  return Object.assign(document, { documentElement: root, body });
}
