// An element's style attribute as Readability asks it: is the element shown? Read as a
// browser reads it, so that what a page hides stays out of the article: property names in
// any case, the last declaration winning unless an earlier one is `!important`, a value the
// browser would not take (`display: nonee`) ignored, and a `;` inside quotes or brackets
// (a data address in `background: url(…)`) not ending a declaration.

/** The two properties Readability reads from `element.style`, nothing else. */
export interface VisibilityStyle {
  display?: string;
  visibility?: string;
}

const NO_STYLE: VisibilityStyle = Object.freeze({});

/** A keyword value, or a few of them (`display: inline flow-root`). */
const KEYWORDS = /^[a-z-]+(?: [a-z-]+)*$/;

/** The display and visibility a style attribute gives, as a browser would compute them. */
export function visibilityOf(style: string | undefined): VisibilityStyle {
  if (!style) return NO_STYLE;
  const lower = style.toLowerCase();
  // Most style attributes set neither: no need to read their declarations.
  if (!lower.includes('display') && !lower.includes('visibility')) return NO_STYLE;
  const found: { display?: string; visibility?: string } = {};
  const important = { display: false, visibility: false };
  for (const declaration of declarationsOf(lower)) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const name = declaration.slice(0, colon).trim();
    if (name !== 'display' && name !== 'visibility') continue;
    let value = declaration.slice(colon + 1).trim();
    const bang = /!\s*important$/.exec(value);
    if (bang) value = value.slice(0, bang.index).trim();
    value = value.replace(/\s+/g, ' ');
    if (!KEYWORDS.test(value)) continue;
    if (important[name] && !bang) continue;
    found[name] = value;
    important[name] = bang !== null;
  }
  return found;
}

/** The declarations of a style attribute, split at each `;` outside quotes and brackets. */
function declarationsOf(style: string): string[] {
  const declarations: string[] = [];
  let start = 0;
  let depth = 0;
  let quote = '';
  for (let i = 0; i < style.length; i++) {
    const char = style[i];
    if (quote) {
      if (char === '\\') i++;
      else if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '(') depth++;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (char === ';' && depth === 0) {
      declarations.push(style.slice(start, i));
      start = i + 1;
    }
  }
  declarations.push(style.slice(start));
  return declarations;
}
