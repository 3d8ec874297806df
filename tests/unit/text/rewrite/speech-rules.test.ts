// The listener's own rules, as they would write them: what they change in what is said, and a
// clear word for a rule that cannot work.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  readSpeechSettings,
  rewritersFor,
  ruleProblem,
  type SpeechRule,
  type SpeechSettings,
} from '../../../../src/lib/text/rewrite/speech-rules';
import { speechRule } from '../../support/speech-rule';
import { speechText } from '../../../../src/lib/text/rewrite/speech-text';

const rule = (overrides: Partial<SpeechRule>): SpeechRule => speechRule(overrides);

/** Longer than this for a rule to be checked, and typing the rule would feel stuck. */
const NOT_NOTICED_MS = 200;

const said = (text: string, rules: SpeechRule[], lang = 'en'): string =>
  speechText(text, lang, { emoji: 'skip', rules: rewritersFor(rules, lang) }).text;

describe('a pronunciation rule', () => {
  it('says a whole word another way, in any case, and leaves longer words alone', () => {
    const rules = [rule({})];
    expect(said('A GIF, a gif and GIFs.', rules)).toBe('A jif, a jif and GIFs.');
  });

  it('matches inside words when asked to', () => {
    expect(said('GIFs galore', [rule({ match: 'anywhere' })])).toBe('jifs galore');
  });

  it('keeps to the case when asked to, everywhere in the text', () => {
    expect(said('GIF or gif, then GIF', [rule({ caseSensitive: true })])).toBe(
      'jif or gif, then jif',
    );
  });

  it('finds a whole word only with no letter or digit right before or after it', () => {
    const rules = [rule({ find: 'AI', say: 'A.I.' })];
    expect(said('Thai aid, AI2, 4AI, (AI) and AI-made.', rules)).toBe(
      'Thai aid, AI2, 4AI, (A.I.) and A.I.-made.',
    );
  });

  it('takes the words to find as written, signs and all', () => {
    const rules = [
      rule({ find: 'C++', say: 'C plus plus' }),
      rule({ find: 'U.S.', say: 'United States', match: 'anywhere' }),
    ];
    expect(said('The U.S. team wrote C++, not UxSx code.', rules)).toBe(
      'The United States team wrote C plus plus, not UxSx code.',
    );
  });

  it('finds words across any spacing, and ignores spaces around what to find', () => {
    const rules = [rule({ find: ' New  York ', say: 'the Big Apple' })];
    expect(said('From New\nYork to New York.', rules)).toBe('From the Big Apple to the Big Apple.');
  });

  it('keeps to the case in a regular expression when asked to', () => {
    const rules = [rule({ find: 'gif', match: 'pattern', caseSensitive: true })];
    expect(said('GIF and gif', rules)).toBe('GIF and jif');
    expect(said('GIF and gif', [rule({ find: 'gif', match: 'pattern' })])).toBe('jif and jif');
  });

  it('takes a regular expression', () => {
    const rules = [rule({ find: '\\b(\\d+)k\\b', say: 'thousands', match: 'pattern' })];
    expect(said('Over 50k people', rules)).toBe('Over thousands people');
  });

  it('applies to its language only, in any of its regions', () => {
    const rules = [rule({ lang: 'de' })];
    expect(said('A GIF here.', rules, 'en')).toBe('A GIF here.');
    expect(said('Ein GIF hier.', rules, 'de-AT')).toBe('Ein jif hier.');
    expect(said('Ein GIF hier.', rules, 'DE')).toBe('Ein jif hier.');
  });

  it('made while a Norwegian Bokmål (nb-NO) article is open, applies to that article', () => {
    // The dialog stores the base language, which names Bokmål "no", as voices do.
    const rules = [rule({ lang: 'no' })];
    expect(said('En GIF her.', rules, 'nb-NO')).toBe('En jif her.');
  });

  it('applies to every language when it names none', () => {
    expect(said('Ein GIF hier.', [rule({})], 'de')).toBe('Ein jif hier.');
  });

  it('does nothing while switched off', () => {
    expect(said('A GIF.', [rule({ on: false })])).toBe('A GIF.');
  });

  it('is tried before the ones after it: where two find the same words, the first wins', () => {
    const rules = [
      rule({ find: 'New York', say: 'NYC' }),
      rule({ find: 'York', say: 'Yorkshire' }),
    ];
    expect(said('From New York to York.', rules)).toBe('From NYC to Yorkshire.');
  });

  it('comes before Aloud’s own rewrites', () => {
    expect(said('Dr. Who is back.', [rule({ find: 'Dr. Who', say: 'Doctor Who, the show' })])).toBe(
      'Doctor Who, the show is back.',
    );
  });
});

