import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../../../src/lib/text/blocks/paragraphs';
import { MAX_CHUNK_LENGTH } from '../../../../src/lib/text/sentences/chunks';
import { segmentParagraph } from '../../../../src/lib/text/sentences/segment';
import type { Sentence } from '../../../../src/lib/text/types';
import { fixture } from '../fixtures';

const RUNS = Number(process.env.FUZZ_RUNS ?? 500);

/** Longest run of whitespace (as String.prototype.trim sees it) in text. */
function longestWhitespaceRun(text: string): number {
  return Math.max(0, ...(text.match(/\s+/g) ?? []).map((run) => run.length));
}

function splitsSurrogatePair(text: string, at: number): boolean {
  return /[\uD800-\uDBFF]/.test(text[at - 1] ?? '') && /[\uDC00-\uDFFF]/.test(text[at] ?? '');
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The offsets where a grapheme cluster (a character as a reader sees it) starts in text. */
function graphemeStarts(text: string): Set<number> {
  return new Set([...graphemes.segment(text)].map(({ index }) => index));
}

/** Every way in which sentences break the segmentation contract for text; [] if none. */
function violations(text: string, sentences: Sentence[]): string[] {
  const found: string[] = [];
  if (text.trim() === '') return sentences.length === 0 ? [] : ['sentences for blank text'];
  if (sentences.length === 0) return ['no sentences'];
  // A whitespace run too long to share between two chunks may make a span longer (see chunks.ts).
  const spansBounded = longestWhitespaceRun(text) <= MAX_CHUNK_LENGTH - 2;
  let position = 0;
  for (const [index, sentence] of sentences.entries()) {
    if (sentence.start !== position) found.push(`sentence ${index} starts at ${sentence.start}`);
    if (sentence.end <= sentence.start) found.push(`sentence ${index} is empty`);
    if (index > 0 && /\s/.test(text[sentence.start] ?? '')) {
      found.push(`sentence ${index} starts with whitespace`);
    }
    let chunkPosition = sentence.start;
    for (const chunk of sentence.chunks) {
      const where = `chunk [${chunk.start}, ${chunk.end})`;
      if (chunk.start !== chunkPosition) found.push(`${where} does not follow ${chunkPosition}`);
      if (chunk.end <= chunk.start) found.push(`${where} is empty`);
      if (chunk.text !== text.slice(chunk.start, chunk.end).trim()) found.push(`${where} text`);
      if (chunk.text === '') found.push(`${where} has no text`);
      if (chunk.text.length > MAX_CHUNK_LENGTH) found.push(`${where} text is too long`);
      if (spansBounded && chunk.end - chunk.start > MAX_CHUNK_LENGTH) {
        found.push(`${where} is too long`);
      }
      if (splitsSurrogatePair(text, chunk.start)) found.push(`${where} splits a surrogate pair`);
      chunkPosition = chunk.end;
    }
    if (chunkPosition !== sentence.end) found.push(`chunks of sentence ${index} end early`);
    position = sentence.end;
  }
  if (position !== text.length) found.push(`sentences end at ${position} of ${text.length}`);
  return found;
}

const WORDS = [
  'the',
  'report',
  'said',
  'Officials',
  'Syria',
  'U.S.',
  'U.K.',
  'Dr.',
  'Mr.',
  'Mrs.',
  'St.',
  'No.',
  'Jan.',
  'e.g.',
  'i.e.',
  'etc.',
  'a.m.',
  'p.m.',
  'J.',
  'I',
  '3.5',
  '$1.25',
  '1,000.50',
  'https://example.com/a.b?c=1',
  'board@example.org',
  'www.example.org/forum',
  '今日は',
  '暑いです',
  'Москва',
  'الطقس',
  '🫖',
  '👩‍👩‍👧',
  'e\u0301',
  '2:30',
  '81-year-old',
  '1.',
  '2)',
  '3.)',
  'a.',
  'b)',
  '•',
  '⁃',
  '„',
  '“',
  '[12]',
];
const PUNCTUATION = [
  '.',
  '?',
  '!',
  '?!',
  '!?',
  '…',
  '...',
  ',',
  ';',
  ':',
  '—',
  '–',
  '“',
  '”',
  '"',
  "'",
  '(',
  ')',
  '«',
  '»',
  '。',
  '！',
  '？',
  '，',
  '、',
  '-',
  '*',
  '#',
];
const SPACES = [' ', ' ', ' ', '  ', '\n', '\t', '\u00A0', '\u3000', ' \n ', '\u2028'];

const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 5, arbitrary: fc.constantFrom(...SPACES) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }) },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-z]{30,260}$/) },
);
const tokenText = fc.array(token, { maxLength: 120 }).map((tokens) => tokens.join(''));
const longWordText = fc
  .array(
    fc.oneof(fc.string({ minLength: 150, maxLength: 700 }), fc.constantFrom(' ', ', ', '. ')),
    {
      maxLength: 6,
    },
  )
  .map((parts) => parts.join(''));

function holdsFor(text: fc.Arbitrary<string>, lang?: fc.Arbitrary<string | undefined>): void {
  fc.assert(
    fc.property(text, lang ?? fc.constant(undefined), (paragraph, language) => {
      expect(violations(paragraph, segmentParagraph(paragraph, language))).toEqual([]);
    }),
    { numRuns: RUNS },
  );
}

