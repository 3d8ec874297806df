// What the voice is given to say, as a listener hears it, and the way back to the characters on
// the page (the highlight and the saved place stay on them).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { speechText, type SpeechTextOptions } from '../../../src/lib/text/speech-text';

const SKIP_EMOJI: SpeechTextOptions = { emoji: 'skip' };
const say = (text: string, lang = 'en', options = SKIP_EMOJI): string =>
  speechText(text, lang, options).text;

describe('abbreviations a voice gets wrong', () => {
  it.each([
    ['Sen. Warren spoke first.', 'Senator Warren spoke first.'],
    [
      'Rep. Ocasio-Cortez and Gov. Hochul met.',
      'Representative Ocasio-Cortez and Governor Hochul met.',
    ],
    [
      'Gen. Milley and Lt. Dan and Sgt. Pepper.',
      'General Milley and Lieutenant Dan and Sergeant Pepper.',
    ],
    ['Prof. Ada Lee and Dr. Okafor agreed.', 'Professor Ada Lee and Doctor Okafor agreed.'],
    ['It was Smith vs. Jones.', 'It was Smith versus Jones.'],
    ['It weighs approx. 3 kg.', 'It weighs approximately 3 kg.'],
    ['Pens, paper etc. were bought.', 'Pens, paper et cetera were bought.'],
    ['We bought pens, paper, etc.', 'We bought pens, paper, et cetera.'],
    ['Bring tools, e.g. a hammer.', 'Bring tools, for example a hammer.'],
    ['It is No. 5 on the list.', 'It is number 5 on the list.'],
    ['See Nos. 3 and 4.', 'See numbers 3 and 4.'],
    ['He lives at N° 12.', 'He lives at number 12.'],
    ['Officials in St. Louis said so.', 'Officials in Saint Louis said so.'],
    ['She lived on Baker St. for years.', 'She lived on Baker Street for years.'],
  ])('%s', (text, spoken) => {
    expect(say(text)).toBe(spoken);
  });

  it.each([
    'The No. of people is unknown.', // not before a number
    'Drive to the end of Elm Dr.', // not before a name
    'He said no. 5 people came.', // lowercase: the word "no"
    'A gen. election', // not before a capitalised name
  ])('leaves “%s” as it is, where the meaning is not settled', (text) => {
    expect(say(text)).toBe(text);
  });

  it('expands English abbreviations only in English', () => {
    expect(say('Dr. Weber kam.', 'de')).toBe('Dr. Weber kam.');
  });
});

describe('addresses, citations and emoji', () => {
  it.each([
    ['Read it at https://www.example.com/news/a.html?id=3.', 'Read it at a link to example.com.'],
    ['See www.example.org/forum for more.', 'See a link to example.org for more.'],
    ['Write to ada.lee@example.org today.', 'Write to ada.lee at example.org today.'],
    ['(Write to ada@example.org.)', '(Write to ada at example.org.)'],
    ['It rose fast.[12] Then it fell.[3, 4]', 'It rose fast. Then it fell.'],
    ['It was first.[citation needed]', 'It was first.'],
    ['We won 🎉🎉 and cheered 👍🏽!', 'We won and cheered !'],
    ['Flags 🇫🇷 and a family 👩‍👩‍👧 too.', 'Flags and a family too.'],
    ['© 2026 Aloud™, a reader®.', '© 2026 Aloud™, a reader®.'],
  ])('%s', (text, spoken) => {
    expect(say(text)).toBe(spoken);
  });

  it('leaves emoji to the voice when the listener wants them said', () => {
    expect(say('We won 🎉!', 'en', { emoji: 'say' })).toBe('We won 🎉!');
  });

  it('says an address as its site in other languages too, without English words', () => {
    expect(say('Siehe https://example.de/a/b heute.', 'de')).toBe('Siehe example.de heute.');
  });
});

describe('the way back to the page', () => {
  it('maps each spoken word to where it is shown', () => {
    const text = 'Yesterday Sen. Warren voted.';
    const spoken = speechText(text, 'en', SKIP_EMOJI);
    const at = (word: string) => spoken.original(spoken.text.indexOf(word));
    expect(at('Yesterday')).toBe(0);
    expect(at('Senator')).toBe(text.indexOf('Sen.'));
    expect(at('Warren')).toBe(text.indexOf('Warren'));
    expect(at('voted')).toBe(text.indexOf('voted'));
  });

  it('maps the end of a word said instead of another to the end of that other', () => {
    const text = 'Sen. Warren';
    const spoken = speechText(text, 'en', SKIP_EMOJI);
    expect(spoken.original('Senator'.length)).toBe('Sen.'.length);
  });

  it('keeps every spoken character inside the original text, in order (property)', () => {
    const pieces = fc.constantFrom(
      'Sen. ',
      'Warren ',
      'vs. ',
      'No. 5 ',
      'St. Louis ',
      'Baker St. ',
      'https://example.com/a.b ',
      'ada@example.org ',
      '[12] ',
      '🎉 ',
      'etc.',
      'plain words ',
      ' ',
    );
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 30 }),
        fc.constantFrom('en', 'de'),
        (parts, lang) => {
          const text = parts.join('');
          const spoken = speechText(text, lang, SKIP_EMOJI);
          let previous = 0;
          for (let offset = 0; offset <= spoken.text.length; offset++) {
            const original = spoken.original(offset);
            expect(original).toBeGreaterThanOrEqual(previous);
            expect(original).toBeLessThanOrEqual(text.length);
            previous = original;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
