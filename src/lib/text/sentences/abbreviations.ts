// What a full stop after a short word means, language by language: the abbreviations that do
// not end a sentence, and the words that show a new sentence has begun after one that may.
import { baseLanguage } from '../language';

/** How a full stop after an abbreviation relates to the word that follows it. */
export type AbbreviationKind =
  /** Titles and Latin abbreviations that are followed by a name or a clause: never a sentence end. */
  | 'continues'
  /** Abbreviations that introduce a number ("No. 12", "Jan. 2027", "p. 4"): no end before a digit. */
  | 'before-number';

/** The rules of one language, built once and kept for the session. */
export interface AbbreviationRules {
  abbreviations: ReadonlyMap<string, AbbreviationKind>;
  /**
   * Capitalised words that open a sentence far more often than they follow an abbreviation
   * inside one: "She moved to the U.K. Nobody was surprised." is two sentences, "the U.K.
   * Parliament" one. Lowercase, only for languages that have a list.
   */
  starters: ReadonlySet<string>;
  /** "12. Juni", "der 3. Versuch": a number followed by a full stop is an ordinal. */
  ordinalStop: boolean;
}

// Abbreviations that are not listed (etc., Jr., Inc., a.m., p.m.) keep ICU's rule: no end before
// a lowercase word, an end before a capitalised one.
const CONTINUES =
  'mr mrs ms mx dr prof st mt ft gen col capt lt sgt cpl maj adm cmdr rep sen gov rev hon pres supt messrs mme mlle vs v cf viz';
const BEFORE_NUMBER =
  'no nos nr vol fig figs p pp ch art sec ca approx jan feb mar apr jun jul aug sep sept oct nov dec';

/**
 * Each language's own titles and abbreviations, kept apart because they are words elsewhere
 * (German "abs." is English "abs."). Single lowercase letters are the first halves of "z. B.",
 * "u. a.", "d. h.", "o. ä.", "s. o.".
 */
const CONTINUES_IN: Record<string, string> = {
  de: 'hr hrn fr frl dipl ing bzw usw vgl evtl ggf inkl zzgl abs bd jh jhd str tel mio mrd z u d o s v',
  es: 'sr sra srta sres dra lic ing ud uds vd vds aprox pag',
  fr: 'mm mgr ste env',
  it: 'sig sigg dott avv ing geom arch rag pag ecc on',
  nl: 'dhr mevr mw drs ir ing bijv blz zgn enz',
};

const STARTERS_IN: Record<string, string> = {
  en: 'a all an and but he her his i if in it its many most my nobody now our she so some that the their then there these they this those we what when you',
  de: 'aber auch da damit danach dann das dem den der deshalb die doch ein eine er es heute ich man sie so und wir',
};

/** Languages that write ordinal numbers with a full stop (Bokmål, "nb", is looked up as "no"). */
const ORDINAL_STOP = new Set([
  'de',
  'da',
  'nn',
  'no',
  'fi',
  'cs',
  'sk',
  'pl',
  'hu',
  'hr',
  'sl',
  'et',
  'lv',
  'is',
]);

const words = (list: string | undefined): string[] => (list ? list.split(' ') : []);

const rulesByLanguage = new Map<string, AbbreviationRules>();

/** The rules for a language tag ("de-AT" takes German's); unknown languages take the common ones. */
export function abbreviationRules(lang: string | undefined): AbbreviationRules {
  // Asked for every paragraph: the tag as given is looked up first, without splitting it.
  const known = rulesByLanguage.get(lang ?? '');
  if (known) return known;
  const base = baseLanguage(lang ?? '');
  let rules = rulesByLanguage.get(base);
  if (!rules) {
    const abbreviations = new Map<string, AbbreviationKind>();
    for (const word of words(BEFORE_NUMBER)) abbreviations.set(word, 'before-number');
    for (const word of [...words(CONTINUES), ...words(CONTINUES_IN[base])]) {
      abbreviations.set(word, 'continues');
    }
    rules = {
      abbreviations,
      starters: new Set(words(STARTERS_IN[base || 'en'])),
      ordinalStop: ORDINAL_STOP.has(base),
    };
    rulesByLanguage.set(base, rules);
  }
  rulesByLanguage.set(lang ?? '', rules);
  return rules;
}
