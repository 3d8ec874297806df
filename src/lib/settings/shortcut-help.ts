// What the help dialog says of each shortcut: loaded with the dialog, not with the app.
import type { ShortcutAction } from './shortcuts';

export const SHORTCUT_HELP: Readonly<
  Record<ShortcutAction, { label: string; description: string }>
> = {
  'toggle-play': { label: 'K or Space', description: 'Play or pause' },
  stop: { label: 'S', description: 'Stop and go back to the start' },
  'previous-sentence': { label: '← or J', description: 'Previous sentence' },
  'next-sentence': { label: '→ or L', description: 'Next sentence' },
  'previous-paragraph': { label: 'P', description: 'Previous paragraph' },
  'next-paragraph': { label: 'N', description: 'Next paragraph' },
  slower: { label: '−', description: 'Slower' },
  faster: { label: '+ or =', description: 'Faster' },
  help: { label: '?', description: 'Show keyboard shortcuts' },
};
