import { describe, expect, it } from 'vitest';
import { chunkSentence, MAX_CHUNK_LENGTH } from '../../../../src/lib/text/sentences/chunks';
import type { Chunk } from '../../../../src/lib/text/types';

/** The chunks of a whole text taken as one sentence. */
function chunksOf(text: string): Chunk[] {
  return chunkSentence(text, 0, text.length);
}

/** What is said, one utterance after another. */
function spoken(text: string): string[] {
  return chunksOf(text).map((chunk) => chunk.text);
}

/** Lowercase prose exactly `length` characters long, ending in a letter. */
function prose(length: number): string {
  const text = 'the ferry across the bay carries cars and bicycles and people on foot to the quay '
    .repeat(10)
    .slice(0, length);
  return text.endsWith(' ') ? `${text.slice(0, -1)}s` : text;
}

/** Checks that chunks follow each other and cover text[start, end) exactly. */
function expectCover(text: string, chunks: Chunk[], start = 0, end = text.length): void {
  expect(chunks[0]?.start).toBe(start);
  expect(chunks.at(-1)?.end).toBe(end);
  for (const [i, chunk] of chunks.entries()) {
    expect(chunk.text).toBe(text.slice(chunk.start, chunk.end).trim());
    expect(chunk.text).not.toBe('');
    expect(chunk.text.length).toBeLessThanOrEqual(MAX_CHUNK_LENGTH);
    if (i > 0) expect(chunk.start).toBe(chunks[i - 1]?.end);
    // Never between the two halves of a surrogate pair (an emoji).
    expect(/[\uDC00-\uDFFF]/.test(text[chunk.start] ?? '')).toBe(false);
  }
}

const FERRY =
  'the ferry across the bay to the island leaves the harbour every morning at nine and again ' +
  'every afternoon at four in the summer months and it carries cars and bicycles and people on ' +
  'foot to the quay beside the old lighthouse where the bus waits for it.';

describe('a sentence short enough for one utterance', () => {
  it('is said whole, without the spaces around it', () => {
    const paragraph = 'It rained. The ferry left at noon.  Nobody minded.';
    expect(chunkSentence(paragraph, 11, 36)).toEqual([
      { start: 11, end: 36, text: 'The ferry left at noon.' },
    ]);
  });

  it('is said whole up to the longest utterance', () => {
    const longest = `${'word '.repeat(43)}ends.`;
    expect(longest).toHaveLength(MAX_CHUNK_LENGTH);
    expect(spoken(longest)).toEqual([longest]);
  });
});

describe('a long sentence', () => {
  it('is cut into utterances that follow each other and cover it exactly', () => {
    // A space falls just at the limit: it starts the next chunk rather than overfill this one.
    const sentence = `${prose(MAX_CHUNK_LENGTH)} ${prose(100)}.`;
    const paragraph = `Before. ${sentence} After.`;
    const start = 'Before. '.length;
    const chunks = chunkSentence(paragraph, start, start + sentence.length + 1);
    expect(chunks.length).toBeGreaterThan(1);
    expectCover(paragraph, chunks, start, start + sentence.length + 1);
    for (const chunk of chunks)
      expect(chunk.end - chunk.start).toBeLessThanOrEqual(MAX_CHUNK_LENGTH);
  });

  it('is cut after a word, the space going with the words before it', () => {
    const chunks = chunksOf(FERRY);
    expect(chunks.map((chunk) => chunk.text)).toEqual([
      'the ferry across the bay to the island leaves the harbour every morning at nine and again every afternoon at four in the summer months and it carries cars and bicycles and people on foot to the quay beside the old',
      'lighthouse where the bus waits for it.',
    ]);
    expect(FERRY[(chunks[1]?.start ?? 0) - 1]).toBe(' ');
  });

  it('is cut at the last clause break that fits, rather than at a space', () => {
    const text = `The first boat from the mainland leaves the harbour at nine each day; ${FERRY}`;
    expect(spoken(text)[0]).toMatch(/ each day;$/);
  });

  it('is cut at a dash set without spaces', () => {
    const text = FERRY.replace(' and it carries', '—weather permitting—and it carries');
    expect(spoken(text)).toEqual([
      'the ferry across the bay to the island leaves the harbour every morning at nine and again every afternoon at four in the summer months—weather permitting—',
      'and it carries cars and bicycles and people on foot to the quay beside the old lighthouse where the bus waits for it.',
    ]);
    expect(spoken(text.replaceAll('—', '–'))[0]).toMatch(/permitting–$/);
  });

  it('takes a clause break or a comma that leaves an utterance of 60 characters', () => {
    const lead = 'The first boat from the mainland leaves the harbour at nine;';
    expect(lead).toHaveLength(60);
    expect(spoken(`${lead} ${FERRY}`)[0]).toBe(lead);
    expect(spoken(`${lead.replace(';', ',')} ${FERRY}`)[0]).toBe(lead.replace(';', ','));
  });

  it('leaves whole the rest of it that fits in one utterance', () => {
    const lead = 'The first boat from the mainland leaves the harbour at nine;';
    const rest = `${prose(MAX_CHUNK_LENGTH - 1)}.`;
    expect(spoken(`${lead} ${rest}`)).toEqual([lead, rest]);
  });

  it('is not cut in a number written with commas', () => {
    const text = FERRY.replace('every morning', 'with 12,500 people and 1,200 cars every morning');
    for (const chunk of spoken(text)) expect(chunk).not.toMatch(/\d,$/);
  });
});

