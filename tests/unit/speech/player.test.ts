import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeEngine, fakeVoice } from '../../../src/lib/speech/fake-engine';
import { Player, PREV_THRESHOLD_MS, RESTART_DELAY_MS } from '../../../src/lib/speech/player.svelte';
import { VoiceList } from '../../../src/lib/speech/voices/voice-list.svelte';
import { Article } from '../../../src/lib/text/article';
import { createArticle } from '../../../src/lib/text/create-article';
import { estimateSeconds } from '../../../src/lib/speech/reading-progress.svelte';
import { describeSpeechError } from '../../../src/lib/speech/speech-errors';
import { STALL_FACTOR, STALL_GRACE_MS } from '../../../src/lib/speech/stall-watchdog';
import { speechText } from '../../../src/lib/text/rewrite/speech-text';
import type { SpokenTextSource } from '../../../src/lib/speech/spoken-text';
import { segmentParagraph } from '../../../src/lib/text/sentences/segment';
import { USUAL_LISTENING } from '../../../src/lib/speech/listening-mode';

const TEXT = [
  'First paragraph opens. It has a second sentence.',
  'Second paragraph here. Then another sentence. And a third.',
  'Third and last paragraph.',
].join('\n');

function article(text = TEXT): Article {
  const result = createArticle(text, { source: 'test', format: 'text', lang: 'en' });
  if (!result) throw new Error('empty test article');
  return result;
}

const VOICES = [
  fakeVoice({ name: 'Afrikaans', lang: 'af', isDefault: true }),
  fakeVoice({ name: 'English (Britain)', lang: 'en-GB' }),
  fakeVoice({ name: 'English (America)', lang: 'en-US' }),
  fakeVoice({ name: 'Online English', lang: 'en-US', needsNetwork: true }),
];

/** Lets cancel()'s asynchronous "interrupted" errors arrive. */
const settle = () => vi.advanceTimersByTimeAsync(0);

