// German number vocabulary for the number lexer (src/extract): how figures are
// written ("2,8 Milliarden", "dreihundertfünfzig", "zwei Drittel"), the hedges in
// front of them and the context words that make a number something other than a
// claim (a date, a time of day, a paragraph, a score).
import type { ContextLanguage, NumberLanguage } from '../../extract/language.js';

const UNITS = { ein: 1, eins: 1, zwei: 2, zwo: 2, drei: 3, vier: 4, fünf: 5, fuenf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9 };
const TEENS = {
  zehn: 10, elf: 11, zwölf: 12, zwoelf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, fuenfzehn: 15,
  sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
};
const TENS = {
  zwanzig: 20, dreißig: 30, dreissig: 30, vierzig: 40, fünfzig: 50, fuenfzig: 50, sechzig: 60,
  siebzig: 70, achtzig: 80, neunzig: 90,
};

/** Adjective endings: "zweimalige", "viermaligen". */
const ADJECTIVE_ENDINGS = ['e', 'en', 'er', 'es', 'em'];
/**
 * "zweimal" ... "neunzigmal" and "zweimalig(e)": the cardinals from two to ninety (not "einmal": an
 * adverb; not "hundertmal", "tausendmal": "das habe ich schon hundertmal gesagt" exaggerates).
 */
const OCCASION_WORDS: Record<string, number> = Object.fromEntries(
  Object.entries({ ...UNITS, ...TEENS, ...TENS })
    .filter(([, v]) => v >= 2)
    .flatMap(([w, v]) => [`${w}mal`, ...ADJECTIVE_ENDINGS.map((e) => `${w}malig${e}`)].map((x) => [x, v] as const)),
);

