// What the voice is given to say, as a listener hears it, and the way back to the characters on
// the page (the highlight and the saved place stay on them).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  speechText,
  type SpeechRewriter,
  type SpeechTextOptions,
} from '../../../../src/lib/text/rewrite/speech-text';

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
    // The stop still ends the sentence, for the voice's fall, before a marker or a quote's end.
    ['We bought pens, paper, etc.[3]', 'We bought pens, paper, et cetera.'],
    ['We bought pens, paper, etc. [3][4]', 'We bought pens, paper, et cetera.'],
    ['“We bought pens, etc.”', '“We bought pens, et cetera.”'],
    ['(We bought pens, etc.)', '(We bought pens, et cetera.)'],
    ['Pens (paper, etc.) were bought.', 'Pens (paper, et cetera) were bought.'],
    ['Bring tools, e.g. a hammer.', 'Bring tools, for example a hammer.'],
    ['It is No. 5 on the list.', 'It is number 5 on the list.'],
    ['It is No.5 on the list.', 'It is number 5 on the list.'],
    ['See Nos.3 and 4.', 'See numbers 3 and 4.'],
    ['See Nos. 3 and 4.', 'See numbers 3 and 4.'],
    ['He lives at N° 12.', 'He lives at number 12.'],
    ['Officials in St. Louis said so.', 'Officials in Saint Louis said so.'],
    ['She lived on Baker St. for years.', 'She lived on Baker Street for years.'],
    ['She lived on Baker  St. for years.', 'She lived on Baker  Street for years.'],
    ['St. Paul’s is near.', 'Saint Paul’s is near.'],
    ['We met Ada at St. Mary’s.', 'We met Ada at Saint Mary’s.'],
    [
      'The parade went down the length of Baker St.',
      'The parade went down the length of Baker Street',
    ],
    [
      'It was Roe v. Wade, i.e. a landmark case.',
      'It was Roe versus Wade, that is a landmark case.',
    ],
    ['E.g. a hammer. Vs. a saw. ETC.', 'for example a hammer. versus a saw. et cetera.'],
    ['“Dr. Okafor is here,” she said.', '“Doctor Okafor is here,” she said.'],
    ['Dr. Özil met Prof. Émile Zola.', 'Doctor Özil met Professor Émile Zola.'],
    ['.NET vs. Java', '.NET versus Java'],
    ['N° 5 won, then N°. 7 and N°12.', 'number 5 won, then number 7 and number 12.'],
    ['“N° 5” sold out.', '“number 5” sold out.'],
  ])('%s', (text, spoken) => {
    expect(say(text)).toBe(spoken);
  });

  it('says every title before a name in full', () => {
    expect(
      say(
        'Cpl. Hicks, Capt. Marvel, Col. Mustard, Maj. Tom, Adm. Ackbar, Cmdr. Riker, ' +
          'Rev. King, Hon. Member, Pres. Lincoln and Supt. Hastings.',
      ),
    ).toBe(
      'Corporal Hicks, Captain Marvel, Colonel Mustard, Major Tom, Admiral Ackbar, ' +
        'Commander Riker, Reverend King, Honourable Member, President Lincoln and ' +
        'Superintendent Hastings.',
    );
  });

  it.each([
    'The No. of people is unknown.', // not before a number
    'Drive to the end of Elm Dr.', // not before a name
    'He said no. 5 people came.', // lowercase: the word "no"
    'A gen. election', // not before a capitalised name
    'Drive down Elm Dr. and turn left.', // not before a name
    'The Rev.B board fixed it.', // not a title without a space after it
    'The V.A. said so.', // a stop inside letters is not one after a word
    'They renamed the St.', // neither after a name nor before one
    'Asked Yes or No.  12 said No.', // a sentence ending in “No.”, two spaces before a number
    'The N° sign means number.', // not before a number
    'The speech was by Leonid Brežněv.', // a name that ends in “v.”, not “v.” for versus
  ])('leaves “%s” as it is, where the meaning is not settled', (text) => {
    expect(say(text)).toBe(text);
  });

  it('expands English abbreviations only in English', () => {
    // German's own titles are said in German (titles.test.ts); English's are not.
    expect(say('Dr. Weber kam.', 'de')).toBe('Doktor Weber kam.');
    expect(say('Sen. Weber kam, etc.', 'de')).toBe('Sen. Weber kam, etc.');
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

  it.each([
    [
      'Studies agree [1–3] and differ [2-5] on this [note 2], as noted [Note 3].',
      'Studies agree and differ on this, as noted.',
    ],
    ['It was first[a] and [Citation needed] too.', 'It was first and too.'],
    ['Proven.[1][2] Then', 'Proven. Then'],
  ])('leaves out the citation markers in “%s”', (text, spoken) => {
    expect(say(text)).toBe(spoken);
  });

  it.each([
    'The year [1984] is kept.', // four digits: not a marker
    'A note [sic] is kept.',
    'Plan [B] is kept.',
  ])('keeps brackets that are not citation markers: “%s”', (text) => {
    expect(say(text)).toBe(text);
  });

  it.each([
    ['(see http://example.com/a)', '(see a link to example.com)'],
    ['“HTTPS://News.Example.co.uk/a#top” is it', '“a link to News.Example.co.uk” is it'],
    ['Visit https://bücher-welt.de/?q=1, then', 'Visit a link to bücher-welt.de, then'],
    ['Read https://medium.com/@ada/post now', 'Read a link to medium.com now'],
  ])('says the site of “%s”', (text, spoken) => {
    expect(say(text)).toBe(spoken);
  });

  it('says an address as its site in other languages too, without English words', () => {
    expect(say('Siehe https://example.de/a/b heute.', 'de')).toBe('Siehe example.de heute.');
  });

  it('says an e-mail address in brackets, and leaves it to the voice in other languages', () => {
    expect(say('Write to Ada (ada@example.org) today.')).toBe(
      'Write to Ada (ada at example.org) today.',
    );
    expect(say('Schreib an ada@example.org.', 'de')).toBe('Schreib an ada@example.org.');
  });

  it('leaves an @ that is not in an address as it is', () => {
    expect(say('Follow @AloudApp and meet us @ 5 pm.')).toBe(
      'Follow @AloudApp and meet us @ 5 pm.',
    );
  });
});

