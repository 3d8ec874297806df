/** Everything a shortcut can do. */
export type ShortcutAction =
  | 'toggle-play'
  | 'stop'
  | 'previous-sentence'
  | 'next-sentence'
  | 'previous-paragraph'
  | 'next-paragraph'
  | 'slower'
  | 'faster'
  | 'next-heading'
  | 'previous-heading'
  | 'where-am-i'
  | 'contents'
  | 'bookmark'
  | 'focus-reading'
  | 'study-stops'
  | 'repeat'
  | 'loop-start'
  | 'loop-end'
  | 'clear-loop'
  | 'help';

/** The actions the view carries out (a dialog, focus, the library), not the Reader. */
export type ViewAction = Extract<
  ShortcutAction,
  'help' | 'contents' | 'bookmark' | 'focus-reading'
>;

export interface Shortcut {
  action: ShortcutAction;
  /**
   * KeyboardEvent.key values that trigger it; a letter in lowercase stands for both cases,
   * one in capitals for Shift and that letter only (Shift+H: the heading before, as screen
   * readers have it).
   */
  keys: readonly string[];
}

/** The keys; what the help dialog says of them is in shortcut-help.ts, loaded with it. */
export const SHORTCUTS: readonly Shortcut[] = [
  { action: 'toggle-play', keys: ['k', ' '] },
  { action: 'stop', keys: ['s'] },
  { action: 'previous-sentence', keys: ['ArrowLeft', 'j'] },
  { action: 'next-sentence', keys: ['ArrowRight', 'l'] },
  { action: 'previous-paragraph', keys: ['p'] },
  { action: 'next-paragraph', keys: ['n'] },
  { action: 'slower', keys: ['-'] },
  { action: 'faster', keys: ['+', '='] },
  { action: 'next-heading', keys: ['h'] },
  { action: 'previous-heading', keys: ['H'] },
  { action: 'contents', keys: ['c'] },
  { action: 'where-am-i', keys: ['w'] },
  { action: 'bookmark', keys: ['m'] },
  { action: 'focus-reading', keys: ['f'] },
  { action: 'study-stops', keys: ['o'] },
  { action: 'repeat', keys: ['r'] },
  { action: 'loop-start', keys: ['a'] },
  { action: 'loop-end', keys: ['b'] },
  { action: 'clear-loop', keys: ['x'] },
  { action: 'help', keys: ['?'] },
];

/**
 * ARIA names for keys whose KeyboardEvent.key cannot stand as is in aria-keyshortcuts
 * ("+" separates that attribute's keys, so ARIA spells the key "Plus").
 */
const ARIA_KEY_NAMES: Readonly<Record<string, string>> = { ' ': 'Space', '+': 'Plus' };

/** The aria-keyshortcuts value for an action, e.g. "K Space". */
export function ariaKeyShortcuts(action: ShortcutAction): string {
  const shortcut = SHORTCUTS.find((candidate) => candidate.action === action);
  if (!shortcut) return '';
  return shortcut.keys
    .map(
      (key) =>
        ARIA_KEY_NAMES[key] ??
        (key.length !== 1 ? key : key !== key.toLowerCase() ? `Shift+${key}` : key.toUpperCase()),
    )
    .join(' ');
}

/** The parts of a keydown event that decide whether it is a shortcut. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** True when focus is where keys mean something else: a text field, select, slider, dialog. */
  inField: boolean;
  /** True when focus is on a button or link, where Space and Enter activate it. */
  onControl: boolean;
  /** True for the auto-repeat of a held key. */
  repeat?: boolean;
}

/** Held down, these would flip back and forth or go round: only moves and speed steps repeat. */
const NOT_REPEATED: ReadonlySet<ShortcutAction> = new Set([
  'toggle-play',
  'stop',
  'help',
  'contents',
  'where-am-i',
  'bookmark',
  'focus-reading',
  'study-stops',
  'repeat',
  'loop-start',
  'loop-end',
  'clear-loop',
]);

/** The action a key press asks for, or null when it is not ours to handle. */
export function shortcutFor(press: KeyPress): ShortcutAction | null {
  if (press.ctrlKey || press.metaKey || press.altKey || press.inField) return null;
  // Space on a focused button presses that button: never steal it.
  if (press.key === ' ' && press.onControl) return null;
  const lower = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  const action =
    (
      SHORTCUTS.find((shortcut) => shortcut.keys.includes(press.key)) ??
      SHORTCUTS.find((shortcut) => shortcut.keys.includes(lower))
    )?.action ?? null;
  return action && press.repeat && NOT_REPEATED.has(action) ? null : action;
}
