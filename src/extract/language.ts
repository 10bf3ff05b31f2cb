// The shape of the per-language data the number lexer reads (src/lang/<lang>/numbers.ts
// and units.ts). Adding a language means filling these two objects; the lexer has
// no language-specific branches. All word lists are lower-case unless noted.
import type { Qualifier } from '../types.js';

/** A unit as written after (or before) a figure. A bare string is shorthand for { unit }. */
export interface UnitEntry {
  /** catalogue symbol (src/lang/units.ts) or ISO 4217 code */
  unit: string;
  /** multiply the figure by this: "Cent" -> 0.01 EUR */
  factor?: number;
  /** only a unit after a scale word ("100 trillion won"): the bare word is too ambiguous */
  needsScale?: boolean;
  /**
   * Money reading of a word that is also a mass unit ("Pfund", "pounds"): used when a
   * scale word, a currency adjective or money context words are present.
   */
  money?: string;
  /**
   * Temperature reading of a bare angle word ("60 Grad", "35 degrees"): used when the
   * sentence speaks of heat or cold (UnitLanguage.temperatureContext).
   */
  temperature?: string;
  /** a time unit worth this many of `unit` ("Jahrzehnt" -> 10 year) */
  multiple?: number;
  /** a symbol that counts only glued to the digits ("300p", "30C"): spaced it is a word of its own */
  glued?: boolean;
  /** not after an article: "a percentage" is no figure */
  noArticle?: boolean;
  /**
   * a hundredth of whichever currency with cents the sentence names ("fiel 32 Cent auf
   * 51,43 Dollar" is in dollars); `unit` is the default when it names none
   */
  subunit?: boolean;
  /** a unit only as written in the table, lower-case: English writes the coin "cent", "50 Cent" is a rapper */
  lowerCaseOnly?: boolean;
  /**
   * words (lower case) that make the unit word another word when they follow it, spaced or
   * hyphenated: "six second-hand airplanes", "20 second class tickets" use the ordinal
   */
  notBefore?: readonly string[];
}

export type UnitSpec = string | UnitEntry;

export interface UnitLanguage {
  /**
   * Unit and currency phrases after a figure, lower-cased. Tokens glued in the text
   * are glued here ("us-dollar", "km/h", "m²"), others joined by one space
   * ("barrel pro tag", "per cent").
   */
  words: Record<string, UnitSpec>;
  /** Case-sensitive symbols where case carries meaning: "m" vs "M", "MB" vs "mb", "t". */
  symbols: Record<string, UnitSpec>;
  /**
   * Feet and inches written as one height or length: "5' 10\"", "5ft 10in", "6 ft 2 in" is one
   * quantity in metres. `feet`/`inches`: the marks and words after each part (lower case).
   */
  feetInches?: { feet: string[]; inches: string[] };
  /**
   * Heads of compound nouns that make the whole word a unit: "zehn Laufzeitjahre", "drei
   * Wintermonate" (German writes a duration's noun as the head of a compound). Lower case;
   * `except` lists whole words that end so but are another unit or none ("lichtjahre").
   */
  compoundHeads?: { heads: Record<string, string>; except: string[] };
  /** Currency markers written in front of the figure ("$", "US$", "EUR", "Fr."), case-insensitive. */
  currencyPrefixes: Record<string, string>;
  /** Phrases after a unit that make it a rate, value = rate period key ("pro tag" -> "d"). */
  ratePhrases: Record<string, string>;
  /** What a rate unit may measure between it and its rate phrase ("barrels of oil per day", "Barrel Öl pro Tag"). */
  rateFillers?: string[];
  /** Word beginnings before the figure that make it a rate ("täglich" -> "d"): "einer täglichen Produktion von 400.000 Barrel". */
  rateAdjectives: Record<string, string>;
  /**
   * Words that make a bare "Grad"/"degrees" a temperature: whole lower-case words, and
   * stems found anywhere in a word (German compounds: "Außentemperatur", "aufheizt").
   */
  temperatureContext?: { words: string[]; stems: string[] };
  /** Words that make "Pfund"/"pounds" money rather than weight. */
  moneyContext: string[];
  /**
   * Index and market words that make "Punkte"/"points" index points (unit pt): "Der ATX
   * verlor 25 Punkte". Without one in the sentence points are a count ("holte drei Punkte",
   * "250 ATP-Punkte"). `indexContextEndings`: word endings of the same ("Leitindex", "Aktienbörse").
   */
  indexContext: string[];
  indexContextEndings: string[];
  /**
   * Words that make "Punkte"/"points" percentage points (unit pp) where no index word does: a poll's
   * "margin of error of 2.5 to 4 points", "die Fehlermarge liegt bei drei Punkten". Optional.
   */
  percentPointContext?: string[];
  /**
   * Currency words several countries use ("pesos", "dinars"): written bare, they are the currency
   * of the one country among `byCountry` (entity code -> ISO code) that the article names most;
   * the unit table's own code when it names none. Read by the context stage (local-currency.ts).
   * `namedBy`: lowercase words that, right before the currency words, say which one it is
   * themselves, as a country's adjective does ("Central African CFA francs").
   */
  countryCurrencies?: Array<{ words: string[]; byCountry: Record<string, string>; namedBy?: string[] }>;
}

