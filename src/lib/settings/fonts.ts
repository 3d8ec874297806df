/**
 * The two downloadable reading fonts (SIL OFL, from @fontsource), registered with the
 * FontFace API when chosen: the browser fetches a face only when text needs it (by weight
 * and by unicode range), and the service worker keeps what it fetched for offline reading.
 * The page's Content-Security-Policy allows no inline style, so no @font-face sheet is made.
 */
import atkinsonLatin400 from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-400-normal.woff2?url';
import atkinsonLatin700 from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-700-normal.woff2?url';
import atkinsonLatinExt400 from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-ext-400-normal.woff2?url';
import atkinsonLatinExt700 from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-ext-700-normal.woff2?url';
import dyslexic400 from '@fontsource/opendyslexic/files/opendyslexic-latin-400-normal.woff2?url';
import dyslexic700 from '@fontsource/opendyslexic/files/opendyslexic-latin-700-normal.woff2?url';
import type { Font } from './look-choice';

/** @fontsource's subsets, as its own CSS gives them. */
const LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const LATIN_EXT =
  'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';

interface Face {
  url: string;
  weight: '400' | '700';
  unicodeRange?: string;
}

const FAMILIES: Partial<Record<Font, { family: string; faces: Face[] }>> = {
  atkinson: {
    family: 'Atkinson Hyperlegible',
    faces: [
      { url: atkinsonLatin400, weight: '400', unicodeRange: LATIN },
      { url: atkinsonLatin700, weight: '700', unicodeRange: LATIN },
      { url: atkinsonLatinExt400, weight: '400', unicodeRange: LATIN_EXT },
      { url: atkinsonLatinExt700, weight: '700', unicodeRange: LATIN_EXT },
    ],
  },
  dyslexic: {
    family: 'OpenDyslexic',
    faces: [
      { url: dyslexic400, weight: '400' },
      { url: dyslexic700, weight: '700' },
    ],
  },
};

const registered = new Set<Font>();

/** Makes a downloadable font usable by its family name; the others need nothing. */
export function registerFont(font: Font): void {
  const family = FAMILIES[font];
  if (!family || registered.has(font)) return;
  registered.add(font);
  for (const face of family.faces) {
    document.fonts.add(
      new FontFace(family.family, `url(${face.url}) format('woff2')`, {
        weight: face.weight,
        display: 'swap',
        ...(face.unicodeRange ? { unicodeRange: face.unicodeRange } : {}),
      }),
    );
  }
}
