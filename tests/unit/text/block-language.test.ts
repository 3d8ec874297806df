import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  articleLanguage,
  detectLanguage,
  MAX_BLOCKS_DETECTED,
  withBlockLanguages,
} from '../../../src/lib/text/block-language';
import { createArticle } from '../../../src/lib/text/create-article';
import { fixture } from './fixtures';

// Four paragraphs of a news article, about 1,150 characters: past the length at which one
// guess over the whole text stopped telling languages apart.
const GERMAN = [
  'Die Stadtverwaltung hat am Dienstag angekündigt, dass die Straßenbahnlinie durch die Altstadt im kommenden Frühjahr für mehrere Monate gesperrt wird. Die Gleise seien mehr als vierzig Jahre alt und müssten vollständig erneuert werden, sagte der zuständige Baudezernent bei einer Pressekonferenz im Rathaus.',
  'Während der Bauarbeiten sollen Busse die Strecke übernehmen. Die Verkehrsbetriebe rechnen damit, dass sich die Fahrzeit zwischen dem Hauptbahnhof und dem Universitätsviertel um etwa zehn Minuten verlängert. Fahrgäste werden gebeten, sich rechtzeitig über die Ersatzverbindungen zu informieren.',
  'Die Händler in der Innenstadt zeigen sich besorgt. „Wir haben gerade erst die schwierigen Jahre hinter uns gelassen, und jetzt kommt die nächste Baustelle“, sagte die Inhaberin einer Buchhandlung am Marktplatz. Viele Kunden kämen mit der Bahn, und ohne sie befürchte sie deutliche Umsatzeinbußen.',
  'Die Stadt verspricht, die Arbeiten so schnell wie möglich abzuschließen. Nachts und am Wochenende soll ebenfalls gebaut werden, um den Zeitplan einzuhalten. Anwohner müssen sich deshalb auf zusätzlichen Lärm einstellen, wofür die Verwaltung um Verständnis bittet.',
] as const;

// The same article in Spanish.
const SPANISH = [
  'El ayuntamiento anunció el martes que la línea de tranvía que atraviesa el casco antiguo permanecerá cerrada durante varios meses la próxima primavera. Las vías tienen más de cuarenta años y deben sustituirse por completo, explicó el concejal responsable de obras en una rueda de prensa celebrada en el consistorio.',
  'Mientras duren las obras, los autobuses cubrirán el recorrido. La empresa de transportes calcula que el trayecto entre la estación central y el barrio universitario se alargará unos diez minutos. Se pide a los viajeros que se informen con antelación sobre los servicios alternativos.',
  'Los comerciantes del centro se muestran preocupados. "Acabamos de dejar atrás unos años muy difíciles y ahora llegan otra vez las obras", dijo la dueña de una librería de la plaza mayor. Muchos de sus clientes llegan en tranvía y, sin él, teme una caída importante de las ventas.',
  'El ayuntamiento promete terminar los trabajos lo antes posible. También se trabajará por la noche y los fines de semana para cumplir el calendario. Por eso los vecinos deberán soportar más ruido de lo habitual, algo por lo que la administración pide comprensión.',
] as const;

// And in French.
const FRENCH = [
  "La mairie a annoncé mardi que la ligne de tramway qui traverse la vieille ville sera fermée pendant plusieurs mois au printemps prochain. Les rails ont plus de quarante ans et doivent être entièrement remplacés, a expliqué l'adjoint chargé des travaux lors d'une conférence de presse à l'hôtel de ville.",
  "Pendant les travaux, des bus assureront le trajet. La société de transport estime que le parcours entre la gare centrale et le quartier universitaire sera allongé d'environ dix minutes. Les voyageurs sont priés de se renseigner à l'avance sur les solutions de remplacement.",
  "Les commerçants du centre-ville sont inquiets. « Nous venons à peine de sortir de quelques années très difficiles, et voilà encore un chantier », a déclaré la propriétaire d'une librairie de la place du marché. Beaucoup de ses clients viennent en tramway, et sans lui elle craint une forte baisse de son chiffre d'affaires.",
  'La ville promet de terminer le chantier le plus vite possible. On travaillera aussi la nuit et le week-end pour tenir le calendrier. Les riverains devront donc supporter davantage de bruit, ce pour quoi la municipalité demande leur compréhension.',
] as const;

