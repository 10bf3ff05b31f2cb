// German knowledge for the normaliser and the sentence segmenter.
// Roles of the lists: src/segment/data.ts.
import type { SegmentationData } from '../../segment/data.js';

export const segmentation: SegmentationData = {
  prepositiveAbbreviations: [
    'dr', 'dres', 'prof', 'hr', 'hrn', 'fr', 'frl', 'dipl', 'ing', 'st', 'mag', 'univ', 'priv', 'doz',
    'habil', 'mr', 'mrs', 'ms', 'sen', 'gen', 'adm', 'kard', 'hl', 'pfr', 'bgm', 'obgm',
  ],
  abbreviations: [
    // nouns, capitalised as written ("Nr.", "Mio.", "Abs.")
    'Abb', 'Abg', 'Abk', 'Abs', 'Abschn', 'Abt', 'Adr', 'Akad', 'Anh', 'Anl', 'Anm', 'Art', 'Aufl', 'Ausg',
    'Az', 'Bd', 'Bde', 'Bearb', 'Beil', 'Bev', 'Bez', 'Bhf', 'Bio', 'Bor', 'Bsp', 'Chr', 'Co', 'Corp',
    'Dir', 'Dtzd', 'Fa', 'Fam', 'Gebr', 'Ges', 'Hbf', 'Hg', 'Hrsg', 'Inc', 'Inh', 'Jh', 'Jhd', 'Jhdt',
    'Jhs', 'Jr', 'Kap', 'Kl', 'Ltd', 'Mill', 'Min', 'Mio', 'Mrd', 'Mwst', 'MwSt', 'Nachf', 'Nr', 'Nrn',
    'Pfd', 'Pkt', 'Prov', 'Red', 'Reg', 'Sek', 'Sp', 'Std', 'Stdn', 'Str', 'Tab', 'Tel', 'Temp', 'Tsd',
    'Verf', 'Verl', 'Vers', 'Vol', 'Vors', 'Wr', 'Ziff', 'Zi', 'Ztg',
    // months and weekdays, as abbreviated in dates ("1. Okt. 2025", "Mo. 3. März")
    'Jan', 'Feb', 'Febr', 'Mär', 'Apr', 'Aug', 'Sep', 'Sept', 'Okt', 'Nov', 'Dez', 'Mo', 'Di', 'Mi', 'Sa',
    // other words, lower case as written: "schweiz." must not swallow "Schweiz."
    'allg', 'amerik', 'anschl', 'bes', 'betr', 'brit', 'bspw', 'bzgl', 'bzw', 'ca', 'chin', 'dän', 'dgl',
    'dt', 'ebd', 'ehem', 'eigtl', 'einschl', 'engl', 'entspr', 'erg', 'ersch', 'etc', 'europ', 'ev',
    'evtl', 'exkl', 'ff', 'franz', 'geb', 'gegr', 'gem', 'gesch', 'gez', 'ggf', 'ggfs', 'ggü', 'griech',
    'inkl', 'insb', 'insbes', 'int', 'intl', 'ital', 'jap', 'jmd', 'jun', 'jur', 'kath', 'kfm', 'kgl',
    'lat', 'lfd', 'lt', 'max', 'med', 'mind', 'mtl', 'nachm', 'nat', 'oec', 'orig', 'österr', 'pers',
    'phil', 'pol', 'poln', 'pos', 'priv', 'prot', 'proz', 'rd', 'rel', 'resp', 'rer', 'röm', 'russ',
    'schwed', 'schweiz', 'sen', 'sog', 'span', 'spez', 'staatl', 'städt', 'stv', 'techn', 'usf', 'usw',
    'verh', 'verst', 'verw', 'vgl', 'vorm', 'vs', 'wg', 'wiss', 'zit', 'zul', 'zus', 'zzgl',
    // with internal periods, written with or without spaces ("z. B.", "z.B.")
    'z.B', 'z.T', 'z.Z', 'z.Zt', 'z.Hd', 'u.a', 'u.Ä', 'u.ä', 'u.a.m', 'u.U', 'u.v.m', 'u.s.w', 'o.Ä',
    'o.ä', 'o.g', 'd.h', 'd.i', 'd.J', 'i.A', 'i.d.R', 'i.V', 'i.S', 'i.S.d', 'i.e', 'i.w.S', 'i.e.S',
    'v.a', 'v.Chr', 'n.Chr', 's.o', 's.u', 's.a', 'a.a.O', 'a.D', 'e.V', 'k.o', 'm.E', 'm.W', 'o.J',
    'p.a', 'N.N', 'u.dgl', 'u.Ä.m', 'i.H.v', 'i.R', 'e.h', 'd.Ä', 'h.c', 'U.S',
  ],
  capitalisedBoundaryAbbreviations: [],
  sentenceStarters: [
    // articles, pronouns, determiners
    'Der', 'Die', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine', 'Einer', 'Eines', 'Einem', 'Einen',
    'Er', 'Sie', 'Es', 'Wir', 'Ihr', 'Ich', 'Du', 'Man', 'Dies', 'Diese', 'Dieser', 'Dieses', 'Diesem',
    'Diesen', 'Jene', 'Jener', 'Jenes', 'Sein', 'Seine', 'Seiner', 'Seinen', 'Seinem', 'Ihre', 'Ihren',
    'Ihrem', 'Ihrer', 'Unser', 'Unsere', 'Mein', 'Meine', 'Kein', 'Keine', 'Keiner', 'Jeder', 'Jede',
    'Jedes', 'Alle', 'Viele', 'Einige', 'Manche', 'Mehrere', 'Beide', 'Wenige', 'Andere', 'Solche',
    'Welche', 'Welcher', 'Welches', 'Wer', 'Was', 'Wo', 'Wie', 'Warum', 'Wann', 'Wohin', 'Woher',
    'Weshalb', 'Wieso',
    // conjunctions and sentence adverbs
    'Aber', 'Und', 'Oder', 'Doch', 'Denn', 'Sondern', 'Auch', 'Noch', 'Nur', 'So', 'Nun', 'Jetzt',
    'Dann', 'Da', 'Dort', 'Hier', 'Damit', 'Dabei', 'Dafür', 'Dagegen', 'Daher', 'Darum', 'Deshalb',
    'Deswegen', 'Dennoch', 'Trotzdem', 'Zudem', 'Außerdem', 'Allerdings', 'Jedoch', 'Zwar', 'Also',
    'Schon', 'Bereits', 'Immer', 'Inzwischen', 'Mittlerweile', 'Seitdem', 'Seither', 'Danach',
    'Davor', 'Zuvor', 'Zuletzt', 'Zunächst', 'Schließlich', 'Später', 'Heute', 'Gestern', 'Morgen',
    'Derzeit', 'Aktuell', 'Bisher', 'Laut', 'Gleichzeitig', 'Zugleich', 'Vielmehr', 'Insgesamt',
    'Ebenfalls', 'Offenbar', 'Vermutlich', 'Wahrscheinlich', 'Tatsächlich', 'Immerhin', 'Demnach',
    'Dazu', 'Darüber', 'Hinzu', 'Ob', 'Wenn', 'Weil', 'Als', 'Während', 'Obwohl', 'Nachdem', 'Bevor',
    'Sobald', 'Falls', 'Seit', 'Ab', 'Bis', 'Mehr', 'Weniger', 'Fast', 'Knapp', 'Rund', 'Etwa',
    'Mindestens', 'Erst', 'Selbst', 'Gerade', 'Vor', 'Nach', 'Bei', 'Mit', 'Ohne', 'Für', 'Gegen',
    'Um', 'Von', 'Aus', 'Zu', 'Zum', 'Zur', 'Im', 'Am', 'Beim', 'Vom', 'Ins', 'In', 'An', 'Auf', 'Über',
    'Unter', 'Neben', 'Trotz', 'Wegen', 'Angesichts', 'Nicht', 'Ja', 'Nein', 'Es', 'Dass',
    'Tausende', 'Hunderte', 'Millionen', 'Dutzende',
  ],
  capitalisedNouns: true,
  ordinalPeriod: true,
  months: [
    'Januar', 'Jänner', 'Februar', 'Feber', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August',
    'September', 'Oktober', 'November', 'Dezember',
    'Jan', 'Feb', 'Febr', 'Mär', 'Mrz', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Okt', 'Nov', 'Dez',
  ],
  ordinalContext: [
    'am', 'im', 'zum', 'zur', 'vom', 'beim', 'ins', 'der', 'die', 'das', 'den', 'dem', 'des',
    'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'sein', 'seine', 'seiner', 'seines', 'seinem',
    'seinen', 'ihr', 'ihre', 'ihrer', 'ihres', 'ihrem', 'ihren', 'unser', 'unsere', 'unserem',
    'unseren', 'jeder', 'jede', 'jedes', 'jedem', 'jeden', 'dieser', 'diese', 'dieses', 'diesem',
    'diesen', 'bis', 'ab', 'seit', 'zwischen', 'fürs', 'aufs',
  ],
  ordinalHeads: [
    'Spiel', 'Runde', 'Quartal', 'Halbjahr', 'Etappe', 'Spieltag', 'Satz', 'Akt', 'Teil', 'Liga', 'Klasse',
    'Platz', 'Jahrhundert', 'Stock', 'Tag', 'Woche', 'Lauf', 'Durchgang', 'Halbzeit', 'Drittel', 'Viertel',
    'Folge', 'Staffel', 'Auflage', 'Ausgabe', 'Sitzung', 'Lesung', 'Instanz', 'Kapitel', 'Band', 'Semester',
  ],
  cardinalContext: [
    'auf', 'um', 'über', 'unter', 'rund', 'etwa', 'ca', 'circa', 'knapp', 'fast', 'nur', 'lediglich',
    'insgesamt', 'mehr', 'weniger', 'als', 'gut', 'nahezu', 'beinahe', 'ungefähr', 'mindestens',
    'höchstens', 'genau', 'exakt', 'von', 'gegen', 'zu',
  ],
  lineEndWords: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen',
    'und', 'oder', 'aber', 'sowie', 'als', 'wie', 'dass', 'ob', 'wenn', 'weil', 'denn', 'sondern',
    'mit', 'von', 'vom', 'zu', 'zum', 'zur', 'im', 'in', 'ins', 'am', 'an', 'auf', 'aus', 'bei', 'beim',
    'für', 'gegen', 'nach', 'seit', 'über', 'unter', 'vor', 'durch', 'ohne', 'um', 'bis', 'zwischen',
    'trotz', 'wegen', 'während', 'laut', 'sich', 'nicht', 'auch', 'noch', 'nur', 'sein', 'seine',
    'seiner', 'seinen', 'seinem', 'ihr', 'ihre', 'ihrer', 'ihren', 'ihrem', 'dieser', 'diese',
    'dieses', 'diesem', 'diesen', 'ist', 'sind', 'war', 'waren', 'wird', 'werden', 'wurde', 'wurden',
    'hat', 'haben', 'hatte', 'hatten', 'kann', 'können', 'soll', 'sollen', 'muss', 'müssen', 'so',
    'es', 'er', 'sie', 'wir', 'man', 'sehr', 'mehr', 'rund', 'etwa', 'fast', 'knapp',
  ],
  hyphenConjunctions: ['und', 'oder', 'bzw', 'sowie', 'als', 'wie', 'bis', 'noch', 'respektive'],
  hyphenKeepPrefixes: [],
};
