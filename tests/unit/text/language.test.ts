import { describe, expect, it } from 'vitest';
import { textDirection } from '../../../src/lib/text/direction';
import { guessLanguage } from '../../../src/lib/text/language';
import { splitBlocks } from '../../../src/lib/text/paragraphs';
import { fixture } from './fixtures';

describe('guessLanguage', () => {
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

  it('lets the majority script win when a few foreign words are quoted', () => {
    expect(guessLanguage('Он сказал «OK» и ушёл домой вечером.')).toBe('ru');
  });
});

describe('textDirection', () => {
  it('is right to left for Arabic, Hebrew, Persian and Urdu', () => {
    for (const lang of ['ar', 'ar-EG', 'he', 'fa-IR', 'ur'])
      expect(textDirection(lang)).toBe('rtl');
  });

  it('is left to right for other languages', () => {
    for (const lang of ['en', 'en-US', 'ja', 'zh-Hans', 'ru', '']) {
      expect(textDirection(lang)).toBe('ltr');
    }
  });

  it('follows an explicit script subtag', () => {
    expect(textDirection('pa-Arab')).toBe('rtl');
    expect(textDirection('az-Latn')).toBe('ltr');
  });
});