// Galician, between Spanish and Portuguese: franc cannot tell which, and neither voice is right.
const GALICIAN =
  'O concello anunciou o martes que a liña de tranvía que atravesa o casco vello pechará durante varios meses na próxima primavera. As vías teñen máis de corenta anos e hai que substituílas por completo.';

function article(name: string, format: 'text' | 'markdown' = 'text', fallbackLang = 'en-US') {
  const result = createArticle(fixture(name), { source: name, format, fallbackLang });
  if (!result) throw new Error(`${name} is empty`);
  return result;
}

describe('languages of an article and its blocks', () => {
  it('gives each paragraph of the multilingual fixture its own language', () => {
    const multilingual = article('multilingual.txt');
    expect(multilingual.blocks.map((block) => block.lang)).toEqual([
      'de',
      'es',
      'fr',
      'ja',
      'zh',
      'ru',
      'ar',
    ]);
  });

  it('leaves every block of an English article in the article’s language', () => {
    for (const [name, format] of [
      ['news-detainee-transfer.txt', 'text'],
      ['tricky-english.md', 'markdown'],
    ] as const) {
      const english = article(name, format);
      expect(english.lang).toBe('en-US');
      expect(english.blocks.filter((block) => block.lang)).toEqual([]);
    }
  });

  it('reads an English article opened by a French speaker in English', () => {
    for (const [name, format] of [
      ['news-detainee-transfer.txt', 'text'],
      ['tricky-english.md', 'markdown'],
    ] as const) {
      const english = article(name, format, 'fr-FR');
      expect(english.lang).toBe('en');
      expect(english.blocks.filter((block) => block.lang)).toEqual([]);
    }
    // However long the article: only its opening is judged.
    expect(articleLanguage(fixture('news-detainee-transfer.txt').repeat(20), 'fr')).toBe('en');
  });

  it('reads a German article opened by an English speaker in German', () => {
    expect(articleLanguage(GERMAN.join('\n'), 'en-US')).toBe('de');
  });

  it('reads a Spanish article in Spanish, even for a Portuguese speaker', () => {
    expect(articleLanguage(SPANISH.join('\n'), 'en-US')).toBe('es');
    expect(articleLanguage(SPANISH.join('\n'), 'pt-BR')).toBe('es');
  });

  it('reads a French article opened by an English speaker in French', () => {
    expect(articleLanguage(FRENCH.join('\n'), 'en-GB')).toBe('fr');
  });

  it('keeps the person’s language for text too close to call', () => {
    expect(detectLanguage(GALICIAN)).toBeNull();
    expect(articleLanguage(GALICIAN, 'en-GB')).toBe('en-GB');
    expect(articleLanguage(`${GALICIAN} ${GALICIAN} ${GALICIAN}`, 'en-GB')).toBe('en-GB');
    // Half German, half Spanish: the article is neither, but each paragraph keeps its own.
    const mixed = [GERMAN[0], SPANISH[1], GERMAN[2], SPANISH[3]];
    expect(articleLanguage(mixed.join('\n'), 'en-GB')).toBe('en-GB');
    const blocks = mixed.map((text) => ({ kind: 'paragraph' as const, text }));
    expect(withBlockLanguages(blocks, 'en-GB').map((block) => block.lang)).toEqual([
      'de',
      'es',
      'de',
      'es',
    ]);
    // A Spanish paragraph, then German ones: the opening splits 3 to 2, which is not clear.
    const opening = [SPANISH[0], GERMAN[1], GERMAN[2], GERMAN[3]].join('\n');
    expect(articleLanguage(opening, 'en-GB')).toBe('en-GB');
  });

  it('takes a French article for French even when the person reads English', () => {
    const text =
      'Le musée ouvre à neuf heures et ferme à dix-huit heures, sauf le lundi. Les enfants entrent gratuitement le dimanche matin.';
    expect(articleLanguage(text, 'en-US')).toBe('fr');
    // The person's own tag (with its region) when the text is in their language.
    expect(
      articleLanguage('The museum opens at nine and closes at six, except on Mondays.', 'en-GB'),
    ).toBe('en-GB');
  });

  it('says nothing of text too short to tell, or without letters', () => {
    expect(detectLanguage('Hallo!')).toBeNull();
    expect(detectLanguage('')).toBeNull();
    // 39 characters are too few; 40 are enough.
    expect(detectLanguage('Der Zug fährt um acht Uhr nach Hamburg.')).toBeNull();
    expect(detectLanguage('Der Zug fährt um acht Uhr nach Salzburg.')).toBe('de');
    expect(detectLanguage('1234567890 '.repeat(5))).toBeNull();
  });

  it('gives code no language of its own, whatever words are in it', () => {
    const text =
      'const message = "Der Zug nach München fährt um acht Uhr ab. Bitte beeilen Sie sich";';
    expect(withBlockLanguages([{ kind: 'paragraph', text }], 'en')[0]?.lang).toBe('de');
    expect(withBlockLanguages([{ kind: 'code', text }], 'en')[0]?.lang).toBeUndefined();
  });

  it('leaves a book’s blocks alone: detection is for articles, not 20,000 paragraphs', () => {
    const blocks = Array.from({ length: MAX_BLOCKS_DETECTED + 1 }, () => ({
      kind: 'paragraph' as const,
      text: 'Der Zug nach München fährt um acht Uhr ab. Bitte beeilen Sie sich, wir warten nicht.',
    }));
    expect(withBlockLanguages(blocks, 'en')).toEqual(blocks);
    expect(
      withBlockLanguages(blocks.slice(0, MAX_BLOCKS_DETECTED), 'en').every(
        (block) => block.lang === 'de',
      ),
    ).toBe(true);
  });
});

