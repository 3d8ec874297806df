// Which way a language is written: needed to show any article, so kept apart from the
// language guess (which only importing needs); only the base language is taken from there.
import { baseLanguage } from './language';

/** Languages (primary subtags) written right to left. */
const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ps',
  'sd',
  'syr',
  'ug',
  'ur',
  'yi',
]);
/** Scripts written right to left, for tags such as "az-Arab" or "pa-Arab". */
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'syrc', 'thaa', 'nkoo', 'adlm', 'rohg']);

/** The writing direction of a BCP 47 language tag. */
export function textDirection(lang: string): 'ltr' | 'rtl' {
  // The subtags after the language are needed too: a script subtag decides.
  const [, ...subtags] = lang.toLowerCase().split(/[-_]/);
  // Extensions and private use ("ar-EG-u-nu-latn") follow a one-letter subtag: never a script.
  const extensions = subtags.findIndex((subtag) => subtag.length === 1);
  const script = subtags
    .slice(0, extensions < 0 ? subtags.length : extensions)
    .find((subtag) => /^[a-z]{4}$/.test(subtag));
  if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(baseLanguage(lang)) ? 'rtl' : 'ltr';
}
