// Titles before a name are said in full in each language Aloud reads: a voice given "Hr. Weber"
// says "ha er", then pauses as at a sentence's end (tests/fixtures/titles-espeak.md).
import { describe, expect, it } from 'vitest';
import { speechText } from '../../../../src/lib/text/rewrite/speech-text';

const say = (text: string, lang: string): string => speechText(text, lang, { emoji: 'say' }).text;

describe('titles before a name', () => {
  it.each([
    [
      'de',
      'Hr. Weber traf Fr. Lang und Prof. Dr. Kuhn.',
      'Herr Weber traf Frau Lang und Professor Doktor Kuhn.',
    ],
    [
      'de',
      'Sie schrieb an Hrn. Weber und Frl. Roth.',
      'Sie schrieb an Herrn Weber und Fräulein Roth.',
    ],
    [
      'es',
      'El Sr. Ortega y la Sra. Gil saludaron a la Srta. Paz.',
      'El Señor Ortega y la Señora Gil saludaron a la Señorita Paz.',
    ],
    [
      'es',
      'Habló con el sr. Ortega y con la Dra. Ruiz.',
      'Habló con el señor Ortega y con la Doctora Ruiz.',
    ],
    [
      'fr',
      'M. Leroy et Mme Caron ont vu Mlle Roux.',
      'Monsieur Leroy et Madame Caron ont vu Mademoiselle Roux.',
    ],
    ['fr', 'MM. Leroy et Caron ont vu Me Roux.', 'Messieurs Leroy et Caron ont vu Maître Roux.'],
    [
      'it',
      'Il Sig. Conti e la Sig.ra Galli hanno visto il Dott. Neri.',
      'Il Signor Conti e la Signora Galli hanno visto il Dottor Neri.',
    ],
    ['it', "L'Avv. Fabbri e la Prof.ssa Villa.", "L'Avvocato Fabbri e la Professoressa Villa."],
    [
      'nl',
      'Dhr. Bakker en mevr. Smit spraken met mw. Visser.',
      'De heer Bakker en mevrouw Smit spraken met mevrouw Visser.',
    ],
    [
      'pt',
      'O Sr. Lopes e a Sra. Dias falaram com a Dra. Reis.',
      'O Senhor Lopes e a Senhora Dias falaram com a Doutora Reis.',
    ],
    [
      'ru',
      'Г-н Орлов встретил г-жу Зайцеву и г-на Белова.',
      'Господин Орлов встретил госпожу Зайцеву и господина Белова.',
    ],
    ['pt-BR', 'O Sr. Lopes chegou.', 'O Senhor Lopes chegou.'],
    ['de-AT', 'Hr. Weber kam.', 'Herr Weber kam.'],
  ])('%s: %s', (lang, text, spoken) => {
    expect(say(text, lang)).toBe(spoken);
  });

  it.each([
    ['de', 'Am Fr. 5. Mai kam er.'],
    ['de', 'Die Hr. ist kein Titel.'],
    ['es', 'Un sr. de edad llegó.'],
    ['fr', 'Il mesure 3 m. Ensuite il part.'],
    ['it', 'Al Sig. 5 non risponde nessuno.'],
    ['nl', 'De Mevr. is klaar.'],
  ])('%s: not before a name: %s', (lang, text) => {
    expect(say(text, lang)).toBe(text);
  });

  it('is a title only as a word of its own', () => {
    expect(say('Der Bahr. Weber kam.', 'de')).toBe('Der Bahr. Weber kam.');
    expect(say('Das Chr. Weber kam.', 'de')).toBe('Das Chr. Weber kam.');
  });

  it('is not said in another language’s way', () => {
    // French "M." is Monsieur; in English text it is an initial.
    expect(say('M. Leroy came.', 'en')).toBe('M. Leroy came.');
    expect(say('Hr. Weber came.', 'en')).toBe('Hr. Weber came.');
  });

  it('keeps the highlight on the title as written', () => {
    const text = 'Der Brief von Hr. Weber kam.';
    const spoken = speechText(text, 'de', { emoji: 'say' });
    expect(spoken.text).toBe('Der Brief von Herr Weber kam.');
    // "Herr" comes from "Hr.", "Weber" from "Weber".
    expect(spoken.original(spoken.text.indexOf('Herr'))).toBe(text.indexOf('Hr.'));
    expect(spoken.original(spoken.text.indexOf('Weber'))).toBe(text.indexOf('Weber'));
  });
});
