// Sentences as a native narrator reads them, language by language (issue 26): a wrong cut is a
// pause in the middle of a thought, a missed one runs two thoughts together. Each case is
// written for this file (the cases Aloud is measured on are held out), one per kind of text a
// splitter gets wrong.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../src/lib/text/sentences/segment';

type Case = readonly [text: string, sentences: readonly string[]];

/** Each case's text, then what a native reader hears as its sentences. */
function expectSentences(lang: string, cases: readonly Case[]): void {
  it.each(cases)('%s', (text, sentences) => {
    expect(splitSentences(text, lang)).toEqual(sentences);
  });
}

/** A case that is one sentence. */
const one = (text: string): Case => [text, [text]];

describe('English', () => {
  describe('a dotted abbreviation, then a question word or a pronoun, ends a sentence', () => {
    expectSentences('en', [
      [
        'The rules were written in the E.U. How they apply here is unclear.',
        ['The rules were written in the E.U.', 'How they apply here is unclear.'],
      ],
      [
        'Her parents left the U.K. Why they left, nobody knows.',
        ['Her parents left the U.K.', 'Why they left, nobody knows.'],
      ],
      [
        'The parcel was sent to the U.S. Where it went next is a mystery.',
        ['The parcel was sent to the U.S.', 'Where it went next is a mystery.'],
      ],
      [
        'He has moved to the U.S. Who could blame him?',
        ['He has moved to the U.S.', 'Who could blame him?'],
      ],
      [
        'The money came from the E.U. Which part of it, we do not know.',
        ['The money came from the E.U.', 'Which part of it, we do not know.'],
      ],
      [
        'She was born in the U.S. You would never guess it.',
        ['She was born in the U.S.', 'You would never guess it.'],
      ],
      one('The U.S. Senate met on Monday.'),
      one('An E.U. Commission report came out.'),
    ]);
  });

  describe('the pronoun I ends a sentence, a middle initial does not', () => {
    expectSentences('en', [
      [
        'It was only ever the two of us, you and I. Then the bus came.',
        ['It was only ever the two of us, you and I.', 'Then the bus came.'],
      ],
      [
        'Nobody saw it but Maria and I. Did anyone else?',
        ['Nobody saw it but Maria and I.', 'Did anyone else?'],
      ],
      [
        'We met Albert I. Jones at the station. He was late.',
        ['We met Albert I. Jones at the station.', 'He was late.'],
      ],
      one('The letter was signed by Mary I. Smith and her son.'),
    ]);
  });

  describe('list items with a bullet and a number', () => {
    expectSentences('en', [
      ['• 4. Check the tyres • 5. Fill the tank', ['• 4. Check the tyres', '• 5. Fill the tank']],
      ['⁃4. Check the tyres ⁃5. Fill the tank', ['⁃4. Check the tyres', '⁃5. Fill the tank']],
      [
        'Before you go: • 11. Lock the door • 12. Close the windows',
        ['Before you go:', '• 11. Lock the door', '• 12. Close the windows'],
      ],
    ]);
  });

  describe('N° before a dotted number', () => {
    expectSentences('en', [
      [
        'The file is kept under N°. 4411.20.7. Ask the clerk for it.',
        ['The file is kept under N°. 4411.20.7.', 'Ask the clerk for it.'],
      ],
      one('Box N°. 17 is on the top shelf.'),
    ]);
  });

  describe('spaced ellipses', () => {
    expectSentences('en', [
      one('I was going to say . . . never mind what I was going to say.'),
      one('The thing is . . . I never wanted to go.'),
      one('It was, he wrote, a long winter . . . but a happy one . . . .'),
      [
        'The rest of the letter is lost . . . . Nobody knows what it said.',
        ['The rest of the letter is lost . . . .', 'Nobody knows what it said.'],
      ],
      [
        'She never finished the sentence. . . . The room went quiet.',
        ['She never finished the sentence. . . .', 'The room went quiet.'],
      ],
      ['I never said that.... She walked out.', ['I never said that....', 'She walked out.']],
      [
        '. . . and then the lights went out. Everyone screamed.',
        ['. . . and then the lights went out.', 'Everyone screamed.'],
      ],
      [
        'The tape runs out here. . . . and then the lights went out.',
        ['The tape runs out here.', '. . . and then the lights went out.'],
      ],
    ]);
  });

  describe('numbered references after a stop', () => {
    expectSentences('en', [
      [
        'The effect was small in older patients.7 8 Later studies found the same.',
        ['The effect was small in older patients.7 8', 'Later studies found the same.'],
      ],
      [
        'Sales fell by a third.12 The shops closed.',
        ['Sales fell by a third.12', 'The shops closed.'],
      ],
    ]);
  });

  describe('a quotation that ends in a citation', () => {
    expectSentences('en', [
      one('“Writers [...] borrow from each other [...].” (Lee 12)'),
      [
        '“Writers [...] borrow from each other [...].” (Lee 12) Others disagree.',
        ['“Writers [...] borrow from each other [...].” (Lee 12)', 'Others disagree.'],
      ],
    ]);
  });
});

