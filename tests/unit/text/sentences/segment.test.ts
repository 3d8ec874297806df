import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../../../src/lib/text/blocks/paragraphs';
import { MAX_CHUNK_LENGTH } from '../../../../src/lib/text/sentences/chunks';
import { segmentParagraph, splitSentences } from '../../../../src/lib/text/sentences/segment';
import { fixture } from '../fixtures';

describe('abbreviations and initials', () => {
  it.each([
    ['a sentence after Dr. is not split', 'Dr. Marsh arrived. She left.'],
    ['titles before names are not split', 'Mr. Jones met Mrs. Brown and Ms. Lee. She left.'],
    ['Prof. and St. are not split', 'Prof. Ada taught at St. Louis General. She left.'],
    ['initials are not split', 'J. R. R. Tolkien wrote it. She left.'],
    ['U.S. before a capitalised word is not split', 'The U.S. Army arrived. She left.'],
    ['U.K. before a capitalised word is not split', 'The U.K. Parliament voted. She left.'],
    ['No. before a number is not split', 'Room No. 12 was full. She left.'],
    ['a month before a number is not split', 'Hire nurses by Jan. 2027 at the latest. She left.'],
    ['e.g. and i.e. are not split', 'Staff, e.g. Nurses, i.e. People, agree. She left.'],
    ['vs. is not split', 'It was Smith vs. Jones in court. She left.'],
    ['etc. before a lowercase word is not split', 'Pens, paper etc. were bought. She left.'],
    ['a.m. before a lowercase word is not split', 'At 6 a.m. the ward woke. She left.'],
  ])('%s', (_, text) => {
    expect(splitSentences(text)).toHaveLength(2);
  });

  it('splits after a.m. or p.m. before a capitalised word (a time usually ends the sentence)', () => {
    expect(splitSentences('We left at 5 p.m. Then it rained.')).toEqual([
      'We left at 5 p.m.',
      'Then it rained.',
    ]);
  });

  it('splits after No. when it is the answer, not a number sign', () => {
    expect(splitSentences('Did it work? No. Then try again.')).toHaveLength(3);
  });

  it('splits after U.S. before a quotation that opens a sentence, and not before a name', () => {
    // The quotation's first word decides, as it does without the quotes.
    expect(splitSentences('He moved to the U.S. “They were kind,” he said.')).toEqual([
      'He moved to the U.S.',
      '“They were kind,” he said.',
    ]);
    expect(splitSentences('He moved to the U.S. (They were kind.)')).toHaveLength(2);
    expect(splitSentences('She joined the U.S. “Army” in May.')).toHaveLength(1);
    expect(splitSentences('Il vit aux U.S. « They are kind », dit-il.')).toHaveLength(2);
  });

  it('splits after the pronoun I, which is not an initial', () => {
    expect(splitSentences('So do I. Then we left.')).toHaveLength(2);
  });
});

describe('numbers, addresses and ellipses', () => {
  it('does not split inside numbers and money', () => {
    expect(splitSentences('It rose 3.5 times to $1.25 and then 1,000.50 units. Next.')).toEqual([
      'It rose 3.5 times to $1.25 and then 1,000.50 units.',
      'Next.',
    ]);
  });

  it('does not split inside a URL with a query', () => {
    expect(splitSentences('Visit https://example.com/a.b?c=1&d today. Then rest.')).toEqual([
      'Visit https://example.com/a.b?c=1&d today.',
      'Then rest.',
    ]);
  });

  it('does not split inside an e-mail address or a bare domain', () => {
    expect(
      splitSentences('Write to board@example.org or www.example.org/forum now. Thanks.'),
    ).toEqual(['Write to board@example.org or www.example.org/forum now.', 'Thanks.']);
  });

  it('does not split after an ellipsis inside a quotation', () => {
    expect(
      splitSentences('“Thanks to the efforts… Moving in helicopters, we did it.” Next.'),
    ).toEqual(['“Thanks to the efforts… Moving in helicopters, we did it.”', 'Next.']);
    expect(splitSentences('"I thought... And then he left," she said. Next.')).toHaveLength(2);
    // A German quotation that opens with a trailing-off is still a quotation.
    expect(splitSentences('Er sagte: »…und dann?« Sie schwieg… Morgen mehr.')).toEqual([
      'Er sagte: »…und dann?«',
      'Sie schwieg…',
      'Morgen mehr.',
    ]);
    // A German quotation closed with “ is over: the trailing-off after it ends the sentence.
    expect(splitSentences('Er sagte „Ja“ und wartete… Morgen kommt er.')).toEqual([
      'Er sagte „Ja“ und wartete…',
      'Morgen kommt er.',
    ]);
  });
});