export interface NumberLanguage {
  /** decimal mark and thousands separator of the language: "1.234,5" vs "1,234.5" */
  decimalMark: ',' | '.';
  groupMark: ',' | '.';
  /** whole words with a numeric value: "zwei" -> 2, "twelve" -> 12, "hundred" -> 100 */
  cardinals: Record<string, number>;
  /**
   * Cardinals that are numbers only when written lower-case: the German genitive
   * "im Zuge dreier Verfahren", "zweier Zeugen" (capitalised they are nouns: "ein Dreier").
   */
  lowerCaseCardinals?: Record<string, number>;
  /**
   * Morphemes of compound number words ("dreihundertfünfzig"): units 1-9, teens 10-19,
   * tens 20-90, the words for 100 and 1000, the joiner "und" and the half suffix
   * "einhalb". Empty for languages that write numbers as separate words.
   */
  compounds?: {
    units: Record<string, number>;
    teens: Record<string, number>;
    tens: Record<string, number>;
    hundred: string[];
    thousand: string[];
    and: string[];
    /** suffix adding one half: "zweieinhalb" */
    half: string[];
    /** suffix turning the units into quarters: "dreiviertel" */
    quarter: string[];
  };
  /**
   * How many times something happened, in one word: "dreimal", "zwölfmal", the adjective
   * "zweimalige", "twice". The words for once ("einmal", "once") are left out: mostly
   * adverbs ("erst einmal", "noch einmal", "once again").
   */
  occasionWords?: Record<string, number>;
  /**
   * The noun after a figure that makes it such a count ("sechs Mal", "20-mal", "66 times"), as
   * written ("a 2004 Times poll" is none): the figure is no reference or name then ("the title five times").
   */
  occasionNouns?: string[];
  /**
   * Words after such a count that make it a multiplier, unit `x` ("1.000 Mal schneller", "twice what
   * it cost", "10-times faster"), lower-case.
   */
  multiplierCues?: string[];
  /**
   * comparison words that make it a multiplier before one of `heads`: "dreimal so viele", "zehnmal so
   * hoch", "twice as many", "three times as likely" (not "dreimal so gemacht", "twice as prime minister")
   */
  multiplierComparisons?: { words: string[]; heads: string[] };
  /**
   * words that make it a multiplier before a word that is no function word and none of `not`, a
   * number, or one of `comparatives`: "four times more likely", "twice the amount", "twice the 169,000
   * forecast", "ten times more than in 2003" (not "twice more before half-time", "twice the following season")
   */
  multiplierLinks?: { words: string[]; not: string[]; comparatives?: string[] };
  /** words next to a one-word count that make it an idiom ("think twice", "ließ sich nicht zweimal sagen") */
  occasionIdioms?: string[];
  /**
   * phrases right before a bare number (an opening quote between allowed) that make it a name:
   * "a treatment known as '771", "a project codenamed 42". Optional.
   */
  nameLeads?: string[];
  /** prepositions that make a bare number word ending its clause a division ("breaks that rule in two"). Optional. */
  partitionWords?: string[];
  /** words that mean 1 only before a scale word, fraction, dozen or unit ("eine Million", "a third") */
  articles: string[];
  /**
   * whether an article before a unit is a figure: "einen Euro" yes, but "a bit", "a point", "a try"
   * are English idiom, and "$50 a barrel" a rate; 'after-hedge': only after a hedge ("at least a
   * month", "more than a year", "nearly an hour")
   */
  articlesTakeUnits: boolean | 'after-hedge';
  /** zero words: figures only before a unit or when standing alone ("null Prozent") */
  zeros: string[];
  /** numbers that are figures only before a unit or when standing alone ("eins", "one") */
  weakCardinals: string[];
  /** scale words after a figure, lower-case, with or without their abbreviation dot */
  scales: Record<string, number>;
  /** case-sensitive scale suffixes ("M", "K", "MM") */
  scaleSymbols: Record<string, number>;
  /** scale abbreviations that are read as a scale only next to a currency ("£20m"; "1.8m" is metres) */
  currencyScales: Record<string, number>;
  /** fraction words -> denominator: "drittel" -> 3, "quarters" -> 4, "halbe" -> 2 */
  fractions: Record<string, number>;
  /**
   * Fraction words that double as ordinals or periods ("a third quarter", "three
   * quarters"): fractions only before "of", a scale, after a hyphen, or alone.
   */
  fractionsNeedOf: string[];
  /** nouns meaning a half of something: "die Hälfte der Befragten", "half of" */
  halfNouns: string[];
  /** determiners that make a half noun a share without the partitive: "half the pupils", "half those pupils" */
  halfDeterminers?: string[];
  /**
   * adjectives that may stand between an article and a scale word, which still count one of it:
   * "eine weitere Million", "eine zusätzliche Milliarde", "a further million". Optional.
   */
  scaleAdjectives?: string[];
  /** words with a fixed mixed value: "anderthalb" -> 1.5 */
  mixed: Record<string, number>;
  /** "dutzend" -> 12 */
  dozens: Record<string, number>;
  /**
   * Vague quantifiers that make a bare scale word after them no figure: "einige hundert",
   * "a few thousand", "mehrere 100" state no amount (hedges such as "rund hundert" do).
   */
  vagueQuantifiers: string[];
  /** "Komma", "point": spelled decimals */
  decimalWords: string[];
  /** "minus", "negative" */
  negativeWords: string[];
  /**
   * A negation before "more than"/"less than" in its clause makes a cap or a floor ("no fare will
   * be priced higher than $499": at most): the negating words, the focus words that make "not"
   * no negation of the figure ("not only more than"), and words that open another clause
   * between them ("no evidence that more than 5%"), and prepositions right before the hedge that
   * make the bound a noun's ("not apply to people coming for less than six months"); `comparatives`:
   * the last words of the hedges a negation may cap ("than", "als": not "over", "über"); `participleEndings`:
   * endings of a participle right before the hedge that make the bound its noun's ("employing"). Lower case.
   */
  negations: { words: string[]; focus: string[]; barriers: string[]; nounLinks: string[]; comparatives: string[]; participleEndings?: string[] };
  /** connector words inside spelled numbers ("one hundred and six") */
  andWords: string[];
  /** ordinal words -> position ("dritten" -> 3, "third" -> 3) for ranks */
  ordinals: Record<string, number>;
  /** words before an ordinal that make a share: "jeder Dritte" = 1/3 */
  everyWords: string[];
  /** nouns after "n in m" of events, not people: "scored nine in 10 games" counts goals (NumberLanguage.oneInWords) */
  shareEventNouns: string[];
  /** words before a fraction word that make it an ordinal: "the fifth billion-dollar deal" (not "a fifth") */
  fractionOrdinalLeads: string[];
  /** words between two numbers that make a share: "one in five" = 1/5 */
  oneInWords: string[];
  /**
   * words between a part and the whole it is taken of: "310 von 520", "7 out of 10". The
   * whole is no item of a list after it: "310 von 520, 60 Prozent" gives 520 no percent.
   */
  outOfWords: string[];
  /** spoken fractions: "one over three" = 1/3 (only at the end of a sentence) */
  overWords: string[];
  /**
   * hedges that before a duration may span it rather than bound it ("developed over four years",
   * "£960m over 15 years"), and the words after which they still bound it ("for over three
   * years", "took over a week"). Empty where the hedge always bounds ("über drei Jahre").
   */
  spanHedges: { hedges: string[]; boundAfter: string[]; boundBefore: string[] };
  /** glued suffixes after digits that make an ordinal ("st", "nd", "rd", "th") */
  ordinalSuffixes: string[];
  /** German ordinals are written "3." */
  ordinalDot: boolean;
  /** glued suffixes after digits that make a decade or other non-figure ("1980er", "1990s") */
  decadeSuffixes: string[];
  /**
   * Plural endings glued to a power of ten that make it a vague magnitude, no figure:
   * "audiences in the 100s and 1,000s" (like "hundreds").
   */
  magnitudePlurals?: string[];
  /**
   * Short words a scrape glues to the figure before them, the blank lost ("between £5,001and
   * £10,000"): the figure ends at the digits when such a word and then a blank follow them.
   */
  gluedWords?: string[];
}

