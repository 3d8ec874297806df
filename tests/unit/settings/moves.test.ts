import { describe, expect, it } from 'vitest';
import { MOVES } from '../../../src/lib/settings/moves';
import { ariaKeyShortcuts } from '../../../src/lib/settings/shortcuts';
import type { Player } from '../../../src/lib/speech/player.svelte';

const labels = (moves: readonly { label: string }[]) => moves.map((move) => move.label);

describe('MOVES', () => {
  it('lists each move once, each with a shortcut', () => {
    const actions = MOVES.map((move) => move.action);
    expect(new Set(actions).size).toBe(actions.length);
    for (const move of MOVES) expect(ariaKeyShortcuts(move.action), move.action).not.toBe('');
  });

  it('names the player bar’s buttons, the backward ones before Play and the rest after it', () => {
    expect(labels(MOVES.filter((move) => move.backward))).toEqual([
      'Previous paragraph',
      'Previous sentence',
    ]);
    expect(labels(MOVES.filter((move) => !move.backward))).toEqual([
      'Next sentence',
      'Next paragraph',
      'Stop',
    ]);
  });

  it('sends the sentence moves and Stop to the More sheet where the row is narrow', () => {
    expect(labels(MOVES.filter((move) => move.secondary))).toEqual([
      'Previous sentence',
      'Next sentence',
      'Stop',
    ]);
  });

  it('gives each move its own Media Session action: tracks are sentences, seeking paragraphs', () => {
    expect(Object.fromEntries(MOVES.map((move) => [move.mediaSession, move.action]))).toEqual({
      previoustrack: 'previous-sentence',
      nexttrack: 'next-sentence',
      seekbackward: 'previous-paragraph',
      seekforward: 'next-paragraph',
      stop: 'stop',
    });
  });

  it.each([
    ['previous-paragraph', 'previousParagraph'],
    ['previous-sentence', 'previousSentence'],
    ['next-sentence', 'nextSentence'],
    ['next-paragraph', 'nextParagraph'],
    ['stop', 'stop'],
  ] as const)('has %s call the Player’s %s()', (action, method) => {
    const called: string[] = [];
    // A Player whose every method only notes that it was called.
    const player = new Proxy({}, { get: (_, name) => () => called.push(String(name)) });
    MOVES.find((move) => move.action === action)?.onPlayer(player as Player);
    expect(called).toEqual([method]);
  });
});