function setup(
  options: { voices?: typeof VOICES; loadVoices?: boolean; spokenText?: SpokenTextSource } = {},
) {
  const engine = new FakeEngine(options.voices ?? VOICES);
  const voices = new VoiceList(engine);
  if (options.loadVoices !== false) voices.start();
  const player = new Player({
    engine,
    voices,
    preferredLanguages: ['en-US'],
    spokenText: options.spokenText,
  });
  player.load(article());
  return { engine, voices, player };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** How long the watchdog waits for an utterance of `text` at rate 1. */
function stallAfter(text: string): number {
  return estimateSeconds(text.length, 1) * 1000 * STALL_FACTOR + STALL_GRACE_MS;
}

describe('Player', () => {
  it('reads with the best local voice for the article language, never the engine default', () => {
    const { engine, player } = setup();
    player.play();
    expect(player.status).toBe('playing');
    expect(engine.current?.request).toMatchObject({
      text: 'First paragraph opens.',
      lang: 'en',
      voiceId: 'English (America)',
      rate: 1,
    });
  });

  it('speaks one utterance per sentence in order and ends after the last paragraph', async () => {
    const { engine, player } = setup();
    player.play();
    const positions: string[] = [];
    while (player.status === 'playing') {
      positions.push(`${player.paragraph}.${player.sentence}`);
      engine.finish();
      await settle();
    }
    expect(positions).toEqual(['0.0', '0.1', '1.0', '1.1', '1.2', '2.0']);
    expect(engine.texts).toEqual([
      'First paragraph opens.',
      'It has a second sentence.',
      'Second paragraph here.',
      'Then another sentence.',
      'And a third.',
      'Third and last paragraph.',
    ]);
    expect(player.status).toBe('ended');
    expect(player.hasPosition).toBe(false);
  });

  it('splits a long sentence into chunks, spoken one after another', async () => {
    const { engine, player } = setup();
    const long =
      Array.from({ length: 30 }, (_, i) => `clause number ${i} goes on`).join(', ') + '.';
    player.load(article(long));
    player.play();
    let chunks = 0;
    while (player.status === 'playing') {
      expect(engine.current?.request.text.length).toBeLessThanOrEqual(220);
      chunks++;
      engine.finish();
      await settle();
    }
    expect(chunks).toBeGreaterThan(1);
    expect(engine.texts.join(' ')).toBe(long);
  });

  it('pauses by cancelling, and resumes at the start of the same sentence', async () => {
    const { engine, player } = setup();
    player.play();
    engine.finish(); // first sentence done
    await settle();
    expect(engine.current?.request.text).toBe('It has a second sentence.');
    player.pause();
    await settle();
    expect(player.status).toBe('paused');
    expect(player.errorMessage).toBeNull(); // our own cancel's "interrupted" is not an error
    player.play();
    expect(player.status).toBe('playing');
    expect(engine.current?.request.text).toBe('It has a second sentence.');
  });

  it('ignores late events from a cancelled utterance', async () => {
    const { engine, player } = setup();
    player.play();
    const stale = engine.current!;
    player.nextParagraph();
    await settle();
    stale.handlers.onEnd();
    stale.handlers.onError('synthesis-failed');
    expect(player.status).toBe('playing');
    expect(player.paragraph).toBe(1);
    expect(player.sentence).toBe(0);
    expect(engine.current?.request.text).toBe('Second paragraph here.');
  });

  it('shows an engine error and stops cleanly, keeping the sentence for the next Play', async () => {
    const { engine, player } = setup();
    player.play();
    player.nextSentence();
    engine.fail('synthesis-failed');
    await vi.waitFor(() => expect(player.status).toBe('error'));
    expect(player.errorMessage).toMatch(/speech engine failed/);
    const spoken = engine.spoken.length;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(engine.spoken.length).toBe(spoken); // nothing retried on its own
    player.play();
    expect(engine.current?.request.text).toBe('It has a second sentence.');
  });

  it('offline, rereads the sentence once with a local voice when its voice fails, and says so', async () => {
    const engine = new FakeEngine(VOICES);
    const voices = new VoiceList(engine);
    voices.start();
    const notices: string[] = [];
    const player = new Player({
      engine,
      voices,
      preferredLanguages: ['en-US'],
      network: { online: false },
      onNotice: (message) => notices.push(message),
    });
    player.load(article());
    player.play();
    engine.fail('synthesis-failed');
    await settle();
    expect(engine.current?.request).toMatchObject({
      text: 'First paragraph opens.',
      voiceId: 'English (Britain)',
    });
    expect(player.status).toBe('playing');
    expect(notices).toEqual([
      'You are offline and English (America) could not speak: reading with English (Britain) instead.',
    ]);
    // A second failure is not the network's: it stops reading, as any error does.
    engine.fail('synthesis-failed');
    await vi.waitFor(() => expect(player.status).toBe('error'));
    expect(notices).toHaveLength(1);
  });

  it('treats an interruption it did not cause as a pause, not an error', async () => {
    const { engine, player } = setup();
    player.play();
    engine.fail('interrupted');
    await settle();
    expect(player.status).toBe('paused');
    expect(player.errorMessage).toBeNull();
  });

  it('retries a stalled utterance once, then stops with a message instead of hanging', async () => {
    const { engine, player } = setup();
    player.play();
    const text = 'First paragraph opens.';
    const stallMs = stallAfter(text);
    await vi.advanceTimersByTimeAsync(stallMs + 1);
    expect(engine.texts).toEqual([text, text]);
    expect(player.status).toBe('playing');
    await vi.advanceTimersByTimeAsync(stallMs + 1);
    expect(player.status).toBe('error');
    expect(player.errorMessage).toMatch(/stopped responding/);
    expect(player.paragraph).toBe(0);
  });

  it('recovers from a stall and goes on reading when the retry ends', async () => {
    const { engine, player } = setup();
    player.play();
    const stallMs = estimateSeconds('First paragraph opens.'.length, 1) * 1000 * STALL_FACTOR;
    await vi.advanceTimersByTimeAsync(stallMs + STALL_GRACE_MS + 1);
    expect(engine.texts).toHaveLength(2);
    engine.finish();
    await settle();
    expect(player.status).toBe('playing');
    expect(engine.current?.request.text).toBe('It has a second sentence.');
  });

  it('goes to the sentence before within the first two seconds, else restarts the sentence', async () => {
    const { engine, player } = setup();
    player.play();
    engine.finish();
    await settle();
    expect(player.sentence).toBe(1);
    player.previousSentence();
    expect(player.sentence).toBe(0);
    await settle();
    engine.finish();
    await settle();
    await vi.advanceTimersByTimeAsync(PREV_THRESHOLD_MS + 100);
    player.previousSentence();
    await settle();
    expect(player.sentence).toBe(1);
    expect(engine.current?.request.text).toBe('It has a second sentence.');
  });

  it('moves by paragraph, and previous from a paragraph start goes to the one before', async () => {
    const { engine, player } = setup();
    player.play();
    player.nextParagraph();
    player.nextParagraph();
    await settle();
    expect(player.paragraph).toBe(2);
    player.nextParagraph(); // already the last: stays
    expect(player.paragraph).toBe(2);
    player.previousParagraph();
    await settle();
    expect(player.paragraph).toBe(1);
    expect(engine.current?.request.text).toBe('Second paragraph here.');
  });

  it('moving while stopped sets where Play starts, without speaking', () => {
    const { engine, player } = setup();
    player.nextParagraph();
    expect(engine.spoken).toHaveLength(0);
    expect(player.status).toBe('paused');
    player.play();
    expect(engine.current?.request.text).toBe('Second paragraph here.');
  });

  it('stop returns to the start of the article', async () => {
    const { engine, player } = setup();
    player.play();
    player.nextParagraph();
    player.stop();
    await settle();
    expect(player.status).toBe('idle');
    expect([player.paragraph, player.sentence]).toEqual([0, 0]);
    expect(engine.current).toBeUndefined();
  });

  it('restarts the current sentence once when the rate changes while speaking', async () => {
    const { engine, player } = setup();
    player.play();
    engine.finish();
    await settle();
    const spoken = engine.spoken.length;
    // Holding + sends a burst of changes: the sentence restarts once, at the final rate.
    player.setRate(1.5);
    player.setRate(2.02);
    await vi.advanceTimersByTimeAsync(RESTART_DELAY_MS);
    expect(player.rate).toBe(2);
    expect(engine.spoken.length).toBe(spoken + 1);
    expect(engine.current?.request).toMatchObject({ text: 'It has a second sentence.', rate: 2 });
    player.setRate(9);
    expect(player.rate).toBe(4);
  });

  it('a rate change while paused speaks nothing, and Play uses it', async () => {
    const { engine, player } = setup();
    player.play();
    player.pause();
    await settle();
    const spoken = engine.spoken.length;
    player.setRate(2.5);
    await vi.advanceTimersByTimeAsync(RESTART_DELAY_MS * 2);
    expect(engine.spoken.length).toBe(spoken);
    player.play();
    expect(engine.current?.request.rate).toBe(2.5);
  });

  it('restarts the current sentence with a newly chosen voice', async () => {
    const { engine, player } = setup();
    player.play();
    player.setVoice('English (Britain)');
    await vi.advanceTimersByTimeAsync(RESTART_DELAY_MS);
    expect(engine.current?.request).toMatchObject({
      text: 'First paragraph opens.',
      voiceId: 'English (Britain)',
    });
  });

  it('waits for voices that arrive late, says so, then reads', async () => {
    const { engine, voices, player } = setup({ voices: [], loadVoices: false });
    voices.start();
    player.play();
    expect(player.status).toBe('waiting');
    expect(engine.spoken).toHaveLength(0);
    // Inside the gesture, so that iOS lets the words that come later be spoken.
    expect(engine.primed).toBe(1);
    engine.setVoicesQuietly(VOICES); // a browser that never fires voiceschanged
    await vi.advanceTimersByTimeAsync(500);
    expect(player.status).toBe('playing');
    expect(engine.current?.request.voiceId).toBe('English (America)');
  });

  it('stop or pause while waiting for voices cancels the wait', async () => {
    const { engine, voices, player } = setup({ voices: [], loadVoices: false });
    voices.start();
    player.play();
    player.stop();
    expect(player.status).toBe('idle');
    player.play();
    player.play(); // a second Play while waiting changes nothing
    expect(player.status).toBe('waiting');
    player.pause();
    expect(player.status).toBe('paused');
    engine.setVoices(VOICES);
    await vi.advanceTimersByTimeAsync(500);
    expect(player.status).toBe('paused');
    expect(engine.spoken).toHaveLength(0);
  });

  it('after an error, moving to the next sentence keeps playback stopped there', async () => {
    const { engine, player } = setup();
    player.play();
    engine.fail('audio-busy');
    await settle();
    expect(player.status).toBe('error');
    player.nextSentence();
    expect(player.status).toBe('paused');
    expect(player.errorMessage).toBeNull();
    expect(player.sentence).toBe(1);
    player.play();
    expect(engine.current?.request.text).toBe('It has a second sentence.');
  });

  it('reports every status change, and every error, to its listener', async () => {
    const engine = new FakeEngine(VOICES);
    const voices = new VoiceList(engine);
    voices.start();
    const heard: string[] = [];
    const player = new Player({
      engine,
      voices,
      onStatusChange: (status, previous) => heard.push(`${previous}→${status}`),
    });
    player.load(article());
    player.play();
    engine.finish();
    await settle();
    player.pause();
    player.play();
    engine.fail('synthesis-failed');
    await settle();
    player.stop();
    expect(heard).toEqual([
      'idle→playing',
      'playing→paused',
      'paused→playing',
      'playing→error',
      'error→idle',
    ]);
  });

  it('tells of the person’s moves of the position, not of reading on by itself', async () => {
    const { engine, player } = setup();
    let moves = 0;
    const stop = player.onMoved(() => moves++);
    player.play();
    engine.finish();
    await settle();
    expect(moves).toBe(0);
    player.nextParagraph();
    player.playFrom(0);
    player.stop();
    expect(moves).toBe(3);
    stop();
    player.nextParagraph();
    expect(moves).toBe(3);
  });

  it('tells of the move back to the top when Play follows the end', async () => {
    const { engine, player } = setup();
    let moves = 0;
    player.onMoved(() => moves++);
    player.playFrom(2);
    moves = 0;
    engine.finish();
    await settle();
    expect(player.status).toBe('ended');
    expect(moves).toBe(0);
    player.play();
    expect(moves).toBe(1);
    expect(player.paragraph).toBe(0);
  });

  it('says clearly when the device has no voice at all', async () => {
    const { engine, player } = setup({ voices: [] });
    player.play();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(player.status).toBe('error');
    expect(player.errorMessage).toMatch(/No speech voices/);
    expect(engine.spoken).toHaveLength(0);
  });

  it('highlights the spoken word from boundary events, in paragraph offsets', async () => {
    const { engine, player } = setup();
    player.play();
    engine.finish();
    await settle();
    engine.boundary(3, 3); // "has" in "It has a second sentence."
    const paragraph = player.article!.blocks[0]!.text;
    expect(paragraph.slice(player.word!.start, player.word!.end)).toBe('has');
    engine.boundary(9); // no charLength: the word is measured
    expect(paragraph.slice(player.word!.start, player.word!.end)).toBe('second');
  });

  it('starts reading at a clicked paragraph', () => {
    const { engine, player } = setup();
    player.playFrom(2);
    expect(player.status).toBe('playing');
    expect(engine.current?.request.text).toBe('Third and last paragraph.');
  });

  it('estimates less time left as reading moves on, and less at a faster rate', async () => {
    const { engine, player } = setup();
    const atStart = player.progress.secondsLeft;
    player.play();
    engine.finish();
    await settle();
    expect(player.progress.secondsLeft).toBeLessThan(atStart);
    const atOne = player.progress.secondsLeft;
    player.setRate(2);
    expect(player.progress.secondsLeft).toBeCloseTo(atOne / 2, 5);
  });
});

describe('Player, blocks in other languages', () => {
  const FRENCH = fakeVoice({ name: 'French (France)', lang: 'fr-FR' });
  const QUEBEC = fakeVoice({ name: 'French (Canada)', lang: 'fr-CA' });

  function mixed() {
    return new Article(
      [
        { kind: 'paragraph', text: 'An English sentence.' },
        { kind: 'paragraph', text: 'Une phrase en français.', lang: 'fr' },
        { kind: 'paragraph', text: '日本語の文です。', lang: 'ja' },
        { kind: 'paragraph', text: 'Un autre paragraphe.', lang: 'fr' },
      ],
      { source: 'test', title: 'Test', lang: 'en' },
      segmentParagraph,
    );
  }

  function mixedSetup(chosen: Record<string, string> = {}) {
    const engine = new FakeEngine([...VOICES, FRENCH, QUEBEC]);
    const voices = new VoiceList(engine);
    voices.start();
    const notices: string[] = [];
    const player = new Player({
      engine,
      voices,
      preferredLanguages: ['en-US'],
      chosenVoiceFor: (lang) => chosen[lang.split('-')[0] ?? ''] ?? null,
      onNotice: (message) => notices.push(message),
    });
    player.load(mixed());
    return { engine, player, notices };
  }

  const spoken = (engine: FakeEngine) =>
    engine.spoken.map(({ request }) => `${request.lang} ${request.voiceId}: ${request.text}`);

  it('reads each block in its own language, with a voice that speaks it', () => {
    const { engine, player } = mixedSetup();
    player.play();
    engine.finish();
    engine.finish();
    expect(spoken(engine).slice(0, 2)).toEqual([
      'en English (America): An English sentence.',
      'fr French (France): Une phrase en français.',
    ]);
  });

  it('uses the voice the person chose for that language', () => {
    const { engine, player } = mixedSetup({ fr: 'French (Canada)' });
    player.playFrom(1);
    expect(spoken(engine)).toEqual(['fr French (Canada): Une phrase en français.']);
  });

  it('with no voice for a block’s language, says so once and reads it with the article’s voice', () => {
    const { engine, player, notices } = mixedSetup();
    player.playFrom(2);
    expect(spoken(engine)).toEqual(['en English (America): 日本語の文です。']);
    expect(notices).toEqual([
      'No voice on this device speaks Japanese: reading it with English (America).',
    ]);
    player.playFrom(2);
    expect(notices).toHaveLength(1);
  });
});

describe('Player, with the page put away', () => {
  it('goes on from the sentence the system cut, once the page is back, and says where', () => {
    const engine = new FakeEngine(VOICES);
    const voices = new VoiceList(engine);
    voices.start();
    const notices: string[] = [];
    const player = new Player({ engine, voices, onNotice: (message) => notices.push(message) });
    player.load(article());
    player.play();
    engine.finish(); // "First paragraph opens."
    player.setAway(true);
    engine.fail('interrupted'); // the phone locked: the system stopped speech
    expect(player.status).toBe('paused');
    const spoken = engine.texts.length;
    player.setAway(false);
    expect(player.status).toBe('playing');
    expect(engine.texts.slice(spoken)).toEqual(['It has a second sentence.']);
    expect(notices).toEqual([
      'Reading stopped while Aloud was in the background, at paragraph 1; it goes on from there.',
    ]);
  });

  it('leaves a pause the person made while away (from the lock screen) alone', () => {
    const { engine, player } = setup();
    player.play();
    player.setAway(true);
    player.pause();
    const spoken = engine.texts.length;
    player.setAway(false);
    expect(player.status).toBe('paused');
    expect(engine.texts).toHaveLength(spoken);
  });

  it('does not start reading that was cut while the page was in view', () => {
    const { engine, player } = setup();
    player.play();
    engine.fail('interrupted'); // another tab cancelled
    player.setAway(true);
    player.setAway(false);
    expect(player.status).toBe('paused');
  });
});

describe('Player, at each voice’s own pace', () => {
  it('bases the time left on how fast the voice was heard to speak', async () => {
    const { engine, player } = setup();
    player.play();
    const usual = player.progress.secondsLeft;
    engine.start();
    // "First paragraph opens." (22 characters) took 4 s: 5.5 characters a second.
    await vi.advanceTimersByTimeAsync(4000);
    engine.finish();
    const article = player.article!;
    const left =
      article.totalCharacters - article.charactersBefore(0) - 'First paragraph opens. '.length;
    expect(player.progress.secondsLeft).toBeCloseTo(left / 5.5, 0);
    expect(player.progress.secondsLeft).toBeGreaterThan(usual);
  });

  it('does not cut a long Chinese sentence that takes its time (the watchdog waits for it)', async () => {
    const engine = new FakeEngine([fakeVoice({ name: 'Chinese', lang: 'zh' })]);
    const voices = new VoiceList(engine);
    voices.start();
    const player = new Player({ engine, voices });
    // One sentence of 190 characters, which one utterance speaks.
    const chinese = `${'今天的会议讨论了港口的计划，'.repeat(13)}居民们问了费用。`;
    player.load(createArticle(chinese, { source: 'test', format: 'text', lang: 'zh' })!);
    player.play();
    engine.start();
    expect(engine.current?.request.text.length).toBeGreaterThan(150);
    const spoken = engine.spoken.length;
    // About 5 characters a second: a minute for this one, which at 14 a second looked stalled.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(engine.spoken).toHaveLength(spoken);
    expect(player.status).toBe('playing');
  });
});

describe('the page’s clutter', () => {
  /** An article whose first block and the two after its second are clutter. */
  function withClutter(): Article {
    const blocks = [
      { kind: 'paragraph' as const, text: 'Advertisement', clutter: 'advertisement' as const },
      { kind: 'paragraph' as const, text: 'The story begins. It goes on.' },
      { kind: 'paragraph' as const, text: 'Read More: Another Story', clutter: 'related' as const },
      { kind: 'paragraph' as const, text: 'Another Story Headline', clutter: 'related' as const },
      { kind: 'paragraph' as const, text: 'The story ends.' },
      { kind: 'paragraph' as const, text: 'Join as a VIP Member', clutter: 'promotion' as const },
    ];
    return new Article(blocks, { source: 'test', title: 'Test', lang: 'en' }, segmentParagraph);
  }

  function readAll(engine: FakeEngine): void {
    for (let i = 0; i < 20 && engine.current; i++) engine.finish();
  }

  it('is passed over by reading on, from the first block that is the article to its end', () => {
    const { engine, player } = setup();
    player.load(withClutter());
    player.play();
    readAll(engine);
    expect(engine.texts).toEqual(['The story begins.', 'It goes on.', 'The story ends.']);
    expect(player.status).toBe('ended');
  });

  it('is read with everything else when the listener asks for everything', () => {
    const { engine, player } = setup();
    player.load(withClutter());
    player.readEverything = true;
    player.play();
    readAll(engine);
    expect(engine.texts).toHaveLength(7);
    expect(engine.texts).toContain('Read More: Another Story');
  });

  it('is passed over by next and previous paragraph and sentence', () => {
    const { player } = setup();
    player.load(withClutter());
    player.moveQuietly({ paragraph: 1, sentence: 1 });
    player.nextSentence();
    expect(player.paragraph).toBe(4);
    player.previousSentence();
    expect([player.paragraph, player.sentence]).toEqual([1, 1]);
    player.nextParagraph();
    expect(player.paragraph).toBe(4);
    player.nextParagraph();
    expect(player.paragraph).toBe(4);
    player.previousParagraph();
    expect(player.paragraph).toBe(1);
    player.previousParagraph();
    expect(player.paragraph).toBe(1);
  });

  it('is read when the listener chooses it (a click on it)', () => {
    const { engine, player } = setup();
    player.load(withClutter());
    player.playFrom(2);
    expect(engine.current?.request.text).toBe('Read More: Another Story');
  });

  it('is left out of the time left', () => {
    const { player } = setup();
    player.load(withClutter());
    player.moveQuietly({ paragraph: 1, sentence: 0 });
    const skipping = player.progress.secondsLeft;
    player.readEverything = true;
    expect(player.progress.secondsLeft).toBeGreaterThan(skipping);
    const storyLeft = 'The story begins. It goes on.The story ends.'.length;
    expect(skipping).toBeCloseTo(estimateSeconds(storyLeft, 1), 5);
  });
});

describe('the text said for the text shown', () => {
  function sayingFor(text: string) {
    const { engine, player } = setup({
      spokenText: { for: (chunk, lang) => speechText(chunk, lang, { emoji: 'skip' }) },
    });
    player.load(article(text));
    return { engine, player };
  }

  it('gives the engine the text rewritten for the ear', () => {
    const { engine, player } = sayingFor('Sen. Warren spoke first.');
    player.play();
    expect(engine.current?.request.text).toBe('Senator Warren spoke first.');
  });

  it('highlights the word said on the characters shown', () => {
    const { engine, player } = sayingFor('Then Sen. Warren spoke.');
    player.play();
    engine.start();
    engine.boundary('Then '.length, 'Senator'.length);
    expect(player.word).toEqual({ start: 5, end: 9 }); // "Sen."
    engine.boundary('Then Senator '.length, 'Warren'.length);
    expect(player.word).toEqual({ start: 10, end: 16 }); // "Warren"
  });

  it('passes over a sentence with nothing left to say', () => {
    const { engine, player } = sayingFor('First.\n🎉\nLast one.');
    player.play();
    engine.finish();
    expect(engine.texts).toEqual(['First.', 'Last one.']);
  });
});

describe('an old utterance’s late events', () => {
  it('never move the highlight of the sentence being read', async () => {
    const { engine, player } = setup();
    player.play();
    const stale = engine.current!;
    player.nextSentence();
    await settle();
    engine.start();
    engine.boundary(3, 3); // "has" in "It has a second sentence."
    stale.handlers.onBoundary(6, 9); // "paragraph" in the sentence left behind
    const paragraph = player.article!.blocks[0]!.text;
    expect(paragraph.slice(player.word!.start, player.word!.end)).toBe('has');
  });

  it('never restart the count of a sentence’s first seconds for Previous', async () => {
    const { engine, player } = setup();
    player.play();
    const stale = engine.current!;
    player.nextSentence();
    await settle();
    engine.start();
    await vi.advanceTimersByTimeAsync(PREV_THRESHOLD_MS + 1000);
    // The cancelled first sentence says it started, long after it was left.
    stale.handlers.onStart();
    player.previousSentence();
    await settle();
    // Heard for three seconds: Previous goes back to the start of this sentence.
    expect(player.sentence).toBe(1);
    expect(engine.current?.request.text).toBe('It has a second sentence.');
  });
});

describe('opening another article', () => {
  it('silences the old one, whose late end never moves the new one', async () => {
    const { engine, player } = setup();
    player.play();
    const stale = engine.current!;
    const spoken = engine.texts.length;
    player.load(article('A new article. With its own sentences.'));
    stale.handlers.onEnd();
    await settle();
    expect(player.status).toBe('idle');
    expect([player.paragraph, player.sentence]).toEqual([0, 0]);
    expect(engine.texts).toHaveLength(spoken);
    expect(engine.current).toBeUndefined(); // the old article is no longer heard
  });
});

describe('stalls', () => {
  it('given one stall in each of many sentences, reads the article to its end', async () => {
    const { engine, player } = setup();
    player.play();
    let stalls = 0;
    while (player.status === 'playing') {
      const text = engine.current!.request.text;
      await vi.advanceTimersByTimeAsync(stallAfter(text) + 1);
      expect(engine.current?.request.text).toBe(text); // said again, once
      stalls++;
      engine.finish();
      await settle();
    }
    expect(stalls).toBe(6);
    expect(player.status).toBe('ended');
    expect(player.errorMessage).toBeNull();
  });

  it('given a sentence that stalls again after its retry, stops with a message', async () => {
    const { engine, player } = setup();
    player.play();
    engine.finish();
    await settle();
    const text = 'It has a second sentence.';
    await vi.advanceTimersByTimeAsync(stallAfter(text) + 1);
    expect(engine.current?.request.text).toBe(text);
    await vi.advanceTimersByTimeAsync(stallAfter(text) + 1);
    expect(player.status).toBe('error');
    expect(player.errorMessage).toMatch(/stopped responding/);
    expect(player.sentence).toBe(1);
  });
});

describe('moves a listener would notice', () => {
  it('Previous paragraph, once into a paragraph, goes back to its start, not to the one before', async () => {
    const { engine, player } = setup();
    player.playFrom(1);
    engine.finish(); // "Second paragraph here."
    await settle();
    player.previousParagraph();
    await settle();
    expect([player.paragraph, player.sentence]).toEqual([1, 0]);
    expect(engine.current?.request.text).toBe('Second paragraph here.');
    // Its first sentence heard for a few seconds: again its start.
    engine.start();
    await vi.advanceTimersByTimeAsync(PREV_THRESHOLD_MS + 1000);
    player.previousParagraph();
    await settle();
    expect([player.paragraph, player.sentence]).toEqual([1, 0]);
  });

  it('Play after the end reads the article again from the top', async () => {
    const { engine, player } = setup();
    player.play();
    while (player.status === 'playing') {
      engine.finish();
      await settle();
    }
    expect(player.status).toBe('ended');
    player.play();
    expect([player.paragraph, player.sentence]).toEqual([0, 0]);
    expect(engine.current?.request.text).toBe('First paragraph opens.');
  });

  it('a rate change just before a sentence ends does not say the next sentence twice', async () => {
    const { engine, player } = setup();
    player.play();
    player.setRate(1.5);
    engine.finish(); // ends before the restart was due: the next sentence has the new rate
    await vi.advanceTimersByTimeAsync(RESTART_DELAY_MS * 2);
    expect(engine.texts).toEqual(['First paragraph opens.', 'It has a second sentence.']);
    expect(engine.current?.request.rate).toBe(1.5);
  });
});

describe('a stall while the page is put away', () => {
  it('pauses instead of failing, and reading goes on when the page is back', async () => {
    const { engine, player } = setup();
    player.play();
    player.setAway(true);
    const text = 'First paragraph opens.';
    const stallMs = stallAfter(text);
    await vi.advanceTimersByTimeAsync(stallMs + 1); // retried once
    await vi.advanceTimersByTimeAsync(stallMs + 1); // and silent again
    expect(player.status).toBe('paused');
    expect(player.errorMessage).toBeNull();
    player.setAway(false);
    expect(player.status).toBe('playing');
    expect(engine.current?.request.text).toBe(text);
  });
});

describe('before and after reading', () => {
  it('is ready to read before any article is open, and Play does nothing', () => {
    const engine = new FakeEngine(VOICES);
    const voices = new VoiceList(engine);
    voices.start();
    const player = new Player({ engine, voices });
    expect(player.status).toBe('idle');
    expect(player.hasPosition).toBe(false);
    expect(player.currentSentence).toBeNull();
    expect(player.voice).toBeNull();
    expect(player.progress.secondsLeft).toBe(0);
    player.play();
    player.nextSentence();
    player.previousSentence();
    player.nextParagraph();
    player.previousParagraph();
    player.playFrom(0);
    expect(player.status).toBe('idle');
    expect(engine.spoken).toHaveLength(0);
  });

  it('has no time left once the article was read to its end', async () => {
    const { engine, player } = setup();
    player.playFrom(2);
    expect(player.progress.secondsLeft).toBeGreaterThan(0);
    engine.finish();
    await settle();
    expect(player.status).toBe('ended');
    expect(player.progress.secondsLeft).toBe(0);
  });

  it('says why it cannot read on a browser without speech synthesis', async () => {
    const engine = new FakeEngine(VOICES);
    engine.supported = false;
    const voices = new VoiceList(engine);
    voices.start();
    const player = new Player({ engine, voices });
    player.load(article());
    player.play();
    await vi.waitFor(() => expect(player.status).toBe('error'));
    expect(player.errorMessage).toMatch(/no speech engine/);
    expect(engine.spoken).toHaveLength(0);
  });

  it('says an error again each time Play meets it', async () => {
    const engine = new FakeEngine([]);
    const voices = new VoiceList(engine);
    voices.start();
    const heard: string[] = [];
    const player = new Player({ engine, voices, onStatusChange: (status) => heard.push(status) });
    player.load(article());
    await vi.advanceTimersByTimeAsync(30_000); // the device has no voice (Aloud waits 20 s)
    player.play();
    await settle();
    player.play();
    await settle();
    expect(heard).toEqual(['error', 'error']);
  });

  it('says an error in words at once, and a move after it clears it, ready to play there', () => {
    const { engine, player } = setup();
    player.play();
    engine.fail('synthesis-failed');
    expect(player.status).toBe('error');
    expect(player.errorMessage).toBe(describeSpeechError('synthesis-failed'));
    player.nextSentence();
    expect(player.status).toBe('paused');
    expect(player.errorMessage).toBeNull();
    player.play();
    expect(engine.current?.request.text).toBe('It has a second sentence.');
  });
});

describe('a language no voice on the device speaks', () => {
  it('is read by the engine’s own voice, with the time left still estimated', () => {
    const { engine, player } = setup({ voices: [fakeVoice({ name: 'French', lang: 'fr-FR' })] });
    expect(player.voice).toBeNull();
    expect(player.progress.secondsLeft).toBeGreaterThan(0);
    player.play();
    expect(engine.current?.request).toMatchObject({ lang: 'en', voiceId: null });
  });

  it('bases the time left on how fast the engine’s own voice was heard', async () => {
    const { engine, player } = setup({ voices: [fakeVoice({ name: 'French', lang: 'fr-FR' })] });
    player.play();
    engine.start();
    await vi.advanceTimersByTimeAsync(4000); // 22 characters in 4 s: 5.5 a second
    engine.finish();
    const article = player.article!;
    const left = article.totalCharacters - 'First paragraph opens. '.length;
    expect(player.progress.secondsLeft).toBeCloseTo(left / 5.5, 0);
  });
});

describe('clicking a paragraph', () => {
  it('while reading, silences the sentence being read and reads the paragraph clicked', async () => {
    const { engine, player } = setup();
    player.play();
    const first = engine.current!;
    player.playFrom(2);
    await settle();
    expect(first.done).toBe(true);
    expect(engine.current?.request.text).toBe('Third and last paragraph.');
    expect(engine.spoken.filter((utterance) => !utterance.done)).toHaveLength(1);
  });

  it('outside the article does nothing', () => {
    const { engine, player } = setup();
    player.playFrom(-1);
    player.playFrom(3);
    expect(player.status).toBe('idle');
    expect(engine.spoken).toHaveLength(0);
  });

  it('while waiting for voices, waits on and then reads it', async () => {
    const { engine, voices, player } = setup({ voices: [], loadVoices: false });
    voices.start();
    player.play();
    player.playFrom(1);
    expect(player.status).toBe('waiting');
    expect(engine.spoken).toHaveLength(0);
    engine.setVoices(VOICES);
    await vi.advanceTimersByTimeAsync(500);
    expect(engine.current?.request.text).toBe('Second paragraph here.');
  });
});

describe('moves while waiting for voices', () => {
  // A bug fixed: reading used to start from the top once the voices came, the move lost.
  it('keep waiting, and reading starts where they led', async () => {
    const { engine, voices, player } = setup({ voices: [], loadVoices: false });
    voices.start();
    player.play();
    player.nextParagraph();
    player.nextSentence();
    expect(player.status).toBe('waiting');
    engine.setVoices(VOICES);
    await vi.advanceTimersByTimeAsync(500);
    expect(player.status).toBe('playing');
    expect(engine.texts).toEqual(['Then another sentence.']);
  });

  it('toggling while waiting pauses the wait', () => {
    const { voices, player } = setup({ voices: [], loadVoices: false });
    voices.start();
    player.toggle();
    expect(player.status).toBe('waiting');
    player.toggle();
    expect(player.status).toBe('paused');
  });
});

describe('settings set to what they already are', () => {
  it('do not restart the sentence being read', async () => {
    const { engine, player } = setup();
    player.play();
    player.setRate(1);
    await vi.advanceTimersByTimeAsync(RESTART_DELAY_MS * 2);
    player.setVoice(null);
    await vi.advanceTimersByTimeAsync(RESTART_DELAY_MS * 2);
    player.setVoice('English (Britain)');
    await vi.advanceTimersByTimeAsync(RESTART_DELAY_MS * 2);
    player.setVoice('English (Britain)');
    await vi.advanceTimersByTimeAsync(RESTART_DELAY_MS * 2);
    expect(engine.texts).toEqual(['First paragraph opens.', 'First paragraph opens.']);
  });
});

describe('buttons pressed again', () => {
  it('Play while reading, or Pause while nothing is read, changes nothing', async () => {
    const { engine, player } = setup();
    player.pause();
    expect(player.status).toBe('idle');
    player.play();
    player.play();
    await settle();
    expect(engine.texts).toEqual(['First paragraph opens.']);
    expect(engine.current?.request.text).toBe('First paragraph opens.');
  });

  it('Next at the last sentence stays there', () => {
    const { player } = setup();
    player.moveQuietly({ paragraph: 2, sentence: 0 });
    player.nextSentence();
    expect([player.paragraph, player.sentence]).toEqual([2, 0]);
  });
});

describe('Previous in a long sentence read in several chunks', () => {
  it('restarts the sentence once it has been heard a while, even just after a new chunk', async () => {
    const { engine, player } = setup();
    const long =
      Array.from({ length: 30 }, (_, i) => `clause number ${i} goes on`).join(', ') + '.';
    player.load(article(`Before it. And ${long}`));
    player.play();
    engine.finish(); // "Before it."
    const firstChunk = engine.current!.request.text;
    engine.start();
    await vi.advanceTimersByTimeAsync(PREV_THRESHOLD_MS + 1000);
    engine.finish();
    engine.start(); // the second chunk has just begun
    player.previousSentence();
    await settle();
    expect([player.paragraph, player.sentence]).toEqual([0, 1]);
    expect(engine.current?.request.text).toBe(firstChunk);
  });
});

describe('an engine slow to say a sentence started', () => {
  it('counts the first seconds of a sentence from when it was asked for', async () => {
    const { engine, player } = setup();
    player.play();
    engine.start();
    await vi.advanceTimersByTimeAsync(5000);
    engine.finish(); // "First paragraph opens.", heard for five seconds
    await vi.advanceTimersByTimeAsync(500); // the next asked for, its start not yet sent
    player.previousSentence();
    expect(player.sentence).toBe(0);
  });
});

describe('an engine that never says a chunk started', () => {
  it('leaves the time left at the usual pace', async () => {
    const { engine, player } = setup();
    player.play();
    await vi.advanceTimersByTimeAsync(1500);
    const usual = player.progress.secondsLeft;
    engine.current!.handlers.onEnd(); // ended, never started
    await settle();
    expect(player.sentence).toBe(1);
    expect(player.progress.secondsLeft).toBeLessThan(usual);
  });
});

describe('the page put away while nothing was cut', () => {
  it('coming back says nothing and reads nothing', () => {
    const engine = new FakeEngine(VOICES);
    const voices = new VoiceList(engine);
    voices.start();
    const notices: string[] = [];
    const player = new Player({ engine, voices, onNotice: (message) => notices.push(message) });
    player.setAway(false);
    player.load(article());
    player.play();
    player.setAway(true);
    player.setAway(false);
    player.stop();
    player.setAway(true);
    player.setAway(false);
    player.playFrom(1);
    player.setAway(true);
    player.setAway(false);
    player.stop();
    expect(notices).toEqual([]);
    expect(player.status).toBe('idle');
  });

  it('after a cut while away, a Stop or a click keeps the page from reading on its return', () => {
    const { engine, player } = setup();
    player.play();
    player.setAway(true);
    engine.fail('interrupted');
    player.stop();
    player.setAway(false);
    expect(player.status).toBe('idle');
  });
});

describe('opening an article', () => {
  it('clears the error the last one stopped with', async () => {
    const { engine, player } = setup();
    player.play();
    engine.fail('synthesis-failed');
    await vi.waitFor(() => expect(player.status).toBe('error'));
    player.load(article('A new article.'));
    expect(player.status).toBe('idle');
    expect(player.errorMessage).toBeNull();
  });

  it('at the second sentence of its first paragraph, shows that place paused', () => {
    const { player } = setup();
    player.load(article(), { paragraph: 0, sentence: 1 });
    expect(player.status).toBe('paused');
    expect([player.paragraph, player.sentence]).toEqual([0, 1]);
  });

  it('says again, for the new article, that no voice speaks a language', () => {
    const engine = new FakeEngine(VOICES);
    const voices = new VoiceList(engine);
    voices.start();
    const notices: string[] = [];
    const player = new Player({ engine, voices, onNotice: (message) => notices.push(message) });
    const japanese = () =>
      new Article(
        [
          { kind: 'paragraph', text: 'English first.' },
          { kind: 'paragraph', text: '日本語の文です。', lang: 'ja' },
        ],
        { source: 'test', title: 'Test', lang: 'en' },
        segmentParagraph,
      );
    player.load(japanese());
    player.playFrom(1);
    player.load(japanese());
    player.playFrom(1);
    expect(notices).toHaveLength(2);
  });
});

describe('Stop after an error', () => {
  it('clears the error message', async () => {
    const { engine, player } = setup();
    player.play();
    engine.fail('synthesis-failed');
    await vi.waitFor(() => expect(player.status).toBe('error'));
    player.stop();
    expect(player.errorMessage).toBeNull();
  });
});

describe('a stall after the sentence was restarted', () => {
  it('is retried again after a pause and Play', async () => {
    const { engine, player } = setup();
    player.play();
    const text = 'First paragraph opens.';
    await vi.advanceTimersByTimeAsync(stallAfter(text) + 1); // stalled once, retried
    player.pause();
    player.play();
    const spoken = engine.texts.length;
    await vi.advanceTimersByTimeAsync(stallAfter(text) + 1);
    expect(player.status).toBe('playing');
    expect(engine.texts).toHaveLength(spoken + 1);
  });

  it('is retried again: a restart gives the sentence a fresh retry', async () => {
    const { engine, player } = setup();
    player.play();
    const text = 'First paragraph opens.';
    await vi.advanceTimersByTimeAsync(stallAfter(text) + 1); // stalled once, retried
    player.setRate(1.5);
    await vi.advanceTimersByTimeAsync(RESTART_DELAY_MS); // restarted at the new rate
    const spoken = engine.texts.length;
    await vi.advanceTimersByTimeAsync(stallAfter(text) + 1);
    expect(player.status).toBe('playing');
    expect(engine.texts).toHaveLength(spoken + 1);
  });
});

describe('Play after the end of a one-paragraph article', () => {
  it('tells of the move back to its first sentence', () => {
    const { engine, player } = setup();
    player.load(article('Only one paragraph. With two sentences.'));
    let moves = 0;
    player.onMoved(() => moves++);
    player.play();
    engine.finish();
    engine.finish();
    expect(player.status).toBe('ended');
    player.play();
    expect(moves).toBe(1);
    expect(player.sentence).toBe(0);
  });
});

describe('an article that is nothing but the page’s clutter', () => {
  it('is read from its first block when Play is pressed', () => {
    const { engine, player } = setup();
    player.load(
      new Article(
        [{ kind: 'paragraph', text: 'Advertisement', clutter: 'advertisement' }],
        {
          source: 'test',
          title: 'Test',
          lang: 'en',
        },
        segmentParagraph,
      ),
    );
    player.play();
    expect(engine.current?.request.text).toBe('Advertisement');
  });
});

describe('the sleep timer’s stop', () => {
  it('is told only when reading stopped for it', async () => {
    const { engine, player } = setup();
    let told = 0;
    player.onStopped(() => told++);
    player.playFrom(2);
    engine.finish();
    await settle();
    expect(player.status).toBe('ended');
    expect(told).toBe(0);
  });

  it('stops reading even with nobody listening for it', () => {
    const { engine, player } = setup();
    player.play();
    player.stopAt = 'sentence';
    engine.finish();
    expect(player.status).toBe('paused');
    expect(player.stopAt).toBeNull();
  });
});

describe('a voice’s preview', () => {
  const french = fakeVoice({ name: 'French', lang: 'fr-FR' });

  it('is said in the voice at the reading rate, and pauses reading where it is', () => {
    const { engine, player } = setup();
    player.setRate(1.5);
    player.play();
    player.nextSentence();
    player.preview(french, 'Bonjour à tous.');
    expect(player.status).toBe('paused');
    expect(player.sentence).toBe(1);
    expect(engine.current?.request).toEqual({
      text: 'Bonjour à tous.',
      lang: 'fr-FR',
      voiceId: french.id,
      rate: 1.5,
    });
  });

  it('pressed twice while paused is heard once: the second cuts the first', () => {
    const { engine, player } = setup();
    player.preview(french, 'Bonjour.');
    player.preview(french, 'Bonjour encore.');
    expect(engine.spoken.filter((utterance) => !utterance.done).map((u) => u.request.text)).toEqual(
      ['Bonjour encore.'],
    );
  });

  it('ends or fails without moving reading or showing an error', async () => {
    const { engine, player } = setup();
    player.preview(french, 'Bonjour.');
    engine.finish();
    player.preview(french, 'Encore.');
    engine.fail('audio-busy');
    await settle();
    expect(player.status).toBe('idle');
    expect(player.errorMessage).toBeNull();
  });
});

describe('Player, as the listener set listening', () => {
  it('waits a set pause between sentences, the same at any speed, and goes on', async () => {
    const { engine, player } = setup();
    player.listening = { ...USUAL_LISTENING, pauseAfterSentence: 1.5, pauseAfterParagraph: 2.5 };
    player.setRate(4);
    player.play();
    engine.finish();
    await settle();
    expect(engine.texts).toEqual(['First paragraph opens.']);
    expect(player.status).toBe('playing');
    expect(player.sentence).toBe(1);
    await vi.advanceTimersByTimeAsync(1499);
    expect(engine.texts).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(engine.texts.at(-1)).toBe('It has a second sentence.');
    // The paragraph's end: the longer pause.
    engine.finish();
    await settle();
    await vi.advanceTimersByTimeAsync(2499);
    expect(engine.texts).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(engine.texts.at(-1)).toBe('Second paragraph here.');
  });

  it('pauses in a set pause without speaking later, and Play goes on from the next sentence', async () => {
    const { engine, player } = setup();
    player.listening = { ...USUAL_LISTENING, pauseAfterSentence: 2 };
    player.play();
    engine.finish();
    await settle();
    player.pause();
    await vi.advanceTimersByTimeAsync(3000);
    expect(engine.texts).toEqual(['First paragraph opens.']);
    player.play();
    expect(engine.texts.at(-1)).toBe('It has a second sentence.');
  });

  it('stops for study after each sentence, and Play goes on with the next', async () => {
    const { engine, player } = setup();
    player.listening = { ...USUAL_LISTENING, stopAfterEach: 'sentence' };
    player.play();
    engine.finish();
    await settle();
    expect(player.status).toBe('paused');
    expect(player.sentence).toBe(1);
    player.play();
    expect(engine.texts.at(-1)).toBe('It has a second sentence.');
    engine.finish();
    await settle();
    expect(player.status).toBe('paused');
    expect(player.paragraph).toBe(1);
  });

  it('says each sentence as often as asked, counting afresh after a move', async () => {
    const { engine, player } = setup();
    player.listening = { ...USUAL_LISTENING, repeat: 2 };
    player.play();
    for (let said = 0; said < 3; said++) {
      engine.finish();
      await settle();
    }
    expect(engine.texts).toEqual([
      'First paragraph opens.',
      'First paragraph opens.',
      'It has a second sentence.',
      'It has a second sentence.',
    ]);
    player.nextParagraph();
    await settle();
    engine.finish();
    await settle();
    expect(engine.texts.slice(-2)).toEqual(['Second paragraph here.', 'Second paragraph here.']);
  });

  it('reads from A to B over and over once B is set, and on to the end once cleared', async () => {
    const { engine, player } = setup();
    player.play();
    engine.finish();
    await settle();
    player.setLoopStart(); // A: "It has a second sentence."
    engine.finish();
    await settle();
    player.setLoopEnd(); // B: "Second paragraph here."
    const texts = () => engine.texts.slice(2);
    for (let said = 0; said < 4; said++) {
      engine.finish();
      await settle();
    }
    expect(texts()).toEqual([
      'Second paragraph here.',
      'It has a second sentence.',
      'Second paragraph here.',
      'It has a second sentence.',
      'Second paragraph here.',
    ]);
    player.clearLoop();
    engine.finish();
    await settle();
    expect(engine.texts.at(-1)).toBe('Then another sentence.');
  });

  it('forgets the loop with its article', () => {
    const { player } = setup();
    player.setLoopEnd();
    expect(player.loop).not.toBeNull();
    player.load(article());
    expect(player.loop).toBeNull();
  });

  it('says when the voice reads slower than the rate asked: a capped engine', async () => {
    const { engine, player } = setup();
    const sentence = 'First paragraph opens.';
    const hear = async (seconds: number) => {
      engine.start();
      await vi.advanceTimersByTimeAsync(seconds * 1000);
      engine.finish();
      await settle();
      player.stop();
      player.play();
    };
    player.play();
    await hear(sentence.length / 5); // 5 characters a second at 1×
    player.setRate(2);
    await settle();
    player.stop();
    player.play();
    await hear(sentence.length / 10); // 2×: as asked
    expect(player.rateHeard).toBeNull();
    player.setRate(4);
    player.stop();
    player.play();
    await hear(sentence.length / 15); // 4× asked, 3× heard
    expect(player.rateHeard).toBeCloseTo(3, 1);
  });
});
