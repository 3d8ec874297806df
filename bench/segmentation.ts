// Segmentation speed: our corrected sentence and chunk splitting against bare ICU, on ~5 MB of
// generated English, plus splitBlocks over the whole text; then, for each other language with
// rules of its own, the same reading path (clutter, sentences, the speech layer) against ICU on
// ~1 MB of generated text in it. Run: npx tsx bench/segmentation.ts
import { pathToFileURL } from 'node:url';
import { markClutter } from '../src/lib/text/clutter';
import { splitBlocks } from '../src/lib/text/blocks/paragraphs';
import { segmentParagraph } from '../src/lib/text/sentences/segment';
import { speechText } from '../src/lib/text/rewrite/speech-text';
import type { Block } from '../src/lib/text/types';

/** About the size of a long novel. */
const TARGET_LENGTH = 5_000_000;
/** Same text every run, so figures can be compared between runs and machines. */
const SEED = 0x5eed;
/**
 * Timed repetitions of each measurement; the best one counts (least disturbed by the machine:
 * with 5, a busy machine moved the ratio by ±0.05 between runs).
 */
const REPETITIONS = 9;
/** Ours must run at least at this share of ICU's speed: corrections must stay cheap. */
const TARGET_RATIO = 0.5;

/** Node's collector, when run with --expose-gc (npm run bench does). */
const collectGarbage = (globalThis as { gc?: () => void }).gc ?? ((): void => {});

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
      // The garbage of the run before (ICU's segments, our sentences) would be collected
      // during this one and billed to it.
      collectGarbage();
      const started = performance.now();
      run();
      best[slot] = Math.min(best[slot]!, (performance.now() - started) / 1000);
    });
  }
  return best;
}

/** The baseline: bare ICU's sentences of each paragraph, counted. */
function icuSentences(icu: Intl.Segmenter, paragraphs: readonly string[]): number {
  let count = 0;
  for (const paragraph of paragraphs) {
    for (const segment of icu.segment(paragraph)) count += segment.index >= 0 ? 1 : 0;
  }
  return count;
}

/** One paragraph as reading takes it: split, then each chunk through the speech layer. */
export function readAsSpoken(paragraph: string, lang: string): number {
  let said = 0;
  for (const sentence of segmentParagraph(paragraph, lang)) {
    for (const chunk of sentence.chunks) {
      said += speechText(chunk.text, lang, { emoji: 'skip' }).text.length;
    }
  }
  return said;
}