describe('a block judged only until another language can no longer win', () => {
  // The English of the same story, to mix with the others.
  const ENGLISH = fixture('news-detainee-transfer.txt')
    .split(/\n\s*\n/)
    .filter((paragraph) => paragraph.length > 150)
    .slice(0, 4);
  const PARAGRAPHS = [...GERMAN, ...SPANISH, ...FRENCH, ...ENGLISH, GALICIAN];

  /** What every window judged gives: the language when it clearly differs from the article's. */
  function judgedWhole(text: string, articleLang: string): string | undefined {
    const lang = detectLanguage(text);
    return lang && lang.split('-')[0] !== articleLang.split('-')[0] ? lang : undefined;
  }

  it('gives each block the language every window would have given it', () => {
    // Blocks of one to five windows, cut anywhere in paragraphs of several languages.
    const piece = fc
      .tuple(fc.constantFrom(...PARAGRAPHS), fc.nat(), fc.integer({ min: 20, max: 400 }))
      .map(([paragraph, start, length]) => {
        const from = start % paragraph.length;
        return paragraph.slice(from, from + length);
      });
    const block = fc.array(piece, { minLength: 1, maxLength: 5 }).map((pieces) => pieces.join(' '));
    fc.assert(
      fc.property(
        fc.array(block, { minLength: 1, maxLength: 6 }),
        fc.constantFrom('en', 'en-GB', 'de', 'fr', 'es', 'pt'),
        (texts, articleLang) => {
          const blocks = texts.map((text) => ({ kind: 'paragraph' as const, text }));
          const judged = withBlockLanguages(blocks, articleLang).map((b) => b.lang);
          expect(judged).toEqual(texts.map((text) => judgedWhole(text, articleLang)));
        },
      ),
      { numRuns: 300 },
    );
  });
});