describe('Spanish', () => {
  expectSentences('es', [
    [
      'La Sra. García llegó ayer. El Sr. López no vino.',
      ['La Sra. García llegó ayer.', 'El Sr. López no vino.'],
    ],
    one('El Dr. Pérez y la Dra. Gómez firmaron el acuerdo.'),
    one('Vive en EE. UU. desde 2010.'),
    [
      'Se mudó a EE. UU.. Allí trabaja como médico.',
      ['Se mudó a EE. UU..', 'Allí trabaja como médico.'],
    ],
    one('Véase el art. 5 de la Constitución.'),
    one('Consulte la pág. 12 y el párrf. 3 del informe.'),
    one('La reunión fue el 5 de ene. de 2021 en Madrid.'),
    [
      'Terminó la maratón en 2:15:08.10. Fue su mejor marca.',
      ['Terminó la maratón en 2:15:08.10.', 'Fue su mejor marca.'],
    ],
    one('El tren salió a las 15:08.10 y llegó tarde.'),
    [
      'Compró frutas, verduras, etc. Después volvió a casa.',
      ['Compró frutas, verduras, etc.', 'Después volvió a casa.'],
    ],
    one('La Avda. Libertador estaba cortada por obras.'),
    one('Según el prof. Martínez, el resultado es bueno.'),
    one('La Srta. Ruiz y el Lic. Torres hablaron con el Excmo. Sr. Alcalde.'),
    ['¿Dónde está tu hermano? No lo sé.', ['¿Dónde está tu hermano?', 'No lo sé.']],
    ['¡Qué sorpresa! Pasa, por favor.', ['¡Qué sorpresa!', 'Pasa, por favor.']],
  ]);
});

describe('Italian', () => {
  expectSentences('it', [
    [
      'Il Sig. Rossi è arrivato. La Sig.ra Bianchi no.',
      ['Il Sig. Rossi è arrivato.', 'La Sig.ra Bianchi no.'],
    ],
    one("Il Dott. Verdi e l'Avv. Neri hanno firmato il contratto."),
    one("Come previsto dall'art. 12 del codice, la pena è ridotta."),
    one('Vedi pag. 45 per i dettagli.'),
    one("L'Ing. Ferrari ha presentato il progetto al Prof. Esposito."),
    one('Il termine (psicol.) indica un disturbo.'),
    [
      'Ho comprato pane, latte ecc. Poi sono tornato a casa.',
      ['Ho comprato pane, latte ecc.', 'Poi sono tornato a casa.'],
    ],
    one('Gent.mo Sig. Russo, Le scrivo per la riunione.'),
    [
      'La riunione è fissata per il 3 febbr. Tutti devono esserci.',
      ['La riunione è fissata per il 3 febbr.', 'Tutti devono esserci.'],
    ],
  ]);
});

describe('Russian', () => {
  expectSentences('ru', [
    one('Он живёт на ул. Ленина в Москве.'),
    [
      'Она родилась в пгт. Тазовский в 1990 г. Потом переехала в Москву.',
      ['Она родилась в пгт. Тазовский в 1990 г.', 'Потом переехала в Москву.'],
    ],
    [
      'Мы купили хлеб, молоко и т. д. Потом пошли домой.',
      ['Мы купили хлеб, молоко и т. д.', 'Потом пошли домой.'],
    ],
    one('Т. е. это не так.'),
    one('Он приехал в г. Санкт-Петербург утром.'),
    one('Это случилось в 2001 г. в Москве.'),
    one('Об этом писал А. С. Пушкин в своих письмах.'),
    one('См. ст. 15 Конституции.'),
    one('Цена выросла до 5 тыс. руб. за штуку.'),
    ['Г-н Иванов пришёл рано. Его ждали.', ['Г-н Иванов пришёл рано.', 'Его ждали.']],
    one('Проф. Иванов выступил с докладом.'),
    ['Вы читали эту книгу? Нет, не читал.', ['Вы читали эту книгу?', 'Нет, не читал.']],
  ]);
});

describe('Chinese', () => {
  expectSentences('zh', [
    ['我最喜欢的书是《你好！世界》。你呢？', ['我最喜欢的书是《你好！世界》。', '你呢？']],
    ['电影《谁是凶手？》很好看！我看了两遍。', ['电影《谁是凶手？》很好看！', '我看了两遍。']],
    one('他说：「你为什么不来？」然后就走了。'),
    ['今天天气很好。我们去公园吧！', ['今天天气很好。', '我们去公园吧！']],
  ]);
});

describe('Japanese', () => {
  expectSentences('ja', [
    [
      '本のタイトルは「なぜ空は青いのか？」です。面白い本です。',
      ['本のタイトルは「なぜ空は青いのか？」です。', '面白い本です。'],
    ],
    one('「こんにちは！元気？」と彼女は言った。'),
    [
      '『君の名は。』は人気の映画です。私も見ました。',
      ['『君の名は。』は人気の映画です。', '私も見ました。'],
    ],
    ['雨が降っています。傘を持って行きます。', ['雨が降っています。', '傘を持って行きます。']],
  ]);
});

