// The shape of a language's attribution vocabulary (src/lang/<lang>/attribution.ts).
// All entries are lower-case unless said otherwise; multi-word cues are written
// with single spaces and matched token by token.

export interface AttributionLexicon {
  /**
   * cues the source follows: "laut", "nach Angaben", "according to"; "geht aus+hervor" needs its
   * particle later, "in++hieß" right after the source's noun phrase ("In Militärkreisen hieß es")
   */
  sourceAfter: string[];
  /** cues of sourceAfter that name who commissioned a work ("im auftrag der", "commissioned by"): a source only where no one else is named */
  commissionCues?: string[];
  /**
   * prepositions that make a following document noun a cue: "nach (der) Berechnung der X".
   * All but the first take only report-like nouns ("in einer Studie des Wifo", not
   * "in der Berechnung des Strafausmaßes", whose owner is what was computed)
   */
  documentPrepositions: string[];
  /** documents that are authored reports, so "in einer Studie der X" names X */
  reportNouns: string[];
  /** words that point back to the source named before: "Demnach" */
  anaphoricCues: string[];
  /**
   * words a sentence opens with to point back at the one before, when a cue follows them
   * at once: "Das sagte X", "Dies geht aus einem Bericht der X hervor", "That's according
   * to X". The cue's source is then the earlier sentence's too.
   */
  retrospectiveOpeners: string[];
  /** words that may stand between such an opener and its cue ("That is according to") */
  retrospectiveLinks: string[];
  /**
   * reporting verbs after which such an opener is their object ("Das sagte X"), not their
   * subject ("Das erklärt die Inflation"): the cues a sentence may point back with
   */
  retrospectiveVerbs: string[];
  /** words that deny what a reporting verb says ("Das bestätigte X nicht") */
  negations: string[];
  /** particles of separable verbs: at the end of a sentence they make its verb another ("schreibt ... vor") */
  separableParticles: string[];
  /**
   * participles used as adjectives with their agent before them: "die von der
   * Regierung genannte Milliarde" (stems; inflection endings are added)
   */
  agentParticiples: string[];
  /**
   * compound tails that always name their source first, wherever they stand:
   * "Expertenschätzungen", "Polizeiangaben" (an acronym before any document noun,
   * "OECD-Auswertung", counts too)
   */
  sourceDocuments: string[];
  /**
   * first parts of compounds a document noun ends in that name no source: the compound is a word of
   * its own ("Wertschätzung" is esteem, "Fehleinschätzung" a misjudgement), lower-case
   */
  compoundNonOwners?: string[];
  /**
   * articles that mark the field before a reporting verb as its addressee, not its subject
   * ("Dem STANDARD sagte die Sprecherin"); a masthead word heading that field does too
   * ("Der Zeitung sagte ein Sprecher"), when a subject follows the verb
   */
  addresseeArticles: string[];
  /** speech verbs whose object is whom the speaker told, never the speaker ("X, the minister, told the French media"). Optional. */
  addresseeVerbs?: string[];
  /** articles that may mark a masthead as the addressee ("Der Zeitung sagte"), not "Die Zeitung berichtete" */
  mastheadArticles: string[];
  /** place names that open with an object article ("Den Haag"): such a sentence opens with its subject */
  articlePlaces?: string[];
  /**
   * endings of document nouns that bring in an outside source when named without a definite
   * article ("laut Medienberichten", "according to a report"): the document is the source, not a
   * speaker before it. A release or a forecast ("in einer Aussendung", "laut einer Prognose") is
   * as often the last speaker's own. Optional.
   */
  freshDocuments?: string[];
  /**
   * nouns of an amount that open a sentence as the object of an estimating verb, never as its
   * subject ("Die Zahl der Arbeitslosen schätzt das Wifo auf ..."): the speaker follows the verb, one of
   * `verbs` (estimating, not "Der Verlust bestätigt die Befürchtungen"). `compounds`: a compound
   * ending in one of the nouns is one too ("Die Investitionskosten beziffert der Versorger"). Optional.
   */
  amountObjects?: { nouns: string[]; verbs: string[]; compounds?: boolean };
  /** articles of an object, not a subject, after the verb ("zitierte einen Sprecher") */
  objectArticles: string[];
  /**
   * passives with an agent: a participle of estimating or reporting ("beziffert", "put+at":
   * a word after "+" must follow the participle right away),
   * a passive auxiliary before or just after it ("wurde", "was") and the agent after one
   * of agentLinks ("von den Verbänden", "by analysts"): the agent is the source
   */
  passiveParticiples: string[];
  passiveAuxiliaries: string[];
  agentLinks: string[];
  /** the agent may follow the participle ("was put at $3bn by analysts"); German puts it before */
  agentFollows: boolean;
  /**
   * A pronoun after the verb is its subject only at the clause's end: English "..., said he." but
   * "X, head of Y, said he believed ...": the pronoun opens what is said. German inverts ("sagte er
   * am Montag"): false. Optional.
   */
  pronounAfterVerbEndsClause?: boolean;
  /** cues the source precedes: "zufolge" ("Trump zufolge") */
  sourceBefore: string[];
  /**
   * reporting verbs (finite forms); the source is their subject, before or after them.
   * "teilte+mit": a separable verb, a cue only when its particle follows in the sentence.
   */
  speechVerbs: string[];
  /**
   * particles of speechVerbs that must follow the verb directly ("found+that": "The SEC found that
   * ...", not "Police found 20 bodies that ..."). Optional.
   */
  adjacentParticles?: string[];
  /**
   * reporting verbs that are cues only with said content: a colon, a quote or a
   * "dass" clause after them, or the content before them (", kritisierte X");
   * with a plain object ("X kritisierte die Übung, an der 300 Soldaten teilnehmen")
   * the subject says nothing about the figure. Also listed in speechVerbs.
   */
  clauseVerbs: string[];
  /**
   * the word of ", so Timofejew weiter" (source after it) and of "So beurteilt
   * der Politologe X die Lage." right after a quote (source after its verb)
   */
  soWord: string | null;
  /**
   * past participles of reporting verbs in an active perfect ("Die Kammer hatte den
   * Schaden auf 125 Millionen Euro geschätzt"): the subject opens the sentence or
   * follows the auxiliary. Passives ("wird geschätzt") have none.
   */
  perfectParticiples: string[];
  /** auxiliaries of the active perfect ("hat", "hatte") */
  perfectAuxiliaries: string[];
  /**
   * forms of "to be" that, nearer a speech participle than any perfect auxiliary, make it a state
   * ("die Mannschaft ist aber gewarnt": forewarned, nobody speaks). Optional.
   */
  stateAuxiliaries?: string[];
  /**
   * speech verbs that are plural nouns too (`verbs`), and the finite verbs (`followers`) that, right
   * after one, show it is the noun ("Jobless claims fell by 12,000", "Analyst estimates were cut"):
   * no cue. Not "which Boeing says is": "says" is no noun. Optional.
   */
  nounLikeVerbs?: { verbs: string[]; followers: string[] };
  /**
   * finite verbs that, after the phrase behind a reporting verb, make it the subject of what is
   * said, not the speaker ("said the government had adopted ..."); languages that invert the
   * speaker after any verb ("sagte der Minister") leave this empty
   */
  contentVerbs: string[];
  /**
   * conjunctions that open what is said ("said that ...", "sagte, dass ..."): nobody after them
   * speaks, and after them Konjunktiv I is the clause's mood, not reported speech
   */
  contentConjunctions: string[];
  /** words that open an aside between commas before a reporting verb ("The firm, which ..., said"; "X, a banker who ..., said") */
  asideOpeners: string[];
  /** verbs whose subject is a document naming its source: "Daten von X zeigen", "ONS figures show" */
  showVerbs: string[];
  /**
   * "the central bank released growth figures showing ...": participles that report a document's
   * content right after it, and the verbs by which its publisher put the document out; the
   * publisher (the verb's subject) is the source
   */
  publishedDocuments?: { verbs: string[]; participles: string[] };
  /** nouns for data or documents; their owner is the source ("Daten von X", "figures from X") */
  documentNouns: string[];
  /** German compounds ending in a document noun name their source first ("Polizeiangaben") */
  compoundDocuments: boolean;
  /** links from a document noun or generic head to its owner: "von", "des", "of", "from" */
  ownerLinks: string[];
  /**
   * prepositions that tie a role to the place it is held in before an apposed name ("The BBC's
   * correspondent in Jakarta, Rachel Harvey, told", "Der Korrespondent in Moskau, Hans Maier,
   * sagte"): the place is a capitalised name. Optional.
   */
  rolePlaceLinks?: string[];
  /**
   * words that tie a role to its task before an apposed name, as an owner link does ("The analyst in
   * charge of the study, John Smith, said": John Smith, not the study). Optional.
   */
  roleDuties?: string[];
  /** words that may stand inside an organisation's name between capitalised words: "für", "of" */
  nameConnectors: string[];
  /**
   * conjunctions that close a list of names ("whose films include Schindler's List, Michael Collins
   * and Star Wars,"): the list's commas are no aside's. Optional.
   */
  listConjunctions?: string[];
  /**
   * connectors that keep an organisation's name going past a definite article after one of the
   * head nouns ("Forum for the Future", "Campaign for the Protection of Rural England"; not "a
   * spokesman for the Treasury", "Gordon Brown for the Treasury"). Optional.
   */
  articledConnectors?: { connectors: string[]; heads: string[] };
  /** determiners that open a noun phrase and are dropped from the source */
  articles: string[];
  /** possessives that refer back to an earlier source ("Seinen Angaben zufolge") */
  possessives: string[];
  /**
   * demonstratives that, right before a document noun, point back to the source named
   * before ("diesen Angaben zufolge", "nach diesen Angaben", "according to these figures")
   */
  demonstratives: string[];
  /**
   * one of a group as a subject: the group is the source ("bestätigt einer der Betreiber", "one of
   * the analysts said"). `heads` before one of `links` (a genitive article, or "of"). Optional.
   */
  partitives?: { heads: string[]; links: string[] };
  /**
   * articles of a masculine genitive, after which a role noun with an "-s" is given in the
   * nominative ("nach Angaben des Sprechers": Sprecher). Optional.
   */
  genitiveRoleArticles?: string[];
  /**
   * articles that open an owner right after a noun ("Angaben der Polizei", "Sprecherin des
   * Ministeriums"): genitive forms only, so "laut Bericht die Holding" reads no owner. Without
   * it any article does. Optional.
   */
  ownerArticles?: string[];
  /**
   * prepositions that, opening a sentence, put the reporting verb's own object before it ("Mit 300
   * Millionen Euro rechnet der Finanzminister: ..."): what the verb says starts there, not at a colon. Optional.
   */
  frontedObjectLinks?: string[];
  /** indefinite articles: "Eine Studie des IHS", "a report by X" introduce a report and its author */
  indefiniteArticles: string[];
  /** links that name a document's author whatever its article: "a report by X", "eine Studie von X" */
  authorLinks: string[];
  /**
   * links after a document noun that name its topic, not its author ("a report on the 20 biggest
   * projects says", "eine Studie über 500 Firmen zeigt"): the subject is the document. Optional.
   */
  topicLinks?: string[];
  /** those of topicLinks that name a topic only with no article after them ("a survey of 1,300 bosses", not "a report of the Commons committee"). Optional. */
  bareTopicLinks?: string[];
  /** pronouns that refer back to an earlier source ("er", "he") */
  anaphors: string[];
  /**
   * reporting verbs that say nothing when a reflexive pronoun follows them ("Finnland behauptete sich
   * mit 3:1" held its ground, "rechnet sich" pays off; not "äußerte sich", "sprach sich aus"), and
   * those pronouns
   */
  reflexiveVerbs: { verbs: string[]; pronouns: string[] };
  /**
   * reporting verbs that narrate when one of these nouns is their object, right after them or after
   * one determiner ("Wasp tells the story of a young mum", "he told a joke"): nothing said. Optional.
   */
  narrativeObjects?: { verbs: string[]; objects: string[] };
  /** relative pronouns that open a clause after a comma (", which it said", ", die es schätzt") */
  relativePronouns: string[];
  /**
   * pronouns that, right after such a relative pronoun, are the subject of a reporting verb
   * (", which it said could reach", ", die es auf 5 Prozent schätzt"): they point at the
   * sentence's own subject or the source before
   */
  relativeAnaphors: string[];
  /**
   * documents that, owned by a named source and closed by a colon, head what follows
   * ("In Zahlen des Innenministeriums ausgedrückt: ...", "Figures from the ministry: ...")
   */
  headingDocuments: string[];
  /** nouns that refer back to an earlier source when they stand alone ("the company"), not with a name ("the Australian government") */
  anaphoricNouns: string[];
  /**
   * English: body nouns an acronym may name across a lower-case description ("Germany's BdB private
   * banks association said", "the CBI employers' group"), and the acronyms of the places and bodies
   * the entity tables know, whose description is a body of theirs ("the UK banking association"),
   * not a name. Optional.
   */
  describedBodies?: { nouns: string[]; notNames: string[] };
  /** nouns of a public body that a role word may name ("the Home Office", "the Foreign Ministry"): the two are one name. Optional. */
  institutions?: string[];
  /**
   * those of anaphoricNouns that name a firm: with no such name before, "the company said" is
   * the organisation the article is about (its main organisation), not merely "company"
   */
  organisationNouns: string[];
  /**
   * How a sentence opens when it goes on about a body named before without naming it ("Its sales
   * have slid", "As a result, the Japanese car maker has sought ..."): a neuter possessive or
   * pronoun, or an article and a noun of a firm within three words (organisationNouns and
   * `nouns`). A later "it said" passes over such sentences to the body. Optional.
   */
  bodyContinuations?: { pronouns: string[]; articles: string[]; nouns: string[] };
  /**
   * those of anaphoricNouns that name a newspaper or broadcaster ("said the newspaper"): the last
   * publisher quoted before answers them (a name holding one of `nameWords`, "Wall Street Journal",
   * ending in one of `lastWords`, "Washington Post", or one of `names`, "Reuters"), never another
   * firm; with none, the noun itself. Optional.
   */
  mediaNouns?: MediaNouns;
  /**
   * anaphoric nouns that stand for a body of their own kind only ("the government said"): when no
   * name of that kind stands before, the noun itself is the source, never the body quoted in the
   * sentence before (a statistics office, an institute). Optional.
   */
  selfNamedBodies?: string[];
  /**
   * A participle that opens a fronted phrase before a sentence's subject, as a regex source over the
   * first word ("Launching his campaign ..., Mr Kennedy urged": the subject a later "he" stands for). Optional.
   */
  frontedParticiple?: string;
  /**
   * words (or a two-word phrase) that introduce examples before a subject: the phrase after them is
   * an example, not the speaker ("Investitionsgütern wie Fahrzeuge und Maschinen meldeten", "firms
   * such as Tesco said"); English "as" alone is a conjunction ("shares fell as the company said"). Optional.
   */
  exampleLinks?: string[];
  /** documents that name no source by themselves ("Zahlen", "figures"): a bare one is no attribution */
  anonymousDocuments: string[];
  /** adjectives that make such a document a source by itself: "according to official data" (English) */
  officialAdjectives?: string[];
  /**
   * nouns of a trade or a body before such a document that make it a source with them: "according to
   * studio estimates", "industry figures" (English; a generic source or a body's noun there names
   * that source itself: "police figures", "company data"). Optional.
   */
  documentOwnerNouns?: string[];
  /**
   * endings of request nouns: the owner of an answer that is one names who asked, not the
   * source ("aus der Beantwortung einer Team Stronach-Anfrage")
   */
  requestNouns: string[];
  /** endings of role and descriptor nouns before a name ("präsident", "sprecher", "zeitung") */
  roleSuffixes: string[];
  /** lower-case role words before a name (English "chief executive Jeff Bewkes") */
  roleWords: string[];
  /**
   * those of roleWords that only qualify a role ("vice", "general", "home"): before a name word
   * that is no given name they start a name ("General Motors", "Vice Media", "Security Council"),
   * not a role ("Vice President Dick Cheney", "General Wesley Clark"). Optional.
   */
  roleModifiers?: string[];
  /**
   * lower-case nouns that describe a source right before its name ("industry website
   * Screen Daily", "property website Rightmove"): read only when a name follows
   */
  descriptorWords: string[];
  /**
   * endings of plural nouns for groups that speak ("Staatsmedien", "Quellen"): such a
   * noun is a source after bare adjectives ("laut nordkoreanischen Staatsmedien")
   */
  groupSources: string[];
  /**
   * endings of inflected adjectives and participles ("nordkoreanischen", "vorgelegten"): an
   * attributive word before a noun; none in a language without them
   */
  adjectiveEndings: string[];
  /** titles dropped from a name: "mr", "dr", "herr" */
  titles: string[];
  /**
   * personal pronouns that say a gender, and titles that say a name's ("she said" is not
   * "Mr Brown"): lowercase; a language whose pronoun is ambiguous ("sie") leaves it out.
   * `neuter`: pronouns that never stand for a person ("it said": the firm, not "Michael
   * Pachter"); optional. `plural`: pronouns of a group ("they"), which may stand for the
   * plural name their own sentence opens with; optional.
   */
  gender: { male: string[]; female: string[]; neuter?: string[]; plural?: string[]; maleTitles: string[]; femaleTitles: string[]; maleNames: readonly string[]; femaleNames: readonly string[] };
  /** lower-case heads that are sources by themselves: "analysts", "experts" */
  genericSources: string[];
  /** adverbs that may stand between a subject and its verb: "wiederum", "also" */
  skippableAdverbs: string[];
  /**
   * a time between a subject and its verb, as an opener and a time noun ("Oxfam this week said",
   * "The firm last year reported"): passed over like an adverb. Optional.
   */
  timesBeforeVerb?: { openers: string[]; nouns: string[] };
  /**
   * reporting verbs in a progressive form, read as such after one of passiveAuxiliaries ("Wal-Mart
   * is expecting growth of 3%", "analysts are forecasting"); the auxiliary is no passive's. Optional.
   */
  progressiveVerbs?: string[];
  /**
   * lower-case words that make the subject after them and its verb a comparison's standard, no
   * source: "0.6%, twice what some analysts had been expecting", "more than analysts had expected"
   * (the figure is compared with what they said, they did not say it). Optional.
   */
  comparisonStandards?: string[];
  /**
   * capitalised sentence openers that are never names ("Dabei", "Wie", "Doch"):
   * German capitalises nouns and names alike, so a one-word subject at the start
   * of a sentence is taken for a name unless it is one of these (or an article,
   * preposition or adverb from the other lists)
   */
  openers: string[];
  /** capitalised words that end a name: time words ("Ende April"), weekdays */
  stopWords: string[];
  /** verb forms of reported speech that continue the previous sentence's source (German Konjunktiv I) */
  reportedSpeech: string[];
  /** labels that introduce a publisher or source line: "quelle", "source" */
  publisherCues: string[];
  /** words typical of a publication's name, telling a masthead line from a kicker ("zeitung", "news") */
  mastheadWords: string[];
  /** prepositions: a phrase after one is no subject ("In China rechnet ..."), and "in Brüssel" before a verb is skipped */
  prepositions: string[];
  /** whether only names are capitalised (en) or all nouns too (de) */
  capitalisedNouns: boolean;
  /**
   * conjunctions that join two main clauses, each with its own speaker ("Halifax said
   * 0.8% and Nationwide reported 0.4%", "…, während die Sparkasse von 3 Prozent sprach")
   */
  clauseConjunctions: string[];
  /**
   * conjunctions that open a subordinate clause ("…, after it said a partner would pull
   * out", "nachdem das Amt mitgeteilt hatte, …"): a reporting verb inside such a clause
   * speaks only for the figures of that clause, never for the main clause's
   */
  subordinators: string[];
  /**
   * subordinators whose clause, standing after the main clause's source, states a fact
   * of the article's own ("Ökonomen hatten 0,5 Prozent erwartet, nachdem es im Juli ein
   * Minus von 2,2 Prozent gegeben hatte"): the main clause's source does not reach its
   * figures, unless the clause is in reported speech (Konjunktiv I); an entry may be a few
   * words ("which caused": "Cairn revealed that ..., which caused its shares to lose 18%")
   */
  factClauses: string[];
  /**
   * reporting verbs (also in speechVerbs) that are cues only when a reporting verb without
   * a subject of its own is joined to them ("Police described the man as …, about 30 years
   * old, and said …"); alone they describe ("was described by Jobs as …")
   */
  joinedOnlyVerbs: string[];
  /**
   * "..., with analysts saying sales of $600m were possible": a link word, then a subject and one
   * of `verbs`; the subject is the source of what follows (only right after the link, so "left
   * the room saying ..." names nobody). Optional: a language without the construction leaves it out.
   */
  absoluteSpeech?: { link: string; verbs: string[] };
  /**
   * "Christian Aid condemned the move, saying a million jobs would go": a participle of speech after a comma;
   * the subject the sentence opens with speaks from the comma on. Optional.
   */
  participleSpeech?: string[];
  /**
   * words that link such a participle to its clause as a comma does ("Mr Brown surprised the City by
   * forecasting growth of 3%": the opening subject speaks from the link on). Optional.
   */
  participleLinks?: string[];
  /**
   * "Eigenen Angaben zufolge hat der Oligarch ...", "Die Firma hat nach eigenen Angaben ...", "the
   * firm, by its own account, ...": the source is the clause's own subject. Optional.
   */
  ownAccount?: string[];
  /**
   * The same with a possessive instead ("nach ihren Angaben", "seinen Angaben zufolge"): opening the
   * sentence, or with no subject in its clause, it points back like a pronoun to whom the sentence before names.
   */
  possessiveAccount?: string[];
  /**
   * the gender of the owner a possessive of possessiveAccount points to ("seinen": male or neuter,
   * "ihren": female or plural), and that of a subject by its article ("der"/"das", "die"): the two
   * must agree ("Die Polizei nahm den Fahrer fest. Nach seinen Angaben ..." is not the police's). Optional.
   */
  possessiveGender?: Record<string, 'male' | 'female'>;
  subjectArticleGender?: Record<string, 'male' | 'female'>;
  /**
   * "he" and "she" stand for people only (English): a body named with an institution's or an
   * organisation's noun ("the Foreign Office", "Acme Bank") is no antecedent of theirs. Not in
   * German, whose "er"/"sie" follow grammatical gender ("die Kommission ... sie"). Optional.
   */
  personalPronounsForPeople?: boolean;
  /** words that open a subordinate clause besides `subordinators` ("if", "wenn"): no opening subject there. Optional. */
  subordinateOpeners?: string[];
  /**
   * words that open a concessive clause at the start of a sentence ("Despite ...", "Although ...",
   * "Obwohl ..."): its figures are the writer's, not those of a verb in the main clause that has
   * words of its own after it ("..., Wall Street had expected more"; not "..., the firm said."). Optional.
   */
  concessiveOpeners?: string[];
  /**
   * "Sumitomo bosses told counterparts at UFJ of its decision on Friday, clearing the way for a
   * 3 trillion yen deal": one of `verbs` whose content is a noun phrase after one of `links`
   * (within a few words) speaks only up to a comma before a participle, a word ending in
   * `participleEnding` that is none of `speech` (", adding that ..." goes on reporting): the
   * clause it opens is the narrator's. Optional.
   */
  nominalContent?: { verbs: string[]; links: string[]; participleEnding: string; speech: string[] };
  /**
   * "Chancellor Gordon Brown's announcement in July that 104,000 jobs would be cut": a noun of
   * speech (`nouns`) after a possessive, with one of `links` a few words after it: the possessive's
   * owner is the source of what follows the link. Optional.
   */
  possessiveSpeech?: { nouns: string[]; links: string[] };
  /**
   * "analyst expectations of 374m euros", "economists' forecasts of 2%": a noun of estimating
   * (`nouns`) after its holder, a generic source (genericSources, singular too) or a possessive, and
   * right before one of `links`: the holder is the source of the figure the link introduces. Optional.
   */
  estimateNouns?: { nouns: string[]; links: string[] };
  /**
   * endings of a noun that names a person by age after digits ("the 20-year-old", "die
   * 20-Jährige"): with an article it is someone named before, like "the spokesman". Optional.
   */
  ageNounEndings?: string[];
  /** the gender an article shows before an age noun ("der 61-Jährige": male). Optional. */
  ageArticleGender?: Record<string, 'male' | 'female'>;
  /** demonstrative pronouns that stand for a report named before as the subject of a show verb ("Dieser zeigt, dass ..."). Optional. */
  demonstrativeDocuments?: string[];
  /**
   * words before a verb's plain form that make it an infinitive, no statement: "to claim the
   * women's 60m hurdles", "to report" (a cue's subject does its verb; an infinitive's is elsewhere)
   */
  infinitiveMarkers?: string[];
  /**
   * speech verbs that, with a figure as their object, add to an amount ("he added 1.28p per litre",
   * "Daiwa added a further 5.3%", "added a second goal"), unless what follows the figure goes on as
   * a clause ("Mr Smith added 500 jobs would go"); `leads` are the words that may stand before the
   * figure, and `ordinals` stand for one ("added a second after 65 minutes"). Optional.
   * `objects`: nouns that are the verb's object too, after an article or possessive and at most two
   * more words, when one of `objectFollowers` (or the clause's end) comes right after them: "Federer
   * added the Dubai Championship trophy to his collection", "added the conversion and a penalty"
   * (not "added the title race was over").
   */
  amountVerbs?: {
    verbs: string[]; leads: string[]; ordinals: string[]; objects?: string[]; objectFollowers?: string[];
    /** number words that stand for digits after the verb ("Orange added more than five million new customers") */
    numberWords?: readonly string[];
  };
  /**
   * speech verbs (also listed as "valued+at" in speechVerbs, which gates them on their link) that value something at a figure: "Analysts have
   * valued the tracks at £40m", "BP put production at 3.997 billion barrels". Their subject stands
   * before them and a figure right after their link (`link`, within `reach` tokens: "at between £40m",
   * "at about $5bn"); "That sale valued Ferrari at 2.3bn euros" and "the offer values the club at
   * £800m" name no source: a deal (one of `notSubjects`) fixes a price, it does not estimate one.
   * Optional.
   */
  valuationVerbs?: { verbs: string[]; link: string; reach: number; notSubjects: string[] };
  /**
   * "Die Veranstalter sprachen von 100.000 Demonstranten, die Polizei von 40.000": after a comma,
   * an article, a noun and one of these words before a figure, with the verb left out: the noun
   * speaks for that part (only after a speech cue earlier in the sentence).
   */
  gappedLinks?: string[];
  /** words opening a comment on the whole clause ("as already announced by the ONS", "wie vom Amt angekündigt"): its agent speaks for all of it. Optional. */
  commentOpeners?: string[];
  /**
   * Word endings of organisations named with a genitive complement ("Verband der
   * Automobilindustrie", "Institut der deutschen Wirtschaft", "Fachverband der
   * Mineralölindustrie"): the complement is part of the name, and a genitive ending of the head
   * ("des Fachverbands") is dropped. With `genitiveArticles`, the articles that open the complement
   * and `genitiveEndings`, the endings a head takes in the genitive. Optional.
   */
  organisationHeads?: { endings: string[]; genitiveArticles: string[]; genitiveEndings: string[] };
}

/** AttributionLexicon.mediaNouns */
export interface MediaNouns {
  nouns: string[];
  nameWords: string[];
  lastWords: string[];
  names: string[];
}
