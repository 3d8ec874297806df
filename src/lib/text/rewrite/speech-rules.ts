// The listener's own rules for what is said: "say X as Y" and "do not say X", with how X is
// matched, and the emoji choice. Stored with the preferences as plain data and checked here
// when read, so that a damaged or foreign entry never stops reading.
import { baseLanguage } from '../language';
import type { SpeechRewriter, SpeechTextOptions } from './speech-text';

export interface SpeechRule {
  id: string;
  /** What to find: a word or words, or a regular expression's source. */
  find: string;
  /** Said instead of what is found (ignored when skipping). */
  say: string;
  /** Say it another way, or do not say it at all. */
  action: 'say' | 'skip';
  /** A whole word (or words), anywhere inside words too, or a regular expression. */
  match: 'word' | 'anywhere' | 'pattern';
  caseSensitive: boolean;
  /** A base language ("en") the rule is for, or '' for every language. */
  lang: string;
  /** Switched off rules are kept, and not applied. */
  on: boolean;
}

/** How things are said: the emoji choice and the listener's rules, in the order tried. */
export interface SpeechSettings {
  emoji: SpeechTextOptions['emoji'];
  rules: SpeechRule[];
}

export const DEFAULT_SPEECH_SETTINGS: SpeechSettings = { emoji: 'skip', rules: [] };

/** A rule's find text longer than this is surely pasted by mistake. */
export const MAX_FIND_LENGTH = 200;

const ACTIONS = new Set(['say', 'skip']);
const MATCHES = new Set(['word', 'anywhere', 'pattern']);

/**
 * The settings in stored data, each rule checked; a damaged rule is left out, and a damaged
 * emoji choice is `fallback`'s (the default, or the one kept here when a file brings another).
 */
export function readSpeechSettings(
  stored: unknown,
  fallback: SpeechSettings = DEFAULT_SPEECH_SETTINGS,
): SpeechSettings {
  if (!stored || typeof stored !== 'object') return fallback;
  const { emoji, rules } = stored as Record<string, unknown>;
  return {
    emoji: emoji === 'say' || emoji === 'skip' ? emoji : fallback.emoji,
    rules: Array.isArray(rules) ? rules.flatMap((rule) => readRule(rule) ?? []) : [],
  };
}

function readRule(value: unknown): SpeechRule | null {
  if (!value || typeof value !== 'object') return null;
  const { id, find, say, action, match, caseSensitive, lang, on } = value as Record<
    string,
    unknown
  >;
  if (typeof id !== 'string' || typeof find !== 'string' || typeof say !== 'string') return null;
  if (typeof action !== 'string' || !ACTIONS.has(action)) return null;
  if (typeof match !== 'string' || !MATCHES.has(match)) return null;
  const rule: SpeechRule = {
    id,
    find,
    say,
    action: action as SpeechRule['action'],
    match: match as SpeechRule['match'],
    caseSensitive: caseSensitive === true,
    lang: typeof lang === 'string' ? lang : '',
    on: on !== false,
  };
  // Not timed: it was when saved, and a busy device would find a good pattern slow now, drop
  // it, and lose it for good at the next save.
  return shapeProblem(rule) ? null : rule;
}

/**
 * What is wrong with a rule, in words for the person writing it; null when it can be saved.
 * A regular expression is also tried for speed, here only: see shapeProblem.
 */
export function ruleProblem(
  rule: Pick<SpeechRule, 'find' | 'say' | 'action' | 'match'>,
): string | null {
  const problem = shapeProblem(rule);
  if (problem || rule.match !== 'pattern') return problem;
  // A pattern that backtracks without end ("(a|a|a)+$") would stop reading: any pattern is
  // tried on short text, where such a pattern already takes a noticeable time.
  return isSlow(new RegExp(rule.find, 'u')) ? TOO_SLOW : null;
}

