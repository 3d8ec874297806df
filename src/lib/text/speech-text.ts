// What the engine is given to say for a piece of text: the text rewritten for the ear
// (abbreviations a voice gets wrong, web addresses, citation markers, emoji, the listener's own
// rules), with a map back to the original characters, so that the highlight and the saved
// place stay on the text as shown.

/** One rewrite: where it applies in the original text, and what is said instead. */
interface Rewrite {
  start: number;
  end: number;
  say: string;
}

/** A way to find text to rewrite: each match of `pattern` is said as `say(match)`. */
export interface SpeechRewriter {
  pattern: RegExp;
  /** What is said for a match; null leaves the match as it is. */
  say: (match: RegExpExecArray) => string | null;
}

/** The text to speak, and where each of its characters comes from. */
export interface SpeechText {
  text: string;
  /** The offset in the original text of the character at `offset` of the spoken text. */
  original(offset: number): number;
}

/** What the listener chose about how things are said. */
export interface SpeechTextOptions {
  /** Emoji are read by the voice's own names for them, or not at all. */
  emoji: 'say' | 'skip';
  /** The listener's own rules, tried before Aloud's (see speech-rules.ts). */
  rules?: readonly SpeechRewriter[];
}

/** Titles before a name (a capitalised word), and what they stand for. */
const TITLES: Record<string, string> = {
  Sen: 'Senator',
  Rep: 'Representative',
  Gov: 'Governor',
  Gen: 'General',
  Lt: 'Lieutenant',
  Sgt: 'Sergeant',
  Cpl: 'Corporal',
  Capt: 'Captain',
  Col: 'Colonel',
  Maj: 'Major',
  Adm: 'Admiral',
  Cmdr: 'Commander',
  Prof: 'Professor',
  Dr: 'Doctor',
  Rev: 'Reverend',
  Hon: 'Honourable',
  Pres: 'President',
  Supt: 'Superintendent',
};

/** Abbreviations that mean one thing wherever they are. */
const ABBREVIATIONS: Record<string, string> = {
  'vs.': 'versus',
  'v.': 'versus',
  'approx.': 'approximately',
  'etc.': 'et cetera',
  'e.g.': 'for example',
  'i.e.': 'that is',
};

const url = (host: string, lang: string): string => (lang === 'en' ? `a link to ${host}` : host);

/** Aloud's rewrites for English, in the order they are tried. */
function englishRewriters(): SpeechRewriter[] {
  return [
    {
      // "Sen. Warren", "Dr. Okafor": the title, not its letters.
      pattern: new RegExp(`\\b(${Object.keys(TITLES).join('|')})\\.(?=\\s+\\p{Lu})`, 'gu'),
      say: (match) => TITLES[match[1] ?? ''] ?? null,
    },
    {
      // "St." is Saint before a name ("St. Louis"), Street after one ("Baker St.").
      pattern: /(\p{Lu}\p{Ll}+\s+)?\bSt\.(\s+\p{Lu})?/gu,
      say: (match) =>
        match[1] ? `${match[1]}Street${match[2] ?? ''}` : match[2] ? `Saint${match[2]}` : null,
    },
    {
      // "No. 5", "Nos. 3 and 4", "N° 12": the word, before a number only.
      pattern: /\b(Nos?)\.(?=\s?\d)|N°\.?(?=\s?\d)/gu,
      say: (match) => (match[1] === 'Nos' ? 'numbers' : 'number'),
    },
    {
      pattern: /(?<![\p{L}.])(?:vs?|approx|etc|e\.g|i\.e)\.(?!\p{L})/giu,
      say: (match) => {
        const said = ABBREVIATIONS[match[0].toLowerCase()] ?? null;
        // At the very end the stop ends the sentence too: keep it for the voice's tone.
        return said && match.index + match[0].length === match.input.length ? `${said}.` : said;
      },
    },
  ];
}

