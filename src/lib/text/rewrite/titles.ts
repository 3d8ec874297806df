// Titles before a name, said in full. A voice given "Hr. Schmidt" says the letters ("ha er")
// and pauses at the stop as at a sentence's end; espeak-ng, asked for each title of each
// language here with and without this rewrite, said the letters or a wrong word for most of
// them (tests/fixtures/titles-espeak.md records what it said). The words are the ones said
// before a name: Italian "Signor Rossi", not "Signore".

import { isAsciiDigit, isLetterAt, isLowerAt } from '../sentences/characters';

/** What a title is said as, by the title as written without its final stop. */
type TitleWords = Readonly<Record<string, string>>;

/** English titles before a name (speech-text.ts looks them up on its pass over the stops). */
export const ENGLISH_TITLES: TitleWords = {
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

/**
 * Other languages' titles, in lowercase, written with or without a final stop ("Mme", "M.",
 * "sr.", "Sra."): the word said takes the capital of the title written. Russian's are "г-н"
 * (господин) and "г-жа" (госпожа) in each case they are declined in.
 */
export const TITLES_IN: Readonly<Record<string, TitleWords>> = {
  de: {
    hr: 'herr',
    hrn: 'herrn',
    fr: 'frau',
    frl: 'fräulein',
    dr: 'doktor',
    prof: 'professor',
  },
  es: {
    sr: 'señor',
    sra: 'señora',
    srta: 'señorita',
    sres: 'señores',
    sras: 'señoras',
    dr: 'doctor',
    dra: 'doctora',
    lic: 'licenciado',
    prof: 'profesor',
    ing: 'ingeniero',
    dña: 'doña',
  },
  fr: {
    m: 'monsieur',
    mm: 'messieurs',
    mme: 'madame',
    mmes: 'mesdames',
    mlle: 'mademoiselle',
    mlles: 'mesdemoiselles',
    dr: 'docteur',
    pr: 'professeur',
    mgr: 'monseigneur',
    me: 'maître',
  },
  it: {
    sig: 'signor',
    'sig.ra': 'signora',
    'sig.na': 'signorina',
    sigg: 'signori',
    dott: 'dottor',
    'dott.ssa': 'dottoressa',
    prof: 'professor',
    'prof.ssa': 'professoressa',
    avv: 'avvocato',
    ing: 'ingegner',
    arch: 'architetto',
    on: 'onorevole',
  },
  nl: {
    dhr: 'de heer',
    mevr: 'mevrouw',
    mw: 'mevrouw',
    mej: 'mejuffrouw',
    dr: 'doctor',
    prof: 'professor',
    mr: 'meester',
    ir: 'ingenieur',
    drs: 'doctorandus',
    ing: 'ingenieur',
  },
  pt: {
    sr: 'senhor',
    sra: 'senhora',
    srta: 'senhorita',
    dr: 'doutor',
    dra: 'doutora',
    prof: 'professor',
    profa: 'professora',
    eng: 'engenheiro',
  },
  ru: {
    'г-н': 'господин',
    'г-на': 'господина',
    'г-ну': 'господину',
    'г-ном': 'господином',
    'г-не': 'господине',
    'г-жа': 'госпожа',
    'г-жи': 'госпожи',
    'г-же': 'госпоже',
    'г-жу': 'госпожу',
    'г-жой': 'госпожой',
  },
};

/** A title found in a text: where it is written, and what is said. */
export interface TitleFound {
  start: number;
  end: number;
  say: string;
}

/**
 * Languages that write titles in lowercase inside a sentence ("el sr. Ortega", "met dhr.
 * Bakker", "г-н Орлов"). German and French capitalise them: there "m." is a metre.
 */
const LOWERCASE_TITLES = new Set(['es', 'it', 'nl', 'pt', 'ru']);

/** One language's titles, ready to find, and what each written form is said as. */
interface TitleFinder {
  /**
   * The capitalised forms, the longest first ("Sig.ra" before "Sig"), an optional stop, then
   * spaces and a capital (a name). Each try starts at a capital: quick to pass over text.
   */
  capitalised: RegExp;
  /**
   * The lowercase forms ("sr.", "dhr.", "г-жу"), tried only where a word before a stop or a
   * hyphen starts: a pattern starting with a lowercase letter would be tried at most letters.
   */
  lowercase: RegExp | null;
  /** By each form as written, with and without its stop: "Sr." and "Sr" → "Señor". */
  said: ReadonlyMap<string, string>;
}

const capitalised = (word: string): string => (word[0]?.toUpperCase() ?? '') + word.slice(1);

/** The forms as alternatives of a pattern, the longest first, then a stop and a name. */
function beforeName(forms: string[], flags: string): RegExp {
  forms.sort((a, b) => b.length - a.length);
  const alternatives = forms.map((form) => form.replaceAll('.', '\\.')).join('|');
  // Not case-insensitive: with the u flag, that would let \p{Lu} take lowercase letters.
  return new RegExp(`(?:${alternatives})\\.?(?=\\s+\\p{Lu})`, flags);
}

/** The finder of a language's titles, or null if it has none. */
function finderOf(base: string): TitleFinder | null {
  const titles = TITLES_IN[base];
  if (!titles) return null;
  const said = new Map<string, string>();
  const upper: string[] = [];
  const lower: string[] = [];
  for (const [title, word] of Object.entries(titles)) {
    upper.push(capitalised(title));
    said.set(capitalised(title), capitalised(word));
    // "MM." (Messieurs) is written in capitals.
    if (title === 'mm') {
      upper.push('MM');
      said.set('MM', capitalised(word));
    }
    if (LOWERCASE_TITLES.has(base)) {
      lower.push(title);
      said.set(title, word);
    }
  }
  for (const [form, spoken] of [...said]) said.set(`${form}.`, spoken);
  return {
    capitalised: beforeName(upper, 'gu'),
    lowercase: lower.length > 0 ? beforeName(lower, 'uy') : null,
    said,
  };
}

/** Each language's finder, built when the language is first read. */
const finders = new Map<string, TitleFinder | null>();

/** True if a title may start at `at`: not after a letter or digit ("Bahr. Ost" is no title). */
function startsWord(text: string, at: number): boolean {
  return at === 0 || !(isLetterAt(text, at - 1) || isAsciiDigit(text.charCodeAt(at - 1)));
}

/** The titles before names in `text`, in a language other than English (base tag). */
export function titlesBeforeNames(text: string, base: string): readonly TitleFound[] {
  let finder = finders.get(base);
  if (finder === undefined) {
    finder = finderOf(base);
    finders.set(base, finder);
  }
  if (!finder) return NONE;
  const { capitalised: upper, lowercase, said } = finder;
  let found: TitleFound[] | null = null;
  upper.lastIndex = 0;
  for (let match = upper.exec(text); match; match = upper.exec(text)) {
    const say = startsWord(text, match.index) ? said.get(match[0]) : undefined;
    if (say) (found ??= []).push({ start: match.index, end: upper.lastIndex, say });
  }
  if (!lowercase) return found ?? NONE;
  const capitalisedFound = found?.length ?? 0;
  // Each lowercase title has a stop or a hyphen ("sr.", "sig.ra", "г-н"): from each, back to
  // where its word starts, and the pattern is tried there.
  const marks = new Marks(text);
  for (let mark = marks.next(); mark >= 0; mark = marks.next()) {
    let start = mark;
    while (start > 0 && isLowerAt(text, start - 1)) start--;
    if (start === mark || !startsWord(text, start)) continue;
    lowercase.lastIndex = start;
    const match = lowercase.exec(text);
    const say = match ? said.get(match[0]) : undefined;
    if (say) (found ??= []).push({ start, end: lowercase.lastIndex, say });
  }
  // Found in two passes: put back in the order of the text.
  if (found && capitalisedFound > 0 && found.length > capitalisedFound) {
    found.sort((a, b) => a.start - b.start);
  }
  return found ?? NONE;
}

/** The full stops and hyphens of a text, in order, each text searched once for each. */
class Marks {
  readonly #text: string;
  #stop: number;
  #hyphen: number;

  constructor(text: string) {
    this.#text = text;
    this.#stop = text.indexOf('.');
    this.#hyphen = text.indexOf('-');
  }

  /** The next mark, or -1 when there is none left. */
  next(): number {
    const stop = this.#stop;
    const hyphen = this.#hyphen;
    if (stop < 0 && hyphen < 0) return -1;
    if (hyphen < 0 || (stop >= 0 && stop < hyphen)) {
      this.#stop = this.#text.indexOf('.', stop + 1);
      return stop;
    }
    this.#hyphen = this.#text.indexOf('-', hyphen + 1);
    return hyphen;
  }
}

const NONE: readonly TitleFound[] = [];
