import { describe, expect, it } from 'vitest';
import { keysLabel, SHORTCUT_HELP } from '../../../src/lib/settings/shortcut-help';
import { SHORTCUTS } from '../../../src/lib/settings/shortcuts';

describe('keysLabel', () => {
  it('writes letters in capitals and joins keys with "or"', () => {
    expect(keysLabel(['k', ' '])).toBe('K or Space');
  });

  it('shows arrows as arrows and the minus key as a minus sign', () => {
    expect(keysLabel(['ArrowLeft', 'j'])).toBe('← or J');
    expect(keysLabel(['ArrowRight', 'l'])).toBe('→ or L');
    expect(keysLabel(['-'])).toBe('\u2212');
  });

  it('leaves signs as they are typed', () => {
    expect(keysLabel(['+', '='])).toBe('+ or =');
    expect(keysLabel(['?'])).toBe('?');
  });
});

describe('SHORTCUT_HELP', () => {
  it('has one row a shortcut, in the order of SHORTCUTS', () => {
    expect(SHORTCUT_HELP.map((row) => row.action)).toEqual(
      SHORTCUTS.map((shortcut) => shortcut.action),
    );
  });

  it('says what each key does, the moves in their own words (moves.ts)', () => {
    expect(SHORTCUT_HELP.map(({ keys, description }) => [keys, description])).toEqual([
      ['K or Space', 'Play or pause'],
      ['S', 'Stop and go back to the start'],
      ['← or J', 'Previous sentence'],
      ['→ or L', 'Next sentence'],
      ['P', 'Previous paragraph'],
      ['N', 'Next paragraph'],
      ['\u2212', 'Slower'],
      ['+ or =', 'Faster'],
      ['H', 'Next heading'],
      ['Shift+H', 'Previous heading'],
      ['C', 'Contents and bookmarks'],
      ['W', 'Where am I? Say the heading, the paragraph and the time left'],
      ['M', 'Bookmark the sentence being read'],
      ['F', 'Move focus to the paragraph last read'],
      ['O', 'Study: pause after each sentence, each paragraph, or not'],
      ['R', 'Say each sentence once, or 2 to 5 times'],
      ['A', 'Start a loop at this sentence (A)'],
      ['B', 'End the loop at this sentence (B): read from A to here over and over'],
      ['X', 'Clear the loop'],
      ['?', 'Show keyboard shortcuts'],
    ]);
  });
});