describe('Arabic', () => {
  expectSentences('ar', [
    ['هل أنت بخير؟ نعم، أنا بخير.', ['هل أنت بخير؟', 'نعم، أنا بخير.']],
    one('ذهبت إلى السوق، واشتريت الخبز؛ ثم عدت إلى البيت.'),
    one('قال د. أحمد إن الوضع مستقر.'),
    ['وصل القطار متأخرًا. انتظرنا ساعة.', ['وصل القطار متأخرًا.', 'انتظرنا ساعة.']],
  ]);
});

describe('Persian and Urdu', () => {
  describe('Persian', () => {
    expectSentences('fa', [
      ['حالت چطور است؟ من خوبم.', ['حالت چطور است؟', 'من خوبم.']],
      one('او به خانه رفت، غذا خورد؛ سپس خوابید.'),
    ]);
  });
  describe('Urdu', () => {
    expectSentences('ur', [
      ['یہ کتاب اچھی ہے۔ میں نے اسے پڑھا۔', ['یہ کتاب اچھی ہے۔', 'میں نے اسے پڑھا۔']],
    ]);
  });
});

describe('Greek', () => {
  expectSentences('el', [
    ['Τι κάνεις; Είμαι καλά.', ['Τι κάνεις;', 'Είμαι καλά.']],
    ['Πού πήγες χθες; Στο σπίτι.', ['Πού πήγες χθες;', 'Στο σπίτι.']],
    ['Ήρθε ο κ. Παπαδόπουλος. Όλοι χάρηκαν.', ['Ήρθε ο κ. Παπαδόπουλος.', 'Όλοι χάρηκαν.']],
    one('Είπε τα εξής· θα έρθω αύριο.'),
    one('Υπάρχουν πολλά φρούτα, π.χ. μήλα και πορτοκάλια.'),
  ]);
});

describe('Dutch', () => {
  expectSentences('nl', [
    [
      'Dhr. Jansen kwam binnen. Mevr. de Vries bleef buiten.',
      ['Dhr. Jansen kwam binnen.', 'Mevr. de Vries bleef buiten.'],
    ],
    [
      'Hij woont (sinds 2010) in Utrecht. Zij woont in Gent.',
      ['Hij woont (sinds 2010) in Utrecht.', 'Zij woont in Gent.'],
    ],
    one('Dit geldt o.a. voor studenten (bijv. in Amsterdam) en docenten.'),
    one('Zie de tabel (blz. 12) voor meer informatie.'),
    one('De regering (o.a. de minister van Financiën) besloot anders.'),
    [
      'Hij ging naar huis. ’s Avonds las hij een boek.',
      ['Hij ging naar huis.', '’s Avonds las hij een boek.'],
    ],
    ["Het regende. 't Was koud.", ['Het regende.', "'t Was koud."]],
    one('Ze sprak met mr. De Groot over de zaak.'),
    [
      '(Dit is een opmerking.) Het verhaal gaat verder.',
      ['(Dit is een opmerking.)', 'Het verhaal gaat verder.'],
    ],
  ]);
});

describe('French, German and Portuguese titles', () => {
  describe('French', () => {
    expectSentences('fr', [
      ['M. Dupont est arrivé. Mme Martin aussi.', ['M. Dupont est arrivé.', 'Mme Martin aussi.']],
      one('MM. Dupont et Martin sont venus.'),
    ]);
  });
  describe('German', () => {
    expectSentences('de', [
      ['Fr. Weber kam spät. Hr. Schmidt wartete.', ['Fr. Weber kam spät.', 'Hr. Schmidt wartete.']],
      one('Prof. Dr. Weber sprach über das Jahr 1990.'),
    ]);
  });
  describe('Portuguese', () => {
    expectSentences('pt', [
      ['O Sr. Silva chegou. A Sra. Costa não.', ['O Sr. Silva chegou.', 'A Sra. Costa não.']],
      one('A Dra. Souza e o Prof. Lima falaram.'),
    ]);
  });
});

describe('Polish, Bulgarian, Danish and Czech', () => {
  describe('Polish', () => {
    expectSentences('pl', [
      one('Mieszka przy ul. Długiej w Warszawie.'),
      one('Modlił się do Św. Jana.'),
      ['To było w 2010 r. Potem wyjechał.', ['To było w 2010 r.', 'Potem wyjechał.']],
    ]);
  });
  describe('Bulgarian', () => {
    expectSentences('bg', [one('Г-н Иванов живее на ул. Витоша в гр. София.')]);
  });
  describe('Danish', () => {
    expectSentences('da', [
      ['Hr. Jensen kom kl. 10. Han var træt.', ['Hr. Jensen kom kl. 10.', 'Han var træt.']],
    ]);
  });
  describe('Czech', () => {
    expectSentences('cs', [one('Přednášel prof. Novák a doc. Svoboda.')]);
  });
});

describe('a line break inside a paragraph', () => {
  expectSentences('en', [
    one('The report was written\nlong before the vote.'),
    one('It rained all day \nand into the night.'),
    ['Tickets\nopening times\nmaps, guides', ['Tickets', 'opening times', 'maps, guides']],
    ['The vote is over.\nthe count starts now.', ['The vote is over.', 'the count starts now.']],
  ]);
});
