// The shape of the per-language grammar data the metric resolver needs
// (src/lang/<lang>/metrics.ts). Metric words themselves live in
// lexicon/metrics.yaml; this is the glue around them: function words, the
// prepositions that tie a figure to its noun, entity names.

export interface EntityNames {
  /** surface names, exactly as written (case-sensitive), single or multiword: "Vereinigten Staaten" */
  names: Record<string, string[]>;
  /**
   * lowercase stems of adjectives/demonyms that name the entity: "russisch" matches
   * "russischen", "russisch-amerikanischen"; English: "russian".
   */
  adjectives: Record<string, string[]>;
  /**
   * lowercase nouns of persons and single firms a demonym may describe ("tycoon", "car
   * maker", "Milliardär"): "US tycoon X's offer" is not the US's (entities.ts)
   */
  actors: readonly string[];
  /** endings of demonym nouns of persons ("Irishmen", "Dutchman") */
  actorEndings: readonly string[];
}

export interface MetricLanguage {
  /**
   * One stem for the spellings of a word ("programmes" and "programs", "labour" and "labor"):
   * Snowball stem of one spelling -> the stem used for both. Optional.
   */
  spellingVariants?: Readonly<Record<string, string>>;
  /**
   * Counted nouns that name one thing in other words, by stem -> the stem they all share: "3,000
   * firms" and "3,000 companies", "3.000 Firmen" and "3.000 Unternehmen" are one quantity (a
   * metric known only by its noun joins another only where they restate one value)
   */
  nounSynonyms?: Readonly<Record<string, string>>;
  /**
   * Words glued to a figure by a hyphen that say what it counts in a compound adjective ("a 30-man
   * squad", "a 30-strong team"): the noun after them is the counted one. Optional.
   */
  counterSuffixes?: readonly string[];
  /**
   * "half" and the determiners that may follow it with no "of" ("half those pupils", "half the
   * staff"): a partitive as "half of those pupils" is. Optional.
   */
  bareHalves?: { readonly nouns: readonly string[]; readonly determiners: readonly string[] };
  /** function words (lowercase): articles, pronouns, prepositions, auxiliaries, particles */
  stopwords: readonly string[];
  /** lowercase words that are not what a figure measures: time units, months, currency and scale words */
  notMetric: readonly string[];
  /** lowercase words that are never a noun (English: frequent verbs, adjectives, adverbs) */
  nonNouns: readonly string[];
  /** lowercase nouns that hold a metric rather than name one: "Unternehmen", "company", "Land" */
  holders: readonly string[];
  /**
   * Lowercase given names that are also words of the metric lexicon's ("bill", "mark"): written
   * capitalised before another capitalised word they start a person's name ("co-written by Bill
   * Cosby", "Mark Thompson said"), no noun. For languages that write nouns in lower case. Optional.
   */
  givenNames?: readonly string[];
  /**
   * Lowercase share words that are ordinals too ("third"): a fraction only inside a figure ("a
   * third of the budget"); outside one a position ("came third with $7.6m"). Optional.
   */
  ordinalShares?: readonly string[];
  /** does the language capitalise nouns (German)? Then capitalisation marks noun candidates. */
  capitalisedNouns: boolean;
  /**
   * Does a participle close the clause right after its object (German "wurden 40.000 Autos
   * verkauft", "hat 500 Tickets abgesetzt")? Then a counting verb right after a counted noun
   * counts it; otherwise only a passive's does ("handhelds have been sold"; "120 firms exported"
   * are the verb's subject).
   */
  participleAfterObject?: boolean;
  /**
   * Words opening a short phrase that may stand inside a verb phrase of the metric lexicon
   * ("is selling in Japan for 19,800 yen": "selling for"): a preposition, then a few words.
   */
  verbPhraseGaps?: readonly string[];
  /** verb prefixes that are no compound modifier ("Ver|teuerung" is not a kind of "Teuerung") */
  boundPrefixes: readonly string[];
  /** German compound linking elements, longest first ("es", "s", "n", "en") */
  linkingElements: readonly string[];
  /**
   * Prepositions (lowercase, possibly multiword) right before a figure that tie it to
   * the noun phrase on their left: "Handelsvolumen von 2,8 Mrd", "exports of $5bn".
   */
  attachLeft: readonly string[];
  /** ... that tie it to the clause's subject, the figure being its new level: "stieg auf", "rose to" */
  levelLeft: readonly string[];
  /** ... that make the figure a change of the subject: "stieg um", "rose by" */
  changeLeft: readonly string[];
  /** ... that compare the figure with another of the sentence: "up from", "gegenüber" (same metric) */
  comparisonLeft: readonly string[];
  /** words right after a figure that introduce what it is a part or an amount of: "der", "of", "an", "in" */
  partitiveRight: readonly string[];
  /**
   * those of partitiveRight after which a noun compound ends in its head, a plural, as right after the
   * figure: "£4bn in tax cuts" (as "£4bn tax cuts"); not "of" ("two-thirds of all jobs depend"). Optional.
   */
  compoundPartitives?: readonly string[];
  /**
   * those of partitiveRight after which, behind an amount of money, a noun of a known metric says
   * what the money is, over the noun linked before the figure: "a bill of more than $27bn in back
   * taxes" is the taxes owed (a bill is any cost); not a form of payment (`forms`: "an offer of $5bn in
   * cash"). Optional.
   */
  amountPartitives?: { words: readonly string[]; forms: readonly string[] };
  /**
   * Links that put a value on the noun before them ("shares worth"): a percentage after one with a
   * partitive of a known metric ("worth about 5.7% of the debts") is a share of that metric.
   */
  valueLinks?: readonly string[];
  /** words allowed between a link preposition and the figure: hedges, adverbs ("lediglich", "rund", "nearly") */
  skipBeforeFigure: readonly string[];
  /** inflected verb forms that signal a change of the subject ("stieg", "rose") */
  changeVerbs: readonly string[];
  /** endings of adjectives (English): such a word after "of"/"in" premodifies the counted noun ("in wasteful spending") */
  adjectiveEndings: readonly string[];
  /** which way a change went (direction.ts): words near a change figure, lowercase */
  directions: {
    /** "rose", "up", "a 3% rise", "stieg", "Plus" */
    up: readonly string[];
    /** "fell", "down", "a 3% fall", "sank", "Minus" */
    down: readonly string[];
    /** nouns that say it, and their compounds ("Rückgang", "Umsatzrückgang", "Preisanstieg"); German only */
    upEndings: readonly string[];
    downEndings: readonly string[];
    /** hedges of several words that hold a word of direction or a level word ("up to", "at least", "bis zu", "mehr als") */
    hedgePhrases: readonly string[];
    /** how many words after the figure may say it ("a 1% tax increase"; German verbs stand at the end) */
    wordsAfter: number;
    /** ask the word right after the figure before anything else (English nouns of change follow it: "a 26% increase") */
    nextWordFirst: boolean;
    /** words that open a clause of the figure's own: a verb before them is another clause's ("although", "after", "leaving") */
    clauseOpeners: readonly string[];
    /** nouns of a rate of change: after them a level word governs no figure ("at an annual rate of 3.8%") */
    rateWords: readonly string[];
    /** words that open a clause only right after a comma (", als das Unternehmen ..."; else "stärker als erwartet") */
    openersAfterComma: readonly string[];
  };
  /** determiners that make a head refer back ("das Volumen", "this figure") */
  anaphors: readonly string[];
  /** pronouns that can stand for an earlier figure's metric ("Im März waren es 3.500") */
  pronouns: readonly string[];
  /** words that coordinate figures of one list ("1,6 beziehungsweise 1,5 Prozent", "5% and 7%") */
  coordination: readonly string[];
  /** prepositions that mark the origin of a flow ("aus", "from") */
  originPreps: readonly string[];
  /** prepositions that mark the destination of a flow ("nach", "to") */
  destinationPreps: readonly string[];
  /** prepositions that take the partners of a symmetric relation ("zwischen", "mit", "between", "with") */
  partnerPreps: readonly string[];
  /** genitive articles after a head ("der", "des") or "of": the owner of a metric */
  genitive: readonly string[];
  /** words meaning "both countries" etc. that refer back to the document's pair of entities */
  pairAnaphors: readonly string[];
  /** function words that may stand between a figure and the noun it counts ("15% more passengers") */
  countModifiers: readonly string[];
  /** words that open a clause of their own after a comma (", while unemployment rose") */
  clauseOpeners: readonly string[];
  /**
   * Words that open an apposition after a noun and a dash ("The BDO optimism index - a leading
   * indicator of GDP growth - edged up to 102.5", "output index - which predicts GDP -"): the
   * aside describes the noun before it, whose figure the clause gives after it. Optional.
   */
  appositionOpeners?: {
    /** articles: an apposition without a closing dash ends at the first verb after them */
    articles: readonly string[];
    /** relative pronouns: their clause's verb is the apposition's own ("a club that is growing by 13%") */
    relatives: readonly string[];
  };
  entities: EntityNames;
  /**
   * A bare head that names one concept unless its clause speaks of another
   * family: "the deficit" is a budget deficit, but "exports fell and the deficit
   * widened to $50bn" a trade deficit.
   */
  contextKeys?: readonly ContextKey[];
  /**
   * Share words that name a part of a year after an ordinal ("the third quarter",
   * "in der ersten Hälfte"): a period, so never the noun a figure measures.
   * `nouns` and `after` lowercase, as written.
   */
  periodParts?: { nouns: readonly string[]; after: readonly string[] };
  /**
   * A market's trading session ("im frühen Handel", "in morning trade", "im Frühhandel"):
   * when a price was quoted, never the trade a figure measures. A session is one of `nouns`
   * after one of `before`, or one of `compounds` by itself, a few words after one of
   * `prepositions`, and with no trade partner after it ("im bisherigen Handel mit Russland"
   * is trade). Lowercase, as written.
   */
  tradingSessions?: { nouns: readonly string[]; before: readonly string[]; compounds: readonly string[]; prepositions: readonly string[] };
  /**
   * Words that end in a known head but are words of their own, no compound of it: "Schwachstellen"
   * are weaknesses, not jobs ("Stellen"); "Baustelle", "Tankstelle". Lowercase, as written. Optional.
   */
  wholeWords?: readonly string[];
  /**
   * English nouns that only modify the noun after them when it is one of `heads` ("trade
   * union", "trade show", "Trade Commission"): the figure is not theirs. Lowercase.
   */
  modifierNouns?: { nouns: readonly string[]; heads: readonly string[] };
  /**
   * Forms of "be" and "have" after which a word that is both a change noun and a verb
   * is the verb: "forecasts were cut to 1.5%", "has cut" (languages whose nouns are
   * not capitalised; the word must not end in "s": "there were cuts of 5%").
   */
  auxiliaries?: readonly string[];
  /**
   * Words after which a word is a verb, not the noun a figure measures, in languages whose
   * nouns are not capitalised: infinitive markers, modals, "help" with its bare infinitive
   * ("to trade", "will rise", "to help pay off $27.5bn in unpaid taxes" is no wage). Lowercase.
   */
  verbMarkers?: readonly string[];
  /**
   * Change heads that, said of a country and nothing else, mean its economy:
   * "US growth", "das österreichische Wachstum" (lowercase head words; `concept`
   * is the lexicon key they measure the change of; `placePreps`: prepositions that put
   * the place after the head, "growth in Japan").
   */
  placeGrowth?: {
    heads: readonly string[]; concept: string; placePreps: readonly string[];
    /** words that make a clause's growth a firm's (its, company, Konzern): never the economy's of the passage */
    firmWords: readonly string[];
    /** possessive determiners right before the growth word ("its growth", "sein Wachstum") */
    possessives: readonly string[];
    /**
     * lowercase nouns that may grow as an economy does ("the country grew 3%"); any other
     * lowercase noun growing is itself ("browsers have grown by 5%"), in languages whose nouns are
     * lowercase. Optional.
     */
    economyNouns?: readonly string[];
  };
  /**
   * Bare rate heads that, in a clause naming a central bank (entity codes `banks`), are its
   * policy rate: "the Fed raised rates to 2%", "the Bank of England held rates at 4.75%".
   */
  bankRates?: { heads: readonly string[]; banks: readonly string[]; concept: string; verbs: readonly string[] };
  /**
   * Currency names as a clause's subject or partner (lowercase word -> ISO code): a small
   * amount of money said of one is an exchange rate ("the dollar fell to $1.2974 against the
   * euro", "der Euro stieg auf 1,12 Dollar").
   */
  currencyNames?: Readonly<Record<string, string>>;
}

export interface ContextKey {
  /** the concept the bare head gives */
  from: string;
  /** only when the figure is this role of the head ("10.8% of the workforce": a share) */
  role?: 'share' | 'change';
  /** the bare head words, lowercase as written (German: the whole word, no compound) */
  heads: readonly string[];
  /** the concept it becomes ... */
  to: string;
  /** ... when a noun of one of these families (a key or its prefix) is in the figure's clause */
  families: readonly string[];
  /** ... and no word of the sentence begins with one of these (lowercase): "budget", "fiscal", "Haushalt" */
  unless: readonly string[];
  /** ... or when the head has a partner ("the deficit with China": budgets have none) */
  partnered?: boolean;
  /**
   * ... or when the latest figure of the last sentences with either key has `to`: "The trade
   * shortfall was $55.5bn. That pushed the 10 month deficit to $500.5bn."
   */
  followsEarlier?: boolean;
}
