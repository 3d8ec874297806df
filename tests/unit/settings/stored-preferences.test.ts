// Preferences as a person's device, another version of Aloud or a hand-edited library file may
// hold them: one reader, used at start-up, by a library file's check and by its import.
import { describe, expect, it } from 'vitest';
import { readFilePreferences } from '../../../src/lib/settings/file-preferences';
import { readPreferences } from '../../../src/lib/settings/stored-preferences';
import type { SpeechRule } from '../../../src/lib/text/rewrite/speech-rules';
import { speechRule } from '../support/speech-rule';

function rule(id: string, overrides: Partial<SpeechRule> = {}): SpeechRule {
  return speechRule({ id, ...overrides });
}

describe('readPreferences, and readFilePreferences for the nested parts', () => {
  it('given nothing, or something that is no preferences at all, has no choice', () => {
    for (const value of [undefined, null, 42, 'fast', ['rate', 2]]) {
      expect(readPreferences(value)).toEqual({});
    }
  });

  it('keeps how things are said and the look as stored objects, for their own readers', () => {
    const stored = { speech: { emoji: 'say', rules: 'later' }, look: { theme: 'sepia' } };
    expect(readPreferences(stored)).toEqual(stored);
  });

  it('keeps every choice that is usable, as it is', () => {
    const chosen = {
      rate: 1.25,
      voiceByLanguage: { en: 'English (Great Britain) espeak-ng' },
      singleKeyShortcuts: false,
      readEverything: true,
      keepScreenOn: true,
      whenArticleEnds: 'next',
      speech: { emoji: 'say', rules: [rule('a')] },
      look: {
        theme: 'sepia',
        textSize: 150,
        lineSpacing: 1.8,
        paragraphSpacing: 1.5,
        lineWidth: 'wide',
        font: 'serif',
        highlight: 'word',
      },
    };
    expect(readPreferences(chosen)).toEqual(chosen);
    expect(readFilePreferences(chosen)).toEqual(chosen);
  });

  it('leaves out each value of the wrong kind, so that whoever takes them keeps its own', () => {
    expect(
      readPreferences({
        rate: 'fast',
        voiceByLanguage: ['English'],
        singleKeyShortcuts: 'no',
        readEverything: 1,
        keepScreenOn: 'yes',
        whenArticleEnds: 'pause',
        speech: 'loud',
        look: 'dark',
        somethingElse: true,
      }),
    ).toEqual({});
    expect(readFilePreferences({ speech: 'loud', look: 'dark' })).toEqual({});
  });

  it('keeps a rate within the playable range, and has none past any number', () => {
    expect(readPreferences({ rate: 9 })).toEqual({ rate: 4 });
    expect(readPreferences({ rate: 0 })).toEqual({ rate: 0.5 });
    expect(readPreferences(JSON.parse('{ "rate": 1e999 }'))).toEqual({});
  });

  it('keeps the voices named, and drops the rest', () => {
    expect(
      readPreferences({ voiceByLanguage: { en: 'English', fr: 42, de: null } }).voiceByLanguage,
    ).toEqual({ en: 'English' });
  });

  it('keeps the parts of a look that are usable, and only those', () => {
    expect(readFilePreferences({ look: { theme: 'neon', font: 'serif', textSize: 900 } })).toEqual({
      look: { font: 'serif', textSize: 300 },
    });
  });

  it('keeps the rules of a good shape, and an emoji choice only when it is one', () => {
    const damaged = { id: 'b', find: '' };
    expect(readFilePreferences({ speech: { emoji: 'loud', rules: [rule('a'), damaged] } })).toEqual(
      {
        speech: { rules: [rule('a')] },
      },
    );
    expect(readFilePreferences({ speech: { emoji: 'skip' } })).toEqual({
      speech: { emoji: 'skip', rules: [] },
    });
  });

  it('trusts stored rules, only their shape checked: a slow device keeps its good patterns', () => {
    // Timing a pattern on a busy device could drop a good one; saving timed it already.
    const pattern = rule('a', { find: '(\\d|[0-9])+$', match: 'pattern' });
    expect(readFilePreferences({ speech: { rules: [pattern] } }).speech?.rules).toEqual([pattern]);
  });
});
