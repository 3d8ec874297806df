// The sentence kinds a careful narrator gets right (issue 13): each case as a listener hears it,
// one utterance per sentence, so a wrong cut is a pause in the middle of a thought, and a
// missed one runs two thoughts together.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../src/lib/text/sentences/segment';

describe('an abbreviation at the end of a sentence', () => {
  it.each([
    [
      'She moved to the U.K. Nobody was surprised.',
      ['She moved to the U.K.', 'Nobody was surprised.'],
    ],
    ['He works for the U.S. They pay well.', ['He works for the U.S.', 'They pay well.']],
    [
      'She went home at 4 p.m. Dr. Chen took over.',
      ['She went home at 4 p.m.', 'Dr. Chen took over.'],
    ],
    [
      'We bought pens, paper, etc. The shop was closed.',
      ['We bought pens, paper, etc.', 'The shop was closed.'],
    ],
  ])('%s', (text, sentences) => {
    expect(splitSentences(text)).toEqual(sentences);
  });

  it.each([
    'She joined the U.K. government in May.',
    'The U.S. Army arrived in May.',
    'By 7 a.m. Dr. Okafor had seen ten patients.',
    'By 7 a.m. the ward was full.',
  ])('keeps one sentence: %s', (text) => {
    expect(splitSentences(text)).toEqual([text]);
  });
});

describe('list items', () => {
  it.each([
    ['1.', 'Bring these: 1. A map of the town 2. A torch 3. Water for the day'],
    ['1)', 'Bring these: 1) A map of the town 2) A torch 3) Water for the day'],
    ['1.)', 'Bring these: 1.) A map of the town 2.) A torch 3.) Water for the day'],
    ['a.', 'Bring these: a. A map of the town b. A torch c. Water for the day'],
    ['•', 'Bring these: • A map of the town • A torch • Water for the day'],
    ['⁃', 'Bring these: ⁃ A map of the town ⁃ A torch ⁃ Water for the day'],
  ])('inline items marked %s are one sentence each, the marker with its item', (marker, text) => {
    const sentences = splitSentences(text);
    expect(sentences).toHaveLength(4);
    expect(sentences[1]).toMatch(
      new RegExp(`^${marker.replace(/[.)]/g, '\\$&')}\\s*A map of the town$`),
    );
    expect(sentences[3]).toMatch(/Water for the day$/);
  });

  it.each([
    ['1.', '1. Preheat the oven\n2. Mix the flour\n3. Bake it for an hour'],
    ['1)', '1) Preheat the oven\n2) Mix the flour\n3) Bake it for an hour'],
    ['•', '• Preheat the oven\n• Mix the flour\n• Bake it for an hour'],
  ])('items one per line marked %s are one sentence each', (_, text) => {
    expect(splitSentences(text)).toEqual(text.split('\n'));
  });

  it.each([
    [
      'bullets',
      'Pack these: • A map • A torch. Then go.',
      ['Pack these:', '• A map', '• A torch.', 'Then go.'],
    ],
    [
      'bullets after a number',
      'Pack these for day 1. • A map • A torch. Then go.',
      ['Pack these for day 1.', '• A map', '• A torch.', 'Then go.'],
    ],
    [
      'numbers',
      'Bring these: 1. A map 2. A torch 3. Water. Then go.',
      ['Bring these:', '1. A map', '2. A torch', '3. Water.', 'Then go.'],
    ],
    [
      'names that end in an initial',
      'Winners: 1. Mary J. 2. Tom K. 3. Ann L.',
      ['Winners:', '1. Mary J.', '2. Tom K.', '3. Ann L.'],
    ],
  ])(
    'an inline list of %s keeps its items apart from the sentence after it',
    (_, text, sentences) => {
      expect(splitSentences(text)).toEqual(sentences);
    },
  );

  it('an inline list of two items is a list', () => {
    expect(splitSentences('Bring: 1. A map 2. A torch')).toEqual([
      'Bring:',
      '1. A map',
      '2. A torch',
    ]);
    expect(splitSentences('Choose: a) Tea b) Coffee')).toEqual(['Choose:', 'a) Tea', 'b) Coffee']);
  });

  it('numbers in a row without a first item are not a list', () => {
    expect(splitSentences('She tried room 11. Then room 12. Nobody answered.')).toEqual([
      'She tried room 11.',
      'Then room 12.',
      'Nobody answered.',
    ]);
  });

  it('an item that trails off ends before the words after it', () => {
    expect(splitSentences('Bring these: 1. Maps… Lots of maps 2. A torch 3. Water')).toEqual([
      'Bring these:',
      '1. Maps…',
      'Lots of maps',
      '2. A torch',
      '3. Water',
    ]);
    expect(splitSentences('Bring these: 1. A map 2. A torch… Then go.')).toEqual([
      'Bring these:',
      '1. A map',
      '2. A torch…',
      'Then go.',
    ]);
  });

  it('a number outside the sequence of a list is not an item', () => {
    expect(splitSentences('Bring: 1. A map 2. A torch. It is in room 10. Take it.')).toEqual([
      'Bring:',
      '1. A map',
      '2. A torch.',
      'It is in room 10.',
      'Take it.',
    ]);
  });

  it.each(['Question 1) was easy, question 2. was not.', 'Answer 1) is right and b) is wrong.'])(
    'markers of different kinds do not make a list: %s',
    (text) => {
      expect(splitSentences(text)).toEqual([text]);
    },
  );

  it('never leaves a marker on its own', () => {
    for (const text of ['1. First.\n2. Second.', 'Do this. 2. Then that.', 'a. One. b. Two.']) {
      for (const sentence of splitSentences(text)) {
        expect(sentence).not.toMatch(/^(\d+|[a-z])[.)]+$/);
      }
    }
  });
});

