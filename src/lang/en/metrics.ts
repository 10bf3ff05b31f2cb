// English grammar data for the metric resolver (what a figure measures and whom
// it concerns). Metric nouns themselves are in lexicon/metrics.yaml.
import type { MetricLanguage } from '../../context/metric-language.js';
import { GAZETTEER_ADJECTIVES, GAZETTEER_NAMES } from './gazetteer.js';
import { withGazetteer } from '../with-gazetteer.js';
import { numbers } from './numbers.js';
import { givenNames } from './given-names.js';

const STOPWORDS = `
a an the this that these those some any no every each either neither all both half several many much
more most less least few fewer other another such what which who whom whose where when why how
i me my mine you your yours he him his she her hers it its we us our ours they them their theirs
myself yourself himself herself itself ourselves themselves one ones
and or but nor so yet for because although though while whereas if unless since until as than then
also only just even still already again ever never not very too quite rather almost nearly about around
roughly approximately some over under above below up down out off into onto upon of to in on at by with
without from within between among through during before after against toward towards across per via
outside inside beyond behind beneath beside alongside throughout
is are was were be been being am has have had having do does did done doing will would shall should
can could may might must ought 's there here now today yesterday tomorrow however meanwhile moreover
indeed thus therefore hence whether like unlike despite including according said says say told
`;

const NOT_METRIC = `
per cent percent apiece percentage-point pc % pp dollar dollars euro euros pound pounds sterling pence cent cents
yen yuan rouble roubles ruble rubles franc francs bn m mn million millions billion billions trillion
trillions thousand thousands hundred hundreds dozen dozens barrel barrels tonne tonnes ton tons kg
kilogram kilograms metre metres meter meters km kilometre kilometres mile miles square hectare hectares
litre litres liter liters gallon gallons megawatt megawatts gigawatt gigawatts degree degrees
year years month months week weeks day days hour hours minute minutes second seconds decade decades
quarter period time times end beginning start middle peak comparison average
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday weekend spring summer autumn fall winter
christmas easter xmas
data report study estimate estimates forecast forecasts projection projections prediction predictions figures gmt bst et pm am a.m. p.m. th st nd rd mph
bbc reuters ap afp press association
hope hopes fear fears worries speculation optimism pessimism rumour rumours rumor rumors
`;

const HOLDERS = `
company companies firm firms group groups country countries nation nations state states government
city cities region regions sector industry market markets bank banks business businesses party parties
club team side maker makers firm's company's analyst analysts expert experts president minister chief
spokesman spokeswoman official officials
`;

