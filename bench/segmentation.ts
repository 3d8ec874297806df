// Segmentation speed: our corrected sentence and chunk splitting against bare ICU, on ~5 MB of
// generated English, plus splitBlocks over the whole text. Run: npx tsx bench/segmentation.ts
import { pathToFileURL } from 'node:url';
import { markClutter } from '../src/lib/text/clutter';
import { splitBlocks } from '../src/lib/text/blocks/paragraphs';
import { segmentParagraph } from '../src/lib/text/sentences/segment';
import { speechText } from '../src/lib/text/rewrite/speech-text';

/** About the size of a long novel. */
const TARGET_LENGTH = 5_000_000;
/** Same text every run, so figures can be compared between runs and machines. */
const SEED = 0x5eed;
/** Timed repetitions of each measurement; the best one counts (least disturbed by the machine). */
const REPETITIONS = 5;
/** Ours must run at least at this share of ICU's speed: corrections must stay cheap. */
const TARGET_RATIO = 0.5;

/** mulberry32: a tiny seeded PRNG, good enough for generating text. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  'The committee',
  'Dr. Marsh',
  'Mr. J. R. Tolliver',
  'A senior U.S. official',
  'The U.K. Parliament',
  'Officials in St. Louis',
  'Prof. Ada Lee',
  'The night manager',
  'Mrs. Brown',
  'Her team',
];
const VERBS = [
  'reported',
  'said',
  'announced',
  'denied',
  'confirmed',
  'explained',
  'argued',
  'noted',
];
const OBJECTS = [
  'that the budget rose to $1.25 million',
  'that about 3.5 times as many people came',
  'a total of 1,000.50 units, e.g. scanners and beds',
  'that Room No. 12 was full by 11 p.m. on Tuesday',
  'the plan, i.e. the one agreed on Jan. 3',
  'that the U.S. Army would help',
  'details at https://example.com/report?id=42 and board@example.org',
  'a rise of 104.5% since 2019',
  'nothing at all',
  'that the pools are disappearing faster than expected',
];
const CLAUSES = [
  'although nobody on the ward had been told',
  'which worried everyone who heard it',
  'while the council waited for its budget',
  'as the storm moved slowly up the coast',
  'because the grant had not yet been renewed',
  'if none of that was possible',
];

/** Deterministic English: paragraphs of a few sentences, one per line, some blank lines. */
export function generateText(length = TARGET_LENGTH, seed = SEED): string {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const parts: string[] = [];
  let total = 0;
  while (total < length) {
    const sentences: string[] = [];
    const count = 1 + Math.floor(random() * 6);
    for (let i = 0; i < count; i++) {
      let sentence = `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)}`;
      const roll = random();
      if (roll < 0.1) {
        // A long sentence, well over a chunk, with commas and a semicolon to break at.
        for (let j = 0; j < 6; j++) sentence += `, ${pick(CLAUSES)}`;
        sentence += `; ${pick(OBJECTS)}`;
      } else if (roll < 0.3) {
        sentence += `, ${pick(CLAUSES)}`;
      }
      const ending = random();
      if (ending < 0.1) sentence = `“${sentence}… and then more,” she said.`;
      else if (ending < 0.2) sentence = `“${sentence}.” Then silence.`;
      else if (ending < 0.25) sentence += '?!';
      else if (ending < 0.3) sentence += '?';
      else sentence += '.';
      sentences.push(sentence);
    }
    const paragraph = sentences.join(' ');
    parts.push(paragraph);
    total += paragraph.length + 1;
  }
  let text = '';
  for (const [i, paragraph] of parts.entries())
    text += (i > 0 && i % 17 === 0 ? '\n\n' : '\n') + paragraph;
  return text.slice(1);
}

/**
 * The best time of each run, in seconds, the runs measured in turns (ICU, ours, spoken, …)
 * so that each sees the same state of the machine: a busy moment slows all of them, and the
 * ratios stay true.
 */
function bestSeconds(runs: readonly (() => number)[]): number[] {
  for (const run of runs) run(); // warm-up: JIT and ICU data
  const best = runs.map(() => Infinity);
  for (let i = 0; i < REPETITIONS; i++) {
    runs.forEach((run, slot) => {
      const started = performance.now();
      run();
      best[slot] = Math.min(best[slot]!, (performance.now() - started) / 1000);
    });
  }
  return best;
}

export interface SegmentationBench {
  icuMBps: number;
  oursMBps: number;
  ratio: number;
  /** Segmentation with clutter detection and the speech layer on every chunk, as read. */
  spokenMBps: number;
  spokenRatio: number;
  blocksMBps: number;
  megabytes: number;
}

/** Measures bare ICU, our segmentParagraph and splitBlocks over the same generated text. */
export function runSegmentationBench(): SegmentationBench {
  const text = generateText();
  const megabytes = Buffer.byteLength(text, 'utf8') / 1e6;
  const paragraphs = splitBlocks(text, 'text').map((block) => block.text);
  const icu = new Intl.Segmenter('en', { granularity: 'sentence' });
  let sink = 0;
  const blocks = splitBlocks(text, 'text');
  const [icuSeconds, oursSeconds, spokenSeconds, blocksSeconds] = bestSeconds([
    () => {
      let count = 0;
      for (const paragraph of paragraphs) {
        for (const segment of icu.segment(paragraph)) count += segment.index >= 0 ? 1 : 0;
      }
      sink += count;
      return count;
    },
    () => {
      let count = 0;
      for (const paragraph of paragraphs) {
        for (const sentence of segmentParagraph(paragraph, 'en')) count += sentence.chunks.length;
      }
      sink += count;
      return count;
    },
    () => {
      let count = 0;
      for (const block of markClutter(blocks)) {
        if (block.clutter) continue;
        for (const sentence of segmentParagraph(block.text, 'en')) {
          for (const chunk of sentence.chunks) {
            count += speechText(chunk.text, 'en', { emoji: 'skip' }).text.length;
          }
        }
      }
      sink += count;
      return count;
    },
    () => splitBlocks(text, 'text').length,
  ]) as [number, number, number, number];
  if (sink < 0) console.log(sink); // keeps the loops from being optimised away
  const icuMBps = megabytes / icuSeconds;
  const oursMBps = megabytes / oursSeconds;
  return {
    icuMBps,
    oursMBps,
    ratio: oursMBps / icuMBps,
    spokenMBps: megabytes / spokenSeconds,
    spokenRatio: megabytes / spokenSeconds / icuMBps,
    blocksMBps: megabytes / blocksSeconds,
    megabytes,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = runSegmentationBench();
  const format = (value: number): string => value.toFixed(2);
  console.log(`text: ${format(result.megabytes)} MB of generated English`);
  console.log(`ICU Intl.Segmenter alone: ${format(result.icuMBps)} MB/s`);
  console.log(`segmentParagraph:         ${format(result.oursMBps)} MB/s`);
  console.log(`ratio ours/ICU:           ${format(result.ratio)} (target ≥ ${TARGET_RATIO})`);
  console.log(`with clutter and speech layer: ${format(result.spokenMBps)} MB/s`);
  console.log(`ratio spoken/ICU:         ${format(result.spokenRatio)} (target ≥ ${TARGET_RATIO})`);
  console.log(`splitBlocks:              ${format(result.blocksMBps)} MB/s`);
  if (result.spokenRatio < TARGET_RATIO) {
    console.error('segmentation with the speech layer is below the target ratio');
    process.exitCode = 1;
  }
  if (result.ratio < TARGET_RATIO) {
    console.error('segmentParagraph is below the target ratio');
    process.exitCode = 1;
  }
}
