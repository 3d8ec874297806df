// A saved place is a block and the offset of a sentence's start, not a sentence number, so
// that it lands on the same words when the sentence rules change between versions.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sentencePlace } from '../../../src/lib/text/navigation';
import { FakeEngine, fakeVoice } from '../../../src/lib/speech/fake-engine';
import { Player, type PlayerStatus } from '../../../src/lib/speech/player.svelte';
import { VoiceList } from '../../../src/lib/speech/voices/voice-list.svelte';
import { Article } from '../../../src/lib/text/article';
import type { Block, Sentence } from '../../../src/lib/text/types';
import { segmentParagraph } from '../../../src/lib/text/sentences/segment';

const HEADING: Block = { kind: 'heading', level: 1, text: 'Gone' };
// Today's rules take "Rev." for a title before a name; a later rule may see the sentence end.
const ABBREVIATION = 'She waved at the Rev. Nobody noticed. Then she left for good.';
const LAST: Block = { kind: 'paragraph', text: 'Twice a day. Every day. Without fail.' };

/** An article as today's sentence rules split it ("the U.K. Nobody" is one sentence). */
function todaysArticle(): Article {
  return new Article(
    [HEADING, { kind: 'paragraph', text: ABBREVIATION }, LAST],
    {
      source: 'test',
      title: 'Test',
      lang: 'en',
    },
    segmentParagraph,
  );
}

/** The same article under other sentence rules: sentences start at the given words. */
class ResplitArticle extends Article {
  #firstWords: Map<number, readonly string[]>;

  constructor(article: Article, firstWords: Record<number, readonly string[]>) {
    super(
      article.blocks,
      { source: article.source, lang: article.lang, title: article.title },
      segmentParagraph,
    );
    this.#firstWords = new Map(Object.entries(firstWords).map(([key, words]) => [+key, words]));
  }

  override sentences(index: number): Sentence[] {
    const words = this.#firstWords.get(index);
    const text = this.blocks[index]?.text ?? '';
    if (!words) return super.sentences(index);
    const starts = words.map((word) => text.indexOf(word));
    return starts.map((start, i) => {
      const end = starts[i + 1] ?? text.length;
      return { start, end, chunks: [{ start, end, text: text.slice(start, end).trim() }] };
    });
  }
}

/** The words of the sentence a place lands on. */
function wordsAt(article: Article, place: { paragraph: number; sentence: number }): string {
  const sentence = article.sentences(place.paragraph)[place.sentence];
  return article.blocks[place.paragraph]?.text.slice(sentence?.start, sentence?.end).trim() ?? '';
}

/** The place saved for the sentence that starts with `words` (what the keeper writes). */
function savedAt(article: Article, block: number, words: string) {
  const offset = article.blocks[block]?.text.indexOf(words) ?? -1;
  const sentence = article.sentences(block).find((candidate) => candidate.start === offset);
  if (!sentence) throw new Error(`no sentence starts with “${words}”`);
  return { block, offset: sentence.start };
}

describe('a position that survives a changed splitter', () => {
  it('given today’s rules, a saved place finds its sentence', () => {
    const article = todaysArticle();
    expect(article.sentences(1)).toHaveLength(2);
    const place = sentencePlace(article, savedAt(article, 1, 'Then she left'));
    expect(place).toEqual({ paragraph: 1, sentence: 1 });
    expect(wordsAt(article, place)).toBe('Then she left for good.');
  });

  it('given a sentence later split in two, a place saved after it lands on the same words', () => {
    const saved = savedAt(todaysArticle(), 1, 'Then she left');
    const later = new ResplitArticle(todaysArticle(), { 1: ['She', 'Nobody', 'Then'] });

    const place = sentencePlace(later, saved);

    expect(place).toEqual({ paragraph: 1, sentence: 2 });
    expect(wordsAt(later, place)).toBe('Then she left for good.');
  });

  it('given a sentence later split in two, a place saved at its start lands on its first words', () => {
    const saved = savedAt(todaysArticle(), 1, 'She waved');
    const later = new ResplitArticle(todaysArticle(), { 1: ['She', 'Nobody', 'Then'] });

    expect(wordsAt(later, sentencePlace(later, saved))).toBe('She waved at the Rev.');
  });

  it('given two sentences later joined, a place saved at the second lands on the sentence that holds it', () => {
    const before = new ResplitArticle(todaysArticle(), { 1: ['She', 'Nobody', 'Then'] });
    const saved = savedAt(before, 1, 'Nobody noticed');

    const place = sentencePlace(todaysArticle(), saved);

    expect(place).toEqual({ paragraph: 1, sentence: 0 });
    expect(wordsAt(todaysArticle(), place)).toContain('Nobody noticed.');
  });

  it('given a place in a later paragraph, other paragraphs’ new rules do not move it', () => {
    const saved = savedAt(todaysArticle(), 2, 'Without fail');
    const later = new ResplitArticle(todaysArticle(), { 1: ['She', 'Nobody', 'Then'] });
    expect(sentencePlace(later, saved)).toEqual({ paragraph: 2, sentence: 2 });
  });

  it('given a place beyond the article (it was saved for a longer text), opens its last paragraph', () => {
    const article = todaysArticle();
    expect(sentencePlace(article, { block: 9, offset: 0 })).toEqual({ paragraph: 2, sentence: 0 });
    expect(sentencePlace(article, { block: -1, offset: 0 })).toEqual({
      paragraph: 0,
      sentence: 0,
    });
  });
});

