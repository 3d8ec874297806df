// Lines a page puts around an article that are not the article: links to other stories,
// advertisements, newsletter and share prompts, closing promotions. Found when an article is
// brought in; shown dimmed and labelled, and not read unless the listener asks for everything.
// Conservative by design: a sentence that merely mentions reading more, or an editor's note
// about a correction, is article text and is read.
import type { Block, ClutterKind } from './types';

// Each pattern is built inside its function rather than as a module constant, so that mutation
// testing (stryker.config.mjs, `ignoreStatic`) ties it to the tests that call it.

/** "Read More:", "Related:", "See also:", "Also read:": a link to another story follows. */
function isRelatedLead(text: string): boolean {
  return /^(?:read (?:more|next|also)|related(?: (?:articles?|stories|coverage|reading))?|see also|also read|more on this(?: story)?|recommended(?: reading)?|you (?:may|might) also like)\s*[:：—–-]/i.test(
    text,
  );
}

/** A heading or line that only announces related links ("Related stories", "More from us"). */
function isRelatedHeading(text: string): boolean {
  return /^(?:related(?: (?:articles?|stories|coverage|reading|content))?|read (?:more|next)|more (?:stories|from \S+(?: \S+)?)|recommended(?: for you| reading)?|you (?:may|might) also like|trending(?: now)?|most (?:read|popular))\s*:?$/i.test(
    text,
  );
}

function isAdvertisement(text: string): boolean {
  return /^(?:advertisement|advertising|sponsored(?: content)?|ad|story continues (?:below|after) (?:this )?advertisement|anzeige|werbung|publicidad|publicité)$/i.test(
    text,
  );
}

/** An invitation to sign up (imperative, at the start) for something sent by e-mail. */
function isNewsletterPrompt(text: string): boolean {
  return /^(?:sign up|subscribe|get (?:our|the) \S+(?: \S+)? newsletter|join (?:our|\d[\d,]*) (?:newsletter|mailing list|readers|subscribers)|want (?:more|the latest)|don[’']t miss)\b.*\b(?:newsletter|inbox|e-?mail|subscribe|updates)\b/i.test(
    text,
  );
}

function isSharePrompt(text: string): boolean {
  return /^(?:share (?:this|on)\b|share:|follow us\b|like us on\b|click (?:here )?to share\b|share this (?:article|story)\b)/i.test(
    text,
  );
}

/** What a closing promotion asks for: money, membership, a code, a subscription. */
function asksForSupport(text: string): boolean {
  return /\bpromo(?:tion)? code\b|\buse code\b|\b\d+% off (?:your|the first|a|an)\b|\bVIP member|\byour (?:\S+ )?membership\b|\bbecome an? (?:member|subscriber|patron|supporter|insider)\b|\bjoin the conversation\b|\b(?:donate|subscribe) (?:now|today|here)\b|\bsupport (?:our|independent|quality) journalism\b|\bfree trial\b/i.test(
    text,
  );
}

function isEditorsNote(text: string): boolean {
  return /^editor[’']?s[’']? note\s*[:：—–-]/i.test(text);
}

/** Longer blocks are article text, whatever they say: page furniture is short. */
const MAX_CLUTTER_LENGTH = 400;
/** A related-story headline after a "Read More:" line is this short, with no closing stop. */
const MAX_HEADLINE_LENGTH = 140;
/** At most this many headlines follow one "Read More:" or "Related" line. */
const MAX_HEADLINES = 5;
/** A closing promotion is looked for among this many blocks at the end of the article. */
const PROMOTION_TAIL = 6;

/** A line that reads like a headline: a few words, no sentence end, mostly capitalised. */
function isHeadline(text: string): boolean {
  if (text.length > MAX_HEADLINE_LENGTH || /[.!?…:;,"”’]$/.test(text)) return false;
  const words = text.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  if (words.length < 3) return false;
  const capitalised = words.filter((word) => /^\P{L}*\p{Lu}/u.test(word)).length;
  return capitalised / words.length >= 0.5;
}

function kindOf(block: Block): ClutterKind | undefined {
  const text = block.text;
  if (text.length > MAX_CLUTTER_LENGTH || block.kind === 'code' || block.kind === 'quote') {
    return undefined;
  }
  if (isRelatedLead(text) || isRelatedHeading(text)) return 'related';
  if (isAdvertisement(text)) return 'advertisement';
  if (isNewsletterPrompt(text)) return 'newsletter';
  if (isSharePrompt(text)) return 'share';
  if (isEditorsNote(text) && asksForSupport(text)) return 'promotion';
  return undefined;
}

/**
 * The blocks marked with the clutter they are (`clutter`), the others as they were. An
 * article that would be all clutter is left alone: it is what the person brought in.
 */
export function markClutter(blocks: readonly Block[]): Block[] {
  const kinds: (ClutterKind | undefined)[] = blocks.map(kindOf);
  // Headlines of related stories under a "Read More:" line or a "Related" heading (found
  // first, so that a headline does not lead more headlines past MAX_HEADLINES).
  const leads = [...kinds.keys()].filter((i) => kinds[i] === 'related');
  for (const i of leads) {
    for (let j = i + 1; j <= i + MAX_HEADLINES; j++) {
      const next = blocks[j];
      if (!next || kinds[j] || !isHeadline(next.text)) break;
      kinds[j] = 'related';
    }
  }
  markClosingPromotion(blocks, kinds);
  if (kinds.every((kind) => kind !== undefined)) return [...blocks];
  return blocks.map((block, i) => {
    const kind = kinds[i];
    return kind ? { ...block, clutter: kind } : block;
  });
}

/**
 * A promotion at the end: the last blocks that ask for money, membership or a sign-up, and
 * the editor's note that opens them ("Editor's Note: Thanks to… Join and use promo code…").
 */
function markClosingPromotion(blocks: readonly Block[], kinds: (ClutterKind | undefined)[]): void {
  let start = blocks.length;
  let asks = false;
  const tail = Math.max(0, blocks.length - PROMOTION_TAIL);
  while (start > tail) {
    const block = blocks[start - 1];
    if (!block || block.text.length > MAX_CLUTTER_LENGTH) break;
    const ask = asksForSupport(block.text);
    // Other clutter (a share prompt) may sit among the promotion's lines.
    if (!ask && !kinds[start - 1]) break;
    asks ||= ask;
    start--;
  }
  if (!asks) return;
  const before = blocks[start - 1];
  if (before && isEditorsNote(before.text) && before.text.length <= MAX_CLUTTER_LENGTH) start--;
  for (let i = start; i < blocks.length; i++) kinds[i] ??= 'promotion';
}
