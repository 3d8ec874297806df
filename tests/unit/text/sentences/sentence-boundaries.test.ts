// Where ICU's sentence boundaries are corrected for speech: each sentence is one utterance, so a
// wrong cut is a pause in the middle of a thought and a missed one runs two thoughts together.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../src/lib/text/sentences/segment';

describe('a web address in a sentence', () => {
  it.each([
    'Search https://example.com/find?q=tea today.',
    'Open https://mail.example.com/#!/inbox today.',
    'Open www.Example.com today.',
    'Open https://example.com/?_ga=2 today.',
    'Open https://example.com/page?#comments today.',
    'Open https://example.com/?%7Eada today.',
    'Open https://example.com/?~ada today.',
    'Open https://example.com/search?&q=tea today.',
    'Open https://example.com/search?=tea today.',
    'Open https://example.com/page?2 today.',
    'Open https://example.com/?/feed today.',
    'Send me IMG_2041.JPG today.',
  ])('is read as part of its sentence: %s', (text) => {
    expect(splitSentences(`${text} Then rest.`)).toEqual([text, 'Then rest.']);
  });
});

describe('brackets after a sentence end', () => {
  it('are not a citation marker when they come later in the next sentence', () => {
    expect(splitSentences('See the notes. They are long [1]. Read them.')).toEqual([
      'See the notes.',
      'They are long [1].',
      'Read them.',
    ]);
  });

  it('leave the sentence end where it is when they are never closed', () => {
    expect(splitSentences('It rose fast.[See below. Then it fell.')).toHaveLength(3);
  });

  it('hold a sentence of their own when they are too long for a citation marker', () => {
    const sentences = splitSentences(
      'It rose fast.[This is a long aside that says more.] Then it fell.',
    );
    expect(sentences).toHaveLength(3);
    expect(sentences[1]).toMatch(/^\[?This is a long aside that says more\.\]$/);
  });

  it('hold a sentence of their own after an ordinary sentence', () => {
    expect(splitSentences('It works. (See the appendix.) Then we went home.')).toEqual([
      'It works.',
      '(See the appendix.)',
      'Then we went home.',
    ]);
    expect(splitSentences('It works. (See page 4). Then we went home.')).toEqual([
      'It works.',
      '(See page 4).',
      'Then we went home.',
    ]);
  });
});

describe('a citation after a quotation', () => {
  it.each([
    ['square brackets', '“Silence is golden.” [Ortiz 2019].'],
    ['straight quotes', '"Silence is golden." (Ortiz 2019).'],
    ['single quotes', '‘Silence is golden.’ (Ortiz 2019).'],
    ['a question', 'Did she really write “Silence is golden.” (Ortiz 2019)?'],
    ['an exclamation', 'She really wrote “Silence is golden.” (Ortiz 2019)!'],
  ])('stays with its sentence, in %s', (_, sentence) => {
    expect(splitSentences(`${sentence} Then she left.`)).toEqual([sentence, 'Then she left.']);
  });

  it('stays with its sentence far into a long paragraph', () => {
    const sentence =
      'In the long report that the committee published last spring, after months of hearings, the chair closed with a line from an old poem: “Silence is golden.” (Ortiz 2019, p. 4).';
    expect(splitSentences(`${sentence} Then she left.`)).toEqual([sentence, 'Then she left.']);
  });

  it('is not found in a bracket that does not end the sentence', () => {
    expect(splitSentences('“It works.” (She smiled.) Then she left.')).toEqual([
      '“It works.”',
      '(She smiled.)',
      'Then she left.',
    ]);
    expect(splitSentences('“It works.” (Ortiz 2019, p. 4. Then she left.')).toHaveLength(3);
    expect(splitSentences('“It works.” She cites it [4]. Then she left.')).toEqual([
      '“It works.”',
      'She cites it [4].',
      'Then she left.',
    ]);
  });

  it('is not found in a bracket too long for one', () => {
    const aside =
      '(The team tested it on every phone they could find, from the oldest to the newest, over three long weeks in the spring of that year).';
    expect(splitSentences(`“It works.” ${aside} Then she left.`)).toEqual([
      '“It works.”',
      aside,
      'Then she left.',
    ]);
  });
});