/** The article's blocks as read: clutter found and passed over, the rest read as spoken. */
function readAloud(blocks: readonly Block[], lang: string): number {
  let said = 0;
  for (const block of markClutter(blocks))
    if (!block.clutter) said += readAsSpoken(block.text, lang);
  return said;
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
      const count = icuSentences(icu, paragraphs);
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
      const count = readAloud(blocks, 'en');
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

/**
 * Sentences of each language: six with what its rules look at (titles, abbreviations,
 * numbers, its own marks), four plain ones as most of a news story is. Written for this
 * bench; shuffled into paragraphs like the English.
 */
const LANGUAGE_SENTENCES: Readonly<Record<string, readonly string[]>> = {
  de: [
    'Hr. Weber kam am 12. Juni mit Dr. Kuhn nach Berlin.',
    'Die Firma hat z. B. 3,5 Mio. Euro Umsatz gemacht.',
    'Fr. Roth sagte: „Das ist doch nicht möglich!“',
    'Laut Prof. Dr. Lang steigen die Kosten um ca. 4 Prozent.',
    'Danach fuhr er nach Hause, vgl. Kap. 3.',
    'Warum hat niemand etwas gesagt?',
    'Der Zug kam heute mit einer Stunde Verspätung an.',
    'Viele Menschen warteten lange auf dem Bahnsteig.',
    'Die Stadt plant einen neuen Park am Fluss.',
    'Im Sommer ist es hier oft sehr heiß.',
  ],
  es: [
    'La Sra. García llegó a EE. UU. en 2010.',
    'Según el art. 5 de la ley, el Dr. Pérez tiene razón.',
    '¿Dónde está el Sr. López? Nadie lo sabe.',
    'Compraron pan, leche, etc. y volvieron a casa.',
    'Véase la pág. 12 del informe de la Srta. Ruiz.',
    '¡Qué sorpresa tan grande!',
    'El tren llegó con una hora de retraso.',
    'Muchas personas esperaron en el andén.',
    'La ciudad planea un nuevo parque junto al río.',
    'En verano aquí hace mucho calor.',
  ],
  fr: [
    'M. Dupont et Mme Martin sont arrivés à 9 h.',
    'En 52 av. J.-C., César conquit la Gaule.',
    'Le Dr Leroy a vu MM. Caron et Petit hier.',
    '« Pourquoi pas ? » a demandé Mlle Roux.',
    'Voir p. 45 pour les détails.',
    'Il pleut depuis ce matin.',
    'Le train est arrivé avec une heure de retard.',
    'Beaucoup de gens attendaient sur le quai.',
    'La ville prévoit un nouveau parc au bord du fleuve.',
    'En été, il fait souvent très chaud ici.',
  ],
  it: [
    'Il Sig. Rossi e la Sig.ra Bianchi sono arrivati ieri.',
    "Come previsto dall'art. 12 del codice, la pena è ridotta.",
    'Il Dott. Verdi ha visto il Prof. Esposito a Napoli.',
    'Hanno comprato pane, latte ecc. e sono tornati.',
    'Vedi pag. 45 per i dettagli.',
    'Perché nessuno ha parlato?',
    "Il treno è arrivato con un'ora di ritardo.",
    'Molte persone aspettavano sul binario.',
    'La città progetta un nuovo parco lungo il fiume.',
    'In estate qui fa spesso molto caldo.',
  ],
  nl: [
    'Dhr. Jansen en mevr. De Vries kwamen gisteren.',
    'Dit geldt o.a. voor studenten (bijv. in Amsterdam).',
    "Hij ging naar huis. 's Avonds las hij een boek.",
    'Zie de tabel op blz. 12 voor meer informatie.',
    'Ze sprak met mr. De Groot over de zaak.',
    'Waarom zei niemand iets?',
    'De trein kwam met een uur vertraging aan.',
    'Veel mensen wachtten lang op het perron.',
    'De stad plant een nieuw park aan de rivier.',
    'In de zomer is het hier vaak erg warm.',
  ],
  pt: [
    'O Sr. Silva e a Sra. Costa chegaram ontem.',
    'A Dra. Souza e o Prof. Lima falaram na pág. 4.',
    'Segundo o art. 5, a lei é clara.',
    'Por que ninguém disse nada?',
    'Compraram pão, leite etc. e voltaram.',
    'Choveu o dia todo.',
    'O trem chegou com uma hora de atraso.',
    'Muitas pessoas esperaram na plataforma.',
    'A cidade planeja um novo parque junto ao rio.',
    'No verão faz muito calor aqui.',
  ],
  ru: [
    'Г-н Иванов живёт на ул. Ленина в Москве.',
    'Она родилась в пгт. Тазовский в 1990 г. и переехала.',
    'Об этом писал А. С. Пушкин в своих письмах.',
    'Мы купили хлеб, молоко и т. д. и пошли домой.',
    'См. ст. 15 Конституции.',
    'Вы читали эту книгу?',
    'Поезд пришёл с опозданием на час.',
    'Многие люди долго ждали на платформе.',
    'Город планирует новый парк у реки.',
    'Летом здесь часто очень жарко.',
  ],
  el: [
    'Ο κ. Παπαδόπουλος ήρθε χθες στην Αθήνα.',
    'Τι κάνεις; Είμαι καλά, ευχαριστώ.',
    'Υπάρχουν πολλά φρούτα, π.χ. μήλα και πορτοκάλια.',
    'Είπε τα εξής· θα έρθω αύριο.',
    'Ο Δρ. Γεωργίου μίλησε στο συνέδριο.',
    'Πού πήγες;',
    'Το τρένο έφτασε με μία ώρα καθυστέρηση.',
    'Πολλοί άνθρωποι περίμεναν στην αποβάθρα.',
    'Η πόλη σχεδιάζει ένα νέο πάρκο δίπλα στο ποτάμι.',
    'Το καλοκαίρι κάνει συχνά πολλή ζέστη εδώ.',
  ],
  zh: [
    '我最喜欢的书是《你好！世界》。',
    '他说：「你为什么不来？」然后就走了。',
    '今天天气很好，我们去公园吧！',
    '价格是3.5元，很便宜。',
    '电影《谁是凶手？》很好看！',
    '你觉得怎么样？',
    '火车晚点了一个小时。',
    '很多人在站台上等了很久。',
    '这个城市计划在河边建一个新公园。',
    '夏天这里经常很热。',
  ],
  ja: [
    '本のタイトルは「なぜ空は青いのか？」です。',
    '彼は「本当？」と聞いた。',
    '『君の名は。』は人気の映画です。',
    '雨が降っています。',
    '価格は1,500円です。',
    '明日は晴れるでしょうか？',
    '電車は一時間遅れて到着しました。',
    '多くの人がホームで長く待っていました。',
    '市は川沿いに新しい公園を計画しています。',
    '夏はここがとても暑いです。',
  ],
  ar: [
    'قال د. أحمد إن الوضع مستقر.',
    'هل أنت بخير؟ نعم، أنا بخير.',
    'ذهبت إلى السوق، واشتريت الخبز؛ ثم عدت إلى البيت.',
    'وصل القطار متأخرًا.',
    'انتظرنا ساعة كاملة في المحطة.',
    'لماذا لم يتصل أحد؟',
    'وصل القطار متأخرًا ساعة كاملة.',
    'انتظر كثير من الناس على الرصيف.',
    'تخطط المدينة لحديقة جديدة قرب النهر.',
    'الجو حار جدًا هنا في الصيف.',
  ],
  fa: [
    'حالت چطور است؟ من خوبم.',
    'او به خانه رفت، غذا خورد؛ سپس خوابید.',
    'دکتر علی به تهران رفت.',
    'هوا امروز خیلی خوب است.',
    'چرا کسی زنگ نزد؟',
    'کتاب را روی میز گذاشتم.',
    'قطار با یک ساعت تأخیر رسید.',
    'بسیاری از مردم مدت زیادی روی سکو منتظر ماندند.',
    'شهر یک پارک جدید کنار رودخانه برنامه\u200cریزی می\u200cکند.',
    'تابستان اینجا اغلب خیلی گرم است.',
  ],
};

/** About 1 MB of a language: its sentences shuffled into paragraphs of one to six. */
function languageText(sentences: readonly string[], length = 3_000_000, seed = SEED): string {
  const random = prng(seed);
  const paragraphs: string[] = [];
  let total = 0;
  while (total < length) {
    const count = 1 + Math.floor(random() * 6);
    const paragraph = Array.from(
      { length: count },
      () => sentences[Math.floor(random() * sentences.length)] ?? '',
    ).join(' ');
    paragraphs.push(paragraph);
    total += paragraph.length + 1;
  }
  return paragraphs.join('\n');
}

export interface LanguageBench {
  lang: string;
  megabytes: number;
  icuMBps: number;
  spokenMBps: number;
  spokenRatio: number;
}

/** Each language's reading path (clutter, sentences, speech layer) against ICU in it. */
export function runLanguageBench(): LanguageBench[] {
  return Object.entries(LANGUAGE_SENTENCES).map(([lang, sentences]) => {
    const text = languageText(sentences);
    const megabytes = Buffer.byteLength(text, 'utf8') / 1e6;
    const blocks = splitBlocks(text, 'text');
    const paragraphs = blocks.map((block) => block.text);
    const icu = new Intl.Segmenter(lang, { granularity: 'sentence' });
    let sink = 0;
    const [icuSeconds, spokenSeconds] = bestSeconds([
      () => {
        const count = icuSentences(icu, paragraphs);
        sink += count;
        return count;
      },
      () => {
        const count = readAloud(blocks, lang);
        sink += count;
        return count;
      },
    ]) as [number, number];
    if (sink < 0) console.log(sink);
    const icuMBps = megabytes / icuSeconds;
    const spokenMBps = megabytes / spokenSeconds;
    return { lang, megabytes, icuMBps, spokenMBps, spokenRatio: spokenMBps / icuMBps };
  });
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
  console.log('each language, with clutter and speech layer, against ICU in it:');
  for (const language of runLanguageBench()) {
    const verdict = language.spokenRatio >= TARGET_RATIO ? 'OK' : 'UNDER';
    console.log(
      `  ${language.lang}: ${format(language.megabytes)} MB, ICU ${format(language.icuMBps)} MB/s, ` +
        `spoken ${format(language.spokenMBps)} MB/s, ratio ${format(language.spokenRatio)} ` +
        `(target ≥ ${TARGET_RATIO}): ${verdict}`,
    );
    if (verdict === 'UNDER') process.exitCode = 1;
  }
}
