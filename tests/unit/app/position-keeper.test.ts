import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Library } from '../../../src/lib/library/library.svelte';
import type { PositionUpdate, ReadingPosition } from '../../../src/lib/library/types';
import { PositionKeeper } from '../../../src/lib/app/position-keeper.svelte';
import { FakeEngine, fakeVoice } from '../../../src/lib/speech/fake-engine';
import { Player } from '../../../src/lib/speech/player.svelte';
import { VoiceList } from '../../../src/lib/speech/voices/voice-list.svelte';
import type { Article } from '../../../src/lib/text/article';
import { createArticle } from '../../../src/lib/text/create-article';

const TEXT = [
  'First paragraph opens. It has a second sentence.',
  'Second paragraph here. Then another sentence. And a third.',
  'Third and last paragraph.',
].join('\n');

/** The time every save is stamped with in these tests. */
const NOW = Date.UTC(2025, 5, 1);

/** The part of the Library the keeper uses: it records saves and plays other tabs' places. */
class RecordingLibrary implements Pick<Library, 'savePosition' | 'onRemotePosition'> {
  readonly saved: { id: string; update: PositionUpdate }[] = [];
  #listeners = new Set<(id: string, position: ReadingPosition) => void>();

  savePosition(id: string, update: PositionUpdate): void {
    this.saved.push({ id, update });
  }