describe('a short lead-in', () => {
  it('such as “Update:” or “However,” is not said as an utterance of its own', () => {
    for (const lead of ['Update: ', 'However, ', 'Look — ']) {
      const [first] = spoken(lead + FERRY);
      expect(first?.length).toBeGreaterThan(200);
      expect(first?.startsWith(lead.trim())).toBe(true);
    }
  });
});

describe('a word too long for one utterance (a long link)', () => {
  it('fills the utterance, and the rest follows', () => {
    const url = `https://example.org/${'archive-2025/'.repeat(24)}index.html`;
    const chunks = spoken(url);
    expect(chunks[0]).toHaveLength(MAX_CHUNK_LENGTH);
    expect(chunks.join('')).toBe(url);
  });
});

describe('Chinese and Japanese text, written without spaces', () => {
  const CHINESE =
    '据报道，今天上午在市中心举行的会议上，来自全国各地的代表就城市交通问题进行了深入讨论，' +
    '他们一致认为应当加快建设公共交通系统，减少私人汽车的使用，并鼓励市民骑自行车或步行出行，' +
    '同时还提出了一系列具体的措施，包括增加公交线路、延长地铁运营时间、在主要街道设置自行车专用道' +
    '以及在学校和医院附近限制车速，这些建议将在下个月提交给市政府审议，如果获得批准，' +
    '新的交通计划最早将于明年春天开始实施，届时市民的出行方式可能会发生很大的变化，' +
    '专家们对此表示欢迎，认为这是城市发展的重要一步。';

  it('is cut at the last full-width comma that fits', () => {
    const chunks = spoken(CHINESE);
    expect(chunks).toHaveLength(2);
    expect(chunks[0]).toMatch(/变化，$/);
  });

  it('is cut at a full-width semicolon or colon, or an ideographic comma', () => {
    for (const mark of ['；', '：', '、']) {
      expect(spoken(CHINESE.replaceAll('，', mark))[0]).toMatch(new RegExp(`变化${mark}$`));
    }
  });

  it('with no punctuation near the limit is cut at the last mark before it', () => {
    expect(spoken(CHINESE.replaceAll('，', ''))[0]).toMatch(/延长地铁运营时间、$/);
  });

  it('with no punctuation at all after a short opening is cut after that opening', () => {
    const run =
      '来自全国各地的代表就城市交通问题进行了深入讨论他们一致认为应当加快建设公共交通系统减少私人汽车的使用'.repeat(
        5,
      );
    for (const opening of ['据报道，今天，', '会议：今天；', '注意：本日、', '报道：']) {
      const text = `${opening}${run}。`;
      const chunks = chunksOf(text);
      expect(chunks[0]?.text).toBe(opening);
      expectCover(text, chunks);
      for (const chunk of chunks) expect(chunk.text.length).toBeLessThanOrEqual(MAX_CHUNK_LENGTH);
    }
  });
});

describe('a chunk with nothing to say (emoji, symbols)', () => {
  const url = `https://tickets.example.org/${'season-2025/'.repeat(20)}book`;
  const earlier = `${prose(150)}.`;

  it('goes with the words before it, in a sentence late in a paragraph', () => {
    const sentence = `Tickets for every show are on sale now, at the box office and online: 🎟️🎭 ${url} is the page.`;
    const paragraph = `${earlier} ${sentence}`;
    const start = earlier.length + 1;
    const chunks = chunkSentence(paragraph, start, paragraph.length);
    expect(chunks[0]?.text).toBe(
      'Tickets for every show are on sale now, at the box office and online: 🎟️🎭',
    );
    expectCover(paragraph, chunks, start);
  });

  it('goes with the words after it when it starts the sentence', () => {
    const paragraph = `${earlier} 👉 Tickets—${url} now.`;
    const start = earlier.length + 1;
    const chunks = chunkSentence(paragraph, start, paragraph.length);
    expect(chunks[0]?.text).toBe('👉 Tickets—');
    expectCover(paragraph, chunks, start);
    for (const chunk of chunks) expect(chunk.text).toMatch(/\p{L}/u);
  });

  it('is still said when the words on either side leave no room for it', () => {
    const text = `${prose(215)} 🎉🎉🎉🎉🎉`;
    expect(spoken(text)).toEqual([prose(215), '🎉🎉🎉🎉🎉']);
    const before = `🎉 ${url}`;
    expect(spoken(before)[0]).toBe('🎉');
    expectCover(before, chunksOf(before));
  });
});

describe('text with two spaces between words (a typewriter habit)', () => {
  it('is cut after the last word that fits', () => {
    const chunks = spoken('word  '.repeat(60));
    expect(chunks[0]).toBe(Array.from({ length: 37 }, () => 'word').join('  '));
  });
});

describe('text with long runs of spaces (imported text never has them: it is normalised)', () => {
  it.each([
    [
      'a letter with hundreds of accents',
      `${' '.repeat(200)}e${'\u0301'.repeat(300)}${' '.repeat(200)}`,
    ],
    ['an emoji', `${' '.repeat(250)}😀${' '.repeat(10)}`],
    [
      'an emoji with hundreds of variation selectors',
      `${' '.repeat(210)}👍${'\uFE0F'.repeat(300)}${' '.repeat(200)}`,
    ],
    ['words', `${' '.repeat(230)}${'word '.repeat(60)}`],
    ['words just past the limit', `${' '.repeat(220)}${'word '.repeat(60)}`],
  ])('around %s is still cut into utterances that cover it', (_, text) => {
    expectCover(text, chunksOf(text));
  });
});
