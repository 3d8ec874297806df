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
  | 'help';

export interface Shortcut {
  action: ShortcutAction;
  /** KeyboardEvent.key values that trigger it. */
  keys: readonly string[];
  /** What the help dialog shows for the keys. */
  label: string;
  description: string;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { action: 'toggle-play', keys: ['k', ' '], label: 'K or Space', description: 'Play or pause' },
  { action: 'stop', keys: ['s'], label: 'S', description: 'Stop and go back to the start' },
  {
    action: 'previous-sentence',
    keys: ['ArrowLeft', 'j'],
    label: '← or J',
    description: 'Previous sentence',
  },
  {
    action: 'next-sentence',
    keys: ['ArrowRight', 'l'],
    label: '→ or L',
    description: 'Next sentence',
  },
  { action: 'previous-paragraph', keys: ['p'], label: 'P', description: 'Previous paragraph' },
  { action: 'next-paragraph', keys: ['n'], label: 'N', description: 'Next paragraph' },
  { action: 'slower', keys: ['-'], label: '−', description: 'Slower' },
  { action: 'faster', keys: ['+', '='], label: '+ or =', description: 'Faster' },
  { action: 'help', keys: ['?'], label: '?', description: 'Show keyboard shortcuts' },
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
    .map((key) => ARIA_KEY_NAMES[key] ?? (key.length === 1 ? key.toUpperCase() : key))
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

/** Held down, these would flip back and forth: only moves and speed steps repeat. */
const NOT_REPEATED: ReadonlySet<ShortcutAction> = new Set(['toggle-play', 'stop', 'help']);

/** The action a key press asks for, or null when it is not ours to handle. */
export function shortcutFor(press: KeyPress): ShortcutAction | null {
  if (press.ctrlKey || press.metaKey || press.altKey || press.inField) return null;
  // Space on a focused button presses that button: never steal it.
  if (press.key === ' ' && press.onControl) return null;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  const action = SHORTCUTS.find((shortcut) => shortcut.keys.includes(key))?.action ?? null;
  return action && press.repeat && NOT_REPEATED.has(action) ? null : action;
}
