// The moves through an article, and Stop: what the player bar, its More sheet, the keyboard
// help and the lock screen (Media Session) call each one, and what it does to the Player.
import type { Player } from '../speech/player.svelte';
import type { ShortcutAction } from './shortcuts';

/** The shortcut actions that are moves (Stop goes back to the start). */
export type MoveAction = Extract<
  ShortcutAction,
  'previous-paragraph' | 'previous-sentence' | 'next-sentence' | 'next-paragraph' | 'stop'
>;

export interface Move {
  /** Its shortcut action (shortcuts.ts has its keys), which names its icon too (Icon.svelte). */
  action: MoveAction;
  /** Its button's name, and its words in the More sheet. */
  label: string;
  /** What the keyboard help says it does. */
  description: string;
  /** Shown before Play in the player bar; the others come after it. */
  backward: boolean;
  /** Leaves the bar's row for the More sheet where the row is narrow (large text, zoom). */
  secondary: boolean;
  /** The Media Session action that does it from the lock screen, headphones or media keys. */
  mediaSession: MediaSessionAction;
  /** The move itself, on the Player. */
  onPlayer: (player: Player) => void;
}

/** The moves, in the player bar's order. */
export const MOVES: readonly Move[] = [
  {
    action: 'previous-paragraph',
    label: 'Previous paragraph',
    description: 'Previous paragraph',
    backward: true,
    secondary: false,
    mediaSession: 'seekbackward',
    onPlayer: (player) => player.previousParagraph(),
  },
  {
    action: 'previous-sentence',
    label: 'Previous sentence',
    description: 'Previous sentence',
    backward: true,
    secondary: true,
    mediaSession: 'previoustrack',
    onPlayer: (player) => player.previousSentence(),
  },
  {
    action: 'next-sentence',
    label: 'Next sentence',
    description: 'Next sentence',
    backward: false,
    secondary: true,
    mediaSession: 'nexttrack',
    onPlayer: (player) => player.nextSentence(),
  },
  {
    action: 'next-paragraph',
    label: 'Next paragraph',
    description: 'Next paragraph',
    backward: false,
    secondary: false,
    mediaSession: 'seekforward',
    onPlayer: (player) => player.nextParagraph(),
  },
  {
    action: 'stop',
    label: 'Stop',
    description: 'Stop and go back to the start',
    backward: false,
    secondary: true,
    mediaSession: 'stop',
    onPlayer: (player) => player.stop(),
  },
];
