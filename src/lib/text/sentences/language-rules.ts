// The rules each language's sentences follow beyond ICU's: what a full stop after a short word
// means (the abbreviations that do not end a sentence, the words that open one), and the marks
// a language ends or opens sentences with in its own way. English's and the common ones are
// here, the other languages' in other-languages.ts.
import { baseLanguage } from '../language';
import type { CjkBrackets } from './cjk-brackets';
import { OTHER_LANGUAGES } from './other-languages';

/** How a full stop after an abbreviation relates to the word that follows it. */
export type AbbreviationKind =
  /** Titles and Latin abbreviations that are followed by a name or a clause: never a sentence end. */
  | 'continues'
  /** Abbreviations that introduce a number ("No. 12", "Jan. 2027", "p. 4"): no end before a digit. */
  | 'before-number';

/** The rules of one language, built once and kept for the session. */
export interface LanguageRules extends LanguageMarks {
  abbreviations: ReadonlyMap<string, AbbreviationKind>;
  /**
   * Abbreviations of several words written with spaces ("EE. UU.", "z. B.", "av. J.-C."): a
   * stop inside one never ends a sentence. By first word (lowercase), the rest of each ("
   * uu.").
   */
  phrases: ReadonlyMap<string, readonly string[]>;
  /**
   * Capitalised words that open a sentence far more often than they follow an abbreviation
   * inside one: "She moved to the U.K. Nobody was surprised." is two sentences, "the U.K.
   * Parliament" one. Lowercase, only for languages that have a list.
   */
  starters: ReadonlySet<string>;
  /** "12. Juni", "der 3. Versuch": a number followed by a full stop is an ordinal. */
  ordinalStop: boolean;
  /**
   * The first letter (lowercase) and length of every listed word (listedKey): a word before a
   * stop that has none of them is passed without being copied to be looked up.
   */
  listedKeys: ReadonlySet<number>;
}

/**
 * A key of a word's first letter, lowercased, and its length. Latin, Greek and Cyrillic
 * capitals are 0x20 before their small letters; other letters are asked of toLowerCase.
 */
export function listedKey(text: string, start: number, end: number): number {
  const code = text.charCodeAt(start);
  let lower = code;
  if (code < 0x80) {
    if (code >= 0x41 && code <= 0x5a) lower = code + 0x20;
  } else if (
    (code >= 0xc0 && code <= 0xde && code !== 0xd7) ||
    (code >= 0x391 && code <= 0x3ab) ||
    (code >= 0x410 && code <= 0x42f)
  ) {
    lower = code + 0x20;
  } else {
    lower = (text[start] ?? '').toLowerCase().charCodeAt(0);
  }
  return lower * 64 + Math.min(end - start, 63);
}

/** How a language marks its sentences where ICU does not know it. */
interface LanguageMarks {
  /** Greek writes the question mark as ";" ("Τι κάνεις; Καλά."). */
  semicolonAsks?: boolean;
  /**
   * Sentence starts ICU does not see, each match's end a start: Greek's after ";", Dutch's
   * "'s Avonds" (a sentence that opens in lowercase). Global.
   */
  starts?: RegExp;
  /** Chinese and Japanese: the titles and quotations of a paragraph, said as one. */
  brackets?: (text: string) => CjkBrackets | null;
}

/**
 * The longest word in any list ("einschl"): a longer word before a stop is no abbreviation
 * (a unit test holds every list to it).
 */
export const MAX_LISTED_LENGTH = 7;

/** One language's lists, as words separated by spaces (lowercase), and its own marks. */
export interface LanguageLists extends LanguageMarks {
  /** Said before a name or a place ("Sra.", "ул."): a stop after one does not end a sentence. */
  titles?: string;
  /** Said before a number ("pág.", "ст."): no end before a digit. */
  numbers?: string;
  /** Abbreviations of several words, each with its stops and spaces ("ee. uu."). */
  phrases?: readonly string[];
  /** Capitalised words that open a sentence after an abbreviation (see LanguageRules). */
  starters?: string;
}

// Abbreviations that are not listed (etc., Jr., Inc., a.m., p.m.) keep ICU's rule: no end before
// a lowercase word, an end before a capitalised one. These are English's, and every language's
// that has no list of its own.
const COMMON: LanguageLists = {
  titles:
    'mr mrs ms mx dr prof st mt ft gen col capt lt sgt cpl maj adm cmdr rep sen gov rev hon pres supt messrs mme mlle vs v cf viz',
  numbers:
    'no nos nr vol fig figs p pp ch art sec ca approx jan feb mar apr jun jul aug sep sept oct nov dec',
};

/**
 * English: question words and pronouns open a sentence after "the E.U." or "the U.S." ("…the
 * E.U. How it works…"), as do the words that most often begin one.
 */
const ENGLISH_STARTERS =
  'a all also an and as but by did do does during each even for from had has have he her here his how however i if in instead is it its many meanwhile more most my no nobody none not now of on once one only our she so some still such that the their then there these they this those though to was we were what when where whether which while who whom whose why will with would yes yet you your';

/**
 * Languages that write ordinal numbers with a full stop and capitalise their nouns, so that
 * "am 12. Juni" is one sentence. Elsewhere (Danish, Polish, Czech…) the word after an ordinal
 * is lowercase, which ICU already reads as going on, and "kom kl. 10. Han var træt" ends.
 */
const ORDINAL_STOP = new Set(['de', 'lb']);

const words = (list: string | undefined): string[] => (list ? list.split(' ') : []);

const rulesByLanguage = new Map<string, LanguageRules>();

function rulesFor(base: string): LanguageRules {
  const own = OTHER_LANGUAGES[base];
  const abbreviations = new Map<string, AbbreviationKind>();
  // A language's own words win, and its number words last: Italian "gen." is January.
  for (const [list, kind] of [
    [COMMON.numbers, 'before-number'],
    [COMMON.titles, 'continues'],
    [own?.titles, 'continues'],
    [own?.numbers, 'before-number'],
  ] as const) {
    for (const word of words(list)) abbreviations.set(word, kind);
  }
  const phrases = new Map<string, string[]>();
  for (const phrase of own?.phrases ?? []) {
    const space = phrase.indexOf('.') + 1;
    const first = phrase.slice(0, space - 1);
    phrases.set(first, [...(phrases.get(first) ?? []), phrase.slice(space)]);
  }
  const listedKeys = new Set<number>();
  for (const word of [...abbreviations.keys(), ...phrases.keys()]) {
    listedKeys.add(listedKey(word, 0, word.length));
  }
  return {
    abbreviations,
    phrases,
    listedKeys,
    starters: new Set(words(base === 'en' || base === '' ? ENGLISH_STARTERS : own?.starters)),
    ordinalStop: ORDINAL_STOP.has(base),
    semicolonAsks: own?.semicolonAsks,
    starts: own?.starts,
    brackets: own?.brackets,
  };
}

/** The rules for a language tag ("de-AT" takes German's); unknown languages take the common ones. */
export function languageRules(lang: string | undefined): LanguageRules {
  // Asked for every paragraph: the tag as given is looked up first, without splitting it.
  const known = rulesByLanguage.get(lang ?? '');
  if (known) return known;
  const base = baseLanguage(lang ?? '');
  let rules = rulesByLanguage.get(base);
  if (!rules) {
    rules = rulesFor(base);
    rulesByLanguage.set(base, rules);
  }
  rulesByLanguage.set(lang ?? '', rules);
  return rules;
}
