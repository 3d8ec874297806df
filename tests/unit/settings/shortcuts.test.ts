import { describe, expect, it } from 'vitest';
import {
  ariaKeyShortcuts,
  SHORTCUTS,
  shortcutFor,
  type KeyPress,
} from '../../../src/lib/settings/shortcuts';

function press(key: string, overrides: Partial<KeyPress> = {}): KeyPress {
  return {
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    inField: false,
    onControl: false,
    ...overrides,
  };
}

describe('shortcutFor', () => {
  it.each([
    ['k', 'toggle-play'],
    ['K', 'toggle-play'],
    [' ', 'toggle-play'],
    ['ArrowLeft', 'previous-sentence'],
    ['ArrowRight', 'next-sentence'],
    ['j', 'previous-sentence'],
    ['l', 'next-sentence'],
    ['n', 'next-paragraph'],
    ['p', 'previous-paragraph'],
    ['s', 'stop'],
    ['-', 'slower'],
    ['+', 'faster'],
    ['=', 'faster'],
    ['?', 'help'],
  ] as const)('maps %j to %s', (key, action) => {
    expect(shortcutFor(press(key))).toBe(action);
  });

  it('ignores keys that are not shortcuts', () => {
    expect(shortcutFor(press('z'))).toBeNull();
    expect(shortcutFor(press('Enter'))).toBeNull();
    expect(shortcutFor(press('ArrowUp'))).toBeNull();
  });

  it('leaves keys held with Ctrl, Meta or Alt to the browser and system', () => {
    expect(shortcutFor(press('k', { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(press('p', { metaKey: true }))).toBeNull();
    expect(shortcutFor(press('n', { altKey: true }))).toBeNull();
    expect(shortcutFor(press('ArrowLeft', { altKey: true }))).toBeNull();
  });

  it('never takes keys typed into a text field', () => {
    expect(shortcutFor(press('k', { inField: true }))).toBeNull();
    expect(shortcutFor(press(' ', { inField: true }))).toBeNull();
    expect(shortcutFor(press('ArrowRight', { inField: true }))).toBeNull();
  });

  it('lets Space press a focused button, while other shortcuts still work there', () => {
    expect(shortcutFor(press(' ', { onControl: true }))).toBeNull();
    expect(shortcutFor(press('k', { onControl: true }))).toBe('toggle-play');
  });
});

describe('held keys', () => {
  it('do not flip play and pause, stop or help over and over', () => {
    for (const key of ['k', ' ', 's', '?'])
      expect(shortcutFor(press(key, { repeat: true }))).toBeNull();
  });

  it('keep moving and changing speed while held', () => {
    expect(shortcutFor(press('ArrowRight', { repeat: true }))).toBe('next-sentence');
    expect(shortcutFor(press('n', { repeat: true }))).toBe('next-paragraph');
    expect(shortcutFor(press('+', { repeat: true }))).toBe('faster');
  });
});

describe('ariaKeyShortcuts', () => {
  it('announces Play as K or Space', () => {
    expect(ariaKeyShortcuts('toggle-play')).toBe('K Space');
  });

  it('spells the plus key "Plus", since a bare "+" separates keys in aria-keyshortcuts', () => {
    const value = ariaKeyShortcuts('faster');
    expect(value.split(' ')).toEqual(['Plus', '=']);
  });

  it('names arrow keys as the browser does', () => {
    expect(ariaKeyShortcuts('previous-sentence')).toBe('ArrowLeft J');
    expect(ariaKeyShortcuts('next-sentence')).toBe('ArrowRight L');
  });

  it('gives every action a value', () => {
    for (const shortcut of SHORTCUTS) {
      expect(ariaKeyShortcuts(shortcut.action), shortcut.action).not.toBe('');
    }
  });
});

describe('SHORTCUTS', () => {
  it('lets no key trigger two actions (a capital letter is Shift and that letter)', () => {
    const keys = SHORTCUTS.flatMap((shortcut) => shortcut.keys);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(shortcutFor(press(key))).not.toBeNull();
  });

  it('tells Shift+H from H, and takes any other capital as its letter (Caps Lock)', () => {
    expect(shortcutFor(press('h'))).toBe('next-heading');
    expect(shortcutFor(press('H'))).toBe('previous-heading');
    expect(shortcutFor(press('K'))).toBe('toggle-play');
    expect(ariaKeyShortcuts('previous-heading')).toBe('Shift+H');
  });

  it('lists each action once, with its keys (shortcut-help.test.ts checks what the help says)', () => {
    const actions = SHORTCUTS.map((shortcut) => shortcut.action);
    expect(new Set(actions).size).toBe(actions.length);
    for (const shortcut of SHORTCUTS) {
      expect(shortcut.keys.length, shortcut.action).toBeGreaterThan(0);
    }
  });

  it('has every listed key lead back to its own action', () => {
    for (const shortcut of SHORTCUTS) {
      for (const key of shortcut.keys) expect(shortcutFor(press(key))).toBe(shortcut.action);
    }
  });
});