/** Rewrites for every language: addresses, citation markers. */
function commonRewriters(lang: string): SpeechRewriter[] {
  return [
    {
      // "[12]", "[3, 4]", "[citation needed]", "[note 2]", "[a]": for the eye only.
      pattern: /\s?\[(?:\d{1,3}(?:\s?[,–-]\s?\d{1,3})*|citation needed|note \d{1,3}|[a-z])\]/giu,
      say: () => '',
    },
    {
      // A web address is said as its site; the trailing stop of a sentence is not part of it.
      pattern:
        /\b(?:https?:\/\/(?:www\.)?|www\.)([\p{L}\d-]+(?:\.[\p{L}\d-]+)+)(?:[/?#][^\s]*[^\s.,;:!?)\]"'”’])?/giu,
      say: (match) => url(match[1] ?? '', lang),
    },
    {
      pattern: /\b([\p{L}\d._%+-]+)@([\p{L}\d-]+(?:\.[\p{L}\d-]+)+)\b/gu,
      say: (match) => (lang === 'en' ? `${match[1]} at ${match[2]}` : null),
    },
  ];
}

const EMOJI =
  /(?:\p{Extended_Pictographic}|\p{Regional_Indicator}{2})(?:\uFE0F|\p{Emoji_Modifier}|\u200D\p{Extended_Pictographic})*/gu;

const rewritersByLanguage = new Map<string, SpeechRewriter[]>();

/** Aloud's rewrites for a language, made once. */
function builtInRewriters(lang: string): SpeechRewriter[] {
  let rewriters = rewritersByLanguage.get(lang);
  if (!rewriters) {
    rewriters = [...commonRewriters(lang), ...(lang === 'en' ? englishRewriters() : [])];
    rewritersByLanguage.set(lang, rewriters);
  }
  return rewriters;
}

/**
 * The text to say for `text` in `lang` (a BCP 47 tag), and the map back. Rewrites never
 * overlap: where two would, the one tried first wins (the listener's rules, then Aloud's).
 */
export function speechText(text: string, lang: string, options: SpeechTextOptions): SpeechText {
  const base = lang.split('-')[0]?.toLowerCase() ?? '';
  const rewriters = [
    ...(options.rules ?? []),
    ...builtInRewriters(base),
    ...(options.emoji === 'skip' ? [{ pattern: EMOJI, say: () => '' }] : []),
  ];
  const rewrites: Rewrite[] = [];
  for (const { pattern, say } of rewriters) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match[0] === '') {
        pattern.lastIndex++; // a pattern that can match nothing must still move on
        continue;
      }
      const start = match.index;
      const end = start + match[0].length;
      if (!pattern.global) pattern.lastIndex = end;
      if (rewrites.some((taken) => start < taken.end && end > taken.start)) continue;
      const said = say(match);
      if (said !== null && said !== match[0]) rewrites.push({ start, end, say: said });
      if (!pattern.global) break;
    }
  }
  return withRewrites(text, rewrites);
}

/** Applies rewrites (not overlapping) and keeps, for each piece said, where it came from. */
function withRewrites(text: string, rewrites: Rewrite[]): SpeechText {
  if (rewrites.length === 0) return { text, original: (offset) => offset };
  rewrites.sort((a, b) => a.start - b.start);
  // Pieces of the spoken text, each [spokenStart, originalStart, copied (1) or said (0)].
  const pieces: number[] = [];
  let spoken = '';
  let from = 0;
  for (const { start, end, say } of rewrites) {
    pieces.push(spoken.length, from, 1);
    spoken += text.slice(from, start);
    pieces.push(spoken.length, start, 0);
    spoken += say;
    from = end;
    // Text left out between two spaces leaves one of them, not both ("loops (Photo) all").
    if (say === '' && /\s$/.test(spoken) && /\s/.test(text[from] ?? '')) from++;
  }
  pieces.push(spoken.length, from, 1);
  spoken += text.slice(from);
  // What was removed at either end leaves spaces the voice has no use for.
  const lead = spoken.length - spoken.trimStart().length;
  return {
    text: spoken.trim(),
    original(trimmedOffset) {
      const offset = trimmedOffset + lead;
      let found = 0;
      for (let i = 0; i < pieces.length && (pieces[i] ?? 0) <= offset; i += 3) found = i;
      const spokenStart = pieces[found] ?? 0;
      const originalStart = pieces[found + 1] ?? 0;
      // Inside words said instead of others, the place is where those others begin.
      return pieces[found + 2] === 1 ? originalStart + offset - spokenStart : originalStart;
    },
  };
}