export interface ContextLanguage {
  /**
   * Hedge phrases before a figure and the qualifier they give. A third element "unit"
   * limits the hedge to figures with a unit: "unter 5 Prozent" is less than 5 %, but
   * "unter 2800 Befragten" means among them. "not-money" keeps it from amounts of money:
   * "gegen 500 Besucher" is about 500, "gegen 70.000 Euro Kapital" in exchange for them.
   */
  hedges: Array<[string, Qualifier] | [string, Qualifier, 'unit' | 'not-money']>;
  /**
   * verbs of a level after which a hedge marked 'unit' bounds a figure without a unit too ("Die
   * Population liegt unter 1.000 Exemplaren", "stayed under 500"; "unter 1.000 Menschen" is among them)
   */
  levelVerbs: string[];
  /**
   * Qualifiers written after a figure without a hedge of its own: "80 Prozent oder mehr",
   * "80 per cent or above" (at_least), "oder weniger", "or less" (at_most).
   */
  trailingHedges?: Array<[string, Qualifier]>;
  /**
   * Hedge words joined to the figure by a hyphen ("the near-400,000 complaints"): the figure is
   * read, not taken for a code ("F-16"), and hedged.
   */
  hyphenHedges?: Array<[string, Qualifier]>;
  /**
   * Hedge words that open a sentence and stand apart from their figure by the finite verb
   * (verb-second order): "Maximal können zwei Titel vorgeschlagen werden". The qualifier is
   * the hedge's own in `hedges`.
   */
  frontedHedges?: { hedges: string[]; verbs: string[] };
  /**
   * Up to `reach` lower-case adjectives or adverbs between a figure and a unit of `units` still
   * give the figure that unit: "drei lange Jahre", "after 12 relatively trouble-free years".
   * Function words and numbers stop it ("12 new jobs in five years" keeps a bare 12).
   */
  unitFillers?: { reach: number; units: string[] };
  /** nouns after "number 9" that make it a shirt number, not a rank: "wore the number 9 shirt" */
  shirtNouns?: string[];
  /** article-shaped relative pronouns ("dem", "die"): after a comma, before a clause ending in a verb, the number after them counts */
  relativePronouns?: string[];
  /** phrases with an ordinal and a rank word that rank nothing: "in the first place" (lower case) */
  rankIdioms?: string[];
  /**
   * Positions in a team named by a rank word and a number in words (rugby's "number eight"): no
   * rank unless one of `leads` stands before the rank word ("reached number eight", "at number eight")
   */
  positionNumbers?: { numbers: string[]; leads: string[] };
  /**
   * Singular nouns of products after a model number: "the 747 jumbo", "a 386 PC", "Intel's 486 chip".
   * A count above one takes the plural, so a bare number before one of these names the model.
   */
  productNouns?: string[];
  /**
   * Words that go on a model's name after its number ("Lumia 950 XL", "iPhone 6 Plus"), lower-case:
   * where a capitalised word after a number makes it a count (German), these do not. Optional.
   */
  modelSuffixes?: string[];
  /**
   * Words that stand for a counted noun left out after a number ("kamen am Abend 500 weitere"): after
   * a common noun, the number is a count, not a name's number ("Windows 10").
   */
  ellipticCountWords?: string[];
  /**
   * Nouns are capitalised only when they are names (English): a bare three-digit number after
   * a determiner and before a capitalised singular word is then a model ("its 787 Dreamliner").
   */
  capitalisedNames?: boolean;
  /** determiners before such a model number (a possessive "'s" counts too): "the", "its" */
  modelDeterminers?: string[];
  /** words between the comma and a person's age set off after a name ("Agassi, now 34,", "Agassi, aged 34,"). Optional. */
  appositiveAgeLeads?: string[];
  /**
   * Grade words that make a figure before them a classification inside a compound adjective,
   * not a claim. compound: followed by a hyphen ("Fünf-Sterne-Hotel", "five-star-rated");
   * attributive: singular forms that before a singular noun are an adjective ("four star petrol",
   * "a five-star hotel"; "two star players", "four stars" stay counts).
   */
  gradeWords?: {
    compound: string[]; attributive: string[];
    /** endings of a word hyphenated to a number that make the pair an adjective of kind: "two-handed backhand", "a five-sided figure" */
    hyphenedEndings?: string[];
  };
  /**
   * words that close a street's name after a house number ("10 Downing Street", "221 Baker St",
   * "12 Acacia Road"): lower case, matched on a capitalised word; languages that write the number
   * after the street ("Hauptstraße 5") leave it out
   */
  streetWords?: string[];
  /**
   * words between a bare number and a currency that make the number an exchange rate ("141.60 per
   * euro", "8.28 to the dollar", "141,60 je Euro"), phrases of lower-case words; the rate is in the
   * currency the sentence names before it ("the yen dropped to 141.60 per euro": JPY)
   */
  rateLinks?: string[];
  /** verbs before a rank word that make its number a label ("trägt die Nummer zwei", "wears number 10") */
  numberLabelVerbs?: string[];
  /**
   * Verbs of speech after a capitalised rank word and its number at a clause's start: a place that
   * speaks for its people, a name ("Number 10 said", Downing Street); a rank says nothing. Optional.
   */
  speakingRankVerbs?: string[];
  /**
   * a time of day told as minutes before or after an hour ("zehn vor elf", "10 vor 11", "five
   * past ten", "quarter to six"): `links` between the two, `quarter` the words for fifteen minutes.
   * Only 5, 10, 15, 20 or 25 minutes and an hour of 1 to 12, with nothing counted after them;
   * after a link of `cued` only where a word of clockBefore precedes ("at ten to eleven", not
   * "voted 10 to 2").
   */
  clockOffsets?: { links: string[]; quarter: string[]; cued?: string[] };
  /** words joining the two ends of a range: "bis", "to" */
  rangeWords: string[];
  /**
   * words between two figures that make one range when only the second carries the unit or scale
   * ("five or six years", "zwölf oder 13 Jahre", "six or seven million"); "four or five" alone are two
   */
  alternativeRangeWords?: string[];
  /**
   * words before bare alternatives that make them one estimate, a range without a unit or noun
   * ("perhaps just 150 or 200", "vielleicht 20 oder 30"; a hedge of approximation does too). Optional.
   */
  estimateWords?: string[];
  /** "zwischen X und Y", "between X and Y" */
  between: Array<[string, string]>;
  /** words that may stand between a `between` word and the range's first end: "between the ages of 10 and 17" */
  betweenInserts?: string[];
  /** words joining listed numbers that share the unit written after the last: "69 bzw. 159 Euro" */
  listWords: string[];
  /**
   * List words naming alternatives, after which the next figure may carry a hedge and a
   * scale of its own and still lend its unit: "mit 360.000 bzw. etwa 1 Mio. Euro".
   */
  alternativeListWords?: string[];
  /** "von X bis Y", "from X to Y" (a change when both ends carry their own unit) */
  fromWords: string[];
  /**
   * Words joining a bare figure to a second one whose unit it shares, as the old and new level
   * of a change or as a comparison: "von 74 auf 79 Prozent", "26 gegenüber 20 Prozent",
   * "26 against 20 per cent". 'from': only after a fromWord ("von 74 auf ...").
   */
  pairWords: Array<[string, 'from' | 'any']>;
  /**
   * Articles that may stand, with a few lower-case words, between an 'any' pair word and the
   * second figure: "zwölf statt der einst erhofften 14,5 Milliarden Euro".
   */
  pairDeterminers?: string[];
  /**
   * Labels of the comparison figure in a bracket after a bare figure, with the scale and unit
   * written once after the bracket: "6,31 (Vorjahr: 4,86) Millionen Euro". A year ("2014:")
   * or no label at all ("12,4 (11,9) Prozent") is read without this table.
   */
  comparisonLabels: string[];
  /**
   * Hedge words that are the preposition or particle of a verb before them, not a hedge:
   * "verfügen über 180 Maschinen", "diskutierte der Nationalrat über zehn Anträge",
   * "pushed rates up to 2.25%". `verbs` may stand right before the hedge or up to `reach`
   * words before it; `objectVerbs` only with an object between ("took it up to 26 weeks",
   * while "could take up to ten years" keeps its hedge). `passiveVerbs`: participles whose
   * particle it is only after one of `passiveAuxiliaries` ("will be arranged around ten
   * tournaments", while "they arranged around 50 meetings" keeps its hedge).
   */
  verbParticles: Array<{ hedge: string; verbs: string[]; objectVerbs: string[]; reach: number; passiveVerbs?: string[]; passiveAuxiliaries?: string[] }>;
  /** words before a figure that make it the size of a change: "by 0.25% to 4.5%" is no range */
  changeWords: string[];
  /**
   * Verbs (and "up"/"down") of a change right before "X to Y": "fell 32 cents to $51.43" is
   * the change and the new level, not a range; for percentages only when the level is at
   * least five times the change ("edged up 0.1% to 4.7%"), as "grew 2% to 2.5%" is a range.
   */
  changeVerbs: string[];
  /**
   * Nouns of a rate: past the verb's object, "X% to Y%" is a change and the new level only when the
   * object is a rate ("lifted interest rates 0.25% to 5.5%"; "cut prices 5% to 50%" is a range).
   */
  rateNouns: string[];
  /** words linking a duration to the date it ends on: "the three months to December" is a period */
  periodLinks: string[];
  /** lower-case function words that may open a sentence before a number ("Mit 500 Mitarbeitern") */
  functionWords: string[];
  /**
   * A figure ending in a scale word with no noun after it may leave out the unit of the large
   * figure before it: "11,2 Mrd. Euro. Rund 8,6 Mrd. davon ...". 'capitalised-nouns': read in
   * languages whose nouns are capitalised, where "no noun after it" can be seen; 'off': not
   * read (English drops the counted noun as often as the currency: "its subscriber base to
   * 5.4 million").
   */
  elidedUnits: 'capitalised-nouns' | 'off';
  /** words after such a figure that show it names nothing itself, besides functionWords: "davon" */
  elisionWords: string[];
  /** words before the level a change reaches ("stieg um 3 von 7 auf 10"): "3 von 7" is no share there */
  levelLinks: string[];
  /**
   * words that put a bare decimal beside a percentage before it, in its unit ("0,3 Prozent nach
   * 0,1", "waren es 4,9"); besides these, a bracket, a comma or the percentage's own preposition
   * ("mit 21,7 Prozent ... mit 18,6"). Not "kostete zuletzt 12,40", "notierte bei 1,08".
   */
  parallelLinks: string[];
  /**
   * A bare whole number in a rank's slot after a rank of its sentence: "in at number 12 and The
   * Zutons at 20", "in 15th place, while the Eurythmics wound up at a lowly 38". `before`: the word
   * right before it (an article and one adjective may stand between); `after`: the words that may
   * follow it (any other lower-case word is a noun it counts: "at 38 points").
   */
  rankParallel: { before: string[]; after: string[] };
  /**
   * phrases after a bare whole number that make it a rank after one of `leads`: "slipped to 64 in
   * the world" (not "only 200 in the world"). `nouns`: nouns of a ranking that make the number after
   * one of `leads` a rank when they stand up to two words before the lead ("his ranking down at 168",
   * "her world ranking rose to 45"). Optional.
   */
  rankAfter?: { leads: string[]; phrases: string[]; nouns?: string[] };
  /**
   * Race reports give a time's unit once: "won in 9.87 seconds, with Scott second in 9.91", "She
   * finished third in 7.27 seconds. Maduaka finished fifth in 7.35." A bare decimal right after one
   * of `leads` (phrases, lower case) takes the unit of the nearest earlier time in one of `units`
   * in its sentence or the few before, when no noun of its own follows it. Optional.
   */
  resultTimes?: { leads: string[]; units: string[] };
  /** word endings before such a figure in its sentence that make it a count: "Die Zahl der Skier-Days lag mit 24,3 Millionen" */
  countWordEndings: string[];
  /**
   * endings of nouns of money right after such a figure: "7,9 Milliarden Verlust 2014" is in the
   * currency of the document's nearest amount, before or after it (a headline comes first)
   */
  moneyNounEndings: string[];
  /**
   * Money whose currency the text leaves to its context (GUIDELINES: "rund eine Milliarde" in a
   * euro story is EUR): read only where the words around a bare figure show it is money, and
   * given the currency of an amount of the same document. Optional; read where elidedUnits is.
   */
  impliedMoney?: {
    /** adjectives right after a bare scaled figure that make it a price: "der 1,2 bis 2 Millionen teure Zaun" */
    adjectives: string[];
    /**
     * verbs of spending or costing right after a bare scaled figure, whose object it is: "2020 werden
     * 13,18 Milliarden aufzuwenden sein", "soll 40 Millionen kosten" (participles and infinitives:
     * finite forms after a figure read people as often, "3 Millionen zahlen Steuern")
     */
    verbs?: string[];
    /**
     * words between a money noun (moneyNounEndings) and a bare figure after it: "Krediten von 4,7
     * Millionen", "im Nennwert von 100.000", "Eigenkapital in Höhe von 36,4 Millionen"
     */
    nounLinks: string[];
    /** the money nouns (lower case, whole words) those links follow */
    linkNouns: string[];
    /**
     * determiners before a bare figure (one adjective may stand between) that repeat an amount the
     * text gave before: "rund 30.000 Euro ... Die übrigen 30.000 will er nicht erhalten haben"
     */
    determiners: string[];
    /**
     * the currency such money is in when the document states no amount in any: German-language
     * news is mostly written in the euro area ("der 1,2 bis 2 Millionen teure Zaun" in an Austrian
     * story); a Swiss text names its Franken in an amount before it leaves one out
     */
    fallback?: string;
  };
  /** words before a spelled number that make it referential, not a claim ("die zwei Staaten") */
  referential: string[];
  /**
   * words that, after a determiner and before a spelled number, name a unit of a team ("their front
   * five", "the back three": rugby's forwards and backs): no count. Optional.
   */
  teamUnitWords?: string[];
  /**
   * those of `referential` that state a total before a counted noun: "winning all six awards",
   * "lost all three of her matches" count; "All three were arrested" refers back. Optional.
   */
  totalityWords?: string[];
  /**
   * possessives before a spelled number that still count ("his four dogs", "their two election
   * defeats"), but make a ranked group of the number before a superlative ("its 10 largest
   * shareholders"), as a referential word does
   */
  possessiveDeterminers: string[];
  /**
   * endings of a superlative that, after a referential word (an article), make the spelled number after it
   * referential: "die besten acht", "die wichtigsten drei Anliegen" (not "die 20 besten")
   */
  referentialSuperlatives: string[];
  /**
   * endings of the superlatives that, after a number that follows a referential word or a
   * possessive, make it name a ranked group, not count one: "the world's 500 largest companies",
   * "die 20 größten Banken" (not "die 500 mitgereisten Fans", which ends as they do). In both
   * lists an entry written "^word" is that whole word (English: too many words end in -est).
   */
  rankingSuperlatives: string[];
  /** words after which a number is an identifier: "Artikel 3", "§ 5", "Seite 12", "No. 1" */
  references: string[];
  /**
   * reference words that are also verbs, and the words after which they are: "expects sales to
   * top 500,000", "could number 5,000" (not "raised the alert to level 4": "level" is no verb)
   */
  referenceVerbs: { words: string[]; leads: string[] };
  /**
   * articles that, capitalised right after a word inside a sentence, open a title: "und Die 120
   * Tage von Sodom", "a revival of The 39 Steps"; a figure in it names nothing
   */
  titleArticles: string[];
  /** words that join a compound cut off after a hyphen to the next ("Zwei- und Vierbeiner", "two- and three-year-olds") */
  compoundConjunctions: string[];
  /**
   * finite verbs after a bare number in a list of names that make it a name too: "A1, T-Mobile und
   * 3 werden ... anbieten", "Vodafone and 3 have launched" (a count takes a noun). Optional.
   */
  nameListVerbs?: string[];
  /**
   * nouns a small number after them names ("Spiel zwei", "game five"), unless a noun follows the
   * number ("im Spiel 3 Tore") or a hedge stands before it; `followers`: in a language that does not
   * capitalise nouns (`capitalisedNouns` false), the words after the number that show it names the
   * game ("game five of", "went").
   */
  numberedLabels: { nouns: string[]; followers: string[]; capitalisedNouns: boolean };
  /**
   * focus words before "one" that make it a count ("only one has been broken", "released just one
   * record"); without one, "one" is a figure only with a unit or a scale, like an article. Not
   * after a copula ("Microsoft is just one", "There is only one place") nor before "of" without a
   * figure after it ("just one of the costs", "just one of many"): those say little, not a count.
   */
  oneCount: {
    leads: string[]; copulas: string[]; partitive: string;
    /** steps a change moves by that "one" counts after a verb of change ("fell one place", "slipped one notch"). Optional. */
    steps?: string[];
    /**
     * words before "one" and a step that make it the amount of a change ("lifted the rating by one
     * notch"), and words after them that make it a distance ("one notch below investment grade").
     * Optional.
     */
    stepLeads?: string[];
    stepComparisons?: string[];
    /**
     * words that set "one" and its noun against another count, which makes the "one" a numeral too
     * ("the murder of one Chilean and the disappearance of nine others", "one gold and two silver
     * medals", "nine Argentines and one Chilean"). Optional.
     */
    setAgainst?: string[];
  };
  /** words after a number that make it a time of day: "Uhr", "pm" */
  timeOfDay: string[];
  /**
   * phrases after a clock written with a point that make it a time of day ("12.30 on a Saturday
   * morning", "9.45 local time"); without one "closed at 12.30" may be an index level
   */
  pointClockAfter: string[];
  /** markers of an era after a year ("753 BC", "14 n. Chr."): the number is a year, not a claim */
  eraMarkers?: string[];
  /** a channel after a 24-hour time written as four digits: "2340 on BBC Two" (the time of a broadcast). Optional. */
  broadcastLinks?: string[];
  /** words before a duration that make it a relative time: "vor acht Jahren" */
  relativeBefore: string[];
  /**
   * words before a duration that, with an attributive participle after it, say how often an
   * event recurs: "die alle zwei Jahre stattfindende Umfrage" (no claim; "a blog is created every
   * 5.8 seconds" measures a rate and stays one)
   */
  frequencyBefore?: string[];
  /** phrases right before an unhedged whole duration that make it a point ahead: "erst in zwei Wochen vorgestellt" */
  aheadPhrases: string[];
  /**
   * the same for durations of days or longer (eventOffset.longUnits): "ob der Hype nicht in zwei Jahren
   * vorbei ist", "entschied in sechs Jahren 1.600 Fälle"; "in vier Stunden schaffen" is a time taken
   */
  aheadLongPhrases?: string[];
  /**
   * For a language whose "in" before a duration is as often the period of a figure ("grew 50% in three
   * years") as a point ahead: a duration of days or longer, whole or hedged, right after one of `leads`
   * is a point ahead when one of `prospects` (lower case, one word each) stands before it in its sentence:
   * "looks set to exceed that of the US in less than three years", "will double in three years"; not a
   * prospect right after a word of `notAfter`, which makes it a noun ("the will and guts"). Also when the
   * lead opens a clause (a mark, a coordinator or one of `clauseOpeners` before it) and a prospect follows
   * in that clause: "we know that in five years the dollar will be stronger". Optional.
   */
  prospectAhead?: { leads: string[]; prospects: string[]; notAfter: string[]; clauseOpeners?: string[] };
  /** words right before a bare h:mm:ss that make it a race time ("in 2:05:30", "Siegerzeit 8:14:40") */
  durationBefore: string[];
  /** words before a clock time ("um 14:30:00 h", "at 14:30:00 hrs"): with a clock marker after it, a time of day */
  clockBefore: string[];
  /**
   * A match's clock: a whole number of `units` right after one of `words` is a point of the game,
   * no claim ("Scotland capitalised with a penalty on 50 minutes"), unless one of `notAfter` follows
   * ("focused on 30 minutes of exercise": a time spent).
   */
  matchClock?: { words: string[]; units: string[]; notAfter: string[] };
  /** words after a duration that make it a relative time: "two years ago", "zwei Jahre später" */
  relativeAfter: string[];
  /**
   * "it will be up to four years before he starts", "it took six months before": after "it" and a
   * form of be or take (`verbs`, with `auxiliaries` between) a duration before one of `links` is
   * the time until something, a claim; "four years before the election" stays a relative time.
   */
  waitingTime?: {
    subjects: string[]; auxiliaries: string[]; verbs: string[]; links: string[];
    /**
     * words right before a duration that make it a span held, before one of `spanLinks` too
     * ("running for about eight hours before needing a recharge", "suspended for two weeks after ...")
     */
    spans?: string[];
    spanLinks?: string[];
    /** a word between the verb and the duration that adds to a time before ("it took another 10 years before") */
    extras?: string[];
  };
  /**
   * "fünf Wochen vor der Volksabstimmung", "zwei Tage nach dem Anschlag": a duration before one of
   * `links` dates one event by another, not a claim. Durations of a day or more (`longUnits`) before
   * a link and a word; shorter ones only before a point of a match's or day's clock (`clockAnchors`,
   * matched as a word's ending: "drei Minuten vor Spielende"), since "23 Sekunden vor seinen
   * Markenkollegen" is a race's margin. Not after a word of `stayWords` ("für zwei Jahre nach Paris",
   * "im Alter von 87 Jahren nach", "beträgt drei Monate nach Angaben") nor before one of
   * `notEvents`, right after the link or past a determiner ("zwei Jahre vor Gericht", "nach
   * Angaben", "vor dem Zeitplan").
   */
  eventOffset?: { links: string[]; longUnits: string[]; clockAnchors: string[]; determiners: string[]; stayWords: string[]; notEvents: string[] };
  /** nouns after a duration's possessive mark that make it a point in time: "in two weeks' time" */
  relativeAfterPossessive?: string[];
  /** words before a duration that make it a period: "in den letzten zwei Wochen", "the first six months" */
  periodBefore: string[];
  /**
   * Verbs whose object a duration after an article and a word of periodBefore is: the time held, a
   * claim ("played the last 20 minutes of the win", "verbrachte die ersten zwei Jahre im Ausland"),
   * where "in the last 20 minutes" is the period of other figures. Optional.
   */
  heldSpanVerbs?: string[];
  /** words before "time in" that make the span a record's ("than at any time in 17 months"), not the period of counted events. Optional. */
  recordSpanLeads?: string[];
  /** words of periodBefore that are prepositions with no determiner before them: "following 10 days of talks" (not "the following three days") */
  periodPrepositions: string[];
  /** words of periodBefore that are verbs after one of `leads`: "expected to last two months", "could last three weeks". Optional. */
  periodVerbs?: { words: string[]; leads: string[] };
  /**
   * Phrases right before a duration that make it the period a figure refers to: "in den drei
   * Monaten", "in the three years", "the sixth time in three years" ("in drei Jahren fertig",
   * "for three years" stay durations).
   */
  periodPhrases: string[];
  /**
   * Phrases right before a duration that make it a period expression: of another figure of its
   * sentence ("1.400 Schadensmeldungen binnen 72 Stunden", "arrested 30 people within 24 hours"), or
   * of its event alone ("der Zaun ist binnen 30 Minuten überwindbar"). A range alone is the claim
   * ("replacement cords within two to four weeks").
   */
  periodOfOthersPhrases: string[];
  /**
   * Prepositions before a duration that, after an ordinal counting events ("its third profits
   * warning in nine months", "die dritte Gewinnwarnung binnen neun Monaten"), make the duration the
   * span the events are counted in: a period expression, no claim ("the first rise in 11 years" is a
   * record's span, the asserted fact). Optional.
   */
  ordinalSpanPrepositions?: string[];
  /**
   * Plural nouns that count units of time a market or a body keeps ("the past three sessions",
   * "den vergangenen drei Handelstagen"): after a word of periodBefore the count is a period
   * expression, no claim. Optional.
   */
  periodCountNouns?: string[];
  /**
   * A bare figure after a comma, a direction and a from-word ("climbed to 43.305 per dollar, up
   * from a close of 43.41") is the earlier level of the figure before it, in its unit; `heads` are
   * nouns of a level that may stand between ("a close of", "a high of"). Optional.
   */
  earlierLevel?: { directions: string[]; heads: string[] };
  /**
   * words before a figure that add it to the amount of money before it in the sentence: "1bn euros
   * now, with another 550m to follow" is 550 million euros (not metres). Optional.
   */
  amountAdditions?: string[];
  /**
   * Those of relativeAfter that say "later" only with no object after them: "two years on, the firm"
   * (not "worked for two years on the case", "spent three months on the design")
   */
  relativeAfterBare?: { words: string[]; notObjects: string[]; clauseOpeners: string[] };
  /**
   * Words right after such a duration that count it from an event, a period expression then, no claim:
   * "within two years of his debut", "binnen drei Tagen nach dem Anschlag" (lower case)
   */
  periodOfOthersAnchors?: string[];
  /** the same before a duration of days or longer only: "took £7.2m in three days" ("ran 10km in 35 minutes" is a time taken) */
  periodOfOthersLongPhrases?: string[];
  /**
   * Hedge words that are also prepositions of time: right after another figure (or its
   * conversions in brackets) they open that figure's period, no hedged duration ("earned $13.5m
   * (£7m) over three days").
   */
  periodHedges?: string[];
  /** nouns a duration adjective names as a period of time, no claim: "during the five-month period" (lower case) */
  spanNouns?: string[];
  /** prepositions and nouns before a year ("im", "seit", "Jahr", "since") */
  yearCues: string[];
  /**
   * the word for one year, singular: after a year it names that year ("for the 2005 year"), no
   * span of 2005 years (a span is plural: "1000 years old"); before four plain digits it names them
   * a year, past 2100 too ("the year 3000", the song "Year 3000"). Optional.
   */
  yearNouns?: string[];
  /**
   * hedges that are also prepositions of time: before a year with no word after it (or a
   * function word) they date, they bound nothing ("lending over 2005 as a whole"; "over 2000
   * flights" stays a count)
   */
  yearHedges?: string[];
  /**
   * nouns after a year that make it the base of a comparison ("12.5% below 1990 levels", "above
   * 2004 highs"): a year after any hedge, no bound on a count. Optional.
   */
  baseYearNouns?: string[];
  /** nouns after a four-digit number that make it a count, not a year ("2000 Menschen") */
  countNouns: string[];
  /**
   * verbs that give a counted noun before them its number: "China's net users number 100m" (the "m"
   * then a million, no metres). Optional.
   */
  countingVerbs?: string[];
  /** month names and abbreviations -> month number */
  months: Record<string, number>;
  /** words that make a year in the sentence the asserted fact ("Höhepunkt", "founded") */
  dateCues: string[];
  /** words before a year that stop it being the asserted date ("seit 2015") */
  dateCueBlockers: string[];
  /** "Platz 3", "auf Rang 2", "3rd place" */
  rankWords: string[];
  /** words around a result that make "2:1" / "3-1" a score */
  scoreWords: string[];
  /** words right after a hyphenated pair that make it a score, not a range: "from 0-2 down", "2-0 up" */
  scoreAfter: string[];
  /** words after a fraction that make it a period ("die erste Hälfte des Jahres") */
  periodNouns: string[];
  /** partitive words after a fraction ("ein Drittel der Befragten" -> a share in percent) */
  partitive: string[];
  /**
   * capitalised plurals that name an event, not people: after a possessive, "m" before them is
   * metres ("Britain's 1500m Olympics champion"), not millions ("the UK's 1.6m Muslims"). Optional.
   */
  eventPlurals?: string[];
  /**
   * verbs of change that take what they change as an object ("add 10,000 to 50,000 new jobs",
   * "cut 1,000 to 5,000 full-time staff"): two bare counts after them before a counted noun are
   * a range however far apart, not a change and a new level. Optional.
   */
  objectChangeVerbs?: string[];
  /**
   * words after which "one" and a duration of one of `units` is one ("strike for one day"), not
   * the idiom "one day"; not "for one minute" ("I don't suggest for one minute"). Optional.
   */
  durationLeads?: { words: string[]; units: string[] };
  /** ordinals that make "Hälfte"/"half" a period ("zweite Hälfte", "first half") */
  halfOrdinals: string[];
}