describe('rewriters of the listener’s own', () => {
  const withRule = (text: string, rule: SpeechRewriter) =>
    speechText(text, 'en', { emoji: 'skip', rules: [rule] });

  it('come first: an address a rule says its way is not said as an address', () => {
    const rule = { pattern: /ada@example\.org/g, say: () => 'Ada’s address' };
    expect(withRule('Write to ada@example.org today.', rule).text).toBe(
      'Write to Ada’s address today.',
    );
  });

  it('may leave a match as it is', () => {
    const rule = {
      pattern: /\d+/g,
      say: (match: RegExpExecArray) => (match[0] === '5' ? null : 'many'),
    };
    expect(withRule('5 or 12 cats', rule).text).toBe('5 or many cats');
  });

  it('with a pattern that can match nothing still read to the end', () => {
    expect(withRule('a GIF and a GIF', { pattern: /(?:GIF)?/g, say: () => 'jif' }).text).toBe(
      'a jif and a jif',
    );
  });

  it('with a pattern without the g flag rewrite its first match only', () => {
    expect(withRule('GIF or GIF', { pattern: /GIF/, say: () => 'jif' }).text).toBe('jif or GIF');
    expect(withRule('a GIF', { pattern: /x*/, say: () => 'y' }).text).toBe('a GIF');
  });

  it('that say a word as it is written keep the way back exact', () => {
    const text = 'Ask NASA now';
    const spoken = withRule(text, { pattern: /nasa/gi, say: () => 'NASA' });
    expect(spoken.text).toBe(text);
    expect(spoken.original(6)).toBe(6);
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

  it('maps the first word to where it is shown when what came before it is left out', () => {
    const text = '🎉 We won!';
    const spoken = speechText(text, 'en', SKIP_EMOJI);
    expect(spoken.text).toBe('We won!');
    expect(spoken.original(0)).toBe(text.indexOf('We'));
  });

  it('gives text with nothing to say otherwise to the voice as it is (property)', () => {
    const pieces = fc.constantFrom('Plain ', 'words', ' ', '\n', '42', ', ', '. ', 'Dr ', 'co-op');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const spoken = speechText(text, 'en', SKIP_EMOJI);
        expect(spoken.text).toBe(text);
        expect(spoken.original(text.length)).toBe(text.length);
      }),
    );
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
      'No.5 ',
      'N°12 ',
      '”',
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
