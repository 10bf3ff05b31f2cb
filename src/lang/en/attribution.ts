// English cues for who a figure comes from ("according to X", "X said", "said X").
import type { AttributionLexicon } from '../../context/attribution-lexicon.js';
import { givenNames } from './given-names.js';
import { metrics } from './metrics.js';
import { numbers } from './numbers.js';

/** Participles that go on reporting after a comma (AttributionLexicon.participleSpeech). */
const SPEECH_PARTICIPLES = ['saying', 'predicting', 'estimating', 'forecasting', 'warning'];

/** Reporting verbs in a progressive form: "Wal-Mart is expecting growth of 3%" (AttributionLexicon.progressiveVerbs). */
const PROGRESSIVE = ['expecting', 'forecasting', 'predicting', 'estimating'];
/** verbs of valuing: speech verbs before "at" and a figure (valuationVerbs) */
const VALUING = ['valued', 'values', 'value', 'put', 'puts'];

export const attribution: AttributionLexicon = {
  sourceAfter: [
    'according to', 'quoted by', 'cited by', 'figures from', 'data from', 'estimates from', 'estimates by',
    'carried out by', 'conducted by', 'compiled by', 'published by', 'commissioned by', 'estimated by',
    'announced by', 'presented by', 'unveiled by', 'prepared by', 'set out by', 'outlined by',
    // "The figures collected by the Mobile Data Association (MDA) showed" (holdout54)
    'collected by',
  ],
  commissionCues: ['commissioned by'],
  documentPrepositions: ['in'],
  reportNouns: ['survey', 'study', 'report', 'poll', 'analysis', 'research', 'review', 'paper'],
  anaphoricCues: [],
  // "That's" is one token
  retrospectiveOpeners: ['that', 'this', "that's", 'that’s'],
  retrospectiveLinks: ['is', 'was'],
  retrospectiveVerbs: ['shows', 'showed'],
  negations: ['not', "n't", 'never', 'no'],
  separableParticles: [],
  agentParticiples: [],
  sourceDocuments: [],
  addresseeArticles: [],
  addresseeVerbs: ['told', 'tells', 'tell'],
  // ("Investitionsgütern wie Fahrzeuge meldeten", "firms such as Tesco said": examples, no speaker)
  exampleLinks: ['such as'],
  commentOpeners: ['as'],
  mastheadArticles: [],
  objectArticles: [],
  passiveParticiples: ['put+at', 'estimated', 'valued', 'forecast', 'projected', 'calculated', 'reported', 'predicted', 'counted', 'priced', 'assessed'],
  passiveAuxiliaries: ['is', 'are', 'was', 'were', 'been', 'be'],
  agentLinks: ['by'],
  agentFollows: true,
  pronounAfterVerbEndsClause: true,
  sourceBefore: [],
  speechVerbs: [
    'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'estimated', 'estimates', 'estimate',
    // ("some watchers point out that the price tag ... is $3,000 higher")
    'point+out', 'points+out', 'pointed+out',
    // ("The ADB fears that 1 million Indonesians could join them"; not the noun "fears of a slump")
    'fears+that', 'feared+that', 'fear+that',
    'reported', 'reports', 'forecast', 'forecasts', 'predicted', 'predicts', 'warned', 'warns',
    // ("The report states that ..."; not the noun: "the eight central European states will see 4.6% growth")
    'claimed', 'claims', 'stated', 'states+that', 'announced', 'announces', 'wrote', 'writes',
    'calculated', 'calculates', 'argued', 'argues', 'argue', 'insisted', 'insists', 'revealed', 'noted', 'explained', 'explains',
    'acknowledged', 'acknowledges', 'remarked',
    // ("He underlined Lib Dem plans to reintroduce maintenance grants of up to £2,000")
    'stressed', 'stresses', 'emphasised', 'emphasises', 'emphasized', 'emphasizes', 'underlined', 'underlines',
    // ('" Hailey later recalled.'; "Toyota recalled 100,000 cars" recalls an amount: amountVerbs)
    'recalled',
    'predict', 'believe', 'believes', 'described', 'describes', 'confirmed', 'confirms',
    // "The Tories claim they can ...", "Analysts had expected ... 57", "Economists expect growth of 2.5%"
    'claim', 'expect', 'expects', 'expected', 'reckon', 'reckons', 'reckoned',
    // a valuation is an estimate: "Analysts have valued the tracks at £40m", "Datamonitor put the figure at 4.6 million"
    ...VALUING.map((verb) => `${verb}+at`),
    // an accusation states its figures: "Spitzer alleged that ... 514 compromised net addresses", "Prosecutors allege he stole $5m"
    'alleged', 'alleges', 'allege',
    // a target the subject sets itself ("TNT aims to reach 35%", German "peilt an")
    'aims', 'aim',
    // a recommendation states its figure ("The charity recommends a weekly payment of £108.49"; not "urged":
    // "MPs have urged the BBC to ... scrutinise how £2bn ... is spent" urges no figure)
    'recommends', 'recommended', 'recommend',
    // "The SEC found that ...", "Researchers concluded that ...": a finding, with "that" (not "found 20 bodies")
    'found+that', 'finds+that', 'concluded+that', 'concludes+that',
    // "Administrators of the ranch have complained that squatters have taken over 80%"
    'complained+that', 'complain+that', 'complains+that',
    ...PROGRESSIVE,
  ],
  valuationVerbs: {
    verbs: VALUING,
    link: 'at',
    reach: 3,
    notSubjects: ['offer', 'offers', 'bid', 'bids', 'deal', 'deals', 'sale', 'sales', 'proposal', 'takeover', 'merger', 'transaction', 'agreement', 'price'],
  },
  adjacentParticles: ['that', 'out'],
  progressiveVerbs: PROGRESSIVE,
  comparisonStandards: ['than', 'what'],
  perfectParticiples: [],
  perfectAuxiliaries: [],
  asideOpeners: ['which', 'who', 'whose', 'a', 'an', 'the',
    // a concessive clause between the subject and its verb ("Mr Brown, although he declined to give details, said")
    'although', 'though', 'despite'],
  nounLikeVerbs: {
    verbs: ['claims', 'estimates', 'reports', 'forecasts', 'predictions', 'warnings'],
    followers: [
      'rose', 'fell', 'increased', 'decreased', 'jumped', 'dropped', 'climbed', 'slipped', 'surged', 'plunged', 'soared',
      'were', 'are', 'have', 'had', 'remain', 'remained',
      // ("analysts' forecasts of 374m euros": no verb takes "of")
      'of',
    ],
  },
  contentVerbs: [
    'had', 'has', 'have', 'was', 'were', 'is', 'are', 'would', 'will', 'could', 'should', 'must', 'can', 'may', 'might', 'did', 'does', 'do', 'needed', 'need', 'needs',
    // ("claimed Kaplan made three major errors": what is said, not who says it)
    'made', 'took', 'gave', 'won', 'lost', 'rose', 'fell', 'cost', 'paid', 'sold', 'spent', 'grew', 'owed',
  ],
  // ("The firm, Paion, said that it hoped to sell ...": "that it" is what is said, not who says it)
  contentConjunctions: ['that', 'whether'],
  soWord: null,
  publishedDocuments: {
    verbs: ['released', 'published', 'issued', 'unveiled', 'produced', 'releases', 'publishes', 'issues', 'unveils', 'produces', 'release', 'publish', 'issue', 'unveil', 'produce'],
    participles: ['showing', 'suggesting', 'revealing', 'indicating'],
  },
  // (a document's result too: "the survey returned a balance of plus 8", "the poll recorded a lead of 4%")
  showVerbs: ['show', 'shows', 'showed', 'shown', 'suggest', 'suggests', 'suggested', 'revealed', 'reveals', 'reveal', 'found', 'finds', 'indicate', 'indicates', 'indicated',
    'returned', 'returns', 'recorded'],
  documentNouns: [
    'figures', 'figure', 'data', 'estimates', 'estimate', 'statistics', 'survey', 'study', 'report',
    'research', 'analysis', 'forecast', 'forecasts', 'poll', 'numbers', 'calculations', 'records', 'reports',
    'surveys', 'studies', 'polls', 'analyses',
    // "The register shows former Tory leader William Hague earning up to £820,000" (holdout108)
    'register', 'registers', 'accounts', 'filing', 'filings', 'audit',
    // "The government proposal states that ... up to 100%" (holdout106)
    'proposal', 'proposals', 'manifesto',
    // "IBM test results show that ..." (holdout131)
    'results',
  ],
  compoundDocuments: false,
  ownerLinks: ['of', 'from', 'by', 'at', 'for', 'with'],
  rolePlaceLinks: ['in'],
  roleDuties: ['in charge of', 'responsible for'],
  nameConnectors: ['of', 'for', 'and', '&', 'de', 'du', 'von'],
  listConjunctions: ['and', 'or'],
  articledConnectors: {
    connectors: ['for'],
    heads: ['forum', 'campaign', 'department', 'institute', 'society', 'centre', 'center', 'council', 'commission', 'committee',
      'foundation', 'trust', 'fund', 'alliance', 'coalition', 'association', 'movement', 'league', 'office', 'agency', 'federation'],
  },
  articles: ['the', 'a', 'an', 'one', 'another'],
  possessives: ['his', 'her', 'its', 'their'],
  indefiniteArticles: ['a', 'an', 'one'],
  authorLinks: ['by'],
  topicLinks: ['on', 'into', 'about', 'of'],
  bareTopicLinks: ['of'],
  demonstratives: ['these', 'this', 'those'],
  partitives: { heads: ['one'], links: ['of'] },
  anaphors: ['he', 'she', 'it', 'they', 'i'],
  reflexiveVerbs: { verbs: [], pronouns: [] },
  narrativeObjects: { verbs: ['tells', 'told', 'tell', 'telling'], objects: ['story', 'stories', 'tale', 'tales', 'joke', 'jokes'] },
  relativePronouns: ['which', 'who', 'that'],
  relativeAnaphors: ['it', 'they', 'he', 'she'],
  headingDocuments: ['figures', 'data', 'estimates', 'statistics', 'numbers', 'calculations'],
  // ("the sports giant", "the supermarket chain", "the trade body": a firm or organisation named before)
  anaphoricNouns: ['company', 'firm', 'group', 'bank', 'government', 'ministry', 'department', 'club', 'airline', 'carrier', 'retailer', 'lender', 'insurer', 'operator', 'regulator', 'watchdog', 'giant', 'chain', 'manufacturer', 'body', 'brewer', 'brewery', 'carmaker', 'automaker', 'drugmaker', 'supermarket', 'publisher',
    // public and civic bodies ("the union said", "the GMB union warned"): an organisation named before, else the noun
    'union', 'council', 'charity', 'agency', 'authority', 'commission', 'committee', 'federation', 'association', 'party',
    'office', 'bureau', 'administrator', 'liquidator', 'receiver',
    // a film's or a record's trade ("its distributor has said", "the label said"; not "studio": "studio estimates" are a document)
    'distributor', 'label',
    'institute', 'trust', 'foundation', 'hospital', 'university', 'embassy', 'organisation', 'organization',
    // descriptions before a name ("UK think-tank Demos", "US consultancy Deloitte", "pollster Mori")
    'think-tank', 'thinktank', 'consultancy', 'pollster', 'brokerage', 'consortium',
    // the press ("said the newspaper": mediaNouns)
    'newspaper', 'paper', 'tabloid', 'magazine', 'broadcaster'],
  // "..., the IBGE said. ..., the government said": the government, not the institute before
  selfNamedBodies: ['government'],
  // ("Speaking at ..., Mr Brown said", "Launching his campaign ..., Mr Kennedy urged"; "According to X," names a source)
  frontedParticiple: '^(?!According$)\\p{Lu}\\p{Ll}+ing$',
  mediaNouns: {
    nouns: ['newspaper', 'paper', 'tabloid', 'magazine', 'broadcaster'],
    // (anywhere in the name: "Financial Times Deutschland"; last only: "Washington Post", not "Deutsche Post")
    nameWords: ['Journal', 'Times', 'Herald', 'Gazette', 'Telegraph', 'Guardian', 'Observer', 'Tribune', 'Chronicle',
      'Economist', 'Scotsman', 'Monde', 'Figaro', 'Zeitung', 'Spiegel', 'Shimbun', 'Nikkei'],
    // (not "Post", "Mail", "Express": Deutsche Post, Royal Mail, American Express are firms; those papers are named)
    lastWords: ['Mirror', 'Sun', 'Standard', 'News', 'Independent', 'Magazine', 'Week', 'Weekly', 'Daily', 'Record', 'Today'],
    names: ['BBC', 'Reuters', 'AP', 'AFP', 'Bloomberg', 'FT', 'WSJ', 'CNN', 'ITV', 'Sky', 'Variety', 'Billboard', 'Interfax', 'Xinhua', 'Kyodo',
      'Washington Post', 'New York Post', 'Jerusalem Post', 'Daily Mail', 'Mail on Sunday', 'Daily Express', 'Sunday Express'],
  },
  personalPronounsForPeople: true,
  institutions: ['office', 'ministry', 'department', 'committee', 'council', 'commission', 'service', 'agency', 'bank', 'court'],
  // ("Germany's BdB private banks association said", "the CBI employers' group": the acronym is the source)
  describedBodies: {
    nouns: ['association', 'federation', 'confederation', 'institute', 'union', 'council', 'lobby', 'group', 'body', 'chamber', 'consortium', 'organisation', 'organization', 'foundation'],
    notNames: Object.values(metrics.entities.names).flat().filter((name) => /^\p{Lu}+$/u.test(name)),
  },
  organisationNouns: ['company', 'firm', 'group', 'bank', 'club', 'airline', 'carrier', 'retailer', 'lender', 'insurer', 'operator', 'giant', 'chain', 'manufacturer', 'brewer', 'brewery', 'carmaker', 'automaker', 'drugmaker', 'supermarket', 'publisher'],
  bodyContinuations: { pronouns: ['its', 'it'], articles: ['the', 'this'], nouns: ['maker', 'producer'] },
  requestNouns: ['request', 'question', 'inquiry', 'enquiry'],
  anonymousDocuments: ['figures', 'figure', 'data', 'numbers', 'statistics', 'records', 'calculations', 'estimates', 'estimate', 'results'],
  officialAdjectives: ['official', 'government'],
  documentOwnerNouns: ['studio', 'studios', 'industry', 'trade', 'market', 'census', 'exit'],
  roleSuffixes: [],
  roleWords: [
    'president', 'minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'chief',
    'executive', 'chairman', 'chairwoman', 'chair', 'analyst', 'economist', 'director', 'head',
    'broker', 'trader', 'dealer', 'strategist',
    'leader', 'boss', 'governor', 'chancellor', 'professor', 'manager', 'founder', 'expert',
    'officer', 'deputy', 'prime', 'foreign', 'finance', 'home', 'shadow', 'general', 'managing',
    // (not "new": "New Zealand said", "New Line Cinema said" are names; "new chief executive X" has its role)
    'senior', 'former', 'chief executive', 'coach', 'striker', 'captain', 'singer', 'actor',
    'actress', 'comedian', 'star', 'lawyer', 'judge', 'commissioner', 'security', 'industry',
    'editor', 'producer', 'partner', 'mp', 'mep', 'candidate', 'vice',
    // occupations as titles ("said Hopman Cup doctor Hamish Osborne", "club physio Ann Smith")
    'doctor', 'surgeon', 'physio', 'physiotherapist', 'nurse', 'adviser', 'advisor', 'aide', 'consultant', 'researcher',
    'scientist', 'agent', 'promoter', 'trainer', 'organiser', 'organizer', 'curator', 'engineer', 'inspector',
    'designer', 'architect', 'referee', 'umpire', 'presenter', 'official',
    // the press quoted as a source ("The BBC's correspondent in Jakarta, Rachel Harvey, told ...")
    'correspondent', 'reporter', 'journalist', 'columnist', 'commentator',
    // police and military ranks ("Acting Detective Chief Superintendent Mick Deats", "Sgt Ann Lee"; "acting",
    // "assistant", "detective" only before a rank: roleModifiers)
    'detective', 'superintendent', 'constable', 'sergeant', 'sgt', 'commander', 'colonel', 'lieutenant',
    'admiral', 'brigadier', 'corporal',
    // parties to a suit ("Leading plaintiff, the University of California, said")
    'plaintiff', 'defendant', 'claimant',
  ],
  roleModifiers: ['vice', 'general', 'prime', 'foreign', 'finance', 'home', 'shadow', 'managing', 'senior', 'former', 'security', 'industry', 'deputy', 'acting', 'assistant', 'detective'],
  descriptorWords: [
    'website', 'site', 'magazine', 'newspaper', 'paper', 'tabloid', 'broadcaster', 'agency',
    'publication', 'outlet', 'tracker', 'consultancy', 'firm', 'group', 'company', 'body', 'charity',
    // "according to the UK-based journal Screen Digest", "the watchdog Ofcom", "the union Amicus"
    'journal', 'newsletter', 'blog', 'daily', 'channel', 'station', 'network', 'think-tank', 'watchdog', 'regulator',
    'union', 'association', 'bank', 'broker', 'insurer', 'retailer', 'airline', 'carmaker', 'lender', 'operator',
    // ("announced by rival Google": before a name only, no pointer back on their own)
    'rival', 'bidder', 'shareholder',
  ],
  groupSources: [],
  adjectiveEndings: [],
  clauseVerbs: [],
  titles: ['mr', 'mrs', 'ms', 'miss', 'dr', 'dr.', 'sir', 'lord', 'lady', 'prof', 'prof.', 'mr.', 'mrs.', 'ms.'],
  gender: {
    male: ['he'], female: ['she'], neuter: ['it'], plural: ['they'], maleTitles: ['Mr', 'Mr.', 'Sir', 'Lord'], femaleTitles: ['Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Lady', 'Dame', 'Baroness'],
    maleNames: givenNames.male, femaleNames: givenNames.female,
  },
  genericSources: [
    'analysts', 'experts', 'economists', 'officials', 'police', 'researchers', 'scientists',
    'observers', 'critics', 'sources', 'organisers', 'organizers', 'campaigners', 'investors',
    'traders', 'dealers', 'ministers', 'manufacturers', 'doctors', 'executives', 'bosses', 'insiders', 'diplomats',
    'administrators', 'watchers', 'brokers', 'strategists', 'commentators', 'officers', 'authorities', 'representatives',
    'spokesmen', 'prosecutors', 'investigators',
    // the press as a source: "Local press had reported that ...", "Indian newspapers said"
    'media', 'press', 'newspapers', 'broadcasters', 'tabloids',
    // bodies in the plural ("unions said"): the noun itself, no one of them named before (not "firms",
    // "companies", "retailers", "regulators": as often the surveyed, "a survey of companies found",
    // or an addressee, "a filing to US regulators", as the speakers)
    'unions', 'lenders', 'insurers', 'airlines', 'carmakers', 'councils', 'charities',
  ],
  skippableAdverbs: ['also', 'previously', 'earlier', 'recently', 'later', 'meanwhile', 'however', 'now', 'then', 'has', 'had', 'have', 'was', 'is', 'are', 'were',
    // "economists had been predicting as much as 2%" (holdout112)
    'been', 'last', 'yesterday', 'today', 'already', 'repeatedly', 'publicly', 'privately', 'reportedly'],
  timesBeforeVerb: { openers: ['this', 'last', 'next', 'earlier'], nouns: ['week', 'month', 'year', 'weekend', 'morning', 'afternoon', 'evening', 'night'] },
  openers: [
    'but', 'and', 'however', 'meanwhile', 'yet', 'so', 'also', 'as', 'if', 'when', 'while', 'although',
    'this', 'that', 'these', 'those', 'there', 'here', 'it', 'its', 'such', 'some', 'many', 'most',
    'all', 'both', 'overall', 'separately', 'elsewhere', 'earlier', 'later', 'according',
    // determiners and adverbs before a common noun: "Further reports had suggested ..." names no "Further"
    'further', 'other', 'previous', 'recent', 'several', 'few', 'more', 'fresh', 'latest', 'similar', 'additional',
    'new', 'initial', 'early', 'preliminary', 'official', 'revised', 'provisional', 'updated', 'final',
    'neither', 'either', 'nor', 'no', 'not', 'any', 'each', 'every', 'even', 'only', 'thus', 'therefore', 'indeed',
    'moreover', 'furthermore', 'nevertheless', 'nonetheless',
  ],
  stopWords: [
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
    'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'on', 'in', 'last', 'this', 'earlier', 'later', 'yesterday', 'today',
    // "We have said that ...": a first-person plural is no name, capitalised or not
    'we',
  ],
  reportedSpeech: [],
  publisherCues: ['source', 'via'],
  mastheadWords: ['news', 'times', 'post', 'herald', 'guardian', 'telegraph', 'journal', 'daily', 'weekly', 'week', 'review', 'insider', 'today', 'online', 'tribune', 'gazette', 'observer', 'express', 'chronicle', 'magazine', 'report', 'wire', '.com', '.co.uk', '.org'],
  prepositions: [
    'in', 'at', 'on', 'for', 'with', 'from', 'by', 'of', 'to', 'into', 'over', 'under', 'since', 'during',
    'after', 'before', 'among', 'between', 'against', 'across', 'within', 'without', 'despite', 'through',
  ],
  capitalisedNouns: false,
  clauseConjunctions: ['and', 'while', 'whereas', 'but', 'although', 'though', 'yet'],
  subordinators: ['after', 'because', 'since', 'when', 'before', 'once', 'although', 'though', 'until', 'where'],
  // what a statement set off, told by the writer ("Cairn revealed that drilling had been disappointing,
  // which caused its shares to lose 18%", "..., sending its shares down 18%"); not "pushing" or "taking"
  // ("said prices rose 5%, taking inflation to 3%" goes on with what was said)
  factClauses: ['which caused', 'which sent', 'which saw', 'which led', 'which prompted', 'which triggered', 'which knocked', 'which wiped', 'which was why', 'sending'],
  joinedOnlyVerbs: ['described', 'describes'],
  absoluteSpeech: { link: 'with', verbs: ['saying', 'predicting', 'estimating', 'forecasting', 'reporting', 'claiming', 'warning', 'showing'] },
  // (not "claiming": "claiming the men's 800m" wins a race)
  subordinateOpeners: ['if', 'as', 'while', 'unless', 'whether', 'whereas'],
  concessiveOpeners: ['despite', 'although', 'though'],
  possessiveSpeech: {
    nouns: [
      'announcement', 'statement', 'claim', 'forecast', 'prediction', 'estimate', 'warning', 'admission', 'assertion',
      'pledge', 'promise', 'projection', 'insistence', 'revelation', 'disclosure', 'confirmation',
    ],
    links: ['that'],
  },
  estimateNouns: {
    nouns: ['expectations', 'expectation', 'forecasts', 'forecast', 'estimates', 'estimate', 'predictions', 'prediction', 'projections', 'projection'],
    links: ['of'],
  },
  nominalContent: {
    verbs: ['told', 'tells', 'tell', 'informed', 'informs', 'inform', 'warned', 'warns', 'warn', 'spoke', 'speaks', 'speak'],
    links: ['of', 'about'],
    participleEnding: 'ing',
    // (", adding that", ", noting that" report too, though ", adding to the 1,200 posts" does not: see participleSpeech)
    speech: [...SPEECH_PARTICIPLES, 'adding', 'noting', 'stressing', 'insisting', 'arguing', 'explaining', 'claiming'],
  },
  freshDocuments: ['report', 'reports', 'survey', 'surveys', 'study', 'studies', 'poll', 'polls', 'research', 'analysis', 'analyses'],
  // ("adding" is no such participle: ", adding to the 1,200 posts")
  participleSpeech: SPEECH_PARTICIPLES,
  participleLinks: ['by'],
  ownAccount: [
    'by its own account', 'by his own account', 'by her own account', 'by their own account',
    'by its own estimate', 'by its own estimates', 'by its own figures', 'according to its own figures',
    'according to its own estimates', 'according to their own figures', 'according to his own figures',
    // ("according to their figures" is a document's: the author of the research named before)
  ],
  infinitiveMarkers: ['to'],
  ageNounEndings: ['-year-old'],
  amountVerbs: {
    verbs: ['added', 'adds', 'add', 'recalled'],
    leads: ['another', 'a', 'an', 'further', 'almost', 'nearly', 'some', 'about', 'around', 'more', 'extra', 'additional', 'just',
      'only', 'over', 'roughly', 'approximately', 'fewer', 'less', 'than', 'up', 'to'],
    ordinals: ['second', 'third', 'fourth', 'fifth'],
    numberWords: [...Object.keys(numbers.cardinals), ...Object.keys(numbers.dozens ?? {})],
    // what a player or a team adds in sport, and a voice or weight added to a cause
    objects: [
      'title', 'titles', 'trophy', 'crown', 'cup', 'medal', 'medals', 'win', 'wins', 'victory', 'goal', 'goals',
      'try', 'tries', 'conversion', 'conversions', 'penalty', 'penalties', 'point', 'points', 'run', 'runs',
      'wicket', 'wickets', 'voice', 'weight', 'name',
    ],
    objectFollowers: ['to', 'after', 'before', 'with', 'in', 'on', 'at', 'for', 'and', 'from', 'by', 'of', 'as', 'when', 'while', 'against'],
  },
};