describe('a skip rule', () => {
  it('silences what it finds', () => {
    const rules = [rule({ find: '\\(Photo: [^)]*\\)', action: 'skip', say: '', match: 'pattern' })];
    expect(said('The mayor (Photo: J. Smith/AP) smiled.', rules)).toBe('The mayor smiled.');
  });

  it('says nothing for what it finds, even with words left in “say”', () => {
    const rules = [rule({ find: 'sponsored', say: 'ad', action: 'skip' })];
    expect(said('A sponsored story.', rules)).toBe('A story.');
  });
});

describe('a rule that cannot work', () => {
  it.each([
    [{ find: '   ' }, /what to find/],
    [{ say: '' }, /what to say instead/],
    [{ say: '  ' }, /what to say instead/],
    // Fine in JavaScript's old mode, not in the Unicode mode a rule is read with.
    [{ find: '\\[sic]', match: 'pattern' as const }, /not a regular expression Aloud can use/],
    [{ find: '^\\s*$', match: 'pattern' as const }, /matches empty text/],
    [{ find: '(unclosed', match: 'pattern' as const }, /not a regular expression Aloud can use/],
    [{ find: 'a*', match: 'pattern' as const }, /matches empty text/],
    [{ find: '(x+)+y', match: 'pattern' as const }, /too slow/],
    // Runs for hours on text like "aAaA…!", so it must be refused without being tried.
    [{ find: '(\\w+)+$', match: 'pattern' as const }, /too slow/],
    [{ find: '(\\w*)*x', match: 'pattern' as const }, /too slow/],
    [{ find: '(?:x+){2,}y', match: 'pattern' as const }, /too slow/],
    [{ find: 'x'.repeat(201) }, /too long/],
  ])('%o is refused with a clear word', (change, message) => {
    expect(ruleProblem(rule(change))).toMatch(message);
  });

  it('says why a regular expression is wrong, once', () => {
    const problem = ruleProblem(rule({ find: '(unclosed', match: 'pattern' }));
    expect(problem).toBe(
      'This is not a regular expression Aloud can use: /(unclosed/u: Unterminated group.',
    );
  });

  it('is refused when it takes too long on a line of digits, though it looks simple', () => {
    // Either branch can take each digit: some two million ways to fail on 21 digits.
    expect(ruleProblem(rule({ find: '(\\d|[0-9])+$', match: 'pattern' }))).toMatch(/too slow/);
  });

  it.each(['(\\w|[a-z])+$', '(a|a|a)+$'])(
    'is refused at once when it backtracks without end: %s',
    (find) => {
      // Tried on every sample, "(\w|[a-z])+$" froze the app for seconds, "(a|a|a)+$" for hours.
      const started = performance.now();
      expect(ruleProblem(rule({ find, match: 'pattern' }))).toMatch(/too slow/);
      expect(performance.now() - started).toBeLessThan(NOT_NOTICED_MS);
    },
  );

  it.each([
    ['a word', rule({})],
    ['a word with signs a pattern would use', rule({ find: 'C++ (beta)' })],
    ['the longest text to find', rule({ find: 'x'.repeat(200) })],
    ['a skip rule, with nothing to say', rule({ action: 'skip', say: '' })],
    ['a regular expression', rule({ find: '\\b(\\d+)k\\b', match: 'pattern' })],
    ['a group repeated, with nothing repeated inside', rule({ find: '(ab)+c', match: 'pattern' })],
    ['escaped brackets', rule({ find: '\\(a+\\)+', match: 'pattern' })],
  ])('%s can be saved', (_, good) => {
    expect(ruleProblem(good)).toBeNull();
  });

  it('is left out when read from storage, with the good ones kept', () => {
    const settings = readSpeechSettings({
      emoji: 'say',
      rules: [rule({}), rule({ id: 'bad', find: '(', match: 'pattern' }), 'junk', null],
    });
    expect(settings.emoji).toBe('say');
    expect(settings.rules.map(({ id }) => id)).toEqual(['r1']);
  });

  it.each([
    ['id', { id: 7 }],
    ['find', { find: null }],
    ['say', { say: undefined }],
    ['action', { action: 'shout' }],
    ['action', { action: 1 }],
    ['match', { match: 'regex' }],
    ['match', { match: true }],
  ])('is left out when read from storage with a damaged “%s”', (_, damage) => {
    expect(readSpeechSettings({ rules: [{ ...rule({}), ...damage }] }).rules).toEqual([]);
  });

  it('falls back to the defaults for damaged settings', () => {
    expect(readSpeechSettings('nonsense')).toEqual({ emoji: 'skip', rules: [] });
    expect(readSpeechSettings(null)).toEqual({ emoji: 'skip', rules: [] });
    expect(readSpeechSettings({ emoji: 'loud', rules: 'GIF' })).toEqual({
      emoji: 'skip',
      rules: [],
    });
  });

  it('given settings to fall back on (those kept here), keeps their emoji choice for a damaged one', () => {
    const here: SpeechSettings = { emoji: 'say', rules: [] };
    expect(readSpeechSettings({ emoji: 'loud' }, here).emoji).toBe('say');
    expect(readSpeechSettings({ emoji: 'skip' }, here).emoji).toBe('skip');
    expect(readSpeechSettings('nonsense', here)).toEqual(here);
    const withRule: SpeechSettings = { emoji: 'skip', rules: [rule({})] };
    expect(readSpeechSettings('nonsense', withRule)).toEqual(withRule);
  });
});