/**
 * What is wrong with a rule that shows without timing it; null when it has none. Rules read
 * from storage are checked with this alone (they were timed when saved), as their timing
 * depends on how busy the device is at the moment; a library file's are timed too.
 */
function shapeProblem(rule: Pick<SpeechRule, 'find' | 'say' | 'action' | 'match'>): string | null {
  if (rule.find.trim() === '') return 'Say what to find.';
  if (rule.find.length > MAX_FIND_LENGTH) {
    return `What to find is too long: at most ${MAX_FIND_LENGTH} characters.`;
  }
  if (rule.action === 'say' && rule.say.trim() === '') {
    return 'Say what to say instead, or choose not to say it at all.';
  }
  if (rule.match !== 'pattern') return null;
  let pattern: RegExp;
  try {
    pattern = new RegExp(rule.find, 'u');
  } catch (error) {
    const why = (error as Error).message.replace(/^Invalid regular expression: /, '');
    return `This is not a regular expression Aloud can use: ${why}.`;
  }
  if (pattern.test(''))
    return 'This regular expression matches empty text: it would apply everywhere.';
  // A repeated group that repeats inside is refused without trying it: on the samples,
  // "(\w+)+$" would itself run for days.
  return NESTED_REPEAT.test(rule.find) ? TOO_SLOW : null;
}

const TOO_SLOW = 'This regular expression is too slow to use while reading. Try a simpler one.';

/**
 * Whether a pattern takes longer than SLOW_PATTERN_MS on the samples, stopped as soon as it
 * has: a test cannot be stopped once begun, so the samples grow one unit at a time, and a
 * runaway pattern passes the limit on a short one, at most a few times over ("(a|a|a)+$"
 * takes three times as long for each "a" more), not on the longest, where it would run for
 * seconds or hours while the listener types.
 */
function isSlow(pattern: RegExp): boolean {
  const started = performance.now();
  for (const sample of SLOW_PATTERN_SAMPLES) {
    pattern.test(sample);
    if (performance.now() - started > SLOW_PATTERN_MS) return true;
  }
  return false;
}

/** Runs of one character (or pair) on which a runaway pattern shows itself, then a misfit. */
const SLOW_PATTERN_UNITS = ['a', '1', ' ', 'aA', 'a '];
/** The most repeats of a unit tried: on 21, a pattern with two ways per unit fails 2^21 ways. */
const SLOW_PATTERN_REPEATS = 21;
/** The samples, shortest first: each unit repeated once, then each twice, and so on. */
const SLOW_PATTERN_SAMPLES = Array.from({ length: SLOW_PATTERN_REPEATS }, (_, i) =>
  SLOW_PATTERN_UNITS.map((unit) => `${unit.repeat(i + 1)}!`),
).flat();
/** A rule's pattern that needs longer than this for the samples above is refused. */
const SLOW_PATTERN_MS = 5;
/** A group with a repeat inside, itself repeated: "(a+)+", "(\w*)*", "(x+){2,}". */
const NESTED_REPEAT = /\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)[+*{]/;

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The pattern a rule finds its text with. */
function patternOf(rule: SpeechRule): RegExp {
  const flags = rule.caseSensitive ? 'gu' : 'giu';
  if (rule.match === 'pattern') return new RegExp(rule.find, flags);
  const words = escaped(rule.find.trim()).replace(/\s+/g, '\\s+');
  // A whole word: no letter or digit just before or after it.
  return rule.match === 'word'
    ? new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, flags)
    : new RegExp(words, flags);
}

/** The rewrites of the rules that apply to a base language, in their order. */
export function rewritersFor(rules: readonly SpeechRule[], lang: string): SpeechRewriter[] {
  // Rules are stored with the base language the dialog names ("no" for an "nb-NO" article).
  const base = baseLanguage(lang);
  return rules
    .filter((rule) => rule.on && (rule.lang === '' || rule.lang === base))
    .map((rule) => ({
      pattern: patternOf(rule),
      say: () => (rule.action === 'skip' ? '' : rule.say),
    }));
}