describe('Player at a saved place', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function setup() {
    const engine = new FakeEngine([fakeVoice({ name: 'English', lang: 'en-US' })]);
    const voices = new VoiceList(engine);
    voices.start();
    const changes: PlayerStatus[] = [];
    const player = new Player({
      engine,
      voices,
      onStatusChange: (status) => changes.push(status),
    });
    return { engine, player, changes };
  }

  it('given a saved place, shows it as paused there, ready to resume, without announcing', () => {
    const { player, changes } = setup();
    const article = todaysArticle();

    player.load(article, sentencePlace(article, savedAt(article, 2, 'Every day')));

    expect(player.status).toBe('paused');
    expect(player.paragraph).toBe(2);
    expect(player.sentence).toBe(1);
    expect(player.hasPosition).toBe(true);
    expect(changes).toEqual([]);
  });

  it('given a saved place, Play resumes at its sentence', () => {
    const { engine, player } = setup();
    player.load(todaysArticle(), { paragraph: 2, sentence: 1 });
    player.play();
    expect(engine.current?.request.text).toBe('Every day.');
  });

  it('given no place or the start, is idle at the start', () => {
    const { player } = setup();
    player.load(todaysArticle());
    expect(player.status).toBe('idle');
    expect(player.hasPosition).toBe(false);
    player.load(todaysArticle(), { paragraph: 0, sentence: 0 });
    expect(player.status).toBe('idle');
    expect([player.paragraph, player.sentence]).toEqual([0, 0]);
  });

  it('given a place beyond the article, keeps it within the article', () => {
    const { player } = setup();
    player.load(todaysArticle(), { paragraph: 40, sentence: 40 });
    expect([player.paragraph, player.sentence]).toEqual([2, 2]);
    expect(player.status).toBe('paused');
  });

  it('given a new article, forgets where the last one was being read', () => {
    const { engine, player } = setup();
    player.load(todaysArticle(), { paragraph: 2, sentence: 1 });
    player.play();
    player.load(todaysArticle());
    expect(player.status).toBe('idle');
    expect(engine.current).toBeUndefined();
  });

  it('moves quietly to another tab’s place while nothing is read', () => {
    const { player, changes } = setup();
    player.load(todaysArticle());
    player.moveQuietly({ paragraph: 1, sentence: 1 });
    expect([player.paragraph, player.sentence]).toEqual([1, 1]);
    expect(player.status).toBe('paused');
    expect(changes).toEqual([]);
  });

  it('ignores another tab’s place while reading, so that nothing jumps under the listener', () => {
    const { engine, player } = setup();
    player.load(todaysArticle());
    player.play();
    player.moveQuietly({ paragraph: 2, sentence: 1 });
    expect([player.paragraph, player.sentence]).toEqual([0, 0]);
    expect(player.status).toBe('playing');
    expect(engine.spoken).toHaveLength(1);
  });

  it('ignores another tab’s place while waiting for voices', () => {
    const engine = new FakeEngine([]);
    const voices = new VoiceList(engine);
    voices.start();
    const player = new Player({ engine, voices });
    player.load(todaysArticle());
    player.play();
    expect(player.status).toBe('waiting');
    player.moveQuietly({ paragraph: 2, sentence: 1 });
    expect([player.paragraph, player.sentence]).toEqual([0, 0]);
  });
});
