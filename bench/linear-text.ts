// Text that used to take quadratic time: each input beside its double, timed in the same run.
// Linear work doubles (ratio ≈ 2); quadratic work quadruples. Run: npx tsx bench/linear-text.ts
import { pathToFileURL } from 'node:url';
import { splitBlocks } from '../src/lib/text/blocks/paragraphs';
import { segmentParagraph } from '../src/lib/text/sentences/segment';
import { readAsSpoken } from './segmentation';

/** Doubling the input may at most multiply the time by this (2 is linear, with some slack). */
const TARGET_RATIO = 2.2;
/** Timed repetitions of each measurement; the best one counts. */
const REPETITIONS = 5;
/** Runs summed in one timing, each after a collection: one run alone is too noisy. */
const RUNS_PER_TIMING = 8;

interface Case {
  name: string;
  /** The input of the given size (in repetitions of its unit). */
  make: (units: number) => string;
  units: number;
  run: (text: string) => unknown;
}

const CASES: Case[] = [
  {
    name: 'ellipses in an open quotation (388 KB)',
    make: (units) => `“${'and then... '.repeat(units)}`,
    units: 32_300,
    run: (text) => segmentParagraph(text, 'en'),
  },
  {
    name: '“…” ellipses in an open quotation',
    make: (units) => `“${'and then… Then '.repeat(units)}`,
    units: 25_000,
    run: (text) => segmentParagraph(text, 'en'),
  },
  {
    name: 'Markdown "**a " unclosed (80 KB)',
    make: (units) => '**a '.repeat(units),
    units: 20_000,
    run: (text) => splitBlocks(text, 'markdown'),
  },
  {
    name: 'Markdown "__a " unclosed',
    make: (units) => '__a '.repeat(units),
    units: 20_000,
    run: (text) => splitBlocks(text, 'markdown'),
  },
  {
    name: 'Markdown "*a " and "_a " unclosed',
    make: (units) => '*a _a '.repeat(units),
    units: 13_000,
    run: (text) => splitBlocks(text, 'markdown'),
  },
  {
    name: 'Markdown "~~a " unclosed',
    make: (units) => '~~a '.repeat(units),
    units: 20_000,
    run: (text) => splitBlocks(text, 'markdown'),
  },
  {
    name: 'an inline list of 1. 2. 3. items',
    make: (units) => Array.from({ length: units }, (_, i) => `${(i % 999) + 1}. An item`).join(' '),
    units: 20_000,
    run: (text) => segmentParagraph(text, 'en'),
  },
  ...languageCases(),
];

/**
 * One paragraph in each language Aloud has rules for, made of what its rules look at
 * (abbreviations, titles, its own marks), read as it is read: split, then each chunk through
 * the speech layer.
 */
function languageCases(): Case[] {
  const units: [lang: string, unit: string][] = [
    [
      'en',
      'Sent to the E.U. How it works . . . you and I. Albert I. Jones, • 9. N°. 4.5. patients.7 8 Later “Ok.” (Lee 12) ',
    ],
    ['de', 'Hr. Weber kam am 12. Juni z. B. mit Dr. Kuhn und Fr. Roth. Dann ging er. '],
    ['es', 'La Sra. García vive en EE. UU.. Ver pág. 5 y el art. 3, etc. Luego se fue. '],
    ['fr', 'M. Dupont et Mme Roux, en 52 av. J.-C. Ensuite ils partirent. '],
    ['it', 'Il Sig. Rossi e la Sig.ra Neri, art. 5 ecc. Poi il Dott. Bruno. '],
    ['nl', "Dhr. Jansen (o.a. bijv. in Gent) kwam. 's Avonds las mevr. Smit. "],
    ['pt', 'O Sr. Silva e a Dra. Reis, pág. 4. Depois a Sra. Costa chegou. '],
    ['ru', 'Г-н Иванов живёт на ул. Ленина с 1990 г. Потом и т. д. А. С. Пушкин. '],
    ['el', 'Ο κ. Παπαδόπουλος ήρθε; Ναι· π.χ. μήλα. Τι κάνεις; Καλά. '],
    ['zh', '我看了《你好！世界》很好看！他说：「为什么？」然后走了。'],
    ['ja', '彼は「本当？」と聞いた。『君の名は。』は映画です。「はい。」「いいえ。」'],
    ['ar', 'قال د. أحمد إنه بخير؟ نعم، ذهبت إلى السوق؛ ثم عدت متأخرًا. '],
    ['fa', 'حالت چطور است؟ من خوبم، غذا خوردم؛ سپس خوابیدم. '],
  ];
  const cases: Case[] = units.map(([lang, unit]) => ({
    name: `${lang}: its rules on one long paragraph`,
    make: (count) => unit.repeat(count),
    units: Math.ceil(60_000 / unit.length),
    run: (text) => readAsSpoken(text, lang),
  }));
  // Brackets that never close: each opening one must not look to the paragraph's end.
  cases.push({
    name: 'zh: unclosed 《 and 「 brackets',
    make: (count) => '《你好！「为什么？'.repeat(count),
    units: 8_000,
    run: (text) => readAsSpoken(text, 'zh'),
  });
  cases.push({
    name: 'en: quotations followed by unclosed ( and [',
    make: (count) => '“It works.” (Lee “Yes.” [ '.repeat(count),
    units: 3_000,
    run: (text) => readAsSpoken(text, 'en'),
  });
  return cases;
}

