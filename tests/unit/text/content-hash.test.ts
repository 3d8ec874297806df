import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../../src/lib/text/content-hash';
import type { Block } from '../../../src/lib/text/types';

const RUNS = Number(process.env.FUZZ_RUNS ?? 500);
/**
 * A long article (a short book). The brief's 3 MB article, hashed well within a frame of work,
 * is the benchmark's (bench/library-file.ts): here, under the mutation run's instrumentation,
 * 3 MB would outlast the test timeout.
 */
const BIG_ARTICLE_CHARACTERS = 300_000;

const block: fc.Arbitrary<Block> = fc.oneof(
  fc.record({ kind: fc.constant('paragraph' as const), text: fc.string({ minLength: 1 }) }),
  fc.record({ kind: fc.constant('list-item' as const), text: fc.string({ minLength: 1 }) }),
  fc.record({
    kind: fc.constant('heading' as const),
    text: fc.string({ minLength: 1 }),
    level: fc.integer({ min: 1, max: 6 }),
  }),
);
const blocks = fc.array(block, { minLength: 1, maxLength: 8 });

describe('contentHash', () => {
  it('gives the same hash for the same blocks, however they were built', () => {
    fc.assert(
      fc.property(blocks, (original) => {
        expect(contentHash(structuredClone(original))).toBe(contentHash(original));
      }),
      { numRuns: RUNS },
    );
  });

  it('gives a different hash when any one character changes', () => {
    const changed = blocks.chain((original) =>
      fc.record({
        original: fc.constant(original),
        blockIndex: fc.nat(original.length - 1),
        where: fc.nat(),
        code: fc.integer({ min: 0, max: 0xffff }),
      }),
    );
    fc.assert(
      fc.property(changed, ({ original, blockIndex, where, code }) => {
        const target = original[blockIndex]!;
        const at = where % target.text.length;
        fc.pre(target.text.charCodeAt(at) !== code);
        const text =
          target.text.slice(0, at) + String.fromCharCode(code) + target.text.slice(at + 1);
        const edited = original.map((item, index) =>
          index === blockIndex ? { ...item, text } : item,
        );
        expect(contentHash(edited)).not.toBe(contentHash(original));
      }),
      { numRuns: RUNS },
    );
  });

  it('tells apart the same text cut into blocks differently, or of another kind', () => {
    const whole: Block[] = [{ kind: 'paragraph', text: 'One two. Three four.' }];
    const cut: Block[] = [
      { kind: 'paragraph', text: 'One two.' },
      { kind: 'paragraph', text: ' Three four.' },
    ];
    const listed: Block[] = [{ kind: 'list-item', text: 'One two. Three four.' }];
    const hashes = new Set([contentHash(whole), contentHash(cut), contentHash(listed)]);
    expect(hashes.size).toBe(3);
    // Text that happens to contain the codes the hash uses for a block's kind and level.
    const lookalike = String.fromCharCode(2, 0);
    expect(
      contentHash([
        { kind: 'paragraph', text: `x${lookalike}y` },
        { kind: 'paragraph', text: 'z' },
      ]),
    ).not.toBe(
      contentHash([
        { kind: 'paragraph', text: 'x' },
        { kind: 'paragraph', text: `y${lookalike}z` },
      ]),
    );
    expect(contentHash([{ kind: 'heading', level: 1, text: 'Tides' }])).not.toBe(
      contentHash([{ kind: 'heading', level: 2, text: 'Tides' }]),
    );
  });

  it('keeps the fingerprints saved in libraries, so that an article brought in again after an update is found', () => {
    // Every saved article keeps its fingerprint: were these to change, each article brought in
    // again after an update would be saved twice.
    expect(
      contentHash([
        { kind: 'heading', level: 1, text: 'Tides' },
        { kind: 'paragraph', text: 'The sea rises.' },
      ]),
    ).toBe('b2aa1d3e9ace123a-19');
    expect(contentHash([{ kind: 'paragraph', text: 'Paragraph 7.' }])).toBe('60d70c500e6fc17c-12');
  });

  it('ends with the number of characters of text', () => {
    const hash = contentHash([
      { kind: 'heading', level: 1, text: 'Tides' },
      { kind: 'paragraph', text: 'The sea rises.' },
    ]);
    expect(hash).toMatch(/^[0-9a-f]{16}-19$/);
  });

  // Its speed is a benchmark's (bench/library-file.ts), not a timed test's.
  it('fingerprints a long article, the same each time, and apart from one a character longer', () => {
    const paragraph = 'The tide came in over the flats faster than anyone expected. '.repeat(40);
    const big: Block[] = Array.from(
      { length: Math.ceil(BIG_ARTICLE_CHARACTERS / paragraph.length) },
      (_, index) => ({ kind: 'paragraph', text: `${index} ${paragraph}` }),
    );
    const hash = contentHash(big);
    expect(contentHash(big)).toBe(hash);
    const longer = big.map((block, index) =>
      index === 0 ? { ...block, text: `${block.text}.` } : block,
    );
    expect(contentHash(longer)).not.toBe(hash);
  });
});
