// The listener's own rules, as they would write them: what they change in what is said, and a
// clear word for a rule that cannot work.
import { describe, expect, it } from 'vitest';
import {
  readSpeechSettings,
  rewritersFor,
  ruleProblem,
  type SpeechRule,
} from '../../../src/lib/text/speech-rules';
import { speechText } from '../../../src/lib/text/speech-text';

function rule(overrides: Partial<SpeechRule>): SpeechRule {
  return {
    id: 'r1',
    find: 'GIF',
    say: 'jif',
    action: 'say',
    match: 'word',
    caseSensitive: false,
    lang: '',
    on: true,
    ...overrides,
  };
}

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

  it('keeps to the case when asked to', () => {
    expect(said('GIF or gif', [rule({ caseSensitive: true })])).toBe('jif or gif');
  });

  it('takes a regular expression', () => {
    const rules = [rule({ find: '\\b(\\d+)k\\b', say: 'thousands', match: 'pattern' })];
    expect(said('Over 50k people', rules)).toBe('Over thousands people');
  });

  it('applies to its language only', () => {
    const rules = [rule({ lang: 'de' })];
    expect(said('A GIF here.', rules, 'en')).toBe('A GIF here.');
    expect(said('Ein GIF hier.', rules, 'de-AT')).toBe('Ein jif hier.');
  });

  it('does nothing while switched off', () => {
    expect(said('A GIF.', [rule({ on: false })])).toBe('A GIF.');
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
});

describe('a rule that cannot work', () => {
  it.each([
    [{ find: '   ' }, /what to find/],
    [{ say: '' }, /what to say instead/],
    [{ find: '(unclosed', match: 'pattern' as const }, /not a regular expression Aloud can use/],
    [{ find: 'a*', match: 'pattern' as const }, /matches empty text/],
    [{ find: '(a+)+$', match: 'pattern' as const }, /too slow/],
    [{ find: 'x'.repeat(201) }, /too long/],
  ])('%o is refused with a clear word', (change, message) => {
    expect(ruleProblem(rule(change))).toMatch(message);
  });

  it('is left out when read from storage, with the good ones kept', () => {
    const settings = readSpeechSettings({
      emoji: 'say',
      rules: [rule({}), rule({ id: 'bad', find: '(', match: 'pattern' }), 'junk', null],
    });
    expect(settings.emoji).toBe('say');
    expect(settings.rules.map(({ id }) => id)).toEqual(['r1']);
  });

  it('falls back to the defaults for damaged settings', () => {
    expect(readSpeechSettings('nonsense')).toEqual({ emoji: 'skip', rules: [] });
  });
});
