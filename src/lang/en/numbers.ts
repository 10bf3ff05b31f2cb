// English number vocabulary for the number lexer (src/extract): how figures are
// written ("$3.5bn", "twenty-one", "two thirds"), the hedges in front of them and
// the context words that make a number something other than a claim.
import type { ContextLanguage, NumberLanguage } from '../../extract/language.js';

/** Superlatives as words (a list: too many words end in -est: "interest", "protest", "forest"). */
const SUPERLATIVES = [
  'best', 'worst', 'most', 'least', 'largest', 'biggest', 'smallest', 'greatest', 'highest', 'lowest', 'richest',
  'poorest', 'wealthiest', 'oldest', 'youngest', 'newest', 'latest', 'fastest', 'slowest', 'longest', 'shortest',
  'strongest', 'weakest', 'busiest', 'deadliest', 'heaviest', 'hottest', 'coldest', 'wettest', 'driest', 'cheapest',
  'dearest', 'closest', 'nearest', 'safest', 'healthiest', 'happiest', 'toughest', 'hardest', 'steepest', 'sharpest',
  'deepest', 'fewest', 'earliest',
].map((word) => `^${word}`);

export const numbers: NumberLanguage = {
  decimalMark: '.',
  groupMark: ',',
  cardinals: {
    zero: 0, nought: 0, naught: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8,
    nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
    seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
    seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000,
  },
  occasionWords: { twice: 2, thrice: 3 },
  occasionNouns: ['times'],
  occasionIdioms: ['think', 'thinks', 'thinking', 'thought'],
  nameLeads: ['known as', 'dubbed', 'codenamed', 'code-named', 'nicknamed'],
  partitionWords: ['in'],
  // ("twice what it cost", "10-times faster")
  multiplierCues: [
    'what', 'faster', 'slower', 'higher', 'lower', 'bigger', 'smaller', 'larger', 'greater', 'longer', 'shorter', 'cheaper',
    'dearer', 'better', 'worse', 'stronger', 'weaker', 'heavier', 'lighter', 'likelier', 'brighter', 'quicker', 'wider', 'deeper',
    'richer', 'older', 'younger',
  ],
  // "twice as many", "three times as likely" (not "breached four times as Ulster managed", "twice as prime minister")
  multiplierComparisons: {
    words: ['as'],
    heads: [
      'many', 'much', 'likely', 'high', 'big', 'large', 'fast', 'long', 'often', 'expensive', 'great', 'strong', 'far', 'good', 'bad',
      'sharp', 'bright', 'wide', 'deep', 'heavy', 'cheap', 'quick', 'tall', 'old', 'rich', 'powerful', 'efficient', 'popular',
      'effective', 'dangerous', 'common', 'fast', 'small', 'low', 'few', 'little', 'costly', 'valuable',
    ],
  },
  // "four times more likely", "twice the amount" (not "scored twice more before half-time", "won twice the following season")
  multiplierLinks: {
    words: ['the', 'more', 'less', 'fewer'],
    comparatives: ['than'],
    not: ['following', 'next', 'previous', 'last', 'same', 'first', 'second', 'third', 'final', 'past', 'whole', 'entire', 'rest', 'season', 'year', 'week', 'month', 'day', 'night', 'summer', 'winter', 'game', 'match', 'time'],
  },
  articles: ['a', 'an'],
  articlesTakeUnits: 'after-hedge',
  zeros: ['zero', 'nought', 'naught'],
  weakCardinals: ['one'],
  scales: {
    thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, mln: 1e6, mil: 1e6, billion: 1e9, bn: 1e9, bln: 1e9,
    trillion: 1e12, tn: 1e12, tln: 1e12, trn: 1e12, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
  },
  scaleSymbols: { K: 1e3, M: 1e6, MM: 1e6, B: 1e9, b: 1e9 },
  currencyScales: { m: 1e6 },
  fractions: {
    half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
    sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
    twentieth: 20, twentieths: 20, thirtieth: 30, thirtieths: 30, fortieth: 40, fortieths: 40, fiftieth: 50,
    fiftieths: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100, hundredths: 100,
    thousandth: 1000, thousandths: 1000, billionth: 1e9, billionths: 1e9, trillionth: 1e12, trillionths: 1e12,
  },
  fractionsNeedOf: [
    'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'twentieth', 'thirtieth', 'fortieth',
    'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth', 'hundredth', 'thousandth', 'billionth', 'trillionth',
    'quarter', 'quarters',
  ],
  halfNouns: ['half'],
  halfDeterminers: ['the', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your'],
  scaleAdjectives: ['further', 'additional', 'extra', 'full', 'whole'],
  mixed: {},
  dozens: { dozen: 12, dozens: 12, dz: 12, dzs: 12, doz: 12, dozs: 12 },
  // "a few hundred", "several thousand": no figure ("some 300" keeps its hedge: only bare scale words)
  vagueQuantifiers: ['a few', 'few', 'several', 'some', 'a couple of', 'a couple', 'many', 'a number of', 'a good few', 'quite a few'],
  decimalWords: ['point'],
  negativeWords: ['minus', 'negative'],
  negations: {
    words: ['no', 'not', 'never', 'cannot', 'nobody', 'none', 'neither'],
    // ("not only more than", "no doubt more than 100", "not least", "did not say more than 500 jobs would go")
    focus: ['only', 'just', 'merely', 'doubt', 'wonder', 'surprisingly', 'least', 'long', 'far', 'unusual', 'uncommon',
      'unlike', 'clear', 'before', 'yet', 'say', 'comment', 'confirm', 'deny', 'disclose', 'know', 'reveal', 'specify'],
    barriers: ['that', 'which', 'who', 'whether', 'if', 'because', 'but', 'while', 'when', 'and', 'or', 'than',
      'how', 'why', 'where', 'what', 'as', 'until', 'since', 'reports'],
    nounLinks: ['for', 'on', 'to', 'of', 'in', 'at', 'with', 'from', 'among', 'aged'],
    comparatives: ['than'],
    participleEndings: ['ing'],
  },
  andWords: ['and'],
  ordinals: {
    first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  },
  everyWords: [],
  overWords: ['over'],
  spanHedges: {
    hedges: ['over'],
    boundAfter: [
      'for', 'took', 'take', 'takes', 'taking', 'lasted', 'last', 'lasts', 'lasting', 'been', 'be', 'is', 'was', 'are',
      'were', 'after', 'in', 'of', 'within', 'spent', 'spend', 'spends', 'spending', 'aged', 'age', 'ages', 'old',
      'waiting', 'waited', 'wait', 'waits', 'spanning', 'spanned', 'spans', 'span', 'little', 'well', 'just',
      // verbs in -ed after which it still bounds ("delayed over two hours")
      'delayed', 'jailed', 'sentenced', 'banned', 'served', 'employed', 'married', 'lasted',
    ],
    boundBefore: ['old', 'ago', 'late', 'behind', 'of', 'longer', 'earlier', 'later', 'early'],
  },
  fractionOrdinalLeads: ['the'],
  shareEventNouns: ['games', 'matches', 'attempts', 'starts', 'appearances', 'outings', 'races', 'meetings', 'tries', 'fights', 'rounds', 'seasons'],
  // "one in five Britons", "four in ten adults", "nine out of 10": a share n/m ("nine times out of ten" too)
  // ("six out of every 10 planes", "one in every five": the base after "every")
  oneInWords: ['in', 'out of', 'times out of', 'in every', 'out of every', 'times out of every'],
  outOfWords: ['of', 'out of'],
  ordinalSuffixes: ['st', 'nd', 'rd', 'th'],
  ordinalDot: false,
  decadeSuffixes: ['s', "'s", '’s'],
  // "audiences in the 100s and 1,000s": vague magnitudes like "hundreds", not seconds
  magnitudePlurals: ['s'],
  // "between £5,001and £10,000": a scrape's lost blank
  gluedWords: ['and', 'to', 'or'],
};

export const context: ContextLanguage = {
  // "the near-400,000 complaints"
  hyphenHedges: [['near', 'at_most']],
  hedges: [
    ['only', 'exact'], ['exactly', 'exact'], ['just', 'exact'], ['precisely', 'exact'], ['a mere', 'exact'], ['merely', 'exact'],
    ['about', 'about'], ['around', 'about'], ['roughly', 'about'], ['approximately', 'about'], ['approx.', 'about'],
    ['some', 'about'], ['an estimated', 'about'], ['estimated', 'about'], ['circa', 'about'], ['c.', 'about'], ['ca.', 'about'],
    // ("close to half a million": nearly, not above)
    ['close to', 'at_most'], ['in the region of', 'about'], ['in the area of', 'about'], ['of the order of', 'about'], ['on the order of', 'about'],
    ['nearly', 'at_most'], ['a near', 'at_most'], ['almost', 'at_most'], ['just under', 'at_most'], ['up to', 'at_most'], ['at most', 'at_most'],
    ['as many as', 'at_most'], ['as much as', 'at_most'], ['no more than', 'at_most'], ['not more than', 'at_most'],
    ['a maximum of', 'at_most'], ['maximum', 'at_most'], ['virtually', 'at_most'], ['nigh on', 'at_most'],
    ['at least', 'at_least'], ['a good', 'at_least'], ['a minimum of', 'at_least'], ['no less than', 'at_least'],
    ['no fewer than', 'at_least'], ['not less than', 'at_least'], ['minimum', 'at_least'],
    // ("active for as little as 30 seconds": the low end the figure can reach)
    ['as little as', 'at_least'], ['as few as', 'at_least'],
    ['more than', 'more_than'], ['over', 'more_than'], ['above', 'more_than'], ['just over', 'more_than'],
    ['well over', 'more_than'], ['upwards of', 'more_than'], ['in excess of', 'more_than'], ['exceeding', 'more_than'],
    // verbs of passing a mark: "donations topping £250,000", "sales exceeded $22bn"
    ['topping', 'more_than'], ['topped', 'more_than'], ['exceeded', 'more_than'], ['surpassing', 'more_than'], ['surpassed', 'more_than'],
    ['well above', 'more_than'], ['just above', 'more_than'], ['greater than', 'more_than'], ['higher than', 'more_than'],
    ['less than', 'less_than'], ['under', 'less_than', 'unit'],
    // ("a population of under 500", "cut to under 1,000": after a preposition of a level it bounds a count too)
    ['of under', 'less_than'], ['to under', 'less_than'], ['below', 'less_than'], ['fewer than', 'less_than'],
    ['sub-', 'less_than'], ['just below', 'less_than'], ['well below', 'less_than'], ['well under', 'less_than'], ['lower than', 'less_than'],
  ],
  trailingHedges: [
    ['or more', 'at_least'], ['or above', 'at_least'], ['or higher', 'at_least'], ['or over', 'at_least'], ['or greater', 'at_least'],
    // "the 200-plus banks"
    ['-plus', 'at_least'],
    ['and more', 'at_least'], ['and above', 'at_least'], ['and over', 'at_least'],
    ['or so', 'about'], ['or thereabouts', 'about'],
    ['or less', 'at_most'], ['or below', 'at_most'], ['or lower', 'at_most'], ['or fewer', 'at_most'], ['or under', 'at_most'],
  ],
  shirtNouns: ['shirt', 'shirts', 'jersey', 'jerseys'],
  // "what it should have done in the first place": an idiom, no rank
  rankIdioms: ['in the first place'],
  // "Wales number eight Ryan Jones", "a close quarters number eight": rugby's back-row forward
  positionNumbers: {
    numbers: ['eight'],
    leads: ['at', 'to', 'from', 'into', 'world', 'ranked', 'seeded', 'reached', 'peaked', 'hit', 'climbed', 'rose', 'fell', 'slipped', 'entered'],
  },
  productNouns: [
    'jet', 'jetliner', 'jumbo', 'airliner', 'plane', 'aeroplane', 'airplane', 'airframe', 'chip', 'processor',
    'microprocessor', 'pc', 'laptop', 'notebook', 'handset', 'console', 'saloon', 'hatchback', 'coupe', 'convertible',
    'sedan', 'roadster', 'motorbike', 'camcorder', 'phone', 'smartphone',
  ],
  capitalisedNames: true,
  // ("a four-star hotel", "360-degree films", "a 180-degree turn": a kind of thing, no measure)
  // ("a .22 calibre rifle": a gun's bore names its kind)
  // ("his two-handed backhand", "two-way trade", "a five-sided figure", "a two-tier economy", "a two-horse
  // race", "four-wheel drive": a kind of thing, no count)
  gradeWords: {
    compound: ['star', 'degree', 'calibre', 'caliber'], attributive: ['star', 'calibre', 'caliber', 'way', 'tier', 'horse', 'wheel'],
    hyphenedEndings: ['ed'],
  },
  clockOffsets: { links: ['past', 'to'], quarter: ['quarter'], cued: ['to'] },
  numberLabelVerbs: ['wears', 'wore', 'wear', 'wearing', 'worn'],
  speakingRankVerbs: ['said', 'says', 'insisted', 'insists', 'denied', 'denies', 'confirmed', 'confirms', 'stressed', 'added', 'argued', 'claimed', 'refused', 'declined', 'announced', 'rejected'],
  rateLinks: ['per', 'to the', 'against the', 'to one', 'per one'],
  streetWords: ['street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'square', 'crescent', 'terrace', 'boulevard', 'drive', 'gardens', 'row', 'mews'],
  // "for three long years", "after 12 relatively trouble-free years": adjectives between a figure and a duration
  unitFillers: { reach: 2, units: ['year', 'month', 'week', 'day', 'hour', 'minute'] },
  modelDeterminers: ['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'this', 'that', 'new'],
  appositiveAgeLeads: ['now', 'aged', 'age', 'then'],
  rangeWords: ['to', '-', '–', '—'],
  alternativeRangeWords: ['or'],
  estimateWords: ['perhaps', 'maybe', 'possibly', 'probably'],
  between: [['between', 'and']],
  betweenInserts: ['the ages of', 'the age of', 'ages of', 'ages'],
  /** words joining listed numbers that share one unit: "69 bzw. 159 Euro" */
  listWords: [',', 'and', 'or'],
  fromWords: ['from'],
  // "26 against 20 per cent": the bare first figure takes the unit of the second ("from 4.5 to 3.5 per cent" is a range word pair)
  // "120.5 (prior year: 110.2) million euros": the label of the comparison figure in the bracket
  comparisonLabels: ['prior year', 'previous year', 'last year', 'year earlier', 'a year earlier', 'year ago', 'a year ago', 'previously', 'before'],
  pairWords: [['against', 'any'], ['versus', 'any'], ['vs', 'any'], ['vs.', 'any'], ['compared with', 'any'], ['compared to', 'any'], ['instead of', 'any'], ['rather than', 'any']],
  pairDeterminers: ['the'],
  // "pushed rates up to 2.25%", "took it up to 26 weeks": "up" is the verb's particle, no hedge
  verbParticles: [{
    hedge: 'up to',
    // verb forms that are no plural nouns ("the lifts can speed up to 24 passengers" keeps its hedge)
    verbs: [
      'push', 'pushed', 'pushing', 'drove', 'driven', 'driving', 'ramped', 'ramping', 'stepped', 'stepping', 'scaled',
      'scaling', 'bumped', 'bumping', 'jacked', 'ratcheted', 'hiked', 'revised', 'revising', 'marked', 'goes', 'went',
      'gone', 'moved', 'shot', 'crept', 'edged', 'inched', 'ticked', 'add', 'adds', 'added', 'adding',
    ],
    objectVerbs: [
      'take', 'took', 'taken', 'taking', 'bring', 'brought', 'bringing', 'putting', 'sent', 'sending', 'moving',
      'raised', 'raising', 'lifted', 'lifting', 'boosted', 'boosting', 'turned', 'turning',
    ],
    reach: 4,
  }, {
    // "will be arranged around ten tournaments", "revolves around three pillars": the verb's preposition, no hedge
    hedge: 'around',
    verbs: ['revolve', 'revolves', 'revolved', 'revolving', 'centred', 'centered', 'centres', 'centers'],
    objectVerbs: [],
    reach: 1,
    // (only passive: "they arranged around 50 meetings", "built around 200 homes" keep the hedge)
    passiveVerbs: ['arranged', 'built', 'organised', 'organized', 'structured', 'designed', 'planned', 'grouped', 'focused', 'focussed', 'wrapped'],
    passiveAuxiliaries: ['be', 'been', 'being', 'is', 'are', 'was', 'were'],
  }],
  changeWords: ['by'],
  changeVerbs: [
    'rise', 'rises', 'rose', 'risen', 'rising', 'fall', 'falls', 'fell', 'fallen', 'falling', 'climb', 'climbs', 'climbed',
    'climbing', 'drop', 'drops', 'dropped', 'dropping', 'jump', 'jumps', 'jumped', 'jumping', 'slip', 'slips', 'slipped',
    'slipping', 'gain', 'gains', 'gained', 'gaining', 'lose', 'loses', 'lost', 'losing', 'increase', 'increases', 'increased',
    'increasing', 'decrease', 'decreases', 'decreased', 'decreasing', 'grow', 'grows', 'grew', 'grown', 'growing', 'cut',
    'cuts', 'cutting', 'add', 'adds', 'added', 'adding', 'shed', 'sheds', 'shedding', 'slump', 'slumps', 'slumped',
    'plunge', 'plunges', 'plunged', 'surge', 'surges', 'surged', 'soar', 'soars', 'soared', 'tumble', 'tumbles', 'tumbled',
    'sink', 'sinks', 'sank', 'sunk', 'slide', 'slides', 'slid', 'dip', 'dips', 'dipped', 'ease', 'eases', 'eased',
    'advance', 'advances', 'advanced', 'decline', 'declines', 'declined', 'raise', 'raises', 'raised', 'lower', 'lowers',
    'lowered', 'reduce', 'reduces', 'reduced', 'boost', 'boosts', 'boosted', 'lifted', 'hiked', 'trimmed', 'up', 'down',
    'slumping', 'plunging', 'surging', 'soaring', 'tumbling', 'sliding', 'dipping', 'easing', 'advancing', 'declining',
    'raising', 'lowering', 'reducing', 'boosting', 'expand', 'expands', 'expanded', 'expanding', 'shrink', 'shrinks',
    'shrank', 'shrunk', 'shrinking', 'swell', 'swells', 'swelled', 'swollen', 'swelling',
    // a change by a factor: "nearly double the number of its hotspots from 12,300 to 20,000"
    'double', 'doubles', 'doubled', 'doubling', 'triple', 'triples', 'tripled', 'tripling', 'halve', 'halves', 'halved', 'halving',
  ],
  rateNouns: ['rate', 'rates', 'yield', 'yields'],
  periodLinks: ['to', 'ended', 'ending', 'through', 'until', 'till'],
  elidedUnits: 'off',
  elisionWords: [],
  levelLinks: ['to'],
  parallelLinks: ['and', 'against', 'versus', 'vs', 'from', 'or'],
  // ("finished third in 7.27 seconds. ... finished fifth in 7.35")
  resultTimes: { leads: ['in', 'clocked', 'clocked up', 'ran', 'timed', 'a time of'], units: ['second', 'minute'] },
  // (not "on": "the next race at 3 on Sunday" is a time)
  // "has slipped to 64 in the world", "his ranking down at 168": a world ranking's place
  rankAfter: { leads: ['to', 'at', 'from'], phrases: ['in the world'], nouns: ['ranking', 'rankings'] },
  rankParallel: { before: ['at'], after: ['and', 'in', 'with', 'while', 'but', 'after', 'behind', 'ahead', 'for', 'last'] },
  countWordEndings: [],
  moneyNounEndings: [],
  functionWords: [
    'with', 'at', 'for', 'on', 'after', 'in', 'by', 'of', 'from', 'to', 'over', 'under', 'and', 'but', 'or', 'as',
    'about', 'around', 'some', 'only', 'just', 'another', 'all', 'nearly', 'almost', 'more', 'fewer', 'less', 'the',
    'a', 'an', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'then', 'now', 'today', 'since',
    'until', 'before', 'during', 'while', 'when', 'if', 'so', 'yet', 'also', 'still', 'already', 'roughly', 'approximately',
    'exactly', 'up', 'down', 'another', 'another', 'every', 'each', 'both', 'than', 'per', 'including', 'plus', 'minus',
    'last', 'next', 'first', 'overall', 'altogether', 'around', 'almost', 'nearly', 'some', 'total', 'worldwide', 'that', 'later', 'earlier',
    'this', 'which',
  ],
  referential: [
    'the', 'these', 'those', 'all', 'both', 'each', 'every', 'any',
    // (not "that": "said that two banks" is a conjunction, and "that" before a plural is no determiner)
    'which', 'whose', 'this', 'first', 'last', 'next', 'other', 'per',
  ],
  totalityWords: ['all'],
  // "the best three players", "the world's 500 largest companies"
  possessiveDeterminers: ['its', 'their', 'his', 'her', 'our', 'my', 'your'],
  // "the potency of their front five", "the back three": rugby's units, no count ("brought back three medals" is one)
  teamUnitWords: ['front', 'back'],
  referentialSuperlatives: SUPERLATIVES,
  rankingSuperlatives: SUPERLATIVES,
  references: [
    'article', 'art.', 'section', 'sec.', 'clause', 'rule', 'chapter', 'ch.', 'page', 'p.', 'pp.', 'pages', 'no.', 'nos.',
    'nr.', 'number', 'room', 'flight', 'route', 'highway', 'interstate', 'version', 'v.', 'windows', 'iphone', 'ios',
    'android', 'level', 'phase', 'stage', 'act', 'title', 'schedule', 'paragraph', 'para', 'item', 'exhibit', 'isin',
    'tel', 'tel.', 'phone', 'fax', 'episode', 'season', 'series', 'volume', 'vol.', 'issue', 'part', 'platform', 'gate',
    'terminal', 'apollo', 'formula', 'division', 'league', 'group', 'week', 'round', 'lane', 'track', 'grade', 'class',
    'category', 'type', 'model', 'mk', 'mark', 'bus', 'line', 'channel', 'radio', 'bbc', 'tv', 'ps', 'xbox', 'playstation',
    // "UN resolution 1441"
    'resolution',
    // a rank, not a count: "a UK top 10 hit", "the world's top 50"
    'top',
  ],
  referenceVerbs: { words: ['top', 'number'], leads: ['to', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must'] },
  titleArticles: ['the'],
  // "held six break points in game five of the second", "Game two went to the Cavaliers" (not "after the game 12,000 fans")
  compoundConjunctions: ['and', 'or', 'to'],
  // "Vodafone, O2 and 3 have launched": the operator "3"
  nameListVerbs: ['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'says', 'said', 'offers', 'offer', 'sells', 'sell', 'launched'],
  numberedLabels: {
    nouns: ['game'],
    followers: ['of', 'in', 'at', 'on', 'against', 'between', 'and', 'was', 'is', 'went', 'goes', 'will', 'would', 'saw', 'ended', 'began', 'starts', 'started'],
    capitalisedNouns: false,
  },
  levelVerbs: ['is', 'was', 'are', 'were', 'remained', 'remains', 'stayed', 'stays', 'fell', 'falls', 'dropped', 'rose', 'climbed', 'stood', 'stands'],
  oneCount: {
    leads: ['only', 'just', 'merely'],
    // ("isn't", "you're" are read as a word, a mark and "t", "re")
    copulas: ['is', 'was', 'are', 'were', 'be', 'been', 'being', 's', 't', 're', 'not', 'as'],
    partitive: 'of',
    // (not before "of": "set up one point of contact")
    steps: ['place', 'spot', 'position', 'notch', 'point', 'rung', 'slot', 'seat', 'step', 'grade', 'level'],
    // "lifted India's rating by one notch", "one notch below investment grade", "one level below Russia"
    // (not "on one level, it works": no change, no distance)
    stepLeads: ['by', 'up', 'down'],
    stepComparisons: ['below', 'above', 'higher', 'lower'],
    setAgainst: ['and', 'or', 'against', 'versus'],
  },
  // (not "on Monday", "in the afternoon": "shares closed at 12.30 on Friday" is a price)
  pointClockAfter: [
    'local time', 'on a monday', 'on a tuesday', 'on a wednesday', 'on a thursday', 'on a friday', 'on a saturday', 'on a sunday',
  ],
  timeOfDay: ['pm', 'am', 'p.m.', 'a.m.', 'p.m', 'a.m', 'gmt', 'bst', 'cet', 'et', 'pt', 'est', 'pst', 'utc', "o'clock", 'o’clock', 'hrs', 'h'],
  eraMarkers: ['BC', 'BCE', 'B.C.', 'A.D.'],
  relativeBefore: [],
  broadcastLinks: ['on bbc', 'on itv', 'on channel', 'on sky', 'on radio', 'on s4c', 'on five', 'on cnn'],
  aheadPhrases: [],
  // (German "in zwei Jahren" is ahead by itself: aheadLongPhrases)
  prospectAhead: {
    leads: ['in'],
    prospects: ['will', "'ll", 'would', 'could', 'should', 'might', 'set', 'expected', 'expects', 'likely', 'due', 'aims', 'plans', 'hopes', 'predicts', 'predicted', 'forecast', 'forecasts'],
    notAfter: ['the', 'a', 'an', 'this', 'that', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'political', 'free', 'good', 'ill'],
    // "we know that in five years the dollar will be stronger": the lead opens a clause, the prospect follows
    clauseOpeners: ['that'],
  },
  clockBefore: ['at', 'by', 'from', 'until', 'till', 'since', 'after', 'before', 'between', 'around', 'about'],
  durationBefore: ['in', 'of', 'time', 'timed', 'clocked', 'record', 'ran', 'run', 'runs', 'finished', 'won'],
  // "on 20 minutes Italy equalised": BBC match reports give the clock so ("after 20 minutes" may be a time taken)
  matchClock: { words: ['on'], units: ['minute', 'second'], notAfter: ['of', "'", '’'] },
  relativeAfterPossessive: ['time'],
  // ("nine days into his sentence": a time within an event)
  relativeAfter: ['ago', 'later', 'earlier', 'before', 'after', 'previously', 'beforehand', 'since', 'hence', 'on', 'into'],
  // "two years on" is later, "worked for two years on the case" spent them on something (not
  // "20 years on they share", "with 10 minutes on the clock" left)
  // (nor where the span opens its clause: "Ten years on the scars remain", "but 20 years on the club")
  relativeAfterBare: { words: ['on'], notObjects: ['they', 'he', 'she', 'it', 'we', 'i', 'you', 'there', 'clock'], clauseOpeners: ['and', 'but', 'or', 'yet', 'so'] },
  // "it will be up to four years before he starts work", "it's going to be months before", "it took
  // two years before": the time until, a claim. Only with the empty subject "it": "that was four
  // years before the crash", "he left four years before the election" date one event by another.
  waitingTime: {
    subjects: ['it'],
    auxiliaries: ['will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'll', 'd', 's', "'", '’', 'has', 'had',
      'have', 'is', 'was', 'to', 'going', 'likely', 'still', 'not', 'probably', 'only', 'then'],
    verbs: ['be', 'is', 'was', 'been', 's', 'take', 'takes', 'took', 'taken'],
    // ("it is 25 years since the start of the fire-bombings": the time since, as "it has been")
    links: ['before', 'since'],
    // ("can expect to live 16 years after state pension age", "stayed 16 years after the takeover":
    // a verb of lasting holds the span; not "work": "returned to work two years after")
    spans: ['for', 'lasts', 'lasted', 'last', 'lasting', 'live', 'lives', 'lived', 'living', 'survive', 'survives', 'survived', 'surviving',
      'stay', 'stays', 'stayed', 'staying', 'remain', 'remains', 'remained', 'worked', 'served'],
    spanLinks: ['before', 'after'],
    extras: ['another', 'further', 'more'],
  },
  periodBefore: ['first', 'last', 'past', 'next', 'coming', 'previous', 'following', 'preceding', 'recent', 'final', 'opening', 'initial'],
  periodPrepositions: ['following'],
  // "the trial is expected to last two months": the verb, a claim of how long
  periodVerbs: { words: ['last'], leads: ['to', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'shall', 'll', 'did', 'does', 'do'] },
  heldSpanVerbs: ['played', 'play', 'plays', 'playing', 'spent', 'spend', 'spends', 'spending', 'missed', 'miss', 'misses', 'missing', 'served', 'serve', 'serves', 'serving', 'sat', 'sit', 'sits'],
  // "grew slower than at any time in 17 months": a record's span, like "the first time in 11 years"
  recordSpanLeads: ['any'],
  // ("sold during the three months through to September": the period of the figure sold)
  periodPhrases: ['in the', 'in those', 'in these', 'during the', 'during those', 'during these', 'over the', 'over those', 'over these', 'time in', 'times in', 'time within', 'times within'],
  periodOfOthersPhrases: ['within', 'inside', 'inside of'],
  periodOfOthersAnchors: ['of'],
  periodOfOthersLongPhrases: ['in'],
  periodHedges: ['over'],
  ordinalSpanPrepositions: ['in', 'within', 'inside'],
  // a session is a trading day: "gained almost 1% in the past three sessions"
  periodCountNouns: ['sessions', 'trading sessions', 'trading days'],
  // "1bn euros now, with another 550m to follow", "a further 200m": more of the same money
  amountAdditions: ['another', 'further', 'additional', 'extra'],
  earlierLevel: { directions: ['up', 'down'], heads: ['close', 'high', 'low', 'level', 'peak', 'average', 'rate', 'figure', 'total', 'record'] },
  spanNouns: ['period', 'periods'],
  // "for the 2005 year", "im 2015 Jahr": a year, no span
  yearNouns: ['year'],
  yearCues: [
    'in', 'since', 'until', 'till', 'by', 'from', 'to', 'of', 'year', 'years', 'early', 'mid', 'late', 'spring',
    'summer', 'autumn', 'fall', 'winter', 'between', 'and', 'after', 'before', 'during', 'for', 'season', 'fiscal',
    'around', 'circa', 'the', 'end', 'born', 'founded', 'throughout', 'through', 'at',
  ],
  yearHedges: ['over'],
  baseYearNouns: ['level', 'levels', 'high', 'highs', 'low', 'lows', 'peak', 'peaks'],
  countingVerbs: ['number', 'numbered', 'total', 'totals', 'totalled', 'totaled'],
  countNouns: [
    'people', 'persons', 'staff', 'workers', 'employees', 'jobs', 'residents', 'voters', 'students', 'children', 'women',
    'men', 'soldiers', 'troops', 'police', 'officers', 'refugees', 'migrants', 'deaths', 'dead', 'victims', 'cases',
    'units', 'copies', 'homes', 'houses', 'members', 'customers', 'fans', 'spectators', 'visitors', 'firms', 'companies',
    'cars', 'vehicles', 'signatures', 'votes', 'seats', 'games', 'songs', 'shops', 'stores', 'branches',
    'users', 'subscribers', 'viewers', 'listeners', 'readers', 'households', 'passengers', 'patients', 'pupils',
    'phones', 'handsets', 'computers', 'downloads', 'tickets', 'consumers', 'adults', 'consoles', 'devices',
    'machines', 'albums', 'singles', 'books', 'accounts', 'shares', 'items', 'orders', 'products', 'laptops',
    'televisions', 'players', 'calls', 'messages', 'emails', 'visits', 'applications', 'claims', 'animals', 'trees',
    'entries', 'posts', 'websites', 'pages', 'articles', 'files', 'photos', 'pictures', 'images', 'videos',
  ],
  months: {
    january: 1, jan: 1, 'jan.': 1, february: 2, feb: 2, 'feb.': 2, march: 3, mar: 3, 'mar.': 3, april: 4, apr: 4,
    'apr.': 4, may: 5, june: 6, jun: 6, 'jun.': 6, july: 7, jul: 7, 'jul.': 7, august: 8, aug: 8, 'aug.': 8,
    september: 9, sep: 9, 'sep.': 9, sept: 9, 'sept.': 9, october: 10, oct: 10, 'oct.': 10, november: 11, nov: 11,
    'nov.': 11, december: 12, dec: 12, 'dec.': 12,
  },
  dateCues: [
    'peak', 'peaked', 'peaking', 'trough', 'founded', 'established', 'launched', 'inaugurated', 'heyday',
    'zenith', 'bottomed', 'topped',
  ],
  dateCueBlockers: ['since', 'until', 'till', 'after', 'before', 'by', 'from'],
  rankWords: ['place', 'rank', 'ranked', 'position', 'spot', 'number', 'no.', 'seed', 'seeded'],
  scoreWords: [
    'win', 'won', 'wins', 'winning', 'victory', 'defeat', 'defeated', 'beat', 'beats', 'beaten', 'lost', 'loss', 'lose',
    'draw', 'drew', 'drawn', 'lead', 'led', 'leads', 'trail', 'trailed', 'score', 'scoreline', 'thrashing', 'triumph',
    'aggregate', 'margin', 'half-time', 'halftime', 'final', 'victories', 'defeats', 'thrashed', 'edged', 'sets', 'set',
  ],
  // a side "0-2 down" or "2-0 up" trails or leads by that score
  scoreAfter: ['down', 'up'],
  periodNouns: ['year', 'century', 'decade', 'season', 'month', 'week', 'term', 'game', 'match', 'quarter', 'period', 'day', 'session', 'hour', 'race', 'innings', 'century'],
  partitive: ['of'],
  objectChangeVerbs: ['add', 'adds', 'added', 'adding', 'cut', 'cuts', 'cutting', 'create', 'creates', 'created', 'creating',
    'shed', 'sheds', 'shedding', 'axe', 'axes', 'axed', 'axing', 'slash', 'slashes', 'slashed', 'slashing', 'lose', 'loses', 'lost',
    'losing', 'hire', 'hires', 'hired', 'hiring', 'eliminate', 'eliminates', 'eliminated', 'eliminating'],
  durationLeads: { words: ['for'], units: ['day', 'week', 'month', 'year'] },
  eventPlurals: ['Olympics', 'Paralympics', 'Games', 'Championships', 'Trials', 'Nationals', 'Finals', 'Masters', 'Indoors', 'Worlds'],
  halfOrdinals: ['first', 'second', 'last', 'other', 'final', 'bottom', 'top', 'lower', 'upper', 'northern', 'southern', 'eastern', 'western', 'opening', 'better'],
};