describe('names, numbers and addresses', () => {
  it.each([
    'We met Mary J. Blige backstage.',
    'It is No. 5 on the list.',
    'It is N°. 5 on the list.',
    'Version 1.2.3 fixed it and 10.0.0.1 answered.',
  ])('keeps one sentence: %s', (text) => {
    expect(splitSentences(text)).toEqual([text]);
  });

  it.each([
    ['Write to ada@example.org. She answers.', ['Write to ada@example.org.', 'She answers.']],
    [
      'It is at https://example.com/a/b. Go there.',
      ['It is at https://example.com/a/b.', 'Go there.'],
    ],
    ['See example.com. It has more.', ['See example.com.', 'It has more.']],
  ])('an address that ends a sentence ends it: %s', (text, sentences) => {
    expect(splitSentences(text)).toEqual(sentences);
  });
});

describe('quotations and citations', () => {
  it('keeps a citation after a closing quotation with its sentence', () => {
    const text =
      '“Speech is silver,” she wrote. “Silence is golden” (Ortiz 2019, p. 4). Then she left.';
    expect(splitSentences(text)).toEqual([
      '“Speech is silver,” she wrote.',
      '“Silence is golden” (Ortiz 2019, p. 4).',
      'Then she left.',
    ]);
  });

  it('keeps a citation after a quotation that ends with a stop', () => {
    expect(splitSentences('“It works.” (Ortiz 2019, p. 4). Then she left.')).toEqual([
      '“It works.” (Ortiz 2019, p. 4).',
      'Then she left.',
    ]);
  });
});

describe('citation markers', () => {
  it('keeps a marker after the stop with its sentence', () => {
    expect(splitSentences('It rose fast.[12] Then it fell.[3, 4]')).toEqual([
      'It rose fast.[12]',
      'Then it fell.[3, 4]',
    ]);
  });
});

describe('ellipses', () => {
  it.each([
    'He said... well, nothing at all.',
    'He said… well, nothing at all.',
    'He said . . . well, nothing at all.',
  ])('inside a sentence an ellipsis is a pause: %s', (text) => {
    expect(splitSentences(text)).toEqual([text]);
  });

  it.each([
    ['It faded... Then the lights came on.', ['It faded...', 'Then the lights came on.']],
    ['It faded… Then the lights came on.', ['It faded…', 'Then the lights came on.']],
    ['It faded . . . Then the lights came on.', ['It faded . . .', 'Then the lights came on.']],
  ])('before a new capitalised sentence an ellipsis ends one: %s', (text, sentences) => {
    expect(splitSentences(text)).toEqual(sentences);
  });
});

describe('other languages', () => {
  it.each([
    ['de', 'Am 12. Juni kam Hr. Müller z. B. mit Dr. Weber. Dann ging er.', 2],
    ['de', 'Er sagte: „Es geht.“ Dann ging er.', 2],
    ['de', 'Das ist der 3. Versuch. Er klappt.', 2],
    ['es', 'El Sr. García y la Sra. López llegaron a las 5. Luego se fueron.', 2],
    ['es', 'Vive en la pág. 12 del libro, según el Dr. Ruiz. Luego se fue.', 2],
    ['fr', 'M. Dupont et Mme Martin sont venus. Ensuite ils sont partis.', 2],
    ['fr', 'Il a dit : « Je viens. » Puis il est parti.', 2],
    ['it', 'Il sig. Rossi e il dott. Bianchi sono arrivati. Poi sono partiti.', 2],
    ['ru', 'Это т. е. пример, см. стр. 5 и т. д. Потом ушли.', 2],
    ['ru', 'Он сказал: «Я иду». Потом ушёл.', 2],
    ['nl', 'Dhr. Jansen en mevr. De Vries kwamen o.a. vandaag. Toen gingen ze.', 2],
    ['ar', 'ذهب إلى السوق. ثم عاد إلى البيت؟ نعم!', 3],
    ['zh', '他去了市场。然后回家了！你呢？', 3],
    ['ja', '彼は市場に行った。それから家に帰った！「本当？」と聞いた。', 3],
  ])('%s: %s', (lang, text, count) => {
    expect(splitSentences(text, lang)).toHaveLength(count);
  });
});

describe('an ellipsis after a quotation has closed', () => {
  it.each([
    ['“Wait,” he said… Then he left.', ['“Wait,” he said…', 'Then he left.']],
    ['"Wait," he said... Then he left.', ['"Wait," he said...', 'Then he left.']],
    ['He said, “It faded…” Then he left.', ['He said, “It faded…”', 'Then he left.']],
    ['He said (it faded…) Then he left.', ['He said (it faded…)', 'Then he left.']],
  ])('before a new capitalised sentence ends one: %s', (text, sentences) => {
    expect(splitSentences(text)).toEqual(sentences);
  });
});

describe('a word that ends like an abbreviation', () => {
  it('ends its sentence when it is a longer word with letters beyond ASCII', () => {
    expect(splitSentences('Ich habe es gelöst. Dann ging ich nach Hause.', 'de')).toEqual([
      'Ich habe es gelöst.',
      'Dann ging ich nach Hause.',
    ]);
  });
});
