/**
 * How the reader looks: theme, text and highlight, as the person chose them. Pure: it turns
 * a choice into CSS custom properties (app.css and the components read them, each with the
 * default beside it), which settings/apply-look.ts sets on the page and the inline script in
 * index.html's head sets again before the first paint of every later visit. What a look is
 * and how a stored one is read are in settings/look-choice.ts.
 */
import {
  DEFAULT_LOOK,
  type Font,
  type Highlight,
  type LineWidth,
  type Look,
  type Theme,
} from './look-choice';

export const THEME_NAMES: Record<Theme, string> = {
  system: 'As the device',
  light: 'Light',
  dark: 'Dark',
  sepia: 'Sepia',
  contrast: 'High contrast',
};
export const FONT_NAMES: Record<Font, string> = {
  system: 'The device’s font',
  serif: 'Serif',
  atkinson: 'Atkinson Hyperlegible',
  dyslexic: 'OpenDyslexic',
};
export const HIGHLIGHT_NAMES: Record<Highlight, string> = {
  sentence: 'The sentence, and the word where the voice says which',
  word: 'Only the word, where the voice says which',
  paragraph: 'Only the paragraph',
};
export const LINE_WIDTH_NAMES: Record<LineWidth, string> = {
  narrow: 'Narrow',
  medium: 'Medium',
  wide: 'Wide',
  full: 'The whole window',
};

/** The colour tokens of app.css: every theme sets them all. */
type Palette = Record<
  | '--bg'
  | '--surface'
  | '--text'
  | '--muted'
  | '--border'
  | '--accent'
  | '--accent-text'
  | '--focus'
  | '--paragraph-bg'
  | '--sentence-bg'
  | '--word-bg'
  | '--word-text'
  | '--error'
  | '--link',
  string
>;

/** app.css's own light and dark schemes, for a choice that no longer follows the device. */
const LIGHT: Palette = {
  '--bg': '#fbfaf7',
  '--surface': '#ffffff',
  '--text': '#1b1d21',
  '--muted': '#4a4f57',
  '--border': '#767c86',
  '--accent': '#1f3a5f',
  '--accent-text': '#ffffff',
  '--focus': '#0b57d0',
  '--paragraph-bg': '#fbe9a6',
  '--sentence-bg': '#ffcc45',
  '--word-bg': '#1f3a5f',
  '--word-text': '#ffffff',
  '--error': '#a4161a',
  '--link': '#1a4f9c',
};
const DARK: Palette = {
  '--bg': '#15171b',
  '--surface': '#1e2127',
  '--text': '#ebe9e4',
  '--muted': '#b8bcc4',
  '--border': '#8b919b',
  '--accent': '#a9c7f5',
  '--accent-text': '#0f1722',
  '--focus': '#8ab4f8',
  '--paragraph-bg': '#2b3346',
  '--sentence-bg': '#4a5a7d',
  '--word-bg': '#f5d76e',
  '--word-text': '#15171b',
  '--error': '#ff9b9b',
  '--link': '#a9c7f5',
};
/** Warm paper, brown ink: every pair at 4.5:1 or more, the underline at 3:1 on the paragraph. */
const SEPIA: Palette = {
  '--bg': '#f4ecd8',
  '--surface': '#fbf5e6',
  '--text': '#3b2f22',
  '--muted': '#5c4a36',
  '--border': '#8a7660',
  '--accent': '#6b3e1f',
  '--accent-text': '#ffffff',
  '--focus': '#1d4ed8',
  '--paragraph-bg': '#e8d6ab',
  '--sentence-bg': '#d9bd7c',
  '--word-bg': '#6b3e1f',
  '--word-text': '#ffffff',
  '--error': '#8f1d12',
  '--link': '#1c4a87',
};
/** Black and white (white on black where the device is dark), with pure, strong marks. */
const CONTRAST_LIGHT: Palette = {
  '--bg': '#ffffff',
  '--surface': '#ffffff',
  '--text': '#000000',
  '--muted': '#1f1f1f',
  '--border': '#000000',
  '--accent': '#00007a',
  '--accent-text': '#ffffff',
  '--focus': '#c40000',
  '--paragraph-bg': '#fff4a3',
  '--sentence-bg': '#ffd60a',
  '--word-bg': '#000000',
  '--word-text': '#ffffff',
  '--error': '#a30000',
  '--link': '#00007a',
};
const CONTRAST_DARK: Palette = {
  '--bg': '#000000',
  '--surface': '#000000',
  '--text': '#ffffff',
  '--muted': '#ededed',
  '--border': '#ffffff',
  '--accent': '#ffff00',
  '--accent-text': '#000000',
  '--focus': '#00ffff',
  '--paragraph-bg': '#002b5c',
  '--sentence-bg': '#0a4fa3',
  '--word-bg': '#ffff00',
  '--word-text': '#000000',
  '--error': '#ff8f8f',
  '--link': '#ffff00',
};