describe('a quoted question inside a sentence', () => {
  it.each(['Er fragte „warum?“ und ging.', 'Er fragte ‚warum?‘ und ging.'])(
    'goes on in German quotation marks: %s',
    (sentence) => {
      expect(splitSentences(`${sentence} Dann kam sie.`, 'de')).toEqual([
        sentence,
        'Dann kam sie.',
      ]);
    },
  );
});

describe('a quotation that trails off', () => {
  it('ends the sentence when it has closed before a capitalised word', () => {
    expect(splitSentences('“I thought...” Then he left.')).toEqual([
      '“I thought...”',
      'Then he left.',
    ]);
  });
});

describe('a line break inside a paragraph', () => {
  it('ends a line of a poem even before a lower-case word', () => {
    expect(splitSentences('Roses are red\nviolets are blue')).toEqual([
      'Roses are red',
      'violets are blue',
    ]);
  });

  it('does not end a quotation that trails off at the end of a line', () => {
    for (const text of [
      '“Thanks to the efforts…\nand then we moved”',
      '“I thought...\nthen he left”',
    ]) {
      expect(splitSentences(text)).toEqual([text]);
    }
  });

  it('ends a sentence before an indented line', () => {
    expect(splitSentences('She moved to the U.K.\n  Nobody was surprised.')).toEqual([
      'She moved to the U.K.',
      'Nobody was surprised.',
    ]);
  });
});

describe('a list item marker', () => {
  it('of three digits stays with its item', () => {
    expect(splitSentences('Steps:\n99.) Mix it.\n100.) Bake it.')).toEqual([
      'Steps:',
      '99.) Mix it.',
      '100.) Bake it.',
    ]);
  });
});

describe('a Japanese quotation', () => {
  it('ends its sentence before a word that is not a particle', () => {
    expect(splitSentences('「本当？」彼は聞いた。', 'ja')).toEqual(['「本当？」', '彼は聞いた。']);
    expect(splitSentences('「やった！」3人は喜んだ。', 'ja')).toEqual([
      '「やった！」',
      '3人は喜んだ。',
    ]);
  });
});

describe('a short word or letters before a full stop', () => {
  it.each([
    ['a title with six letters', 'Messrs. Smith and Jones arrived.'],
    ['a long dotted abbreviation', 'He served in the U.S.S.R. Navy for years.'],
    ['a degree before a capitalised word', 'Ph.D. Candidate Maria Lopez spoke first.'],
    ['a dotted abbreviation before a bracket', 'A bill in the U.S. (H.R. 1) passed the Senate.'],
  ])('goes on after %s', (_, sentence) => {
    expect(splitSentences(`${sentence} They sat down.`)).toEqual([sentence, 'They sat down.']);
  });

  it.each([
    ['a flat number', 'We live in flat 12B.', 'The lift is broken.'],
    ['a domain with a short ending', 'I bought it on ebay.de.', 'Shipping was quick.'],
    ['a domain ending', 'Many startups use domains ending in .io.', 'Investors do not mind.'],
    ['a time before a name', 'We met at 5 p.m.', 'Émile was late.'],
  ])('ends the sentence after %s', (_, first, second) => {
    expect(splitSentences(`${first} ${second}`)).toEqual([first, second]);
  });
});

describe('a number before a full stop in German', () => {
  it.each([
    ['a three-digit ordinal', 'Sie feierte ihren 100. Geburtstag im Mai.'],
    ['an ordinal at the start', '12. Juni ist ein Feiertag.'],
    ['an ordinal before a title in quotes', 'Wir sahen den 2. „Der Herr der Ringe“ im Kino.'],
  ])('goes on after %s', (_, text) => {
    expect(splitSentences(text, 'de')).toEqual([text]);
  });

  it.each([
    ['a year', 'Es geschah im Jahr 1989.', 'Viele erinnern sich.'],
    ['a time', 'Wir treffen uns um 14:30.', 'Alle kommen.'],
    ['a day before a word that opens a sentence', 'Sie kamen am 12.', 'Die Feier begann.'],
    ['a number inside a name', 'Lesen Sie Abschnitt B12.', 'Weiter geht es.'],
    ['a version', 'Es gibt Version 2.12.', 'Weiter geht es.'],
  ])('ends the sentence after %s', (_, first, second) => {
    expect(splitSentences(`${first} ${second}`, 'de')).toEqual([first, second]);
  });
});