export const numbers: NumberLanguage = {
  decimalMark: ',',
  groupMark: '.',
  // genitive "im Zuge dreier Verfahren", "die Aussagen zweier Zeugen", "vierer Kinder"; capitalised a noun ("ein Dreier")
  lowerCaseCardinals: { zweier: 2, dreier: 3, vierer: 4 },
  cardinals: { null: 0, ...UNITS, ...TEENS, ...TENS, hundert: 100, tausend: 1000 },
  compounds: {
    units: UNITS, teens: TEENS, tens: TENS,
    hundred: ['hundert'], thousand: ['tausend'], and: ['und'], half: ['einhalb'], quarter: ['viertel'],
  },
  occasionWords: OCCASION_WORDS,
  occasionNouns: ['Mal', 'mal'],
  // ("ließ sich das nicht zweimal sagen", "würde es mir zweimal überlegen")
  occasionIdioms: ['sagen', 'bitten', 'überlegen', 'fragen', 'hinschauen', 'hinsehen'],
  multiplierCues: [
    'mehr', 'weniger', 'höher', 'höhere', 'höheren', 'höherer', 'höheres', 'größer', 'größere', 'größeren', 'größerer',
    'schneller', 'langsamer', 'teurer', 'billiger', 'günstiger', 'stärker', 'schwächer', 'länger', 'kürzer', 'häufiger',
    'öfter', 'wahrscheinlicher', 'besser', 'schlechter', 'kleiner', 'niedriger', 'leichter', 'schwerer', 'weiter', 'heller',
    'soviel', 'soviele',
  ],
  // "dreimal so viele", "zehnmal so hoch" (not "hat es dreimal so gemacht")
  multiplierComparisons: {
    words: ['so'],
    heads: [
      'viel', 'viele', 'vielen', 'hoch', 'hohe', 'hohen', 'groß', 'große', 'großen', 'schnell', 'lang', 'oft', 'teuer', 'stark',
      'häufig', 'weit', 'schwer', 'scharf', 'hell', 'breit', 'tief', 'billig', 'alt', 'reich', 'klein', 'niedrig', 'wenig', 'wenige',
      'gefährlich', 'wahrscheinlich', 'effizient', 'wertvoll',
    ],
  },
  articles: ['ein', 'eine', 'einen', 'einem', 'einer', 'eines'],
  articlesTakeUnits: true,
  zeros: ['null'],
  weakCardinals: ['eins'],
  scales: {
    tausend: 1e3, tsd: 1e3, 'tsd.': 1e3,
    mio: 1e6, 'mio.': 1e6, 'mill.': 1e6, million: 1e6, millionen: 1e6,
    mrd: 1e9, 'mrd.': 1e9, milliarde: 1e9, milliarden: 1e9,
    bio: 1e12, 'bio.': 1e12, billion: 1e12, billionen: 1e12,
    billiarde: 1e15, billiarden: 1e15,
    // "fast eine Viertelmillion Menschen": a quarter of the scale written as one word
    viertelmillion: 2.5e5, viertelmilliarde: 2.5e8, dreiviertelmillion: 7.5e5, dreiviertelmilliarde: 7.5e8,
  },
  scaleSymbols: {},
  currencyScales: {},
  fractions: {
    halb: 2, halbe: 2, halben: 2, halber: 2, halbes: 2,
    drittel: 3, viertel: 4, fünftel: 5, fuenftel: 5, sechstel: 6, siebtel: 7, achtel: 8, neuntel: 9,
    zehntel: 10, zwanzigstel: 20, hundertstel: 100, tausendstel: 1000,
  },
  fractionsNeedOf: [],
  halfNouns: ['hälfte'],
  // (not "eine gute Million", "eine knappe Million": hedges, at least and at most a million)
  scaleAdjectives: ['weitere', 'weiteren', 'zusätzliche', 'zusätzlichen', 'ganze', 'ganzen', 'volle', 'vollen'],
  mixed: { anderthalb: 1.5, eineinhalb: 1.5, einundhalb: 1.5, eineinviertel: 1.25, eindreiviertel: 1.75 },
  dozens: { dutzend: 12 },
  // "einige hundert", "ein paar tausend", "mehrere 100": no figure ("rund hundert" is a hedged one)
  vagueQuantifiers: [
    'einige', 'einigen', 'einiger', 'mehrere', 'mehreren', 'mehrerer', 'etliche', 'etlichen', 'etlicher', 'ein paar',
    'einige wenige', 'wenige', 'wenigen', 'viele', 'vielen', 'vieler', 'zig', 'manche', 'manchen', 'paar',
  ],
  decimalWords: ['komma'],
  negativeWords: ['minus'],
  negations: {
    words: ['kein', 'keine', 'keinen', 'keiner', 'keinem', 'keines', 'nicht', 'nie', 'niemals'],
    focus: ['nur', 'bloß', 'erst', 'selten', 'zuletzt', 'weit', 'allzu', 'umsonst', 'ohne', 'sagen', 'gesagt', 'bestätigt', 'bestätigen'],
    barriers: ['dass', 'die', 'der', 'das', 'weil', 'ob', 'wenn', 'aber', 'sondern', 'und', 'oder', 'als'],
    nounLinks: ['für', 'auf', 'an', 'von', 'mit', 'bei', 'in', 'zu', 'aus', 'ab'],
    comparatives: ['als'],
  },
  andWords: ['und'],
  ordinals: {
    erste: 1, ersten: 1, erster: 1, erstes: 1, zweite: 2, zweiten: 2, zweiter: 2, dritte: 3, dritten: 3, dritter: 3,
    vierte: 4, vierten: 4, vierter: 4, fünfte: 5, fünften: 5, fünfter: 5, sechste: 6, sechsten: 6, siebte: 7, siebten: 7,
    achte: 8, achten: 8, neunte: 9, neunten: 9, zehnte: 10, zehnten: 10, zwanzigste: 20, zwanzigsten: 20,
    hundertste: 100, hundertsten: 100, tausendste: 1000, tausendsten: 1000,
  },
  // "jeder Dritte", "jede fünfte Österreicherin": a share of 1/n
  everyWords: ['jeder', 'jede', 'jedes', 'jeden', 'jedem'],
  overWords: [],
  spanHedges: { hedges: [], boundAfter: [], boundBefore: [] },
  // (German ordinals are not fraction words: "der fünfte Deal", "ein Fünftel")
  fractionOrdinalLeads: [],
  shareEventNouns: ['spielen', 'spiele', 'partien', 'versuchen', 'rennen', 'duellen', 'kämpfen', 'runden', 'saisonen'],
  // "sechs von zehn Reisenden", "drei von vier Deutschen": a share n/m
  oneInWords: ['von'],
  outOfWords: ['von'],
  ordinalSuffixes: [],
  ordinalDot: true,
  decadeSuffixes: ['er', 'ern', 'ers', 'erjahre', 'erjahren', 'erjahrs'],
  // "zwischen 5.001und 10.000 Euro": a scrape's lost blank
  gluedWords: ['und', 'bis', 'oder'],
};

