import { describe, expect, it } from 'vitest';
import { LOOK_PROPERTY_NAMES, lookProperties } from '../../../src/lib/settings/look';
import { DEFAULT_LOOK, THEMES, type Look } from '../../../src/lib/settings/look-choice';

/** WCAG's contrast ratio of two #rrggbb colours. */
function contrast(first: string, second: string): number {
  const luminance = (hex: string) => {
    const [r = 0, g = 0, b = 0] = [1, 3, 5].map((at) => {
      const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** A theme's colours as the page gets them, light and dark where they follow the device. */
function palettes(theme: Look['theme']): Record<string, string>[] {
  const properties = lookProperties({ ...DEFAULT_LOOK, theme }, true);
  const pick = (index: 1 | 2) =>
    Object.fromEntries(
      Object.entries(properties).map(([name, value]) => [
        name,
        /^light-dark\((#\w+), (#\w+)\)$/.exec(value)?.[index] ?? value,
      ]),
    );
  return theme === 'contrast' ? [pick(1), pick(2)] : [pick(1)];
}

describe('lookProperties', () => {
  it('given the usual look, sets nothing: app.css and the device decide', () => {
    expect(lookProperties(DEFAULT_LOOK, true)).toEqual({});
  });

  it('sets only properties that a change of look knows to clear', () => {
    const everything: Look = {
      theme: 'contrast',
      textSize: 200,
      lineSpacing: 2,
      paragraphSpacing: 2,
      lineWidth: 'narrow',
      font: 'dyslexic',
      highlight: 'paragraph',
    };
    for (const lightDark of [true, false]) {
      for (const name of Object.keys(lookProperties(everything, lightDark))) {
        expect(LOOK_PROPERTY_NAMES).toContain(name);
      }
    }
  });

  it('scales the article text, and sets spacing, width and font as CSS values', () => {
    const properties = lookProperties(
      {
        ...DEFAULT_LOOK,
        textSize: 200,
        lineSpacing: 2.2,
        paragraphSpacing: 2,
        lineWidth: 'wide',
        font: 'atkinson',
      },
      true,
    );
    expect(properties).toMatchObject({
      '--article-size': '2.25rem',
      '--article-leading': '2.2',
      '--paragraph-gap': '2em',
      '--line-width': '60rem',
      '--article-font': "'Atkinson Hyperlegible', system-ui, sans-serif",
    });
  });

  it('turns the sentence mark off (word only), or both marks (paragraph only)', () => {
    const word = lookProperties({ ...DEFAULT_LOOK, highlight: 'word' }, true);
    expect(word).toMatchObject({ '--sentence-bg': 'transparent', '--sentence-line': 'none' });
    expect(word['--word-bg']).toBeUndefined();
    const paragraph = lookProperties(
      { ...DEFAULT_LOOK, theme: 'dark', highlight: 'paragraph' },
      true,
    );
    // The highlight's choice wins over the theme's colours for the marks.
    expect(paragraph).toMatchObject({ '--sentence-bg': 'transparent', '--word-bg': 'transparent' });
  });

  it('tells form controls and scroll bars the theme’s scheme', () => {
    const scheme = (theme: (typeof THEMES)[number], lightDark = true) =>
      lookProperties({ ...DEFAULT_LOOK, theme }, lightDark)['color-scheme'];
    expect(scheme('light')).toBe('light');
    expect(scheme('sepia')).toBe('light');
    expect(scheme('dark')).toBe('dark');
    expect(scheme('contrast')).toBe('light dark');
    expect(scheme('system')).toBeUndefined();
    // Without light-dark(), only High contrast changes (to its dark version).
    expect(scheme('light', false)).toBe('light');
    expect(scheme('sepia', false)).toBe('light');
    expect(scheme('contrast', false)).toBe('dark');
  });

  it('leaves nothing of the sentence mark in forced colours when marks are turned off', () => {
    expect(lookProperties({ ...DEFAULT_LOOK, highlight: 'word' }, true)).toMatchObject({
      '--sentence-mark': 'Canvas',
      '--sentence-mark-text': 'CanvasText',
    });
    expect(lookProperties({ ...DEFAULT_LOOK, highlight: 'paragraph' }, true)).toMatchObject({
      '--word-text': 'currentColor',
    });
  });

  it('gives High contrast as the dark one where the browser has no light-dark()', () => {
    const properties = lookProperties({ ...DEFAULT_LOOK, theme: 'contrast' }, false);
    expect(properties['color-scheme']).toBe('dark');
    expect(properties['--bg']).toBe('#000000');
  });

  for (const theme of THEMES.filter((theme) => theme !== 'system')) {
    it(`gives ${theme} readable pairs: text 4.5:1, marks and focus 3:1`, () => {
      for (const colours of palettes(theme)) {
        const at = (name: string) => colours[name] ?? '';
        for (const ground of ['--bg', '--surface', '--paragraph-bg', '--sentence-bg']) {
          expect(contrast(at('--text'), at(ground)), `text on ${ground}`).toBeGreaterThanOrEqual(
            4.5,
          );
        }
        for (const text of ['--muted', '--link', '--error']) {
          expect(contrast(at(text), at('--bg')), `${text} on the page`).toBeGreaterThanOrEqual(4.5);
        }
        expect(contrast(at('--accent-text'), at('--accent'))).toBeGreaterThanOrEqual(4.5);
        expect(contrast(at('--word-text'), at('--word-bg'))).toBeGreaterThanOrEqual(4.5);
        // The sentence's underline is in the text's colour, on the paragraph's highlight.
        expect(contrast(at('--text'), at('--paragraph-bg'))).toBeGreaterThanOrEqual(3);
        expect(contrast(at('--focus'), at('--bg')), 'focus ring').toBeGreaterThanOrEqual(3);
        expect(contrast(at('--border'), at('--bg')), 'control borders').toBeGreaterThanOrEqual(3);
      }
    });
  }
});
