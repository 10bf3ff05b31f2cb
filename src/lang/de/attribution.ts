// German cues for who a figure comes from ("laut X", "X zufolge", "sagte X").
import type { AttributionLexicon } from '../../context/attribution-lexicon.js';
import { givenNames } from './given-names.js';

/** Participles that put a figure on record: "von X beziffert", "wurde ... auf 2 Mio. geschätzt". */
const STATED_BY = ['beziffert', 'geschätzt', 'angegeben', 'berechnet', 'ermittelt', 'prognostiziert', 'gemeldet', 'genannt'];

/** possessives of a third person in the dative, and the nouns of an account they own ("nach ihren Angaben", "seinen Angaben zufolge") */
const OWNER_POSSESSIVES = ['ihren', 'ihrer', 'ihrem', 'seinen', 'seiner', 'seinem'];
const ACCOUNT_NOUNS = ['angaben', 'aussage', 'aussagen', 'darstellung', 'berechnungen', 'berechnung', 'schätzung', 'schätzungen', 'zahlen', 'informationen', 'worten'];

export const attribution: AttributionLexicon = {
  sourceAfter: [
    'laut', 'lt.', 'gemäß', 'zitiert nach',
    'nach angaben', 'nach schätzungen', 'nach berechnungen', 'nach daten', 'nach zahlen',
    'nach informationen', 'nach infos', 'nach erkenntnissen', 'nach einschätzung', 'nach ansicht', 'nach auffassung', 'nach meinung',
    'nach einer studie', 'nach einer umfrage', 'nach einer analyse', 'nach einer schätzung',
    'nach einer berechnung', 'nach einer prognose', 'nach einem bericht', 'nach darstellung',
    'wie aus', 'geht aus+hervor', 'gehen aus+hervor', 'ging aus+hervor', 'gingen aus+hervor',
    // "In Brüsseler Militärkreisen hieß es", "Im Bericht heißt es": the place the words came from opens the sentence
    'in++hieß es', 'in++heißt es', 'im++hieß es', 'im++heißt es', 'aus++hieß es', 'aus++heißt es',
    'heißt es in', 'hieß es in', 'heißt es aus', 'hieß es aus', 'heißt es seitens', 'hieß es seitens',
    'heißt es bei', 'hieß es bei', 'hieß es von', 'seitens', 'durchgeführt von', 'erstellt von',
    // "hieß es vonseiten der slowenischen Polizei"
    'heißt es vonseiten', 'hieß es vonseiten', 'vonseiten',
    'im auftrag von', 'im auftrag des', 'im auftrag der',
    'vorgelegt von', 'veröffentlicht von', 'präsentiert von', 'vorgestellt von', 'herausgegeben von',
  ],
  commissionCues: ['im auftrag von', 'im auftrag des', 'im auftrag der'],
  documentPrepositions: ['nach', 'in', 'im', 'aus'],
  reportNouns: ['studie', 'bericht', 'berichts', 'berichtes', 'umfrage', 'analyse', 'erhebung', 'untersuchung', 'auswertung', 'prognose', 'gutachten', 'aussendung', 'presseaussendung', 'pressemitteilung', 'mitteilung', 'report', 'befragung', 'jahresbericht', 'anfragebeantwortung', 'beantwortung'],
  anaphoricCues: ['demnach'],
  retrospectiveOpeners: ['das', 'dies'],
  retrospectiveLinks: [],
  retrospectiveVerbs: [
    'sagte', 'sagten', 'sagt', 'teilte', 'teilten', 'teilt', 'berichtete', 'berichteten', 'berichtet', 'berichten',
    'meldete', 'meldeten', 'meldet', 'schrieb', 'schreibt', 'bestätigte', 'bestätigten', 'gab', 'gaben', 'geht', 'gehen',
    'ging', 'gingen', 'zeigt', 'zeigen', 'zeigte', 'zeigten', 'ergab', 'ergaben', 'ergibt', 'belegt', 'belegen',
  ],
  negations: ['nicht', 'kein', 'keine', 'keinen', 'keiner', 'nie', 'niemals'],
  separableParticles: ['ab', 'an', 'auf', 'aus', 'bekannt', 'dar', 'ein', 'fest', 'fort', 'her', 'hervor', 'hin', 'mit', 'nach', 'vor', 'weiter', 'zu', 'zurück'],
  // ("einer von der OECD erstellten Studie": who made the document is its source)
  agentParticiples: ['vorgelegt', 'präsentiert', 'vorgestellt', 'herausgegeben', 'veröffentlicht', 'erhoben', 'bezifferte', 'erstellt', 'durchgeführt', 'verfasst', 'erarbeitet', 'ausgearbeitet', 'zusammengestellt', ...STATED_BY],
  sourceDocuments: ['angaben', 'schätzungen', 'schätzung', 'berechnungen', 'berechnung', 'informationen', 'infos'],
  compoundNonOwners: ['wert', 'gering', 'hoch', 'fehl', 'ein', 'über', 'unter', 'selbst', 'ab', 'miss', 'zusatz', 'fehlein', 'selbstein', 'nach', 'vor',
    'eigen', 'erst', 'schnell', 'falsch', 'hintergrund', 'modell', 'kosten', 'neu', 'vorab', 'zwischen', 'gesamt', 'detail', 'grob', 'hoch'],
  addresseeArticles: ['dem', 'einem'],
  // (not '-jährigen': "laut den 18-Jährigen" are a group)
  ageNounEndings: ['-jährige', '-jähriger'],
  ageArticleGender: { der: 'male', die: 'female' },
  demonstrativeDocuments: ['dieser', 'diese'],
  // "um die nötigen Umgebungsinformationen zu sammeln": an infinitive's object or verb states nothing
  infinitiveMarkers: ['zu'],
  mastheadArticles: ['der', 'einer'],
  objectArticles: ['den', 'einen'],
  subordinateOpeners: ['wenn', 'falls', 'während', 'sofern', 'ob', 'wie'],
  concessiveOpeners: ['obwohl', 'obgleich', 'wenngleich'],
  freshDocuments: ['bericht', 'berichte', 'berichten', 'berichts', 'berichtes', 'studie', 'umfrage', 'untersuchung', 'erhebung', 'analyse'],
  amountObjects: {
    nouns: [
      'zahl', 'anzahl', 'summe', 'höhe', 'kosten', 'gesamtkosten', 'schaden', 'schäden', 'betrag', 'gesamtbetrag', 'menge', 'ausmaß',
      'wert', 'gesamtwert', 'aktiva', 'passiva', 'bilanzsumme', 'umsatz', 'gewinn', 'verlust', 'schulden', 'verbindlichkeiten',
      'einnahmen', 'ausgaben', 'defizit', 'gesamtzahl', 'gesamtsumme',
    ],
    verbs: ['schätzt', 'schätzte', 'schätzen', 'schätzten', 'beziffert', 'bezifferte', 'beziffern', 'bezifferten', 'gibt', 'gab', 'geben',
      'gaben', 'nennt', 'nannte', 'veranschlagt', 'veranschlagte', 'errechnete', 'errechnet'],
    // "Die Investitionskosten", "Den Gesamtschaden", "Der Jahresumsatz"
    compounds: true,
  },
  articlePlaces: ['haag', 'helder'],
  passiveParticiples: [...STATED_BY, 'errechnet', 'veranschlagt', 'taxiert', 'gezählt', 'registriert', 'angesetzt'],
  passiveAuxiliaries: ['wird', 'werden', 'wurde', 'wurden', 'worden'],
  agentLinks: ['von', 'vom'],
  agentFollows: false,
  sourceBefore: ['zufolge'],
  ownAccount: [
    'nach eigenen angaben', 'eigenen angaben zufolge', 'nach eigener aussage', 'eigener aussage zufolge',
    'nach eigener darstellung', 'eigener darstellung zufolge', 'nach eigenen berechnungen', 'eigenen berechnungen zufolge',
    'nach eigener schätzung', 'nach eigenen schätzungen', 'eigenen schätzungen zufolge', 'nach eigenen zahlen',
    'nach eigenem bekunden', 'eigenem bekunden zufolge', 'laut eigenem bekunden', 'laut eigenen angaben', 'laut eigener aussage',
    'laut eigener darstellung', 'laut eigenen berechnungen', 'laut eigener schätzung', 'laut eigenen schätzungen',
  ],
  // ("Die Polizei war vor Ort. Nach ihren Angaben ...": whom the sentence before names)
  possessiveGender: { ihren: 'female', ihrer: 'female', ihrem: 'female', seinen: 'male', seiner: 'male', seinem: 'male' },
  subjectArticleGender: { der: 'male', das: 'male', die: 'female' },
  possessiveAccount: [
    ...['nach', 'laut'].flatMap((p) => OWNER_POSSESSIVES.flatMap((o) => ACCOUNT_NOUNS.map((n) => `${p} ${o} ${n}`))),
    ...OWNER_POSSESSIVES.flatMap((o) => ACCOUNT_NOUNS.map((n) => `${o} ${n} zufolge`)),
  ],
  speechVerbs: [
    'sagte', 'sagt', 'sagten', 'erklärte', 'erklärt', 'erklärten', 'betonte', 'betont', 'betonten',
    'meinte', 'meint', 'berichtete', 'berichtet', 'berichten', 'berichteten', 'meldete', 'meldet', 'meldeten',
    'mitteilte', 'teilte+mit', 'teilt+mit', 'teilten+mit', 'schätzt', 'schätzte', 'schätzen', 'schätzten',
    // "wie die Polizei bekanntgab", "gab die Polizei bekannt"
    'bekanntgab', 'bekanntgaben', 'bekanntgibt', 'gaben+bekannt',
    'prognostiziert', 'prognostizierte', 'beziffert', 'bezifferte', 'errechnete', 'ermittelte', 'berechnet', 'berechnete', 'errechnet',
    'warnte', 'warnt', 'ergänzte', 'ergänzt', 'fügte+hinzu', 'bestätigte', 'bestätigt', 'äußerte',
    'schrieb', 'schreibt', 'urteilt', 'urteilte', 'analysiert', 'analysierte', 'kritisierte',
    'unterstrich', 'unterstreicht', 'erläuterte', 'erläutert', 'erläuterten', 'verkündete', 'verkündet',
    'meinten', 'warnten', 'bestätigten', 'äußert', 'äußerten', 'schrieben', 'räumte+ein', 'räumt+ein', 'räumen+ein', 'räumten+ein',
 'sprach+von', 'sprach+vom', 'spricht+von', 'spricht+vom', 'sprachen+von', 'sprachen+vom', 'sprechen+von',
    // "Katzian geht davon aus, dass ... weniger als 700": an expectation stated
    'geht+davon', 'gehen+davon', 'ging+davon', 'gingen+davon',
    // "Analysten gehen von 20 bis 30 Mrd. Euro aus"
    'geht+von aus', 'gehen+von aus', 'ging+von aus', 'gingen+von aus', 'rechnet', 'rechnete', 'rechnen', 'rechneten',
    'kalkuliert', 'kalkulierte', 'kalkulieren', 'kalkulierten',
    // a target the subject sets itself: "Die Firma peilt 35 Prozent Marktanteil an"
    'peilt+an', 'peilte+an', 'peilen+an', 'peilten+an', 'strebt+an', 'strebte+an', 'streben+an', 'strebten+an',
    'zählte', 'zählt', 'registrierte', 'registriert', 'erwartet', 'erwartete', 'erwarten', 'erwarteten', 'zitierte', 'zitiert', 'bilanzierte', 'kündigte+an', 'gab+an', 'gab+bekannt', 'gibt+an', 'twitterte',
    'beschrieb', 'beschreibt', 'erzählte', 'erzählt', 'erzählten', 'schilderte', 'schildert', 'schilderten',
    'präzisierte', 'präzisiert', 'ergänzten', 'kritisiert', 'kritisierten',
    // (only with what is said after a colon, a quote or ", dass": clauseVerbs)
    'verweist', 'verwies', 'verweisen', 'verwiesen',
    // "Ekirch argumentierte, dass Menschen rund acht Stunden schliefen", "Die Firma behauptet, ..."
    'argumentiert', 'argumentierte', 'argumentieren', 'argumentierten', 'behauptet', 'behauptete', 'behaupten', 'behaupteten',
    // advice is the adviser's: "X rät dazu, dass das Passwort mindestens 12 Zeichen haben soll" (clauseVerbs)
    'rät', 'riet', 'empfiehlt', 'empfahl',
    // regret and complaint report what they are about: "2013 seien es nur 137 gewesen, bedauerte Deutsch"
    // (clauseVerbs; not "beklagte", which is as often "die Beklagte", the defendant)
    'bedauerte', 'bedauert', 'bedauerten', 'klagte', 'klagt', 'klagten',
  ],
  clauseVerbs: [
    'rät', 'riet', 'empfiehlt', 'empfahl',
    // ("Der Händler räumt Stammkunden 20 Prozent Rabatt ein" grants; only with what is said after it)
    'räumt', 'räumen', 'räumten',
    'kritisierte', 'kritisiert', 'kritisierten', 'beschrieb', 'beschreibt', 'erzählte', 'erzählt', 'erzählten',
    'schilderte', 'schildert', 'schilderten',
    // "Davies verweist auf die Erholung des Automarkts: Unsere Zulassungszahlen ... um 24 Prozent"
    'verweist', 'verwies', 'verweisen', 'verwiesen',
    // ("Die Firma klagte gegen den Bescheid über 2 Millionen Euro" sues)
    'bedauerte', 'bedauert', 'bedauerten', 'klagte', 'klagt', 'klagten',
  ],
  perfectParticiples: [
    'geschätzt', 'gemeldet', 'berichtet', 'erklärt', 'mitgeteilt', 'beziffert', 'angegeben',
    'gesagt', 'bestätigt', 'errechnet', 'ermittelt', 'gesprochen+von', 'prognostiziert',
    'angekündigt', 'betont', 'gewarnt', 'geäußert', 'gezählt', 'veröffentlicht', 'gerechnet', 'erwartet', 'vorhergesagt',
    'verkündet', 'bekanntgegeben', 'registriert', 'argumentiert', 'behauptet',
  ],
  contentVerbs: [],
  contentConjunctions: ['dass', 'ob'],
  // ("Hans Müller, der seit 20 Jahren im Amt ist, sagte, ..."; German mostly puts the speaker after
  // the verb, ", sagte der 48-Jährige", which the phrase after the verb answers first)
  asideOpeners: ['der', 'die', 'das', 'welcher', 'welche', 'welches', 'dessen', 'deren',
    // a concessive or temporal clause between the subject and its verb ("Hollande, auch wenn er sich bedeckt hält, rechnete aus")
    'auch', 'obwohl', 'obgleich', 'obschon', 'wenngleich', 'selbst', 'nachdem', 'während'],
  perfectAuxiliaries: ['hat', 'hatte', 'haben', 'hatten'],
  // ("München hat fünf Zähler Vorsprung, die Mannschaft ist aber gewarnt": the state, no perfect of "hat")
  stateAuxiliaries: ['ist', 'sind', 'war', 'waren', 'sei', 'seien', 'wäre', 'wären', 'bin', 'bist'],
  soWord: 'so',
  showVerbs: ['zeigen', 'zeigt', 'zeigten', 'zeigte', 'belegen', 'belegt', 'ergab', 'ergaben', 'ergibt', 'ergeben'],
  documentNouns: [
    'angaben', 'angabe', 'daten', 'zahlen', 'schätzung', 'schätzungen', 'berechnung', 'berechnungen',
    'studie', 'umfrage', 'analyse', 'bericht', 'berichte', 'berichten', 'berichts', 'berichtes',
    'prognose', 'statistik', 'statistiken', 'erhebung', 'auswertung', 'informationen', 'infos', 'einschätzung',
    'meldung', 'meldungen', 'mitteilung', 'darstellung', 'ansicht', 'auffassung', 'meinung', 'liste', 'einschätzungen',
    'endergebnis', 'ergebnis', 'resultat', 'recherchen', 'erkenntnisse', 'erkenntnissen', 'dokument', 'dokumenten', 'unterlagen', 'antwort',
    'aussendung', 'presseaussendung', 'pressemitteilung', 'pressemeldung', 'mitteilungen', 'anfragebeantwortung',
    'beantwortung', 'bilanz', 'jahresbericht', 'gutachten', 'befragung', 'untersuchung', 'rechnung',
    'vorwürfen', 'vorwürfe', 'aussagen', 'schilderungen', 'beobachtungen', 'kommunikation', 'protokoll', 'papier', 'dokumente', 'aufzeichnungen', 'messungen', 'messung', 'messdaten', 'auswertungen',
  ],
  compoundDocuments: true,
  ownerLinks: ['von', 'vom', 'des', 'der', 'aus', 'bei', 'beim'],
  rolePlaceLinks: ['in'],
  nameConnectors: ['für', 'der', 'des', 'und', 'of', 'for', '&'],
  listConjunctions: ['und', 'oder'],
  articles: ['der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen'],
  possessives: ['sein', 'seine', 'seinen', 'seiner', 'seines', 'seinem', 'ihr', 'ihre', 'ihren', 'ihrer', 'ihres', 'ihrem'],
  indefiniteArticles: ['ein', 'eine', 'einer', 'eines', 'einem', 'einen'],
  authorLinks: ['von', 'durch'],
  topicLinks: ['über', 'zu', 'zum', 'zur', 'unter'],
  demonstratives: ['diese', 'diesen', 'dieser', 'dieses', 'diesem', 'jenen', 'jener', 'jenem'],
  partitives: { heads: ['einer', 'eine', 'eines', 'einem'], links: ['der', 'des'] },
  genitiveRoleArticles: ['des', 'eines'],
  ownerArticles: ['der', 'des', 'eines', 'einer'],
  frontedObjectLinks: ['mit'],
  anaphors: ['er', 'sie', 'ich'],
  reflexiveVerbs: {
    verbs: ['behauptet', 'behauptete', 'behaupten', 'behaupteten', 'rechnet', 'rechnete', 'rechnen', 'rechneten'],
    pronouns: ['sich'],
  },
  relativePronouns: ['die', 'der', 'das', 'den', 'dem', 'was', 'welche', 'welcher', 'welches', 'welchen'],
  relativeAnaphors: ['es', 'sie', 'er'],
  headingDocuments: ['zahlen', 'daten', 'angaben', 'schätzungen', 'berechnungen', 'statistik', 'statistiken', 'informationen', 'hochrechnung', 'hochrechnungen'],
  anaphoricNouns: [],
  organisationNouns: [],
  requestNouns: ['anfrage', 'anfragen', 'interpellation'],
  anonymousDocuments: ['antwort', 'beantwortung', 'anfragebeantwortung', 'zahlen', 'daten', 'angaben', 'angabe', 'informationen', 'infos', 'statistik', 'statistiken', 'berechnungen', 'schätzungen', 'ergebnis', 'endergebnis', 'resultat', 'ansicht', 'auffassung', 'meinung', 'einschätzung', 'darstellung'],
  roleSuffixes: [
    'präsident', 'präsidentin', 'minister', 'ministerin', 'sprecher', 'sprecherin', 'chef', 'chefin',
    'experte', 'expertin', 'analyst', 'analystin', 'ökonom', 'ökonomin', 'loge', 'login',
    'wissenschaftler', 'wissenschaftlerin', 'forscher', 'forscherin', 'direktor', 'direktorin',
    'leiter', 'leiterin', 'vorsitzende', 'vorsitzender', 'kanzler', 'kanzlerin', 'gouverneur',
    'berater', 'beraterin', 'botschafter', 'botschafterin', 'vertreter', 'vertreterin', 'abgeordnete',
    'abgeordneter', 'bürgermeister', 'bürgermeisterin', 'manager', 'managerin', 'gründer', 'gründerin',
    'vorstand', 'senator', 'senatorin', 'anwalt', 'anwältin', 'autor', 'autorin', 'kommissar',
    'kommissarin', 'sekretär', 'sekretärin', 'stratege', 'strategin', 'professor', 'professorin',
    'führer', 'führerin', 'sachverständige', 'sachverständiger', 'musiker', 'musikerin', 'trainer',
    'trainerin', 'historiker', 'historikerin', 'kritiker', 'journalist', 'journalistin', 'korrespondent',
    'korrespondentin', 'unternehmer', 'unternehmerin', 'investor', 'ermittler', 'richter', 'richterin',
    'premier', 'premierministerin', 'staatssekretär', 'obmann', 'obfrau', 'hauptmann', 'rat', 'rätin',
    'mitglied', 'beauftragte', 'beauftragter', 'kandidat', 'kandidatin', 'intendant', 'ceo', 'cfo',
    'zeitung', 'magazin', 'sender', 'fernsehsender', 'nachrichtenagentur', 'agentur', 'blatt',
    'portal', 'onlineportal', 'website', 'plattform', 'institut', 'denkfabrik', 'thinktank', 'behörde',
    'helfer', 'helferin', 'mitarbeiter', 'mitarbeiterin',
    'jährige', 'jähriger',
  ],
  // ("NGO" as a word, not an ending: "Tango", "Kongo")
  roleWords: ['ngo', 'ngos'],
  descriptorWords: [],
  adjectiveEndings: ['e', 'en', 'er', 'es', 'em'],
  groupSources: [
    'medien', 'quellen', 'kreise', 'kreisen', 'experten', 'behörden', 'diplomaten', 'beobachter',
    'ermittler', 'aktivisten', 'ökonomen', 'analysten', 'augenzeugen', 'militärs',
  ],
  titles: ['herr', 'frau', 'dr.', 'prof.', 'dr', 'prof', 'mag.', 'ing.'],
  gender: { male: ['er'], female: [], maleTitles: ['Herr', 'Herrn'], femaleTitles: ['Frau'], maleNames: givenNames.male, femaleNames: givenNames.female },
  genericSources: [],
  skippableAdverbs: [
    'wiederum', 'auch', 'zudem', 'nun', 'jetzt', 'jedoch', 'aber', 'dann', 'bereits', 'ebenfalls',
    'außerdem', 'allerdings', 'dagegen', 'hingegen', 'indes', 'also', 'selbst', 'zuletzt', 'damals',
    'schon', 'noch', 'etwa', 'kürzlich', 'jüngst', 'gestern', 'heute', 'heuer', 'weiter', 'ferner', 'zuvor',
    // focus particles before the subject ("Allein Check24 hat ...", "Sogar die Bank hat ...")
    'allein', 'sogar',
    // sentence adverbs between the subject and a verb at the end ("wobei eine der Zeuginnen überraschenderweise sagt")
    'überraschenderweise', 'erstaunlicherweise', 'bezeichnenderweise', 'interessanterweise', 'bemerkenswerterweise',
    'merkwürdigerweise', 'seltsamerweise', 'verständlicherweise', 'glücklicherweise', 'möglicherweise',
    'normalerweise', 'offenbar', 'übrigens',
  ],
  openers: [
    'dabei', 'damit', 'dann', 'doch', 'daher', 'deshalb', 'darum', 'deswegen', 'trotzdem', 'dennoch',
    'so', 'denn', 'und', 'oder', 'aber', 'sondern', 'insgesamt', 'immerhin', 'zuvor', 'danach',
    'derzeit', 'hier', 'dort', 'inzwischen', 'mittlerweile', 'erst', 'nur', 'gleichzeitig', 'zugleich',
    'jedenfalls', 'ebenso', 'vielmehr', 'stattdessen', 'somit', 'demnach', 'folglich', 'wie', 'als',
    'wenn', 'weil', 'dass', 'ob', 'nachdem', 'obwohl', 'während', 'sobald', 'solange', 'falls',
    'das', 'dies', 'diese', 'dieser', 'dieses', 'es', 'man', 'wer', 'was', 'wo', 'warum', 'wann',
    'vor', 'zwar', 'eben', 'gerade', 'bislang', 'bisher', 'künftig', 'demnächst', 'zunächst',
    'anschließend', 'später', 'früher', 'kaum', 'fast', 'rund', 'etwa', 'mehr', 'weniger', 'alle',
    'viele', 'einige', 'manche', 'beide', 'jeder', 'jede', 'kein', 'keine', 'laut', 'nicht', 'sogar',
    // determiners before a capitalised noun: "Solche Winter gebe es ..." names nobody
    'solche', 'solcher', 'solches', 'jene', 'jener', 'jenes', 'derartige', 'mehrere', 'wenige', 'andere',
    'weitere', 'zahlreiche', 'etliche', 'sämtliche',
    // time adjectives: "Letztes Jahr hat der Konzern seinen Report veröffentlicht" names no "Letztes"
    'letztes', 'letzten', 'letzte', 'letzter', 'vergangenes', 'vergangenen', 'vergangene', 'voriges', 'vorigen',
    'vorige', 'nächstes', 'nächsten', 'nächste', 'kommendes', 'kommenden', 'kommende',
  ],
  stopWords: [
    'ende', 'anfang', 'mitte', 'beginn', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag',
    'samstag', 'sonntag', 'januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli',
    'august', 'september', 'oktober', 'november', 'dezember', 'jahr', 'jahres', 'woche', 'monat',
    'vormittag', 'nachmittag', 'abend', 'morgen', 'freitagabend', 'montagabend', 'dienstagabend',
    'mittwochabend', 'donnerstagabend', 'samstagabend', 'sonntagabend', 'gegenüber', 'bei', 'zufolge',
    'vorjahr', 'vorjahres', 'vormonat', 'vormonats', 'quartal', 'halbjahr', 'wochenende', 'ortszeit',
    'tage', 'tagen', 'wochen', 'monaten', 'jahren', 'jahre', 'zeit', 'zeitraum',
    // "Wir haben gesagt, dass ...": a first-person plural is no name, capitalised or not
    'wir',
    // "als dies laut österreichischer Erhebung der Fall war": the idiom's noun, nobody's owner
    'fall',
    // times and idioms before "hieß es" ("Im Herbst hieß es", "In der Praxis heißt es")
    'frühjahr', 'frühling', 'sommer', 'herbst', 'winter', 'vergangenheit', 'zukunft', 'praxis', 'klartext', 'prinzip', 'grunde',
    // "jeder Zweite gab an": a share of those asked, not a speaker
    'zweite', 'dritte', 'vierte', 'fünfte', 'sechste', 'siebte', 'achte', 'neunte', 'zehnte', 'hälfte', 'drittel', 'viertel',
    'mehrheit', 'mehrzahl', 'minderheit', 'befragten', 'befragte',
    // conjunctions and question words, capitalised after a colon ("...: Wie berichtet, für 285.379 ...")
    'wie', 'wo', 'wer', 'warum', 'weshalb', 'wieso', 'ob', 'weil', 'dass', 'obwohl', 'nachdem', 'falls', 'sofern',
  ],
  reportedSpeech: [
    'sei', 'seien', 'habe', 'hätten', 'werde', 'könne', 'müsse', 'solle', 'dürfe', 'wolle',
    'liege', 'lägen', 'gebe', 'stehe', 'bleibe', 'betrage', 'beinhalte', 'ziehe', 'plane',
    'erwarte', 'rechne', 'steige', 'sinke', 'wachse', 'koste', 'brauche', 'fehle', 'gehe', 'komme',
  ],
  publisherCues: ['quelle'],
  mastheadWords: ['zeitung', 'nachrichten', 'news', 'online', 'week', 'woche', 'magazin', 'blatt', 'kurier', 'presse', 'rundschau', 'anzeiger', 'standard', 'spiegel', 'welt', 'post', 'bote', 'merkur', 'tagblatt', 'journal', 'report', 'times', 'express', 'allgemeine', 'handelsblatt', 'focus', 'stern', 'bild', 'rundfunk', 'tv', 'radio', 'aktuell', '.de', '.at', '.ch', '.com'],
  prepositions: [
    'in', 'im', 'am', 'an', 'auf', 'aus', 'bei', 'beim', 'mit', 'nach', 'für', 'von', 'vom', 'zu', 'zum', 'zur',
    'über', 'unter', 'seit', 'durch', 'gegen', 'ohne', 'um', 'vor', 'hinter', 'neben', 'zwischen', 'wegen',
    'trotz', 'während', 'ab', 'bis', 'gegenüber', 'innerhalb', 'außerhalb', 'aufgrund', 'dank', 'ins', 'vors',
  ],
  capitalisedNouns: true,
  clauseConjunctions: ['und', 'während', 'wohingegen', 'aber', 'doch', 'sondern', 'jedoch'],
  subordinators: ['nachdem', 'weil', 'als', 'da', 'bevor', 'obwohl', 'sobald', 'seitdem'],
  factClauses: ['nachdem'],
  joinedOnlyVerbs: [],
  gappedLinks: ['von', 'vom', 'auf', 'mit'],
  // ("Investitionsgütern wie Fahrzeuge meldeten", "firms such as Tesco said": examples, no speaker)
  exampleLinks: ['wie'],
  commentOpeners: ['wie'],
  organisationHeads: {
    endings: [
      'verband', 'institut', 'kammer', 'vereinigung', 'gesellschaft', 'ministerium', 'amt', 'akademie', 'agentur',
      'behörde', 'verein', 'gewerkschaft', 'zentrum', 'stiftung', 'kommission', 'organisation', 'rechnungshof', 'anstalt',
    ],
    genitiveArticles: ['der', 'des'],
    genitiveEndings: ['es', 's'],
  },
};
