// English words for finding the organisation an article is about (src/context/organisations.ts).
import type { OrganisationLexicon } from '../../context/organisations.js';
import { attribution } from './attribution.js';
import { metrics } from './metrics.js';
import { context } from './numbers.js';
import { time } from './time.js';

/** Regions news name like countries ("Europe" and "America" are in the entity tables): "Africa", "South East Asia", Britain's "South East". */
const REGIONS = [
  'Africa', 'Asia', 'Americas', 'Antarctica', 'Arctic', 'Oceania', 'Caribbean', 'Balkans', 'Baltics', 'Scandinavia',
  'Middle East', 'Near East', 'Far East', 'Gulf', 'Persian Gulf', 'Mediterranean', 'Pacific', 'Atlantic', 'Asia-Pacific', 'Asia Pacific',
  'South East Asia', 'Southeast Asia', 'South-East Asia', 'S Asia', 'South Asia', 'East Asia', 'Central Asia', 'North Africa', 'West Africa',
  'East Africa', 'Southern Africa', 'Sub-Saharan Africa', 'Latin America', 'South America', 'North America', 'Central America',
  'Eastern Europe', 'Western Europe', 'Central Europe', 'Northern Europe', 'Southern Europe',
  'South East', 'South West', 'North East', 'North West', 'East Midlands', 'West Midlands', 'Midlands', 'East Anglia', 'Yorkshire', 'Home Counties',
];
/** Common nouns written as acronyms: "TV sales", "PCs", "GDP". */
const COMMON_ACRONYMS = ['TV', 'PC', 'PCs', 'GDP', 'ID', 'TB', 'R&D', 'P2P', 'MP3', 'DVD', 'DVDs', 'CD', 'CDs', 'MP', 'MPs', 'HIV', 'Aids', 'AIDS', 'VAT', 'CEO', 'RFID'];
/** Adjectives of regions, faiths and peoples: no name alone, as a demonym ("Asian", "Islamic"), though they may begin one ("Asian Development Bank"). */
const GROUP_ADJECTIVES = ['asian', 'african', 'arab', 'latin', 'islamic', 'muslim', 'christian', 'catholic', 'jewish', 'hindu', 'communist', 'hutu', 'tutsi', 'kurdish', 'turkmen', 'brits',
  // both Koreas: no one country code, still a people
  'korean'];

export const organisations: OrganisationLexicon = {
  // "Mr Glazer", "Sir Terry", "President Bush": the capitalised words after a title or an office are a person
  titles: [...attribution.titles, 'president', 'chancellor', 'chairman', 'minister', 'secretary', 'governor', 'senator', 'judge'],
  // capitalised words that are never (part of) an organisation's name
  notNames: [
    ...Object.keys(time.months).filter((m) => !m.endsWith('.')),
    'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
    'I', 'Christmas', 'Easter', 'Budget', 'Prime', 'Chief',
  ],
  // words that open a sentence before a name: "But Rover told ...", "Although China ..."
  openers: [
    ...context.functionWords,
    'however', 'although', 'though', 'according', 'because', 'meanwhile', 'it', 'we', 'they', 'he', 'she', 'there',
    'this', 'that', 'these', 'those', 'what', 'when', 'where', 'which', 'who', 'why', 'how', 'more', 'less', 'most',
    'two', 'three', 'four', 'five', 'many', 'several', 'other', 'ahead', 'instead', 'earlier', 'later', 'shares',
    // not "will", "may", "can": first names ("Will Smith")
    'despite', 'once', 'deputy', 'ministers', 'former', 'senior', 'could', 'would', 'should', 'might', 'did', 'does',
    'millions', 'thousands', 'hundreds', 'dozens', 'billions',
    // conjunctions and adverbs that open a sentence: "Neither Rover nor SAIC commented" names Rover, not "Neither Rover"
    'neither', 'either', 'nor', 'not', 'no', 'whether', 'unless', 'whilst', 'amid', 'without', 'within', 'against', 'such',
    'any', 'even', 'thus', 'therefore', 'moreover', 'furthermore', 'nevertheless', 'nonetheless', 'besides',
    'among', 'amongst', 'like', 'unlike',
    // who is quoted before a name: "Prosecutors said Yukos ...", "Actor Daniel Day-Lewis"
    'prosecutors', 'analysts', 'officials', 'experts', 'critics', 'investors', 'shareholders', 'actor', 'actress', 'singer',
  ],
  // joins two capitalised words into one name: "Bank of Scotland", "Marks & Spencer"
  connectors: ['of', '&'],
  // reporters and wires name themselves in every story: never what it is about
  publishers: ['BBC', 'Reuters', 'AP', 'AFP', 'Bloomberg', 'Financial Times', 'FT', 'Observer', 'Guardian', 'Times', 'Telegraph', 'Sunday Times', 'Sunday Telegraph', 'Dow Jones', 'News', 'Agence France Presse', 'Agence France-Presse', 'Press Association'],
  // countries, cities and the organisations the entity tables know already have codes;
  // world and UK regions have none but are places, not what a firm figure belongs to;
  // common nouns written as acronyms are no one's name alone ("TV", yet "PC World")
  knownNames: [...Object.values(metrics.entities.names).flat(), ...REGIONS, ...COMMON_ACRONYMS],
  demonyms: [...Object.values(metrics.entities.adjectives).flat(), ...GROUP_ADJECTIVES],
};