/** Each colour that follows the device's light or dark scheme, as CSS's light-dark(). */
function following(light: Palette, dark: Palette): Palette {
  const entries = Object.entries(light).map(([name, value]) => [
    name,
    `light-dark(${value}, ${dark[name as keyof Palette]})`,
  ]);
  return Object.fromEntries(entries) as Palette;
}

const FONT_STACKS: Record<Exclude<Font, 'system'>, string> = {
  serif: "Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, serif",
  atkinson: "'Atkinson Hyperlegible', system-ui, sans-serif",
  dyslexic: 'OpenDyslexic, system-ui, sans-serif',
};
const LINE_WIDTH_VALUES: Record<LineWidth, string> = {
  narrow: '34rem',
  medium: '44rem',
  wide: '60rem',
  full: '100%',
};

/** The article's usual text size (ArticleView), which textSize scales. */
const ARTICLE_REM = 1.125;

/**
 * The custom properties that give a look, besides app.css's defaults: only what differs
 * from them, so that the default look sets nothing. `lightDark` says whether the browser
 * has CSS light-dark(); without it High contrast is the dark one.
 */
export function lookProperties(look: Look, lightDark: boolean): Record<string, string> {
  const properties: Record<string, string> = {};
  const palette =
    look.theme === 'light'
      ? LIGHT
      : look.theme === 'dark'
        ? DARK
        : look.theme === 'sepia'
          ? SEPIA
          : look.theme === 'contrast'
            ? lightDark
              ? following(CONTRAST_LIGHT, CONTRAST_DARK)
              : CONTRAST_DARK
            : null;
  if (palette) {
    // Form controls and scrollbars follow the theme's scheme too.
    properties['color-scheme'] =
      look.theme === 'dark' || (look.theme === 'contrast' && !lightDark)
        ? 'dark'
        : look.theme === 'contrast'
          ? 'light dark'
          : 'light';
    Object.assign(properties, palette);
  }
  if (look.textSize !== DEFAULT_LOOK.textSize) {
    properties['--article-size'] = `${round((ARTICLE_REM * look.textSize) / 100)}rem`;
  }
  if (look.lineSpacing !== DEFAULT_LOOK.lineSpacing) {
    properties['--article-leading'] = String(look.lineSpacing);
  }
  if (look.paragraphSpacing !== DEFAULT_LOOK.paragraphSpacing) {
    properties['--paragraph-gap'] = `${look.paragraphSpacing}em`;
  }
  if (look.lineWidth !== DEFAULT_LOOK.lineWidth) {
    properties['--line-width'] = LINE_WIDTH_VALUES[look.lineWidth];
  }
  if (look.font !== 'system') properties['--article-font'] = FONT_STACKS[look.font];
  // Marks turned off keep their place (no reflow), with nothing to see; in forced colours the
  // sentence's system-colour mark goes too.
  if (look.highlight !== 'sentence') {
    properties['--sentence-bg'] = 'transparent';
    properties['--sentence-line'] = 'none';
    properties['--sentence-mark'] = 'Canvas';
    properties['--sentence-mark-text'] = 'CanvasText';
  }
  if (look.highlight === 'paragraph') {
    properties['--word-bg'] = 'transparent';
    properties['--word-text'] = 'currentColor';
  }
  return properties;
}

/** Every property lookProperties may set, so that a change of look can clear the last one. */
export const LOOK_PROPERTY_NAMES: readonly string[] = [
  'color-scheme',
  ...Object.keys(LIGHT),
  '--article-size',
  '--article-leading',
  '--paragraph-gap',
  '--line-width',
  '--article-font',
  '--sentence-line',
  '--sentence-mark',
  '--sentence-mark-text',
];

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