export const context: ContextLanguage = {
  hedges: [
    ['lediglich', 'exact'], ['nur', 'exact'], ['genau', 'exact'], ['exakt', 'exact'], ['gerade einmal', 'exact'],
    ['gerade mal', 'exact'], ['ganze', 'exact'], ['bloß', 'exact'],
    ['rund', 'about'], ['etwa', 'about'], ['ca.', 'about'], ['ca', 'about'], ['circa', 'about'], ['zirka', 'about'],
    ['ungefähr', 'about'], ['annähernd', 'about'], ['schätzungsweise', 'about'],
    ['geschätzt', 'about'], ['geschätzte', 'about'], ['geschätzten', 'about'], ['an die', 'about'], ['um die', 'about'],
    ['in etwa', 'about'], ['grob', 'about'],
    ['knapp', 'at_most'], ['fast', 'at_most'], ['beinahe', 'at_most'], ['nahezu', 'at_most'], ['bis zu', 'at_most'], ['bis', 'at_most', 'unit'],
    ['bis zur Höhe von', 'at_most'], ['bis zu einer Höhe von', 'at_most'], ['bis zu einem Betrag von', 'at_most'],
    ['höchstens', 'at_most'], ['maximal', 'at_most'], ['max.', 'at_most'], ['nicht mehr als', 'at_most'],
    ['knapp unter', 'less_than'], ['knapp über', 'more_than'],
    ['mindestens', 'at_least'], ['gut', 'at_least'], ['gute', 'at_least'], ['guten', 'at_least'], ['wenigstens', 'at_least'],
    ['zumindest', 'at_least'], ['nicht weniger als', 'at_least'], ['mind.', 'at_least'], ['ab', 'at_least'],
    ['über', 'more_than'], ['mehr als', 'more_than'], ['weit über', 'more_than'], ['deutlich über', 'more_than'],
    ['etwas mehr als', 'more_than'], ['deutlich mehr als', 'more_than'], ['weit mehr als', 'more_than'],
    // Verben des Überschreitens: "die Kosten übersteigen 1 Million Euro"
    ['übersteigt', 'more_than'], ['übersteigen', 'more_than'], ['überstieg', 'more_than'], ['überstiegen', 'more_than'],
    ['überschreitet', 'more_than'], ['überschritt', 'more_than'],
    ['gut über', 'more_than'], ['jenseits von', 'more_than'], ['oberhalb von', 'more_than'],
    ['weniger als', 'less_than'], ['unter', 'less_than', 'unit'],
    // (after a preposition of a level "unter" bounds a count too: "von unter einer Million", "auf unter 500 sinken"; alone it may be "among")
    ['von unter', 'less_than'], ['auf unter', 'less_than'], ['deutlich unter', 'less_than'], ['weit unter', 'less_than'],
    ['etwas weniger als', 'less_than'], ['unterhalb von', 'less_than'], ['keine', 'less_than'],
  ],
  // "das Lumia 950 XL", "das Galaxy S7 Edge": a model's name goes on after its number
  modelSuffixes: ['xl', 'xxl', 'pro', 'plus', 'max', 'mini', 'lte', 'edge', 'ultra', 'lite', 'se', 'gt', 'gti', 'tdi'],
  // "kamen am Abend 500 weitere": the noun left out, the number counts it
  ellipticCountWords: ['weitere', 'weiteren', 'mehr', 'andere', 'anderen', 'zusätzliche', 'zusätzlichen'],
  trailingHedges: [
    ['oder mehr', 'at_least'], ['oder darüber', 'at_least'], ['oder höher', 'at_least'], ['und mehr', 'at_least'], ['und darüber', 'at_least'],
    ['oder weniger', 'at_most'], ['oder darunter', 'at_most'], ['oder niedriger', 'at_most'],
  ],
  // ("Fünf-Sterne-Hotel", "360-Grad-Filmen", "eine 180-Grad-Wende": a kind of thing, no measure)
  gradeWords: { compound: ['sterne', 'stern', 'grad'], attributive: [] },
  // "Maximal können zwei Titel vorgeschlagen werden": the hedge opens the sentence, the finite verb stands between
  frontedHedges: {
    hedges: ['maximal', 'höchstens', 'mindestens'],
    verbs: [
      'kann', 'können', 'konnte', 'konnten', 'darf', 'dürfen', 'durfte', 'durften', 'soll', 'sollen', 'sollte', 'sollten',
      'muss', 'müssen', 'musste', 'mussten', 'wird', 'werden', 'wurde', 'wurden', 'würde', 'würden', 'ist', 'sind',
      'war', 'waren', 'gibt', 'gab', 'haben', 'hat', 'hatte', 'hatten', 'kamen', 'kommen', 'nahmen', 'nehmen',
    ],
  },
  // "drei lange Jahre", "zwölf harte Monate": adjectives between a figure and a duration
  unitFillers: { reach: 2, units: ['year', 'month', 'week', 'day', 'hour', 'minute'] },
  rangeWords: ['bis', '-', '–', '—'],
  alternativeRangeWords: ['oder'],
  estimateWords: ['vielleicht', 'möglicherweise', 'wahrscheinlich', 'wohl'],
  between: [['zwischen', 'und']],
  /** words joining listed numbers that share one unit: "69 bzw. 159 Euro" */
  listWords: [',', 'und', 'oder', 'bzw.', 'beziehungsweise', 'sowie'],
  alternativeListWords: ['bzw.', 'beziehungsweise'],
  fromWords: ['von'],
  // "von 74 auf 79 Prozent", "26 gegenüber 20 Prozent": the bare first figure takes the unit of the second
  // ("12 statt 14,5 Milliarden Euro": the figure instead of another lends its unit too)
  pairWords: [['auf', 'from'], ['gegenüber', 'any'], ['statt', 'any'], ['anstatt', 'any'], ['anstelle von', 'any']],
  pairDeterminers: ['der', 'die', 'das', 'den', 'dem', 'des'],
  // "6,31 (Vorjahr: 4,86) Millionen Euro": the label of the comparison figure in the bracket
  comparisonLabels: ['vorjahr', 'vj.', 'vj', 'i. v.', 'i.v.', 'vorjahreszeitraum', 'vorjahresquartal', 'vorquartal', 'vormonat', 'zuvor', 'bisher', 'vorher'],
  // "verfügen über 180 Maschinen", "diskutierte der Nationalrat über zehn Anträge": the verb's preposition, no hedge
  verbParticles: [{
    hedge: 'über',
    verbs: [
      'verfügen', 'verfügt', 'verfügte', 'verfügten', 'diskutieren', 'diskutiert', 'diskutierte', 'diskutierten',
      'debattieren', 'debattiert', 'debattierte', 'debattierten', 'beraten', 'berät', 'beriet', 'berieten',
      'verhandeln', 'verhandelt', 'verhandelte', 'verhandelten', 'stimmen', 'stimmt', 'stimmte', 'stimmten', 'abstimmen',
      'entscheiden', 'entscheidet', 'entschied', 'entschieden', 'sprechen', 'spricht', 'sprach', 'sprachen',
      'reden', 'redet', 'redete', 'redeten', 'streiten', 'streitet', 'stritt', 'stritten', 'informieren', 'informiert',
      'informierte', 'informierten', 'berichten', 'berichtet', 'berichtete', 'berichteten', 'klagen', 'klagt', 'klagte',
      'klagten', 'beschweren', 'beschwert', 'beschwerte', 'beschwerten', 'freuen', 'freut', 'freute', 'freuten',
      'urteilen', 'urteilt', 'urteilte', 'urteilten', 'befinden', 'befindet', 'befand', 'befanden', 'nachdenken',
      'denkt', 'dachte', 'dachten', 'beratschlagen', 'beratschlagt', 'beratschlagte',
      // verbs of course and extent: "Das Spiel ging über drei Sätze", "erstreckte sich über zwölf Monate"
      'gehen', 'geht', 'ging', 'gingen', 'erstrecken', 'erstreckt', 'erstreckte', 'erstreckten', 'ziehen', 'zieht',
      'zog', 'zogen', 'laufen', 'läuft', 'lief', 'liefen', 'führen', 'führt', 'führte', 'führten', 'verteilen',
      'verteilt', 'verteilte', 'verteilten', 'spannen', 'spannt', 'spannte', 'spannten',
      // Konjunktiv I of reported speech: "Derzeit verfüge der Lander über 24 Watt"
      // (not those that are nouns too or another verb's: "Klage über 2 Millionen Euro", "Rede", "Stimme",
      // "Berichte über 300 Tote", "er führe nie über 130 km/h")
      'verfüge', 'diskutiere', 'debattiere', 'berate', 'verhandle', 'entscheide', 'spreche', 'streite',
      'informiere', 'beschwere', 'freue', 'urteile', 'befinde', 'erstrecke', 'verteile',
    ],
    objectVerbs: [],
    reach: 4,
  }],
  changeWords: ['um'],
  // "stieg um 5 Prozent auf 120": "auf" is no range word, so German needs no verbs here
  changeVerbs: [],
  rateNouns: [],
  periodLinks: ['bis'],
  // "Rund 8,6 Mrd. davon werden ...": German capitalises nouns, so a bare "Mrd." before no noun can be seen
  elidedUnits: 'capitalised-nouns',
  elisionWords: ['davon', 'dafür', 'hiervon'],
  levelLinks: ['auf'],
  parallelLinks: ['und', 'statt', 'anstatt', 'nach', 'gegenüber', 'bzw', 'beziehungsweise', 'oder', 'es', 'noch', 'vs'],
  // ("lief in 7,27 Sekunden ins Ziel, Maduaka wurde Fünfte in 7,35")
  resultTimes: { leads: ['in', 'lief', 'mit einer zeit von'], units: ['second', 'minute'] },
  rankParallel: { before: ['auf'], after: ['und', 'im', 'in', 'hinter', 'vor', 'mit', 'während', 'aber'] },
  countWordEndings: ['zahl', 'zahlen'],
  moneyNounEndings: [
    'verlust', 'verluste', 'verlusten', 'gewinn', 'gewinne', 'schulden', 'umsatz', 'defizit', 'überschuss', 'kosten', 'miese',
    'erlös', 'erlöse', 'erlösen', 'einnahmen', 'darlehen', 'nennwert', 'subventionen', 'kapital',
  ],
  impliedMoney: {
    adjectives: ['teuer', 'teure', 'teuren', 'teurer', 'teures', 'teurem'],
    verbs: [
      'kosten', 'gekostet', 'investiert', 'investieren', 'ausgegeben', 'ausgeben', 'auszugeben', 'aufgewendet', 'aufwenden',
      'aufzuwenden', 'eingespart', 'einsparen', 'einzusparen', 'eingenommen', 'einzunehmen', 'bezahlt', 'gezahlt',
      'überwiesen', 'zugeschossen', 'zuzuschießen', 'bereitgestellt', 'bereitzustellen', 'veranschlagt', 'budgetiert',
      'lukriert', 'erwirtschaftet', 'ausgeschüttet', 'gespendet', 'verschlingen', 'verschlungen',
    ],
    nounLinks: ['von', 'in Höhe von'],
    linkNouns: [
      'kredit', 'kredite', 'krediten', 'darlehen', 'nennwert', 'eigenkapital', 'kapital', 'kosten', 'gesamtkosten',
      'schulden', 'umsatz', 'defizit', 'subventionen', 'einnahmen', 'ausgaben', 'investitionen',
    ],
    determiners: ['die', 'der', 'den', 'dem', 'diese', 'diesen', 'dieser', 'jene', 'jenen', 'jener'],
    fallback: 'EUR',
  },
  functionWords: [
    'mit', 'bei', 'für', 'auf', 'nach', 'um', 'zu', 'von', 'aus', 'an', 'in', 'im', 'am', 'vor', 'über', 'unter',
    'durch', 'gegen', 'ohne', 'seit', 'bis', 'ab', 'und', 'oder', 'aber', 'doch', 'nur', 'auch', 'noch', 'schon',
    'etwa', 'rund', 'knapp', 'fast', 'insgesamt', 'dann', 'da', 'als', 'wie', 'wenn', 'so', 'nun', 'jetzt', 'heute',
    'gestern', 'damals', 'bereits', 'weitere', 'weiteren', 'alle', 'jede', 'jeder', 'jedes', 'mehr', 'weniger',
    'zusätzlich', 'gut', 'genau', 'lediglich', 'zuletzt', 'zunächst', 'derzeit', 'aktuell', 'zuvor', 'danach',
    'laut', 'zum', 'zur', 'vom', 'beim', 'ins', 'ans', 'pro', 'je', 'sogar', 'immerhin', 'allein', 'allerdings',
    'zwar', 'denn', 'weil', 'dass', 'ob', 'dort', 'hier', 'hierzulande', 'weltweit', 'bundesweit', 'österreichweit',
    'landesweit', 'europaweit', 'mindestens', 'höchstens', 'maximal', 'circa', 'ca', 'über', 'zirka', 'satte',
    'stolze', 'ganze', 'gerade', 'bislang', 'bisher', 'inzwischen', 'mittlerweile', 'seither', 'somit', 'also',
    'inklusive', 'exklusive', 'einschließlich', 'zuzüglich', 'abzüglich', 'samt', 'sowie', 'wegen', 'während', 'trotz', 'statt',
  ],
  referential: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'diese', 'dieser', 'diesen', 'diesem', 'dieses', 'jene', 'jener', 'jenen',
    'seine', 'seinen', 'seiner', 'seinem', 'ihre', 'ihren', 'ihrer', 'ihrem', 'unsere', 'unseren', 'alle', 'allen', 'aller',
    'beiden', 'letzten', 'ersten', 'nächsten', 'weiteren', 'anderen', 'zu', 'um', 'mal',
    // (not "je", "jeweils": "in jeweils vier Gewichtsklassen", "je drei Punkte" say how many each has)
  ],
  // (German possessives stay referential: "seine zwei Söhne" is read as "die zwei Söhne")
  possessiveDeterminers: [],
  // "die besten acht", "die wichtigsten drei Anliegen"
  referentialSuperlatives: ['sten', 'ßten'],
  // "die 20 größten Banken", "der 100 reichsten Deutschen", "die zehn umsatzstärksten Firmen" (a list:
  // participles end as superlatives do: "die 500 mitgereisten Fans")
  rankingSuperlatives: [
    'größten', 'besten', 'meisten', 'wichtigsten', 'reichsten', 'ärmsten', 'höchsten', 'niedrigsten', 'tiefsten',
    'ältesten', 'jüngsten', 'neuesten', 'stärksten', 'schwächsten', 'kleinsten', 'erfolgreichsten', 'beliebtesten',
    'bekanntesten', 'bedeutendsten', 'teuersten', 'günstigsten', 'billigsten', 'wertvollsten', 'schnellsten',
    'gefährlichsten', 'tödlichsten', 'schlechtesten', 'schlimmsten', 'einflussreichsten', 'mächtigsten', 'längsten',
    'häufigsten',
    // without an article, in a headline: "Drei größte Banken in Ukraine in Zahlungsschwierigkeiten"
    'größte', 'reichste', 'wichtigste', 'erfolgreichste', 'beliebteste', 'wertvollste', 'mächtigste',
  ],
  references: [
    'artikel', 'art.', '§', '§§', 'absatz', 'abs.', 'paragraf', 'paragraph', 'paragrafen', 'satz', 'ziffer', 'ziff.',
    'seite', 's.', 'seiten', 'nr.', 'nr', 'nummer', 'kapitel', 'kap.', 'band', 'bd.', 'heft', 'ausgabe', 'folge',
    'staffel', 'episode', 'teil', 'linie', 'gleis', 'zimmer', 'raum', 'version', 'v.', 'isin', 'wkn', 'tel.',
    'telefon', 'fax', 'kw', 'kalenderwoche', 'buslinie', 'tor', 'haus', 'hausnummer', 'postfach', 'plz', 'az', 'resolution',
    'aktenzeichen', 'level', 'stufe', 'windows', 'iphone', 'ios', 'android', 'typ', 'modell', 'baureihe', 'formel',
    'ligue', 'serie', 'liga', 'spieltag', 'runde', 'etappe', 'minute', 'min.', 'jahrgang', 'gruppe', 'pisa',
    // a rank, not a count: "unter die Top 10"
    'top',
  ],
  referenceVerbs: { words: [], leads: [] },
  timeOfDay: ['uhr', 'h', 'uhrzeit'],
  clockOffsets: { links: ['vor', 'nach'], quarter: ['viertel'] },
  numberLabelVerbs: ['trägt', 'trug', 'tragen', 'trage', 'trugen', 'getragen'],
  rateLinks: ['je', 'pro', 'zum', 'für einen'],
  // ("nur ein Tor": "ein" is read as an article, whatever comes before it)
  oneCount: { leads: [], copulas: [], partitive: 'von' },
  titleArticles: ['die', 'der', 'das'],
  compoundConjunctions: ['und', 'oder', 'bis', 'bzw', 'sowie'],
  // "A1, T-Mobile und 3 werden die neuen Handys anbieten", "Bei A1 und 3 ist das möglich": the operator "3"
  nameListVerbs: ['ist', 'sind', 'war', 'waren', 'hat', 'haben', 'hatte', 'hatten', 'wird', 'werden', 'wurde', 'wurden', 'bietet', 'bieten', 'verkauft', 'verkaufen', 'verkaufte', 'verkauften'],
  // "Karl Schnell, dem fünf Mandatare gefolgt sind": a relative pronoun, not the article of a group
  relativePronouns: ['der', 'die', 'das', 'dem', 'den', 'denen'],
  // "Spiel zwei geht an LeBron" (German nouns are capitalised: a noun after the number counts, "im Spiel 3 Tore")
  numberedLabels: { nouns: ['spiel', 'partie'], followers: [], capitalisedNouns: true },
  levelVerbs: ['liegt', 'lag', 'liegen', 'lagen', 'bleibt', 'blieb', 'bleiben', 'blieben', 'sank', 'sinkt', 'sanken', 'fiel', 'fällt', 'fielen', 'rutschte', 'rutschten', 'stieg', 'steigt', 'stiegen'],
  // "12.30 Uhr" carries its own word (timeOfDay)
  pointClockAfter: [],
  eraMarkers: ['v. Chr.', 'n. Chr.', 'v. Chr', 'n. Chr', 'v.Chr.', 'n.Chr.', 'v. u. Z.', 'v.u.Z.', 'u. Z.', 'vor Christus', 'nach Christus', 'vor Christi Geburt', 'nach Christi Geburt'],
  relativeBefore: ['vor'],
  // "die alle zwei Jahre stattfindende Umfrage", "der alle fünf Jahre erscheinenden Studie": how often
  // an event recurs (see frequencyBefore)
  frequencyBefore: ['alle'],
  aheadPhrases: ['erst in', 'bereits in', 'schon in', 'spätestens in', 'frühestens in'],
  aheadLongPhrases: ['in'],
  clockBefore: ['um', 'gegen', 'ab', 'bis', 'seit', 'nach', 'vor', 'zwischen'],
  durationBefore: ['in', 'nach', 'von', 'bei', 'betrug', 'lief', 'brauchte', 'benötigte', 'zeit', 'bestzeit', 'siegerzeit', 'endzeit', 'laufzeit', 'fahrzeit', 'rekordzeit', 'spielzeit', 'gesamtzeit'],
  // ("Über ein Jahr betrachtet fiel die Quote": a viewing window, no duration claimed)
  relativeAfter: ['später', 'zuvor', 'danach', 'davor', 'früher', 'darauf', 'vorher', 'nachher', 'betrachtet', 'gerechnet', 'gesehen'],
  eventOffset: {
    links: ['vor', 'nach'],
    longUnits: ['day', 'week', 'month', 'year'],
    clockAnchors: ['ende', 'beginn', 'start', 'schluss', 'mitternacht', 'anpfiff', 'abpfiff', 'pause', 'halbzeit', 'sirene', 'ablauf'],
    determiners: ['der', 'dem', 'den', 'des', 'einem', 'einer', 'seinem', 'seiner', 'ihrem', 'ihrer'],
    // (a length stated as such: "Die Wartezeit beträgt drei Monate nach Angaben des Ministeriums")
    stayWords: ['für', 'jeweils', 'auf', 'von', 'um', 'mit', 'beträgt', 'betrug', 'betragen', 'dauert', 'dauerte', 'dauern', 'liegt', 'lag'],
    // not an event after the link: a source ("nach Angaben"), a schedule or a rival ("vor dem Zeitplan", "vor der Konkurrenz")
    notEvents: [
      'ort', 'gericht', 'hause', 'haus', 'augen', 'allem', 'wie', 'vorne', 'hinten', 'oben', 'unten', 'angaben', 'schätzung',
      'schätzungen', 'berechnungen', 'informationen', 'auskunft', 'ansicht', 'darstellung', 'eigenen', 'zeitplan', 'plan',
      'termin', 'konkurrenz',
    ],
  },
  periodBefore: [
    'ersten', 'letzten', 'vergangenen', 'kommenden', 'nächsten', 'zurückliegenden', 'folgenden', 'vorigen',
    'vorangegangenen', 'jüngsten', 'kommende', 'nächste', 'letzte', 'vergangene', 'erste',
  ],
  periodPrepositions: [],
  heldSpanVerbs: ['spielte', 'spielten', 'spielt', 'verbrachte', 'verbrachten', 'verbringt', 'verpasste', 'verpassten', 'verpasst', 'verbüßte', 'verbüßt', 'saß', 'saßen'],
  // ("bis in 14 Tagen": a deadline)
  periodPhrases: ['in den', 'in diesen', 'während der', 'während den', 'während dieser', 'mal in', 'mal binnen', 'mal innerhalb von', 'bis in'],
  periodOfOthersPhrases: ['binnen', 'innerhalb von', 'innerhalb'],
  ordinalSpanPrepositions: ['in', 'binnen'],
  // "in den vergangenen drei Handelstagen": Tage der Börse
  periodCountNouns: ['handelstagen', 'handelstage', 'börsentagen', 'börsentage', 'handelssitzungen'],
  periodOfOthersAnchors: ['nach'],
  periodHedges: ['über'],
  spanNouns: ['zeitraum', 'zeitraums', 'zeitraumes', 'periode'],
  // "for the 2005 year", "im 2015 Jahr": a year, no span
  yearNouns: ['jahr'],
  yearCues: [
    'im', 'in', 'seit', 'bis', 'ab', 'von', 'vom', 'jahr', 'jahre', 'jahres', 'anfang', 'mitte', 'ende', 'frühjahr',
    'sommer', 'herbst', 'winter', 'zwischen', 'und', 'nach', 'vor', 'um', 'für', 'jahresende', 'jahresbeginn', 'saison',
    'zum', 'spätestens', 'bereits', 'schon', 'noch', 'zuletzt', 'erst', 'geboren', 'gegründet', 'stand',
  ],
  countNouns: [
    'menschen', 'personen', 'leute', 'mitarbeiter', 'mitarbeiterinnen', 'beschäftigte', 'beschäftigten', 'einwohner',
    'teilnehmer', 'besucher', 'zuschauer', 'soldaten', 'polizisten', 'flüchtlinge', 'asylwerber', 'asylbewerber',
    'schüler', 'studenten', 'studierende', 'kinder', 'frauen', 'männer', 'tote', 'toten', 'verletzte', 'opfer',
    'stück', 'exemplare', 'arbeitsplätze', 'jobs', 'stellen', 'wohnungen', 'häuser', 'fälle', 'stimmen', 'unterschriften',
    'mitglieder', 'kunden', 'fans', 'euro', 'dollar', 'franken', 'unternehmen', 'firmen', 'betriebe', 'fahrzeuge', 'autos',
  ],
  months: {
    januar: 1, jänner: 1, jan: 1, 'jan.': 1, februar: 2, feber: 2, feb: 2, 'feb.': 2, märz: 3, 'mär.': 3, 'mrz.': 3,
    april: 4, 'apr.': 4, mai: 5, juni: 6, juli: 7, august: 8, 'aug.': 8, september: 9, 'sep.': 9, 'sept.': 9,
    oktober: 10, 'okt.': 10, november: 11, 'nov.': 11, dezember: 12, 'dez.': 12,
  },
  dateCues: [
    'höhepunkt', 'höhepunkte', 'tiefpunkt', 'tiefststand', 'höchststand', 'rekord', 'rekordjahr', 'rekordniveau',
    'rekordwert', 'allzeithoch', 'gegründet', 'gründung', 'erstmals', 'eröffnet', 'eröffnung', 'eingeführt',
    'fertiggestellt', 'gipfelte', 'gipfelpunkt', 'spitzenwert',
  ],
  dateCueBlockers: ['seit', 'bis', 'nach', 'vor', 'ab'],
  rankWords: ['platz', 'rang', 'position', 'platzierung', 'rangplatz', 'tabellenplatz', 'nummer'],
  scoreWords: [
    'sieg', 'niederlage', 'pleite', 'heimpleite', 'auswärtspleite', 'heimsieg', 'auswärtssieg', 'erfolg', 'remis',
    'unentschieden', 'debakel', 'führung', 'rückstand', 'endstand', 'halbzeit', 'pausenstand', 'satz', 'sätze',
    'gewann', 'gewinnt', 'verlor', 'verliert', 'siegte', 'siegt', 'unterlag', 'unterliegt', 'trennten', 'endete', 'zu',
  ],
  // "mit 0-2 hinten", "2-0 vorne": a side trailing or leading by that score
  scoreAfter: ['hinten', 'vorne', 'vorn'],
  periodNouns: [
    'jahres', 'jahrhunderts', 'jahrzehnts', 'monats', 'saison', 'spielzeit', 'legislaturperiode', 'amtszeit', 'woche',
    'quartals', 'halbjahres', 'partie', 'spiels', 'dekade', 'jahrhundert',
  ],
  partitive: ['der', 'des', 'aller', 'von', 'ihrer', 'seiner', 'unserer'],
  halfOrdinals: ['ersten', 'erste', 'zweiten', 'zweite', 'letzten', 'letzte', 'vorderen', 'hinteren', 'oberen', 'unteren', 'östlichen', 'westlichen', 'nördlichen', 'südlichen'],
};
