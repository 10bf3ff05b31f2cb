// German knowledge for the normaliser and the sentence segmenter.
// Roles of the lists: src/segment/data.ts.
import type { SegmentationData } from '../../segment/data.js';

export const segmentation: SegmentationData = {
  prepositiveAbbreviations: [
    'dr', 'dres', 'prof', 'hr', 'hrn', 'fr', 'frl', 'dipl', 'ing', 'st', 'mag', 'univ', 'priv', 'doz',
    'habil', 'mr', 'mrs', 'ms', 'sen', 'gen', 'adm', 'kard', 'hl', 'pfr', 'bgm', 'obgm',
  ],
  abbreviations: [
    // general
    'abb', 'abg', 'abk', 'abs', 'abschn', 'abt', 'adr', 'akad', 'allg', 'alt', 'anh', 'anl', 'anm', 'anschl',
    'art', 'aufl', 'ausg', 'az', 'bd', 'bde', 'bearb', 'beil', 'bes', 'betr', 'bev', 'bez', 'bhf', 'bio',
    'bsp', 'bspw', 'bzgl', 'bzw', 'ca', 'chr', 'co', 'corp', 'dgl', 'dir', 'dt', 'dtzd', 'ebd', 'eigtl',
    'einschl', 'engl', 'entspr', 'erg', 'ersch', 'etc', 'europ', 'ev', 'evtl', 'exkl', 'fa', 'fam', 'ff',
    'franz', 'gebr', 'geb', 'gegr', 'gem', 'ges', 'gesch', 'ggf', 'ggü', 'hbf', 'hg', 'hrsg', 'inc',
    'inkl', 'inh', 'insb', 'insbes', 'int', 'intl', 'ital', 'jh', 'jhd', 'jhdt', 'jhs', 'jmd', 'jr',
    'jun', 'jur', 'kap', 'kath', 'kfm', 'kgl', 'kl', 'lfd', 'lt', 'ltd', 'max', 'med', 'mill', 'min',
    'mind', 'mio', 'mrd', 'mrz', 'mtl', 'mwst', 'nachf', 'nat', 'nr', 'nrn', 'oec', 'orig', 'österr',
    'pers', 'pfd', 'phil', 'pkt', 'pol', 'pos', 'prot', 'prov', 'proz', 'rd', 'red', 'reg', 'rel', 'resp',
    'rer', 'röm', 'russ', 'schweiz', 'sek', 'sen', 'sog', 'sp', 'span', 'spez', 'std', 'stdn', 'str',
    'stv', 'tab', 'tel', 'temp', 'tsd', 'usf', 'usw', 'verf', 'verh', 'verl', 'vers', 'verw', 'vgl',
    'vol', 'vorm', 'vors', 'vs', 'wg', 'zit', 'ztg', 'zus', 'zzgl', 'ziff', 'zi', 'zt', 'bzgl', 'betr',
    'gez', 'ggfs', 'lat', 'griech', 'amerik', 'brit', 'dän', 'schwed', 'poln', 'chin', 'jap',
    'mon', 'wiss', 'techn', 'staatl', 'städt', 'priv', 'ehem', 'verst', 'zul', 'nachm', 'vorm',
    // months and weekdays, as abbreviated in dates ("1. Okt. 2025", "Mo. 3. März")
    'jan', 'feb', 'febr', 'mär', 'apr', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez',
    'mo', 'di', 'mi', 'do', 'sa', 'so',
    // with internal periods, written with or without spaces ("z. B.", "z.B.")
    'z.b', 'z.t', 'z.z', 'z.zt', 'z.hd', 'u.a', 'u.ä', 'u.a.m', 'u.u', 'u.v.m', 'u.s.w', 'o.ä', 'o.g',
    'd.h', 'd.i', 'd.j', 'i.a', 'i.d.r', 'i.v', 'i.s', 'i.s.d', 'i.e', 'i.w.s', 'i.e.s', 'v.a', 'v.chr',
    'n.chr', 's.o', 's.u', 's.a', 'a.a.o', 'a.d', 'b.z.w', 'e.v', 'k.o', 'm.e', 'm.w', 'o.j', 'p.a',
    'n.n', 'u.dgl', 'u.ä.m', 'z.zt', 'i.h.v', 'i.r', 'e.h', 'd.ä', 'd.j', 'h.c', 'u.s',
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
    'diesen', 'bis', 'ab', 'seit', 'zwischen', 'vor', 'nach', 'bis zum', 'dritte', 'fürs', 'aufs',
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