/** Node's collector, when run with --expose-gc (npm run bench does). */
const collectGarbage = (globalThis as { gc?: () => void }).gc ?? ((): void => {});

/** Best times of two runs, measured in turns so that both see the same state of the machine. */
function bestMilliseconds(first: () => unknown, second: () => unknown): [number, number] {
  first();
  second();
  const best: [number, number] = [Infinity, Infinity];
  for (let i = 0; i < REPETITIONS; i++) {
    for (const [slot, run] of [first, second].entries()) {
      let total = 0;
      for (let j = 0; j < RUNS_PER_TIMING; j++) {
        // A collection left over from an earlier run would be billed to this one.
        collectGarbage();
        const started = performance.now();
        run();
        total += performance.now() - started;
      }
      best[slot] = Math.min(best[slot] ?? Infinity, total / RUNS_PER_TIMING);
    }
  }
  return best;
}

export interface LinearResult {
  name: string;
  kilobytes: number;
  singleMs: number;
  doubleMs: number;
  ratio: number;
  /** Every ratio measured, the first one first. */
  ratios: number[];
}

/** Timings of a case that came out over the target are taken again this many times more. */
const SECOND_OPINIONS = 2;

/**
 * Times each case at its size and at twice its size. A case over the target is timed again
 * (up to SECOND_OPINIONS times) and its lowest ratio kept: a few milliseconds can be doubled
 * by a busy moment of the machine, but quadratic work is over the target every time.
 */
export function runLinearTextBench(): LinearResult[] {
  return CASES.map(({ name, make, units, run }) => {
    const single = make(units);
    const double = make(units * 2);
    const time = (): [number, number] =>
      bestMilliseconds(
        () => run(single),
        () => run(double),
      );
    let [singleMs, doubleMs] = time();
    const ratios = [doubleMs / Math.max(singleMs, 0.01)];
    for (let again = 0; again < SECOND_OPINIONS && ratios.at(-1)! > TARGET_RATIO; again++) {
      const [singleAgain, doubleAgain] = time();
      ratios.push(doubleAgain / Math.max(singleAgain, 0.01));
      if (ratios.at(-1)! < doubleMs / Math.max(singleMs, 0.01)) {
        [singleMs, doubleMs] = [singleAgain, doubleAgain];
      }
    }
    return {
      name,
      kilobytes: single.length / 1024,
      singleMs,
      doubleMs,
      ratio: doubleMs / Math.max(singleMs, 0.01),
      ratios,
    };
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  let over = 0;
  for (const result of runLinearTextBench()) {
    const verdict = result.ratio <= TARGET_RATIO ? 'OK' : 'OVER';
    if (verdict === 'OVER') over++;
    console.log(
      `${result.name}: ${result.kilobytes.toFixed(0)} KB ${result.singleMs.toFixed(1)} ms, ` +
        `doubled ${result.doubleMs.toFixed(1)} ms, ratio ${result.ratio.toFixed(2)} ` +
        `(target ≤ ${TARGET_RATIO}): ${verdict}` +
        (result.ratios.length > 1
          ? `  (timed ${result.ratios.length} times: ${result.ratios.map((r) => r.toFixed(2)).join(', ')})`
          : ''),
    );
  }
  if (over > 0) process.exitCode = 1;
}
