import { describe, expect, it } from 'vitest';
import { baseLanguage, guessLanguage } from '../../../src/lib/text/language';
import { splitBlocks } from '../../../src/lib/text/blocks/paragraphs';
import { fixture } from './fixtures';

describe('the language of a text, from its script', () => {
  const paragraphs = splitBlocks(fixture('multilingual.txt'), 'text').map((block) => block.text);

  it('recognises the scripts of the multilingual fixture', () => {
    expect(paragraphs.map((paragraph) => guessLanguage(paragraph))).toEqual([
      'en',
      'en',
      'en',
      'ja',
      'zh',
      'ru',
      'ar',
    ]);
  });

  it('tells Korean, Hebrew, Greek, Hindi and Thai by their scripts', () => {
    expect(guessLanguage('오늘은 날씨가 좋습니다.')).toBe('ko');
    expect(guessLanguage('שלום עולם')).toBe('he');
    expect(guessLanguage('Καλημέρα κόσμε')).toBe('el');
    expect(guessLanguage('नमस्ते दुनिया')).toBe('hi');
    expect(guessLanguage('สวัสดีชาวโลก')).toBe('th');
  });

  it('gives the fallback for Latin script and for text without letters', () => {
    expect(guessLanguage('Guten Morgen.', 'de')).toBe('de');
    expect(guessLanguage('12345 !?', 'fr')).toBe('fr');
    expect(guessLanguage('')).toBe('en');
  });

  it.each([
    ['polytonic Greek', 'ἀ', 'el'],
    ['Komi (Cyrillic Supplement)', 'ԁ', 'ru'],
    // Escaped: saved as text, NFC would turn this and U+F900 into ordinary letters.
    ['Yiddish presentation forms', '\uFB2E', 'he'],
    ['Arabic Supplement', 'ݐ', 'ar'],
    ['Arabic Extended-A', 'ࢠ', 'ar'],
    ['the ligature “Allah” (Arabic Presentation Forms-A)', 'ﷲ', 'ar'],
    ['the lam-alef ligature (Arabic Presentation Forms-B)', 'ﻻ', 'ar'],
    ['decomposed Hangul (Jamo)', 'ᄀ', 'ko'],
    ['“ㅋㅋㅋ” (Hangul Compatibility Jamo)', 'ㅋ', 'ko'],
    ['Ainu katakana (Katakana Phonetic Extensions)', 'ㇷ', 'ja'],
    ['halfwidth katakana', 'ｶ', 'ja'],
    ['CJK Extension A', '㐀', 'zh'],
    ['CJK Compatibility Ideographs', '\uF900', 'zh'],
  ])('counts letters of %s', (_, letter, lang) => {
    expect(guessLanguage(letter)).toBe(lang);
  });

  it('does not take an invisible byte order mark for Arabic', () => {
    expect(guessLanguage('\uFEFF2024', 'fr')).toBe('fr');
  });
});

describe('which script wins in mixed text', () => {
  it('lets the majority script win when a few foreign words are quoted', () => {
    expect(guessLanguage('Он сказал «OK» и ушёл домой вечером.')).toBe('ru');
    expect(guessLanguage('The Russian word for peace is мир.', 'en-GB')).toBe('en-GB');
  });

  it('counts letters only, not digits and punctuation', () => {
    expect(guessLanguage('Тел.: +7 (495) 123-45-67, 12.05.2024')).toBe('ru');
  });

  it.each(['A', 'z', 'À', 'Ö', 'Ø', 'ö', 'ø', 'ł', 'ạ'])(
    'keeps the fallback on a tie between Latin letters such as “%s” (plain, accented, Vietnamese) and another script',
    (latin) => {
      expect(guessLanguage(`${latin}Ж`, 'de')).toBe('de');
      expect(guessLanguage(`${latin}中`, 'de')).toBe('de');
    },
  );

  it('does not count the signs × and ÷ as Latin letters', () => {
    expect(guessLanguage('×÷Ω')).toBe('el');
  });

  it('judges a long text by its opening 2,000 characters', () => {
    // 1,000 Latin and 1,000 Cyrillic letters there: a tie, so the fallback; more Russian follows.
    const text = 'e'.repeat(1000) + 'ж'.repeat(3000);
    expect(guessLanguage(text, 'en')).toBe('en');
  });
});

describe('Japanese or Chinese', () => {
  it('is Japanese once kana make up one in twenty CJK letters, Chinese below that', () => {
    expect(guessLanguage(`${'中'.repeat(19)}の`)).toBe('ja');
    expect(guessLanguage(`${'中'.repeat(20)}の`)).toBe('zh');
  });

  it('is Japanese for a text in kana alone', () => {
    expect(guessLanguage('ひらがなとカタカナ')).toBe('ja');
  });
});

describe('baseLanguage', () => {
  it('takes the primary language of a tag, lower-cased', () => {
    expect(baseLanguage('en-US')).toBe('en');
    expect(baseLanguage('EN_gb')).toBe('en');
    expect(baseLanguage('fr')).toBe('fr');
  });

  it('maps engine language codes to the ones articles use', () => {
    expect(baseLanguage('cmn')).toBe('zh');
    expect(baseLanguage('yue')).toBe('zh');
    expect(baseLanguage('nb-NO')).toBe('no');
  });
});