describe('rules read from storage', () => {
  it('come back as they were saved', () => {
    const saved = rule({ caseSensitive: true, lang: 'fr', on: false, action: 'skip' });
    expect(readSpeechSettings({ emoji: 'skip', rules: [saved] }).rules).toEqual([saved]);
  });

  it('from an older version get the defaults for what they lack', () => {
    const { id, find, say, action, match } = rule({});
    const [read] = readSpeechSettings({ rules: [{ id, find, say, action, match }] }).rules;
    expect(read).toEqual(rule({}));
  });

  describe('on a device too busy to time them', () => {
    /** A clock that moves 10 ms each time it is read: every pattern seems slow. */
    function slowClock(): void {
      let now = 0;
      vi.spyOn(performance, 'now').mockImplementation(() => (now += 10));
    }
    afterEach(() => {
      vi.restoreAllMocks();
    });

    it('keep a regular expression that was timed when it was saved', () => {
      const saved = rule({ find: '\\b(\\d+)k\\b', match: 'pattern' });
      slowClock();
      expect(readSpeechSettings({ emoji: 'skip', rules: [saved] }).rules).toEqual([saved]);
    });

    it('still time a regular expression being saved', () => {
      slowClock();
      expect(ruleProblem(rule({ find: '\\b(\\d+)k\\b', match: 'pattern' }))).toMatch(/too slow/);
    });
  });

  it.each([
    ['does not compile', '(unclosed'],
    ['matches empty text', '^\\s*$'],
    ['repeats a group with a repeat inside', '(x+)+y'],
    ['is too long', 'x'.repeat(201)],
  ])('leave out a regular expression that %s', (_, find) => {
    expect(readSpeechSettings({ rules: [rule({ find, match: 'pattern' })] }).rules).toEqual([]);
  });

  it('with odd values for the switches are read the safe way', () => {
    const odd = { ...rule({}), caseSensitive: 'yes', lang: 3, on: 0 };
    const [read] = readSpeechSettings({ rules: [odd] }).rules;
    expect(read).toMatchObject({ caseSensitive: false, lang: '', on: true });
  });
});
