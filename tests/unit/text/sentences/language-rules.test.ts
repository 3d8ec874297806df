// Which short words before a full stop end a sentence depends on the language of the article:
// a listener hears a wrong guess as a pause after "Hr." or two sentences run together.
import { describe, expect, it } from 'vitest';
import {
  languageRules,
  MAX_LISTED_LENGTH,
} from '../../../../src/lib/text/sentences/language-rules';
import { OTHER_LANGUAGES } from '../../../../src/lib/text/sentences/other-languages';
import { splitSentences } from '../../../../src/lib/text/sentences/segment';

const GERMAN = 'Am 12. Juni kam Hr. Müller. Dann ging er.';

describe('a language tag with a region or in capitals', () => {
  it.each(['de', 'de-AT', 'de-CH', 'DE', 'De-at'])('%s reads German abbreviations', (lang) => {
    expect(splitSentences(GERMAN, lang)).toEqual(['Am 12. Juni kam Hr. Müller.', 'Dann ging er.']);
  });

  it('gives the same sentences when the same language is asked for again', () => {
    expect(splitSentences(GERMAN, 'de-LU')).toEqual(splitSentences(GERMAN, 'de-LU'));
    expect(splitSentences(GERMAN, 'de-LU')).toHaveLength(2);
  });
});

describe('a title that is only a title in one language', () => {
  it('is an end of sentence in another language', () => {
    expect(splitSentences('Ich traf Hr. Weber im Park.', 'de')).toHaveLength(1);
    expect(splitSentences('The nurse charged $20 per hr. Weber paid it.', 'en')).toEqual([
      'The nurse charged $20 per hr.',
      'Weber paid it.',
    ]);
  });
});

describe('numbers with a full stop', () => {
  it.each(['de', 'de-AT', 'lb'])('are ordinals before a capitalised noun in %s', (lang) => {
    expect(splitSentences('Am 12. Juni kam er.', lang)).toHaveLength(1);
  });

  it.each([
    ['da', 'Han kom den 12. juni. Han var træt.'],
    ['nb-NO', 'Han kom 12. juni. Han var trøtt.'],
    ['pl', 'Przyszedł 12. dnia miesiąca. Był zmęczony.'],
    ['fi', 'Hän tuli 12. kesäkuuta. Hän oli väsynyt.'],
  ])('are ordinals before a lowercase word in %s, and end before a capital', (lang, text) => {
    expect(splitSentences(text, lang)).toHaveLength(2);
    expect(splitSentences('Han kom kl. 10. Han var træt.', lang)).toHaveLength(2);
  });

  it.each([undefined, 'en', 'fr', 'xx'])('end a sentence in %s', (lang) => {
    expect(splitSentences('It is in room 12. Then we left.', lang)).toEqual([
      'It is in room 12.',
      'Then we left.',
    ]);
  });
});

describe('English abbreviations in a language without its own', () => {
  it.each([undefined, 'sw', 'xx-YY', ''])('keep titles with their names in %s', (lang) => {
    expect(splitSentences('Dr. Okafor and Mr. Bell arrived. They sat down.', lang)).toEqual([
      'Dr. Okafor and Mr. Bell arrived.',
      'They sat down.',
    ]);
  });
});

describe('an abbreviation that introduces a number', () => {
  it('does not end the sentence before the number', () => {
    expect(splitSentences('The report is due by Jan. 2027. Nobody minded.')).toEqual([
      'The report is due by Jan. 2027.',
      'Nobody minded.',
    ]);
    expect(splitSentences('It is on p. 4 of the report. Read it.')).toHaveLength(2);
  });

  it('ends the sentence before a capitalised word', () => {
    expect(splitSentences('Did it work? No. Then try again.')).toEqual([
      'Did it work?',
      'No.',
      'Then try again.',
    ]);
  });
});

describe('every listed word', () => {
  it.each([...Object.keys(OTHER_LANGUAGES), 'en'])(
    'of %s is looked up: none is longer than the longest looked for',
    (lang) => {
      const words = [...languageRules(lang).abbreviations.keys()];
      expect(words.length).toBeGreaterThan(0);
      for (const word of words) expect(word.length, word).toBeLessThanOrEqual(MAX_LISTED_LENGTH);
    },
  );

  it('of seven letters ends no sentence where it goes on: "einschl."', () => {
    expect(splitSentences('Der Preis einschl. Steuer ist hoch.', 'de')).toHaveLength(1);
  });
});
