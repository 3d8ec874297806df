// The sentence rules of the languages Aloud reads beyond English (language-rules.ts has the
// common ones): each language's abbreviations, and the marks it ends or opens sentences with
// where ICU does not know them.
//
// Sources. The words are taken from two published lists, sorted here by what a stop after them
// means (a title before a name, or a word before a number):
// - CLDR's sentence-break suppressions (common/segments/<lang>.xml), the abbreviations ICU
//   keeps sentences together after. Unicode License v3, © Unicode, Inc.
// - pySBD's abbreviation lists (pysbd/lang/<language>.py: ABBREVIATIONS,
//   PREPOSITIVE_ABBREVIATIONS, NUMBER_ABBREVIATIONS). MIT License, © 2019 Nipun Sadvilkar.
// Words in neither list are marked "ours" where they are, with the reason.
import { CjkBrackets } from './cjk-brackets';
import type { LanguageLists } from './language-rules';

/** Greek's question mark ";" (or U+037E), then a sentence that opens with a capital. */
const GREEK_QUESTION_THEN_CAPITAL = /[;\u037e][”’"'»)]*\s+(?=[«“"'(]?\p{Lu})/gu;

/** Dutch: "Hij ging naar huis. 's Avonds las hij." A stop, then 's, 't or 'n and a space. */
const STOP_THEN_APOSTROPHE_WORD = /[.!?…][”’"'»)]*\s+(?=['’][stn]\s)/gu;

/** 《你好！世界》, 「なぜ空は青いのか？」: a title or a quotation is said as one. */
const brackets = (text: string): CjkBrackets | null => CjkBrackets.of(text);

export const OTHER_LANGUAGES: Readonly<Record<string, LanguageLists>> = {
  bg: {
    // pySBD bg ABBREVIATIONS: ул, бул, пл, гр (град), акад, проф, доц, инж, ген, полк, св, кв.
    titles: 'ул бул пл гр акад проф доц инж ген полк св кв зам',
    // pySBD bg: стр, рис, табл, фиг, чл, ал, т.
    numbers: 'стр рис табл фиг чл ал т',
  },
  cs: {
    // pySBD sk PREPOSITIVE_ABBREVIATIONS, the same titles in Czech: prof, doc, ing, mgr,
    // mudr, judr, rndr, phdr, bc, dr, st; "ul." (ulice) from pySBD pl.
    titles: 'prof doc ing mgr mudr judr rndr phdr bc dr st ul',
    // pySBD sk NUMBER_ABBREVIATIONS: č, no, nr; pySBD sk ABBREVIATIONS: str, obr, tel.
    numbers: 'č no nr str obr tel',
  },
  da: {
    // pySBD da PREPOSITIVE_ABBREVIATIONS: adm, skt, dr, hr, fru, st; ABBREVIATIONS: frk, fr.
    titles: 'adm skt dr hr fru frk st',
    // pySBD da NUMBER_ABBREVIATIONS: nr, s; ABBREVIATIONS: kl (klokken), ca, fig.
    numbers: 'nr s kl ca fig',
  },
  de: {
    // CLDR de; "hrn" (Herrn) and "frl" too.
    titles:
      'hr hrn fr frl dr prof dipl ing kfm st dir abt fa fam gebr hrsg vgl evtl ggf ggfs inkl zzgl exkl einschl sog ehem geb gest verh',
    // CLDR de: Nr., Art., Abs., Kap., S. (Seite), the months and "ca."; pySBD de: art ca no nos nr pp.
    numbers:
      'nr art abs kap s ca jan feb sep sept okt nov dez aug apr no nos pp bd jh jhd tel mio mrd',
    // CLDR de: "z. B.", "d. h.", "u. a.", "v. Chr.", "n. Chr.", "u. U.", "z. Zt.", "k. u. k.".
    starters:
      'aber auch da damit danach dann das dem den der deshalb die doch ein eine er es heute ich man sie so und wir',
    phrases: [
      'z. b.',
      'd. h.',
      'u. a.',
      'u. ä.',
      'o. ä.',
      's. o.',
      'v. chr.',
      'n. chr.',
      'u. u.',
      'z. zt.',
      'k. u. k.',
    ],
  },
  es: {
    // CLDR es (Sr., Sra., Srta., Sres., Dr., Dra., Lic., Excmo., Ilmo., Rvdo., Mons., Av.,
    // Avda., Sto., Sta., Fr., Dña., Dª., prof., dpto., ntra.) and pySBD es PREPOSITIVE
    // (dr lic prof sra srta mt).
    titles:
      'sr sra srta sres sras srs srtas dr dra drs dras dña dª da dn lic licdo licda ldo lda lcdo lcda prof mtro excmo excma excmos exmo exma ilmo ilma ilmos ilmas rvdo rdo rdos rvdos rvdmo rvdmos mons sto sta fr av avda dpto depto dptos deptos ntra ntro vda mt gral ing arq col',
    // pySBD es NUMBER_ABBREVIATIONS (cra ext no nos p pp tel) and ABBREVIATIONS (art cap fig
    // núm pág págs párr párrf vol, the months); CLDR es (fig., figs., cap., vol.).
    numbers:
      'art cap fig figs núm pág págs párr párrf vol cra ext no nos p pp tel ene feb febr mar abr may jun jul ago sept sep oct nov dic',
    // pySBD es ABBREVIATIONS: "bs. as", "ff. aa", "rr. hh", "n. del t"; CLDR es "JJ.OO.",
    // "SS.MM.", "SS.AA.", "FF.CC.", "AA.". "EE. UU." is the same kind (ours).
    phrases: [
      'ee. uu.',
      'ff. aa.',
      'rr. hh.',
      'jj. oo.',
      'ss. mm.',
      'ss. aa.',
      'ff. cc.',
      'cc. aa.',
      'aa. vv.',
      'bs. as.',
      'n. del t.',
    ],
  },
  fr: {
    // CLDR fr: M., MM., Prof., Mgr (pySBD fr "mgr" in English's lists), Me, Mme, Mlle.
    titles: 'm mm mme mmes mlle mlles mgr me pr prof dr st ste',
    // CLDR fr: the months (janv., févr., avr., juil., sept., oct., nov., déc.), fig., éd.;
    // pySBD fr: art chap fasc p pp vol.
    numbers: 'art chap fasc fig p pp vol éd janv févr avr juil sept oct nov déc',
    // CLDR fr: "av. J.-C.", "ap. J.-C.".
    phrases: ['av. j.-c.', 'ap. j.-c.'],
  },
  it: {
    // pySBD it PREPOSITIVE (sig sigg dott avv ing geom arch rag on prof dr mons col egr
    // spett psicol; "gen" is January here) and CLDR it (Sig., dott., Ing., Geom., arch., rag., avv., on.).
    titles: 'sig sigg dott avv ing geom arch rag on prof dr mons col egr spett psicol gent cfr',
    // pySBD it NUMBER_ABBREVIATIONS (art no nos nr pp) and CLDR it (pag., p., fig., vol.,
    // tab., tav., sez., all.); the months' short forms from pySBD it ABBREVIATIONS.
    numbers:
      'art artt no nos nr n pp p pag pagg fig vol tab tav sez all cap gen genn febbr feb mar apr mag giu lug ago sett set ott nov dic',
    phrases: [],
  },
  ja: { brackets },
  nl: {
    starts: STOP_THEN_APOSTROPHE_WORD,
    // pySBD nl ABBREVIATIONS: dhr mevr mw mej drs ir ing prof mr ds jhr, and "St." (Sint).
    titles: 'dhr mevr mw mej drs dr ir ing prof mr ds jhr st bijv vgl zgn',
    // pySBD nl ABBREVIATIONS: blz nr art p pp fig hfst.
    numbers: 'blz nr art p pp fig hfst',
    phrases: [],
  },
  pl: {
    // pySBD pl ABBREVIATIONS: ul, np, tzn, tj, gen; "prof.", "dr", "mgr", "inż.", "ks.",
    // "al.", "pl.", "os.", "św." are written before a name the same way (ours).
    titles: 'ul al pl os prof dr mgr inż ks gen płk św np tzn tj ok',
    // pySBD pl ABBREVIATIONS: str, rys, rozdz, t; "nr", "art.", "ust.", "pkt", "godz." (ours).
    numbers: 'str rys rozdz t nr art ust pkt godz s',
  },
  pt: {
    // CLDR pt: Dr., Dra., Drs., Dras., prof., profa., Exmo., Exma., Ilmo., Ilma., Sto.,
    // Sta., Fr., Pe., Av., Alm., Dir.; "Sr." and "Sra." as in Spanish (ours: the same titles).
    titles:
      'sr sra srta srs sras dr dra drs dras prof profa exmo exma ilmo ilma sto sta fr pe av alm dir eng',
    // CLDR pt: pág., p., pp., cap., fig., vol., tel., the months (jan. fev. abr. jun. jul.
    // ago. set. out. nov. dez. mai. mar.).
    numbers: 'pág p pp cap fig vol tel art jan fev mar abr mai jun jul ago set out nov dez',
    phrases: [],
  },
  sk: {
    // pySBD sk PREPOSITIVE_ABBREVIATIONS: st, p, dr, mudr, judr, ing, mgr, bc, drsc, doc, prof.
    titles: 'st p dr mudr judr ing mgr bc drsc doc prof ul',
    // pySBD sk NUMBER_ABBREVIATIONS: č, no, nr; ABBREVIATIONS: str, obr, tel.
    numbers: 'č no nr str obr tel',
  },
  zh: { brackets },
  ru: {
    // CLDR ru: проф., ул., кв.; pySBD ru ABBREVIATIONS: г (город), пгт, пер, просп, акад,
    // канд, тов, гр, см. "г." after a number is a year, not a town: see abbreviations.ts.
    titles: 'г пгт ул пер просп пл наб проф акад канд тов гр см кв',
    // CLDR ru: тел., the months (янв. февр. апр. авг. сент. окт. нояб. дек.), тыс., руб.;
    // pySBD ru: стр, пп, п, с, ч, ст (ours: "ст. 15", an article of a law).
    numbers: 'стр пп п с ч ст тел янв февр апр авг сент окт нояб дек',
    phrases: [],
  },
  af: { starts: STOP_THEN_APOSTROPHE_WORD },
  el: {
    semicolonAsks: true,
    starts: GREEK_QUESTION_THEN_CAPITAL,
    // "κ." (κύριος, Mr.) and "κα" (κυρία), "Δρ." (Doctor), "Καθ." (Professor), "οδ." (street):
    // ours; CLDR and pySBD list no Greek abbreviations.
    titles: 'κ κκ δρ καθ οδ αγ',
    numbers: 'σελ αρ κεφ',
    phrases: [],
  },
};