/** What each language's own rules look at (other-languages.ts, cjk-brackets.ts, …). */
const LANGUAGE_TOKENS = [
  'Sra.',
  'sr.',
  'EE. UU.',
  'UU..',
  'pág.',
  'párrf.',
  'Sig.ra',
  'Dott.',
  'ecc.',
  'ул.',
  'г.',
  'т. е.',
  'и т. д.',
  'А. С.',
  'г-н',
  'Dhr.',
  "'s",
  '’t',
  'o.a.',
  'κ.',
  'π.χ.',
  ';',
  '\u037e',
  '·',
  'د.',
  'متأخرًا.',
  '؟',
  '۔',
  '،',
  '؛',
  '《',
  '》',
  '「',
  '」',
  '『',
  '』',
  '（',
  '）',
  'と',
  '谁？',
  '. . .',
  '. . . .',
  'N°.',
  'Nº.',
  '• 9.',
  '⁃10.',
  'patients.7 8',
  'I.',
  'E.U.',
  'How',
  '“',
  '”',
  '(Lee 12)',
  '12.',
  'Juni',
];
const LANGUAGES = ['en', 'de', 'es', 'fr', 'it', 'nl', 'pt', 'ru', 'el', 'zh', 'ja', 'ar', 'fa'];
const anyLanguage = fc.constantFrom(undefined, ...LANGUAGES, 'ur', 'bg', 'pl', 'da', 'af', 'xx');

/** Words in scripts whose characters are several code points, run together past a chunk. */
const CLUSTERS = ['ที่', 'น้ำ', 'क्षि', 'स्त्री', '👍🏽', '🇫🇷', '👩‍👩‍👧', 'e\u0301\u0302'];

describe('a forced cut', () => {
  it('never splits a grapheme cluster (Thai and Devanagari signs, skin tones, flags)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...CLUSTERS), { minLength: 60, maxLength: 300 }),
        fc.nat({ max: 3 }),
        (clusters, offset) => {
          const text = 'x'.repeat(offset) + clusters.join('');
          const starts = graphemeStarts(text);
          for (const sentence of segmentParagraph(text)) {
            for (const chunk of sentence.chunks) {
              expect(starts.has(chunk.start), `chunk at ${chunk.start}`).toBe(true);
            }
          }
        },
      ),
      { numRuns: Math.min(RUNS, 200) },
    );
  });
});

describe('segmentation invariants', () => {
  it('hold for arbitrary Unicode strings', () => {
    holdsFor(fc.string({ unit: 'binary', maxLength: 400 }));
  });

  it('hold for strings of arbitrary UTF-16 code units, lone surrogates included', () => {
    holdsFor(
      fc.string({
        unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
        maxLength: 300,
      }),
    );
  });

  it('hold for words, abbreviations, punctuation and whitespace runs', () => {
    holdsFor(tokenText);
  });

  it('hold in every language, for the marks and abbreviations its rules look at', () => {
    holdsFor(
      fc
        .array(
          fc.oneof(
            { weight: 4, arbitrary: fc.constantFrom(...LANGUAGE_TOKENS) },
            { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
            { weight: 2, arbitrary: fc.constantFrom(...PUNCTUATION) },
            { weight: 4, arbitrary: fc.constantFrom(...SPACES) },
          ),
          { maxLength: 150 },
        )
        .map((tokens) => tokens.join('')),
      anyLanguage,
    );
  });

  it('hold for punctuation-heavy strings', () => {
    holdsFor(
      fc
        .array(fc.constantFrom(...PUNCTUATION, ...SPACES, 'a', 'I'), { maxLength: 600 })
        .map((t) => t.join('')),
    );
  });

  it('hold for very long words', () => {
    holdsFor(longWordText);
  });

  it('hold, apart from span length, for whitespace runs longer than a chunk', () => {
    holdsFor(
      fc
        .array(
          fc.oneof(fc.constantFrom('word', 'Yes.', '😀', '!'), fc.stringMatching(/^ {1,500}$/)),
          {
            maxLength: 12,
          },
        )
        .map((parts) => parts.join('')),
    );
  });

  it('keep every span within the limit for whitespace runs just short of a chunk', () => {
    const text = `a${' '.repeat(MAX_CHUNK_LENGTH - 2)}b${' '.repeat(MAX_CHUNK_LENGTH - 2)}😀 c.${' '.repeat(MAX_CHUNK_LENGTH - 2)}`;
    expect(violations(text, segmentParagraph(text))).toEqual([]);
  });

  it('hold for the visible text of the saved web page', () => {
    // HTML import is a later issue: a crude tag strip is enough to feed its words through.
    const visible = fixture('web-page.html')
      .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
      .replace(/<[^>]+>/g, '\n')
      .replace(/&amp;/g, '&');
    const blocks = splitBlocks(visible, 'text');
    expect(blocks.length).toBeGreaterThan(10);
    for (const { text } of blocks)
      expect(violations(text, segmentParagraph(text, 'en'))).toEqual([]);
  });
});