describe('sentence ends', () => {
  it('goes on after a quoted question or exclamation followed by a lower-case word', () => {
    expect(splitSentences('He asked “why?” and left. Then it rained.')).toEqual([
      'He asked “why?” and left.',
      'Then it rained.',
    ]);
    expect(splitSentences('She shouted "stop!" at them. Nobody did.')).toEqual([
      'She shouted "stop!" at them.',
      'Nobody did.',
    ]);
    expect(splitSentences('Is it? Yes!')).toEqual(['Is it?', 'Yes!']);
  });

  it('splits after ?! and !?', () => {
    expect(splitSentences('Really?! Yes!? No.')).toEqual(['Really?!', 'Yes!?', 'No.']);
  });

  it('splits after a closing quote or bracket that follows terminal punctuation', () => {
    expect(splitSentences('He said “Stop.” Then he left.')).toEqual([
      'He said “Stop.”',
      'Then he left.',
    ]);
    expect(splitSentences('He said "Stop." Then he left.')).toHaveLength(2);
    expect(splitSentences('It ended (finally.) Then we slept.')).toHaveLength(2);
  });

  it('splits Japanese at 。 without spaces', () => {
    expect(splitSentences('今日はとても暑いです。水をたくさん飲んでください。', 'ja')).toEqual([
      '今日はとても暑いです。',
      '水をたくさん飲んでください。',
    ]);
  });

  it('splits Chinese at 。！？ without spaces', () => {
    expect(splitSentences('今天天气很好。我们去公园散步吧！你觉得怎么样？', 'zh')).toEqual([
      '今天天气很好。',
      '我们去公园散步吧！',
      '你觉得怎么样？',
    ]);
  });

  it('gives each sentence its trailing whitespace, even after a line break', () => {
    const text = 'Hi.  \n Next one.';
    expect(segmentParagraph(text).map(({ start, end }) => text.slice(start, end))).toEqual([
      'Hi.  \n ',
      'Next one.',
    ]);
  });

  it('attaches a sentence with nothing to say to its neighbour', () => {
    expect(splitSentences('Wow. !!! Then more.')).toEqual(['Wow. !!!', 'Then more.']);
    expect(splitSentences('” Hello there.')).toEqual(['” Hello there.']);
  });

  it('falls back to the default segmenter for a malformed language tag', () => {
    expect(splitSentences('One. Two.', 'not a tag!')).toEqual(['One.', 'Two.']);
  });
});

describe('empty input', () => {
  it('gives no sentences for empty or whitespace-only text', () => {
    expect(segmentParagraph('')).toEqual([]);
    expect(segmentParagraph(' \n\t\u00A0')).toEqual([]);
  });
});

describe('long sentences', () => {
  const long = splitBlocks(fixture('tricky-english.md'), 'markdown').find(
    (block) => block.text.length > 500,
  );

  it('cuts the long sentence of the Markdown fixture into chunks at punctuation', () => {
    expect(long).toBeDefined();
    const sentences = segmentParagraph(long?.text ?? '');
    expect(sentences).toHaveLength(1);
    const chunks = sentences[0]?.chunks ?? [];
    expect(chunks.length).toBeGreaterThan(2);
    for (const chunk of chunks)
      expect(chunk.end - chunk.start).toBeLessThanOrEqual(MAX_CHUNK_LENGTH);
    for (const chunk of chunks.slice(0, -1)) expect(chunk.text).toMatch(/[,;:—–]$/);
  });

  it('prefers a clause break to a comma', () => {
    const text = `${'word '.repeat(20)}first; ${'more, '.repeat(10)}${'tail '.repeat(20)}end.`;
    const [sentence] = segmentParagraph(text);
    expect(sentence?.chunks[0]?.text).toMatch(/first;$/);
  });

  it('cuts at a space when there is no punctuation', () => {
    const text = `${'abcdefghi '.repeat(40)}end.`;
    const chunks = segmentParagraph(text)[0]?.chunks ?? [];
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(chunk.text).toMatch(/^(?:abcdefghi ?)+(?:end\.)?$/);
  });

  it('cuts a very long word hard, never inside a surrogate pair', () => {
    const text = '😀'.repeat(300);
    const chunks = segmentParagraph(text)[0]?.chunks ?? [];
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) {
      expect(chunk.end - chunk.start).toBeLessThanOrEqual(MAX_CHUNK_LENGTH);
      expect(chunk.start % 2).toBe(0);
    }
  });
});

