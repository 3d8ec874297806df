import { describe, expect, it } from 'vitest';
import { textDirection } from '../../../src/lib/text/direction';

describe('which way an article is written', () => {
  it('is right to left for every language written in Arabic, Hebrew, Syriac or Thaana script', () => {
    // Arabic, Aramaic, Sorani Kurdish, Dhivehi, Persian, Hebrew (and its old code), Pashto,
    // Sindhi, Syriac, Uyghur, Urdu, Yiddish.
    for (const lang of [
      'ar',
      'ar-EG',
      'arc',
      'ckb',
      'dv',
      'fa-IR',
      'he',
      'iw',
      'ps',
      'sd',
      'syr',
      'ug',
      'ur',
      'yi',
    ]) {
      expect(textDirection(lang), lang).toBe('rtl');
    }
  });

  it('is left to right for other languages', () => {
    for (const lang of ['en', 'en-US', 'ja', 'zh-Hans', 'ru', 'hi', '']) {
      expect(textDirection(lang), lang).toBe('ltr');
    }
  });

  it('reads tags in any case and with underscores, as some systems write them', () => {
    expect(textDirection('AR')).toBe('rtl');
    expect(textDirection('he_IL')).toBe('rtl');
    expect(textDirection('UR_pk')).toBe('rtl');
  });

  it('follows an explicit script subtag over the language', () => {
    for (const lang of [
      'pa-Arab',
      'az-Arab-IR',
      'yi-Hebr',
      'tru-Syrc',
      'dv-Thaa',
      'man-Nkoo',
      'ff-Adlm',
      'rhg-Rohg',
    ]) {
      expect(textDirection(lang), lang).toBe('rtl');
    }
    // Uyghur and Sindhi written in Latin or Cyrillic letters read left to right.
    for (const lang of ['az-Latn', 'ug-Cyrl', 'sd-Deva', 'ug-Latn-CN']) {
      expect(textDirection(lang), lang).toBe('ltr');
    }
  });

  it('does not take a region or a variant for a script', () => {
    // "419" (Latin America) and "1994" (a spelling variant) are not scripts.
    expect(textDirection('ar-419')).toBe('rtl');
    expect(textDirection('yi-1994')).toBe('rtl');
    // Nor a longer variant, as in POSIX locale names.
    expect(textDirection('ar-EG-posix')).toBe('rtl');
  });

  it('keeps Arabic right to left when its tag asks for Western digits or a private use', () => {
    // "latn" after "-u-nu-" is the digits' script, not the text's.
    expect(textDirection('ar-EG-u-nu-latn')).toBe('rtl');
    expect(textDirection('ar-u-nu-latn')).toBe('rtl');
    expect(textDirection('he-x-latn')).toBe('rtl');
    expect(textDirection('en-x-arab')).toBe('ltr');
  });
});