// Frequent words of English news that are never the noun a figure measures:
// verbs, adjectives and adverbs (English has no capitals to tell nouns apart).
// Derived once from the words occurring 25+ times in the BBC corpus whose most
// frequent tag in the pos.js lexicon shipped with natural is not a noun.
const NON_NOUNS = `
first second third fourth fifth sixth seventh eighth ninth tenth last
run runs make makes appear appears get gets go goes take takes give gives keep keeps see sees
able about above abroad absolutely accept accepted according accused achieve achieved acknowledged across
acting actually add added adding additional adds admitted adopted affected afford after again against aged ago
agree agreed ahead aimed aiming all alleged allegedly allow allowed allowing allows almost alone along
alongside already also although always am amazing amid among angers angry announce announced annual anti-virus
any anywhere apart appear appeared apply appointed appropriate approved argue argued argues around arrested
arrived arty aside ask asked asking assess associated ast at ate att attacked attacking attend attended
attract attracted audio automatically available average avid avoid aw awarded aware away back backed backing
bad badly banned based basic be beaten beating became because become becomes becoming been before began begin
beginning begins begun being believe believed believes below best better betting between beyond big bigger
biggest black blamed boosted born bought branded breaking bring bringing broke broken brought built but buying
by called calling came campaigning can cannot capable carefully carried carrying caught caused central certain
certainly challenging changed changing charged cheap cheaper chief choose chose chosen civil claimed claiming
classic clean clear cleared clearly closed closely closer closing cold combined come coming commercial commit
committed common compared compete competing competitive compiled complete completed completely complex
computing concerned concluded conducted confident confidential confirmed connected consider considered
considering console contained contains continue continued continues continuing controlled controversial
convicted convinced cool corporate could covered create created creating creative criminal critical crucial
cultural current currently cutting daily damaging dangerous dead dealt decent decide decided declared declined
dedicated deep deeply defeated defend defended defending definitely delayed delighted deliver delivered denied
denies described deserved designed desperate despite detailed detained determined develop developed developing
did died different difficult digital direct directed directly disabled disappointed disappointing discovered
discuss discussed dismissed distribute does doing domestic dominated done double down dramatic drawn driven
driving dropped dubbed due during each earlier early earn earned earning easier easily easy economic effective
effectively efficient either elderly elected electronic else em emerged en enable encourage encouraged
encouraging ended enjoy enjoyed enormous enough ensure ensuring enter entered entering entire entirely
entitled environmental equal er ere especially essential est established estimated ethnic even eventually ever
every exactly excellent exciting existing expect expected expects expensive explain explained expressed extend
extended extra extremely faced facing failed failing fair fake fallen falling false familiar famous fantastic
far fast faster fastest featured featuring federal fell felt female festive few fewer fifth fighting filed
final finally financial finding fine fined finished fired fiscal fixed flat flying focused follow followed
following follows forced foreign forget formal former forthcoming forward found fourth free fresh friendly
from full fully fundamental funded further gained gathered gave general generally genuine get gets getting
given gives giving glad global goes going golden gone good got governing granted great greater greatest grew
gross grow growing grown guilty had hamstring handed handheld happen happened happening happens happy hard
harder hardly has having he headed hear heard heavily heavy held helped helping her here hey hi-tech hidden
high high-definition high-profile high-speed higher highest highlighted highly him himself his hit hitting ho
holding hoped hopefully hoping hosted hot how however huge hugely human hurt if ignored ill illegal illegally
immediate immediately important impossible impressed impressive improve improved improving include included
includes including increased increasing increasingly incredible indeed independent indicated individual indoor
industrial infected initial initially injured innocent insist insisted insists instead intended interactive
interested interesting internal international into introduce introduced invest investigating involved
involving issued it its itself join joined joining joins joint jumped just keen keeping kept key kicked
kicking killed knew knocked known knows lacks laid large largely larger largest last late later latest
launched lay leading learn learning least leaving led left legal legitimate less lets letting lex lifted
likely limited linked listed listen little live living local long long-term longer looked looking lose losing
lost low lower lowest made main mainly maintain major making male malicious manage managed managing many
massive maximum may maybe me meant meanwhile medical met might military minimum missed missing mixed mobile
modern monthly more most motivated moved moving much multiple musical must my myself named national natural nd
ne near nearly necessary needed negative nervous net never new next nice nominated nor normal normally not now
nuclear obvious obviously odd offered officially often old olden older ole once ongoing online only onto open
opened opens operates operating opposed optimistic ordered ordinary organised original originally other our
ourselves outstanding over overall overcome overseas own owned owning owns paid parliamentary particular
particularly partly passed past paying peaking perfect perfectly perform performed performing perhaps personal
physical picked picking pirated placed planned played playing pleaded pleased pledged pointed political poor
poorest popular portable positive possible possibly posted potential potentially powerful praised predict
predicted predicts prefer prepared preparing present presented pretty prevent previous previously prime
private probably produced producing professional profitable promised promising promote prompted proper
properly proposed protect protected proud prove proved provide provided provides providing proving public
publish published pulled pushed pushing putting qualifying questioned quick quickly quite quoted racist raised
raising ran rapid rarely rather reached reaching ready real really receive received receiving recent recently
recognised recorded recover red reduce reduced reducing reflect reflects refused regional registered regular
regularly rejected relatively released rely remain remained remaining remember remote remove removed
repeatedly replace replaced replacing reported reportedly represent represented representing represents
require required resigned responsible retail retired returned returning reveal revealed rich rid risen rising
rival rose ruled running rural safe said same save saved saw saying scheduled scored scoring screened secret
secure secured see seeing seek seeking seeks seem seemed seems seen sees select selected selling send sending
senior sensible sensitive sent separate serious seriously serve served set setting settle seventh several
shared sharp she short should showed showing shown shut signed significant signing similar simple simply since
single sixth slightly slow slower small smaller smart so so-called social sold solid sometimes somewhere soon
sophisticated sought south southern sparked speak speaking special specific spend spent spoke spoken sporting
standard standing starred starring started starting stepped still stolen stood stopped stored straight
strategic stressed strong stronger strongly struck struggled struggling substantial succeed successful such
sued suffer suffered suffering suggest suggested suggesting suggests superb supported supporting sure
surprised surrounding suspected suspended sustained tackling taken takes taking talented talking targeted
technical teenage tell telling tells tend terrorist tested than their them themselves then ther there
therefore these they thinking thinks this those though thought threatened through throughout thrown tight
tipped to together told too took top topped total totally tough towards traditional treated tried triple true
trusted trying turned turning twice ultimate umber unable under understand understood une unfair unique unless
unlikely until unveiled upbeat upon upset urban urged us used useful using usual usually various vast very via
virtual visiting vital voted vulnerable waiting wanted wanting warned was watched watching we weak wearing
welcome welcomed well went were what whatever when where whether which whole whom whose why wide widely wider
widespread wild will willing winning wireless with withdraw within without wo won wonderful worked working
worldwide worried worrying worse worst worth would write writing written wrong wrote year-old yes yet you
young younger your
unpaid outstanding
`;

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/**
 * Persons and makers a demonym may describe ("Austrian tycoon", "the Swiss
 * football magnate", "a Korean car maker"): their nationality is not the scope
 * of a figure (entities.ts). Plural firms and people in general ("US firms",
 * "German consumers") and offices of a state ("the Russian president") are not
 * listed: those scope it.
 */
