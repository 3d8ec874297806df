import { describe, expect, it } from 'vitest';
import {
  clampPause,
  loopFrom,
  loopHoldsParagraph,
  loopText,
  loopTo,
  readingOn,
  readListeningMode,
  USUAL_LISTENING,
  type ListeningMode,
  type SentenceSaid,
} from '../../../src/lib/speech/listening-mode';

const at = (paragraph: number, sentence: number) => ({ paragraph, sentence });

function said(overrides: Omit<Partial<SentenceSaid>, 'mode'> & { mode?: Partial<ListeningMode> }) {
  return readingOn({
    here: at(1, 0),
    after: at(1, 1),
    timesSaid: 1,
    loop: null,
    stopAt: null,
    ...overrides,
    mode: { ...USUAL_LISTENING, ...overrides.mode },
  });
}

describe('readingOn', () => {
  it('goes on to the next sentence at once, as usual, and ends after the last', () => {
    expect(said({})).toEqual({
      kind: 'sentence',
      place: at(1, 1),
      again: false,
      pauseMs: 0,
      stop: null,
    });
    expect(said({ after: null })).toEqual({ kind: 'end' });
  });

  it('waits the sentence pause between sentences, and the longer of both after a paragraph', () => {
    const mode = { pauseAfterSentence: 0.5, pauseAfterParagraph: 2 };
    expect(said({ mode })).toMatchObject({ pauseMs: 500 });
    expect(said({ mode, after: at(2, 0) })).toMatchObject({ pauseMs: 2000 });
    expect(said({ mode: { pauseAfterSentence: 1.5 }, after: at(2, 0) })).toMatchObject({
      pauseMs: 1500,
    });
  });

  it('says a sentence again until it was said as often as asked, with no study stop between', () => {
    const mode = { repeat: 3, stopAfterEach: 'sentence' as const, pauseAfterSentence: 1 };
    expect(said({ mode, timesSaid: 1 })).toMatchObject({
      place: at(1, 0),
      again: true,
      stop: null,
      pauseMs: 1000,
    });
    expect(said({ mode, timesSaid: 3 })).toMatchObject({
      place: at(1, 1),
      again: false,
      stop: 'study',
    });
  });

  it('stops for study after each sentence, or only where a paragraph ends', () => {
    expect(said({ mode: { stopAfterEach: 'sentence' } })).toMatchObject({ stop: 'study' });
    expect(said({ mode: { stopAfterEach: 'paragraph' } })).toMatchObject({ stop: null });
    expect(said({ mode: { stopAfterEach: 'paragraph' }, after: at(3, 0) })).toMatchObject({
      place: at(3, 0),
      stop: 'study',
    });
  });

  it('stops where the sleep timer asked, before a study stop', () => {
    expect(said({ stopAt: 'sentence', mode: { stopAfterEach: 'sentence' } })).toMatchObject({
      stop: 'asked',
    });
    expect(said({ stopAt: 'paragraph' })).toMatchObject({ stop: null });
    expect(said({ stopAt: 'paragraph', after: at(2, 0) })).toMatchObject({ stop: 'asked' });
  });

  it('goes back to the loop start after its last sentence, and only from inside it', () => {
    const loop = { from: at(0, 1), to: at(1, 0) };
    expect(said({ loop })).toMatchObject({ place: at(0, 1), again: false });
    // At the article's end too.
    expect(said({ loop, after: null })).toMatchObject({ place: at(0, 1) });
    // Inside, before its end: on as usual.
    expect(said({ loop, here: at(0, 1), after: at(1, 0) })).toMatchObject({ place: at(1, 0) });
    // Moved past it: the loop does not pull reading back.
    expect(said({ loop, here: at(1, 1), after: at(1, 2) })).toMatchObject({ place: at(1, 2) });
    // A loop with no end yet reads on.
    expect(said({ loop: { from: at(0, 1), to: null } })).toMatchObject({ place: at(1, 1) });
  });

  it('counts going back to the loop start as a paragraph end, for pauses and stops', () => {
    const loop = { from: at(1, 0), to: at(1, 0) };
    expect(
      said({ loop, mode: { pauseAfterParagraph: 1, stopAfterEach: 'paragraph' } }),
    ).toMatchObject({ place: at(1, 0), pauseMs: 1000, stop: 'study' });
  });
});

describe('loops', () => {
  it('starts at A, closes at B, and takes B before A as the start', () => {
    const started = loopFrom(null, at(2, 1));
    expect(started).toEqual({ from: at(2, 1), to: null });
    expect(loopTo(started, at(4, 0))).toEqual({ from: at(2, 1), to: at(4, 0) });
    expect(loopTo(started, at(1, 3))).toEqual({ from: at(1, 3), to: at(2, 1) });
    // B alone loops its sentence.
    expect(loopTo(null, at(3, 2))).toEqual({ from: at(3, 2), to: at(3, 2) });
    // A new start after the end drops the end.
    expect(loopFrom({ from: at(0, 0), to: at(1, 0) }, at(2, 0))).toEqual({
      from: at(2, 0),
      to: null,
    });
    expect(loopFrom({ from: at(0, 0), to: at(3, 0) }, at(2, 0))).toEqual({
      from: at(2, 0),
      to: at(3, 0),
    });
  });

  it('marks the paragraphs of a closed loop only, and says it in words', () => {
    const loop = { from: at(1, 2), to: at(3, 0) };
    expect([0, 1, 2, 3, 4].map((index) => loopHoldsParagraph(loop, index))).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
    expect(loopHoldsParagraph({ from: at(1, 0), to: null }, 1)).toBe(false);
    expect(loopText(loop)).toBe('Looping from paragraph 2, sentence 3 to paragraph 4, sentence 1');
    expect(loopText({ from: at(0, 0), to: null })).toBe('Loop starts at paragraph 1, sentence 1');
  });
});

describe('readListeningMode', () => {
  it('keeps what is usable of a stored mode and the usual for the rest', () => {
    expect(
      readListeningMode({
        pauseAfterSentence: 1.3,
        pauseAfterParagraph: 9,
        stopAfterEach: 'chapter',
        repeat: 4,
      }),
    ).toEqual({ pauseAfterSentence: 1.25, pauseAfterParagraph: 3, stopAfterEach: null, repeat: 4 });
    expect(readListeningMode({ stopAfterEach: 'paragraph', repeat: 7 })).toEqual({
      ...USUAL_LISTENING,
      stopAfterEach: 'paragraph',
    });
    expect(readListeningMode('loud')).toEqual(USUAL_LISTENING);
  });

  it('takes a pause that is not a number as none', () => {
    expect(clampPause(Number.NaN)).toBe(0);
    expect(clampPause('2')).toBe(0);
    expect(clampPause(-1)).toBe(0);
  });
});
