// What the help dialog says of each shortcut: loaded with the dialog, not with the app.
import { MOVES, type MoveAction } from './moves';
import { SHORTCUTS, type ShortcutAction } from './shortcuts';

/** One row of the help: the keys as a person reads them, and what they do. */
export interface ShortcutHelp {
  action: ShortcutAction;
  /** E.g. "K or Space". */
  keys: string;
  description: string;
}

/** Keys written otherwise than as KeyboardEvent.key has them (a letter is shown in capitals). */
const KEY_NAMES: Readonly<Record<string, string>> = {
  ' ': 'Space',
  ArrowLeft: '←',
  ArrowRight: '→',
  // The minus sign (U+2212), not the hyphen that the key types.
  '-': '−',
};

/** "Shift+H" for a capital letter, which stands for Shift and that letter (shortcuts.ts). */
function shifted(key: string): string | undefined {
  return key.length === 1 && key !== key.toLowerCase() ? `Shift+${key}` : undefined;
}

/** A shortcut's keys as the help shows them, e.g. "← or J". */
export function keysLabel(keys: readonly string[]): string {
  return keys.map((key) => KEY_NAMES[key] ?? shifted(key) ?? key.toUpperCase()).join(' or ');
}

/** What the help says the shortcuts do that are not moves (moves.ts says theirs). */
const DESCRIPTIONS: Readonly<Record<Exclude<ShortcutAction, MoveAction>, string>> = {
  'toggle-play': 'Play or pause',
  slower: 'Slower',
  faster: 'Faster',
  'next-heading': 'Next heading',
  'previous-heading': 'Previous heading',
  contents: 'Contents and bookmarks',
  'where-am-i': 'Where am I? Say the heading, the paragraph and the time left',
  bookmark: 'Bookmark the sentence being read',
  'focus-reading': 'Move focus to the paragraph last read',
  'study-stops': 'Study: pause after each sentence, each paragraph, or not',
  repeat: 'Say each sentence once, or 2 to 5 times',
  'loop-start': 'Start a loop at this sentence (A)',
  'loop-end': 'End the loop at this sentence (B): read from A to here over and over',
  'clear-loop': 'Clear the loop',
  help: 'Show keyboard shortcuts',
};

function describe(action: ShortcutAction): string {
  const move = MOVES.find((candidate) => candidate.action === action);
  // Not found among the moves, it is one of the others.
  return move?.description ?? DESCRIPTIONS[action as Exclude<ShortcutAction, MoveAction>];
}

/** The help's rows, in the order of SHORTCUTS. */
export const SHORTCUT_HELP: readonly ShortcutHelp[] = SHORTCUTS.map(({ action, keys }) => ({
  action,
  keys: keysLabel(keys),
  description: describe(action),
}));