export const ACTOR_NOUNS: readonly string[] = words(`
  tycoon tycoons magnate magnates billionaire billionaires millionaire millionaires multimillionaire
  businessman businessmen businesswoman businesswomen investor entrepreneur owner oligarch oligarchs
  financier benefactor banker
  maker carmaker automaker
`);
/** demonym nouns of persons end so ("Irishmen", "Dutchman"): "Germans" names the people in general */
export const ACTOR_DEMONYM_ENDINGS: readonly string[] = ['man', 'men', 'woman', 'women'];

/** function words that may stand between a figure and the noun it counts ("15% more passengers", "200 other firms") */
export const COUNT_MODIFIERS: readonly string[] = words('more fewer less other extra');
/**
 * Words that open a clause of its own after a comma (", while unemployment rose"):
 * a noun beyond one names no figure of the other clause.
 */
export const CLAUSE_OPENERS: readonly string[] = words('while whereas although though');

export const metrics: MetricLanguage = {
  // "is selling in Japan for 19,800 yen": a place phrase inside "selling for"
  verbPhraseGaps: ['in'],
  // British and American spellings of one noun, by Snowball stem: "150 federal programs" and
  // "150 domestic programmes" measure one thing (not "labour": in British news that is the party)
  spellingVariants: {
    programm: 'program', centr: 'center', theatr: 'theater', defenc: 'defens', licenc: 'licens',
    favour: 'favor', honour: 'honor', colour: 'color', behaviour: 'behavior', neighbour: 'neighbor', harbour: 'harbor',
    rumour: 'rumor', kilometr: 'kilomet', metr: 'meter', litr: 'liter', catalogu: 'catalog', tyre: 'tire', offenc: 'offens',
    fibr: 'fiber', jewelleri: 'jewelri', aluminium: 'aluminum',
  },
  // firms however named (German "Firmen" stems to "firm" too)
  // (not "business": "business leaders", "its business in Asia" are commerce; it stems as "businesses" does)
  nounSynonyms: { compani: 'firm', enterpris: 'firm' },
  // (not "seat": a "60,000-seat stadium" counts seats)
  counterSuffixes: ['man', 'strong', 'member', 'woman', 'person', 'nation', 'player'],
  bareHalves: { nouns: numbers.halfNouns, determiners: numbers.halfDeterminers ?? [] },
  stopwords: words(STOPWORDS),
  // a number word is a figure or part of a time ("sold for £10 five years ago", "two of the three
  // blockbuster drugs"), never what another figure counts
  notMetric: [...words(NOT_METRIC), ...Object.keys(numbers.cardinals)],
  holders: words(HOLDERS),
  nonNouns: words(NON_NOUNS),
  capitalisedNouns: false,
  placeGrowth: {
    heads: ['growth'], concept: 'gdp', placePreps: ['in', 'for'],
    firmWords: ['company', 'firm', 'group', 'retailer', 'chain', 'maker', 'carmaker', 'airline', 'business', 'store', 'stores', 'shop',
      'shops', 'sales', 'brand', 'subscribers', 'customers', 'market', 'markets', 'sector', 'industry'],
    possessives: ['its', 'their', 'his', 'her'],
    economyNouns: ['country', 'countries', 'nation', 'nations', 'economy', 'economies', 'region', 'regions', 'state', 'states',
      'province', 'provinces', 'bloc', 'zone', 'eurozone', 'continent', 'world', 'island', 'kingdom', 'republic',
      // regions no gazetteer entry names
      'asia', 'europe', 'africa', 'america', 'americas', 'oceania', 'scandinavia', 'balkans', 'caribbean', 'asian', 'european',
      'african', 'american', 'latin', 'arab', 'nordic', 'global'],
  },
  bankRates: {
    heads: ['rate', 'rates'], banks: ['FED', 'ECB', 'BOE', 'BOJ'], concept: 'interest.rate',
    verbs: words(`raise raised raises raising lift lifted lifts hike hiked hikes increase increased increases cut cuts cutting
      lower lowered lowers reduce reduced reduces trim trimmed hold held holds holding keep kept keeps keeping leave left
      leaves leaving set sets setting`),
  },
  currencyNames: {
    dollar: 'USD', greenback: 'USD', euro: 'EUR', pound: 'GBP', sterling: 'GBP', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY',
    // not "won" or "real": a verb and an adjective far more often
    franc: 'CHF', rouble: 'RUB', ruble: 'RUB', rupee: 'INR', peso: 'MXN', rand: 'ZAR',
  },
  tradingSessions: {
    nouns: ['trade', 'trading', 'dealings', 'dealing'],
    before: ['morning', 'afternoon', 'evening', 'early', 'late', 'midday', 'lunchtime', 'after-hours', 'electronic',
      'thin', 'heavy', 'light', 'choppy', 'volatile', 'opening', 'closing', 'overnight', 'pre-market', 'extended'],
    compounds: [],
    prepositions: ['in', 'during'],
  },
  modifierNouns: {
    // "their investment vehicle", "investment bank Goldman Sachs": a holder, not an investment;
    // "Budget airline Ryanair has placed an order for 70 Boeing 737-800 planes": no budget
    nouns: ['trade', 'investment', 'budget', 'commerce'],
    // not "show", "press": verbs too ("China's trade shows a surplus"); not "fund": "an investment fund of $1bn"
    heads: ['union', 'unions', 'unionist', 'unionists', 'fair', 'fairs', 'body', 'bodies', 'commission',
      'center', 'centre', 'secretary', 'minister', 'ministers', 'ministry', 'department', 'departments', 'representative', 'association', 'associations',
      'group', 'groups', 'organisation', 'organization', 'magazine', 'publication', 'mission', 'missions',
      'vehicle', 'vehicles', 'bank', 'banks', 'banker', 'bankers', 'banking', 'arm', 'house', 'houses', 'firm', 'firms',
      'trust', 'trusts', 'manager', 'managers', 'adviser', 'advisers', 'advisor', 'advisors',
      'airline', 'airlines', 'carrier', 'carriers', 'hotel', 'hotels', 'film', 'films', 'movie', 'movies'],
  },
  auxiliaries: words('is are was were be been being has have had'),
  givenNames: [...givenNames.male, ...givenNames.female],
  ordinalShares: ['third', 'thirds'],
  verbMarkers: words(`to having will would can could may might must should shall not did does do won't can't
    help helps helped helping`),
  periodParts: {
    nouns: ['quarter', 'quarters', 'half', 'halves'],
    after: ['first', 'second', 'third', 'fourth', 'last', 'final', 'previous', 'past', 'same', 'latest', 'current', 'next',
      'coming', 'following', 'preceding', 'opening', 'closing', 'fiscal', 'financial', 'calendar', 'july-september',
      'april-june', 'january-march', 'october-december', 'september', 'december', 'march', 'june', '1st', '2nd', '3rd', '4th'],
  },
  linkingElements: [],
  boundPrefixes: [],
  attachLeft: ['worth of', 'worth', 'of', 'with', 'totalling', 'totaling', 'amounting to', 'valued at', 'estimated at', 'put at'],
  levelLeft: ['to', 'at'],
  changeLeft: ['by'],
  comparisonLeft: ['from', 'up from', 'down from', 'compared with', 'compared to', 'against', 'versus', 'vs', 'as against'],
  partitiveRight: ['of', 'in', 'worth'],
  compoundPartitives: ['in'],
  amountPartitives: { words: ['in'], forms: words('cash shares share stock stocks equity bonds paper kind') },
  valueLinks: ['worth'],
  skipBeforeFigure: words(`
    only just nearly almost about around roughly approximately some over more than less fewer under below
    above up to at least most exactly a an the some estimated an estimated record whopping mere total
    another additional further extra
  `),
  changeVerbs: words(`
    rose rise rises risen rising fell fall falls fallen falling grew grow grows grown growing increased
    increase increases increasing decreased decrease decreases declined decline declines declining dropped
    drop drops dropping jumped jump jumps climbed climb climbs slipped slip slid slide slumped slump plunged
    plunge soared soar surged surge gained gain gains lost lose loses shrank shrunk shrink cut cuts raised
    raise lowered lower doubled tripled halved edged eased advanced tumbled sank sink rebounded
    lifted hiked trimmed
  `),
  // "unchanged", "edged", "changed", "moved" say no direction; "cut" is a verb of lowering here
  directions: {
    up: words(`
      rose rise rises risen rising grew grow grows grown growing increased increase increases increasing
      jumped jump jumps jumping climbed climb climbs climbing soared soar soars soaring surged surge surges
      surging gained gain gains gaining raised raise raises raising doubled tripled advanced advance
      rebounded rebound lifted lift hiked hike hikes boosted boost boosts up higher improved improvement
      upturn expanded expand expands expansion growth rallied rally spiked leapt leaped leap improve improves
      widened widen firmed strengthened
    `),
    down: words(`
      fell fall falls fallen falling decreased decrease decreases decreasing declined decline declines
      declining dropped drop drops dropping slipped slip slips slid slide slides sliding slumped slump
      slumps plunged plunge plunges plunging lost lose loses losing shrank shrunk shrink shrinks shrinking
      cut cuts cutting lowered lowers halved eased ease eases easing tumbled tumble sank sink sinks
      trimmed down lower reduced reduction reductions dip dipped dips downturn contracted contraction
      slowed weakened retreated collapsed tumbling deteriorate deteriorated deterioration worsened
      shed sheds shedding slash slashed slashes slashing reduce reduces reducing plummet plummets plummeted
      plummeting sunk trim trims narrowed narrow narrows fewer dived dive slumping softened weakening
    `),
    upEndings: [],
    downEndings: [],
    hedgePhrases: ['up to', 'at least', 'at most', 'made up', 'makes up', 'make up', 'break up', 'broke up', 'set up', 'sets up',
      'as much as', 'as little as', 'more than', 'less than', 'no more than'],
    wordsAfter: 2,
    nextWordFirst: true,
    clauseOpeners: ['while', 'whereas', 'although', 'though', 'after', 'because', 'as', 'when', 'leaving', 'which', 'who'],
    rateWords: ['rate', 'pace', 'clip'],
    openersAfterComma: ['that'],
  },
  adjectiveEndings: ['ful', 'ous', 'ive', 'less', 'able', 'ible', 'ic', 'ical', 'est'],
  anaphors: words('this that these those'),
  pronouns: words('it they this that these which'),
  coordination: words('and or respectively to versus vs ahead behind'),
  originPreps: ['from'],
  destinationPreps: ['to', 'into'],
  partnerPreps: ['between', 'with'],
  genitive: ['of'],
  contextKeys: [
    {
      from: 'budget.deficit', heads: ['deficit', 'deficits', 'shortfall'], to: 'trade.deficit',
      families: ['trade', 'exports', 'imports', 'tariff'], partnered: true, followsEarlier: true,
      unless: ['budget', 'fiscal', 'public', 'government', 'borrowing', 'spending', 'tax', 'treasury', 'federal', 'gdp', 'austerity'],
    },
    {
      // "unemployment stood at 10.8% of the workforce": the unemployment rate, not a share of the staff
      from: 'employees', role: 'share', heads: ['workforce', 'labour', 'labor'], to: 'unemployment.rate',
      families: ['unemployment', 'unemployed'], unless: [],
    },
  ],
  pairAnaphors: ['both countries', 'the two countries', 'both sides', 'the two sides', 'both nations', 'the two nations'],
  countModifiers: COUNT_MODIFIERS,
  clauseOpeners: CLAUSE_OPENERS,
  appositionOpeners: { articles: ['a', 'an'], relatives: ['which', 'who', 'whose', 'that'] },
  entities: {
    actors: ACTOR_NOUNS,
    actorEndings: ACTOR_DEMONYM_ENDINGS,
    names: withGazetteer(GAZETTEER_NAMES, {
      RU: ['Russia', "Russia's", 'Moscow', "Moscow's", 'Kremlin', "Kremlin's"],
      US: ['US', 'U.S.', 'USA', 'United States', 'America', "America's", 'Washington', "Washington's", 'White House', 'New England'],
      UA: ['Ukraine', "Ukraine's", 'Kyiv', 'Kiev'],
      EU: ['EU', "EU's", 'European Union', 'Brussels', 'Europe', "Europe's"],
      // a region, not the US of "America" inside it
      LATAM: ['Latin America', "Latin America's", 'South America', "South America's", 'Latin American', 'South American'],
      // the euro area is not the EU: a forecast for one is no conflict with one for the other
      EZ: ['eurozone', "eurozone's", 'euro zone', 'Eurozone', "Eurozone's", 'euro area', 'Euro zone', 'Euro area'],
      DE: ['Germany', "Germany's", 'Berlin'],
      AT: ['Austria', "Austria's", 'Vienna'],
      CH: ['Switzerland'],
      CN: ['China', "China's", 'Beijing'],
      GB: ['UK', 'U.K.', "UK's", 'Britain', "Britain's", 'United Kingdom', 'Great Britain', 'London', 'Whitehall', 'Downing Street',
        // UK bodies and firms that hold a nation's name
        'Church of England', 'Bank of Scotland', 'Royal Bank of Scotland', 'Scottish Power', 'Prince of Wales', 'Scottish Widows'],
      'AU-NSW': ['New South Wales'],
      // the UK's nations have statistics of their own ("house prices in Wales rose 23%" is not the UK's rise)
      'GB-ENG': ['England', "England's"],
      'GB-SCT': ['Scotland', "Scotland's"],
      'GB-WLS': ['Wales', "Wales'"],
      'GB-NIR': ['Northern Ireland', "Northern Ireland's"],
      FR: ['France', "France's", 'Paris'],
      IT: ['Italy', "Italy's", 'Rome'],
      ES: ['Spain', "Spain's", 'Madrid'],
      PL: ['Poland', "Poland's"],
      TR: ['Turkey', "Turkey's"],
      JP: ['Japan', "Japan's", 'Tokyo', "Tokyo's"],
      IN: ['India', "India's", 'Delhi', 'New Delhi'],
      IR: ['Iran', "Iran's", 'Tehran'],
      SA: ['Saudi Arabia', "Saudi Arabia's", 'Riyadh'],
      IL: ['Israel', "Israel's"],
      CA: ['Canada', "Canada's"],
      MX: ['Mexico', "Mexico's"],
      BR: ['Brazil', "Brazil's"],
      GR: ['Greece', "Greece's", 'Athens'],
      HU: ['Hungary'],
      NL: ['Netherlands', 'Holland'],
      BE: ['Belgium'],
      SE: ['Sweden'],
      NO: ['Norway'],
      FI: ['Finland'],
      DK: ['Denmark'],
      IE: ['Ireland', "Ireland's", 'Dublin'],
      SY: ['Syria', "Syria's"],
      IQ: ['Iraq', "Iraq's", 'Baghdad'],
      AF: ['Afghanistan'],
      EG: ['Egypt'],
      KR: ['South Korea', "South Korea's", 'Seoul'],
      KP: ['North Korea', "North Korea's", 'Pyongyang'],
      TW: ['Taiwan'],
      AU: ['Australia', "Australia's"],
      ZA: ['South Africa', "South Africa's"],
      NG: ['Nigeria'],
      VE: ['Venezuela'],
      AR: ['Argentina'],
      QA: ['Qatar'],
      BY: ['Belarus'],
      SU: ['Soviet Union', 'USSR'],
      NATO: ['Nato', 'NATO'],
      UN: ['UN', 'United Nations'],
      IMF: ['IMF', 'International Monetary Fund'],
      WB: ['World Bank'],
      ECB: ['ECB', 'European Central Bank'],
      FED: ['Fed', 'Federal Reserve'],
      // the UK's and Japan's central banks (not England's)
      BOE: ['Bank of England', "Bank of England's", 'BoE'],
      BOJ: ['Bank of Japan', "Bank of Japan's", 'BoJ'],
      OPEC: ['Opec', 'OPEC'],
      WTO: ['WTO', 'World Trade Organization', 'World Trade Organisation'],
      WHO: ['WHO', 'World Health Organization', 'World Health Organisation'],
      OECD: ['OECD'],
      'US-AK': ['Alaska', "Alaska's"],
      'US-CA': ['California', "California's"],
      'US-TX': ['Texas'],
      'US-NY': ['New York'],
      'US-FL': ['Florida'],
    }),
    adjectives: withGazetteer(GAZETTEER_ADJECTIVES, {
      RU: ['russian'],
      US: ['american'],
      UA: ['ukrainian'],
      EU: ['european'],
      DE: ['german'],
      AT: ['austrian'],
      CH: ['swiss'],
      CN: ['chinese'],
      GB: ['british'],
      'GB-ENG': ['english'],
      'GB-SCT': ['scottish'],
      'GB-WLS': ['welsh'],
      FR: ['french'],
      IT: ['italian'],
      ES: ['spanish'],
      PL: ['polish'],
      TR: ['turkish'],
      JP: ['japanese'],
      IN: ['indian'],
      IR: ['iranian'],
      SA: ['saudi'],
      IL: ['israeli'],
      CA: ['canadian'],
      MX: ['mexican'],
      BR: ['brazilian'],
      GR: ['greek'],
      IE: ['irish'],
      SU: ['soviet'],
    }),
  },
};