  onRemotePosition(listener: (id: string, position: ReadingPosition) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Another tab saved a place. */
  remote(id: string, position: ReadingPosition): void {
    for (const listener of this.#listeners) listener(id, position);
  }
}

function article(): Article {
  const result = createArticle(TEXT, { source: 'test', format: 'text', lang: 'en' });
  if (!result) throw new Error('empty test article');
  return result;
}

/** Lets cancel()'s asynchronous "interrupted" errors arrive. */
const settle = () => vi.advanceTimersByTimeAsync(0);

let stops: (() => void)[] = [];

beforeEach(() => {
  vi.useFakeTimers();
  stops = [];
});
afterEach(() => {
  for (const stop of stops) stop();
  vi.useRealTimers();
});

/** A player with an article open (id "tides"), its place kept by a keeper. */
function setup(options: { openedAt?: { paragraph: number; sentence: number } } = {}) {
  const engine = new FakeEngine([fakeVoice({ name: 'English', lang: 'en-US' })]);
  const voices = new VoiceList(engine);
  stops.push(voices.start());
  const player = new Player({ engine, voices });
  const library = new RecordingLibrary();
  let articleId: string | null = 'tides';
  const keeper = new PositionKeeper(
    player,
    library as unknown as Library,
    () => articleId,
    () => NOW,
  );
  const text = article();
  player.load(text, options.openedAt);
  keeper.opened();
  stops.push(keeper.start());
  flushSync();
  return {
    engine,
    player,
    library,
    article: text,
    setArticleId: (id: string | null) => void (articleId = id),
  };
}

// Places are saved by an $effect that follows the player.
describe('PositionKeeper, saving the place as reading goes', () => {
  it('given an article just opened at its place, writes nothing', () => {
    const { library } = setup({ openedAt: { paragraph: 1, sentence: 1 } });
    flushSync();
    expect(library.saved).toEqual([]);
  });

  it('given reading moves on to the next sentence, saves the block and where that sentence starts', async () => {
    const { engine, player, library, article } = setup();
    player.play();
    flushSync();
    expect(library.saved).toEqual([]); // still the sentence it opened at

    engine.finish();
    await settle();
    flushSync();

    const offset = article.sentences(0)[1]!.start;
    expect(offset).toBeGreaterThan(0);
    expect(library.saved).toEqual([
      {
        id: 'tides',
        update: { block: 0, offset, at: NOW, charactersRead: offset, finished: false },
      },
    ]);
  });

  it('counts the characters of the paragraphs before the place as read', () => {
    const { player, library, article } = setup();
    player.nextParagraph();
    player.nextSentence();
    flushSync();
    const offset = article.sentences(1)[1]!.start;
    expect(library.saved.at(-1)?.update).toEqual({
      block: 1,
      offset,
      at: NOW,
      charactersRead: article.charactersBefore(1) + offset,
      finished: false,
    });
  });

  it('given nothing changed, saves nothing again', async () => {
    const { engine, player, library } = setup();
    player.play();
    engine.finish();
    await settle();
    flushSync();
    expect(library.saved).toHaveLength(1);

    player.pause();
    await settle();
    flushSync();
    player.play();
    flushSync();
    expect(library.saved).toHaveLength(1);
  });

  it('saves once per sentence read', async () => {
    const { engine, player, library } = setup();
    player.play();
    for (let i = 0; i < 3; i++) {
      engine.finish();
      await settle();
      flushSync();
    }
    expect(library.saved.map(({ update }) => update.block)).toEqual([0, 1, 1]);
  });

  it('given the article read to the end, saves it finished with every character read', async () => {
    const { engine, player, library, article } = setup({
      openedAt: { paragraph: 2, sentence: 0 },
    });
    player.play();
    engine.finish();
    await settle();
    flushSync();

    expect(player.status).toBe('ended');
    expect(library.saved).toEqual([
      {
        id: 'tides',
        update: {
          block: 2,
          offset: 0,
          at: NOW,
          charactersRead: article.totalCharacters,
          finished: true,
        },
      },
    ]);
  });

  it('given the article’s id before its text is loaded, saves nothing', () => {
    const engine = new FakeEngine([fakeVoice({ name: 'English', lang: 'en-US' })]);
    const voices = new VoiceList(engine);
    stops.push(voices.start());
    const library = new RecordingLibrary();
    const player = new Player({ engine, voices });
    const keeper = new PositionKeeper(player, library as unknown as Library, () => 'tides');
    stops.push(keeper.start());
    flushSync();
    expect(library.saved).toEqual([]);
  });

  it('given no saved article open (the sample, unsaved text), saves nothing', () => {
    const { player, library, setArticleId } = setup();
    setArticleId(null);
    player.nextParagraph();
    flushSync();
    expect(library.saved).toEqual([]);
  });
});

describe('PositionKeeper, following other tabs', () => {
  it('given another tab read further, moves an idle player there without saving', () => {
    const { player, library, article } = setup();
    const offset = article.sentences(1)[2]!.start;

    library.remote('tides', { block: 1, offset, at: NOW + 1 });
    flushSync();

    expect(player.status).toBe('paused');
    expect([player.paragraph, player.sentence]).toEqual([1, 2]);
    expect(library.saved).toEqual([]);
  });

  it('given another tab’s place while reading, keeps reading where it is', () => {
    const { engine, player, library } = setup();
    player.play();

    library.remote('tides', { block: 2, offset: 0, at: NOW + 1 });
    flushSync();

    expect(player.status).toBe('playing');
    expect([player.paragraph, player.sentence]).toEqual([0, 0]);
    expect(engine.spoken).toHaveLength(1);
    expect(library.saved).toEqual([]);
  });

  it('given another article’s place, leaves this one alone', () => {
    const { player, library } = setup();
    library.remote('storms', { block: 2, offset: 0, at: NOW + 1 });
    flushSync();
    expect(player.status).toBe('idle');
    expect(player.paragraph).toBe(0);
  });

  it('given a place from beyond the end of the article, moves to its last paragraph', () => {
    const { player, library } = setup();
    library.remote('tides', { block: 99, offset: 0, at: NOW + 1 });
    flushSync();
    expect(player.paragraph).toBe(2);
    expect(library.saved).toEqual([]);
  });

  it('stops saving and following once stopped', () => {
    const { player, library } = setup();
    for (const stop of stops.splice(0)) stop();
    player.nextParagraph();
    flushSync();
    library.remote('tides', { block: 2, offset: 0, at: NOW + 1 });
    expect(library.saved).toEqual([]);
    expect(player.paragraph).toBe(1);
  });
});
