// Titles before a name, said in full. A voice given "Hr. Schmidt" says the letters ("ha er")
// and pauses at the stop as at a sentence's end; espeak-ng, asked for each title of each
// language here with and without this rewrite, said the letters or a wrong word for most of
// them (tests/fixtures/titles-espeak.md records what it said). The words are the ones said
// before a name: Italian "Signor Rossi", not "Signore".

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

/** A title's written forms as a pattern: "sr" → "[Ss]r"; "mm" is "MM" (Messieurs). */
function writtenForms(title: string, lowercase: boolean): string {
  const first = title[0] ?? '';
  const rest = title.slice(1).replaceAll('.', '\\.');
  const forms = [`${lowercase ? `[${first.toUpperCase()}${first}]` : first.toUpperCase()}${rest}`];
  if (title === 'mm') forms.push('MM');
  return forms.join('|');
}

/**
 * Each language's titles as one pattern: the longest first ("sig.ra" before "sig"), an
 * optional stop, then spaces and a capital (a name). Built when the language is first read.
 */
const patterns = new Map<string, RegExp | null>();

function patternFor(base: string): RegExp | null {
  let pattern = patterns.get(base);
  if (pattern === undefined) {
    const titles = Object.keys(TITLES_IN[base] ?? {}).sort((a, b) => b.length - a.length);
    const forms = titles.map((title) => writtenForms(title, LOWERCASE_TITLES.has(base)));
    // Not case-insensitive: with the u flag, that would let \p{Lu} take lowercase letters.
    pattern =
      forms.length > 0 ? new RegExp(`(?:${forms.join('|')})\\.?(?=\\s+\\p{Lu})`, 'gu') : null;
    patterns.set(base, pattern);
  }
  return pattern;
}

/** A letter or digit: a title found after one is the end of a longer word ("Bahr. Ost"). */
const WORD_PART = /[\p{L}\p{N}]/u;

/** The titles before names in `text`, in a language other than English (base tag). */
export function titlesBeforeNames(text: string, base: string): TitleFound[] {
  const pattern = patternFor(base);
  if (!pattern) return [];
  const found: TitleFound[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const start = match.index;
    if (start > 0 && WORD_PART.test(text[start - 1] ?? '')) continue;
    const written = match[0];
    const key = (written.endsWith('.') ? written.slice(0, -1) : written).toLowerCase();
    const word = TITLES_IN[base]?.[key];
    if (!word) continue;
    const capital = written[0] !== written[0]?.toLowerCase();
    const say = capital ? (word[0]?.toUpperCase() ?? '') + word.slice(1) : word;
    found.push({ start, end: start + written.length, say });
  }
  return found;
}
