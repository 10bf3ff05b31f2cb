// English words for finding the organisation an article is about (src/context/organisations.ts).
import type { OrganisationLexicon } from '../../context/organisations.js';
import { attribution } from './attribution.js';
import { metrics } from './metrics.js';
import { context } from './numbers.js';
import { time } from './time.js';

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
  ],
  // joins two capitalised words into one name: "Bank of Scotland", "Marks & Spencer"
  connectors: ['of', '&'],
  // reporters and wires name themselves in every story: never what it is about
  publishers: ['BBC', 'Reuters', 'AP', 'AFP', 'Bloomberg', 'Financial Times', 'FT', 'Observer', 'Guardian', 'Times', 'Telegraph', 'Sunday Times', 'Sunday Telegraph', 'Dow Jones', 'News'],
  // countries, cities and the organisations the entity tables know already have codes
  knownNames: Object.values(metrics.entities.names).flat(),
  demonyms: Object.values(metrics.entities.adjectives).flat(),
};
