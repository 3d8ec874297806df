// What a look is, and how a stored one is read: apart from the palettes (settings/look.ts),
// as it is small and the preferences read a look when the app starts.

export const THEMES = ['system', 'light', 'dark', 'sepia', 'contrast'] as const;
export type Theme = (typeof THEMES)[number];
export const FONTS = ['system', 'serif', 'atkinson', 'dyslexic'] as const;
export type Font = (typeof FONTS)[number];
export const HIGHLIGHTS = ['sentence', 'word', 'paragraph'] as const;
export type Highlight = (typeof HIGHLIGHTS)[number];
export const LINE_WIDTHS = ['narrow', 'medium', 'wide', 'full'] as const;
export type LineWidth = (typeof LINE_WIDTHS)[number];

export interface Look {
  theme: Theme;
  /** The article's text, in percent of its usual size (on top of the browser's own zoom). */
  textSize: number;
  /** Line height, as a multiple of the text size. */
  lineSpacing: number;
  /** Space between paragraphs, in the article's em. */
  paragraphSpacing: number;
  lineWidth: LineWidth;
  font: Font;
  /** What is marked inside the paragraph being read. */
  highlight: Highlight;
}

export const TEXT_SIZE = { min: 80, max: 300, step: 10 } as const;
export const LINE_SPACING = { min: 1.2, max: 2.4, step: 0.1 } as const;
export const PARAGRAPH_SPACING = { min: 0.5, max: 3, step: 0.25 } as const;

export const DEFAULT_LOOK: Look = {
  theme: 'system',
  textSize: 100,
  lineSpacing: 1.6,
  paragraphSpacing: 1,
  lineWidth: 'medium',
  font: 'system',
  highlight: 'sentence',
};

/**
 * The usable parts of a stored look, numbers clamped into their ranges; a part missing or
 * damaged is left out.
 */
export function readLookParts(stored: unknown): Partial<Look> {
  const value = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  const parts: Partial<Look> = {};
  const oneOf = <T extends string>(choices: readonly T[], given: unknown): given is T =>
    choices.includes(given as T);
  const within = (range: { min: number; max: number }, given: unknown): number | undefined =>
    typeof given === 'number' && Number.isFinite(given)
      ? Math.min(range.max, Math.max(range.min, given))
      : undefined;
  if (oneOf(THEMES, value.theme)) parts.theme = value.theme;
  const textSize = within(TEXT_SIZE, value.textSize);
  if (textSize !== undefined) parts.textSize = Math.round(textSize);
  const lineSpacing = within(LINE_SPACING, value.lineSpacing);
  if (lineSpacing !== undefined) parts.lineSpacing = round(lineSpacing);
  const paragraphSpacing = within(PARAGRAPH_SPACING, value.paragraphSpacing);
  if (paragraphSpacing !== undefined) parts.paragraphSpacing = round(paragraphSpacing);
  if (oneOf(LINE_WIDTHS, value.lineWidth)) parts.lineWidth = value.lineWidth;
  if (oneOf(FONTS, value.font)) parts.font = value.font;
  if (oneOf(HIGHLIGHTS, value.highlight)) parts.highlight = value.highlight;
  return parts;
}

/**
 * A stored look, checked: what is missing or damaged is `fallback`'s (the default, or the
 * look kept here when a library file brings another), and what is out of range is clamped.
 */
export function readLook(stored: unknown, fallback: Look = DEFAULT_LOOK): Look {
  return { ...fallback, ...readLookParts(stored) };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