describe('the news fixture', () => {
  const paragraphs = splitBlocks(fixture('news-detainee-transfer.txt'), 'text').map(
    (block) => block.text,
  );
  const sentences = paragraphs.flatMap((paragraph) => splitSentences(paragraph, 'en'));

  it('never ends a sentence with U.S.', () => {
    expect(sentences.length).toBeGreaterThan(20);
    expect(sentences.filter((sentence) => sentence.endsWith('U.S.'))).toEqual([]);
  });

  it('reads the Read More line as one sentence', () => {
    expect(splitSentences(paragraphs[7] ?? '')).toEqual([
      'Read More: U.S. Strikes Pound 30 ISIS Targets in Syria — Dozens Dead',
    ]);
  });

  it('splits the paragraph about Rubio into its two sentences', () => {
    expect(splitSentences(paragraphs[6] ?? '')).toEqual([
      'The Office of the Director of National Intelligence coordinated daily interagency discussions as the crisis developed.',
      'Secretary of State Marco Rubio was described as “managing the day to day on policy considerations,” while U.S. Central Command provided logistical support for the transfer operation.',
    ]);
  });

  it('keeps the quotation with an ellipsis as one sentence', () => {
    expect(splitSentences(paragraphs[11] ?? '')).toHaveLength(1);
  });
});

describe('the multilingual fixture', () => {
  const paragraphs = splitBlocks(fixture('multilingual.txt'), 'text').map((block) => block.text);

  it('splits the Japanese paragraph at 。', () => {
    expect(splitSentences(paragraphs[3] ?? '', 'ja')).toEqual([
      '今日はとても暑いです。',
      '水をたくさん飲んでください。',
      '明日は雨が降るでしょう。',
    ]);
  });

  it('splits the Chinese paragraph at 。！？', () => {
    expect(splitSentences(paragraphs[4] ?? '', 'zh')).toHaveLength(3);
  });

  it('splits the German, Spanish, Russian and Arabic paragraphs into their sentences', () => {
    expect(splitSentences(paragraphs[0] ?? '', 'de')).toHaveLength(3);
    expect(splitSentences(paragraphs[1] ?? '', 'es')).toHaveLength(3);
    expect(splitSentences(paragraphs[5] ?? '', 'ru')).toHaveLength(3);
    expect(splitSentences(paragraphs[6] ?? '', 'ar')).toHaveLength(3);
  });
});

describe('splitSentences', () => {
  it('returns trimmed sentences', () => {
    const sentences = splitSentences('  One.   Two?  Three!  ');
    expect(sentences).toEqual(['One.', 'Two?', 'Three!']);
  });
});

describe('sentences and chunks with nothing to say', () => {
  it.each([
    ['Hi! 😀! Bye.', ['Hi! 😀!', 'Bye.']],
    ['😀! Hi there. Bye.', ['😀! Hi there.', 'Bye.']],
    ['Done. 🎉🎉', ['Done. 🎉🎉']],
  ])('are never a sentence of their own: %s', (text, sentences) => {
    expect(splitSentences(text)).toEqual(sentences);
  });

  it('go with the words before them in a long sentence, never said on their own', () => {
    const url = `https://tickets.example.org/${'season-2025/'.repeat(18)}book`;
    const text = `Tickets for every show this week are on sale now, at the box office and online: 🎟️🎭 ${url} is the page.`;
    const chunks = segmentParagraph(text)[0]?.chunks ?? [];
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks[0]?.text).toBe(
      'Tickets for every show this week are on sale now, at the box office and online: 🎟️🎭',
    );
    for (const chunk of chunks) expect(chunk.text).toMatch(/[\p{L}\p{N}]/u);
  });
});

describe('where a long sentence is cut', () => {
  it('never between the hours and minutes of a time', () => {
    const text =
      'On weekdays the little ferry across the bay to the island leaves the harbour at 2:30 and again at 4:45 in the afternoon, weather permitting, and it carries cars, bicycles and people on foot to the quay beside the old lighthouse, where the bus waits for it until everyone is on board.';
    const chunks = segmentParagraph(text)[0]?.chunks ?? [];
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(chunk.text).not.toMatch(/\d:$/);
    expect(chunks[0]?.text).toMatch(/cars,$/);
  });
});

describe('a paragraph longer than ICU reads at once', () => {
  const filler = (count: number): string[] =>
    Array.from({ length: count }, (_, i) => `Sentence ${i + 1} of the long paragraph is here.`);

  it('is split into exactly its sentences', () => {
    const sentences = filler(400);
    expect(splitSentences(sentences.join(' '))).toEqual(sentences);
  });

  it('keeps a sentence whole wherever it falls across the part ICU reads', () => {
    const sentence = 'Prices rose in 1990, 1991, etc. 1995 was the worst year.';
    const before = filler(94).join(' ');
    // "etc. 1995 was": only the lower-case word after the year shows the sentence goes on.
    // The spaces move the year across the first 4,096 characters, where ICU's first part ends.
    for (let pad = 1; pad <= 40; pad++) {
      const text = `${before}${' '.repeat(pad)}${sentence} The end.`;
      expect(splitSentences(text)).toEqual([...filler(94), sentence, 'The end.']);
    }
  });
});
