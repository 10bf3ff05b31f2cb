import { parseMetricKey } from './metric-relations.js';
import { isExchangeTraded } from '../context/metric-lexicon.js';
import { metrics as deMetrics } from '../lang/de/metrics.js';
import { metrics as enMetrics } from '../lang/en/metrics.js';

/**
 * Which figures two articles can be taken to state about one real-world item.
 * A metric key names a kind of quantity; the entities narrow it down. Some
 * kinds need more than a country to name one item. Concept keys of the metric
 * lexicon (lexicon/metrics.yaml); adding a concept is adding a word here.
 */

/**
 * Heads for people in general ("Menschen", "Mitarbeiter", "Flüchtlinge", the
 * ones the lexicon marks weak): the same count in two articles is two crowds
 * far more often than one. Compared within an article only.
 */
export const PEOPLE_IN_GENERAL: readonly string[] = ['people', 'employees', 'customers', 'members', 'visitors', 'refugees', 'students', 'soldiers'];

/**
 * A firm's figures: "profits rose 40 %" of Renault and "fell 37 %" of GM are
 * both profit.change in Europe. Across articles they need an organisation
 * among the entities, not just a country.
 */
export const FIRM_METRICS: readonly string[] = [
  'revenue', 'sales', 'profit', 'loss', 'result', 'stake', 'dividend', 'market', 'stock', 'costs', 'users', 'investment', 'charge',
];

/**
 * Figures that, naming no entity at all, are the firm's the article is about (the claim's
 * `organisation`): "the firm collapsed with debts of 14bn euros", "the proposal values the
 * club at £800m". Not jobs: "151,000 jobs were lost in March" in an article on Ford is
 * the economy's as often as the firm's.
 */
const FIRM_FIGURES: readonly string[] = [...FIRM_METRICS, 'offer', 'debt'];

export const isFirmFigure = (metricKey: string): boolean => FIRM_FIGURES.includes(parseMetricKey(metricKey).base.split('.')[0]);

/**
 * A central bank stands for its currency area in the area's statistics: "the Fed raised rates to
 * 2%" and "US interest rates rose to 2%" are one rate ("FED" and "US" one scope), as the ECB's are
 * the euro area's. Not in the bank's own figures ("the Fed made a profit of $97bn").
 */
const CENTRAL_BANK_AREAS: Readonly<Record<string, string>> = { FED: 'US', ECB: 'EZ', BOE: 'GB', BOJ: 'JP' };
/** Concepts a central bank sets or states for its area (keys of lexicon/metrics.yaml). */
const AREA_STATISTICS: readonly string[] = ['interest', 'inflation', 'exchange', 'gdp', 'unemployment', 'unemployed', 'wages', 'consumption', 'trade', 'exports', 'imports'];

/**
 * Entity codes with central banks as their areas for an area statistic, and a traded good's
 * market city as its country ("US light crude ... $53.09 a barrel in New York" is the US price,
 * as "Brent crude in London" is the British one; not house prices in New York), distinct (the
 * order kept).
 */
export function areaScope(codes: readonly string[], metricKey: string): string[] {
  const base = parseMetricKey(metricKey).base;
  const [concept, facet] = base.split('.');
  const market = concept === 'price' && facet !== undefined && codes.some((c) => c.includes('-')) && isExchangeTraded(facet);
  if (market) return countryLevel(codes);
  if (!codes.some((c) => c in CENTRAL_BANK_AREAS) || !AREA_STATISTICS.includes(concept)) return codes.slice();
  return [...new Set(codes.map((c) => CENTRAL_BANK_AREAS[c] ?? c))];
}

/** Codes shaped like a country's or region's (US, GB, AT-6, US-NY) and unions of them. */
const PLACE_SHAPE = /^(?:[A-Z]{2}(?:-[A-Z0-9]{1,3})?|EU|EZ|UN)$/;
/**
 * The place codes the entity tables give (src/lang/<lang>/metrics.ts). A firm named as an
 * owner is kept as written, and "GM" or "BP" has a country code's shape: only a code the
 * tables give is a place.
 */
const PLACE_CODES: ReadonlySet<string> = new Set(
  [deMetrics, enMetrics].flatMap((m) => [...Object.keys(m.entities.names), ...Object.keys(m.entities.adjectives)]).filter((c) => PLACE_SHAPE.test(c)),
);
const isPlace = (e: string) => PLACE_CODES.has(e) || (e.includes('-') && PLACE_SHAPE.test(e));

/** Codes with regions as their countries ("GB-WLS" -> "GB", "US-NY" -> "US"), distinct and sorted. */
export function countryLevel(codes: readonly string[]): string[] {
  if (!codes.some((c) => c.includes('-'))) return codes.slice();
  return [...new Set(codes.map((c) => (c.includes('-') && PLACE_SHAPE.test(c) ? c.slice(0, c.indexOf('-')) : c)))].sort();
}

/** Do the entities name an organisation (a firm, a body), not only places? */
export const namesOrganisation = (entities: readonly string[]): boolean => entities.some((e) => !isPlace(e));

/**
 * Prices of one currency in another ("$1.29 per euro"): an amount in euros of such a metric is
 * no amount of money, so no currency rate converts it.
 */
export const QUOTED_IN_CURRENCY: readonly string[] = ['exchange'];

export const isQuotedInCurrency = (metricKey: string): boolean => QUOTED_IN_CURRENCY.includes(parseMetricKey(metricKey).base.split('.')[0]);

/** Figures of people in general ("Menschen", "employees"): the same count in two articles is two crowds. */
export function countsPeopleInGeneral(metricKey: string): boolean {
  let people = peopleKeys.get(metricKey);
  if (people === undefined) {
    const { base } = parseMetricKey(metricKey);
    people = PEOPLE_IN_GENERAL.includes(base) || PEOPLE_IN_GENERAL.includes(base.split('.')[0]);
    peopleKeys.set(metricKey, people);
  }
  return people;
}
/** (asked per pair of figures; a run has few keys) */
const peopleKeys = new Map<string, boolean>();

/** May figures of this metric and these entities from two different articles be one item? */
export function comparableAcrossDocuments(metricKey: string, entities: readonly string[]): boolean {
  if (countsPeopleInGeneral(metricKey)) return false;
  const concept = parseMetricKey(metricKey).base.split('.')[0];
  if (FIRM_METRICS.includes(concept)) return namesOrganisation(entities);
  return true;
}

/**
 * Figures each said of one person or one case ("zu 16 Jahren Haft verurteilt", "aged 45", "fined
 * £2m"): figures for different periods are as a rule different people's or cases', never one series.
 */
export const PER_CASE_METRICS: readonly string[] = ['sentence', 'age', 'fine'];

export const isPerCase = (metricKey: string): boolean => PER_CASE_METRICS.includes(parseMetricKey(metricKey).base.split('.')[0]);

/**
 * Statistics kept as one series per country: the 2015 figure in one article
 * and the 2024 figure in another are two points of it. For other metrics
 * ("viewers" in the US in 1952 and in 2004) two articles' figures for
 * different years are, as a rule, about different things.
 */
export const SERIES_METRICS: readonly string[] = [
  'trade', 'exports', 'imports', 'gdp', 'inflation', 'interest', 'exchange', 'unemployment', 'unemployed',
  'wages', 'pension', 'budget', 'debt', 'tax', 'reserves', 'production', 'consumption', 'emissions', 'population',
  'asylum', 'aid', 'subsidies', 'sanctions', 'tariff', 'gni',
];

/**
 * May figures for different periods from two articles be read as one series?
 * Yes for national statistics with their country, for a named firm's figures,
 * and for a relation between several parties (trade between Russia and the US).
 */
export function seriesAcrossDocuments(metricKey: string, entities: readonly string[]): boolean {
  if (!entities.length || !comparableAcrossDocuments(metricKey, entities)) return false;
  const concept = parseMetricKey(metricKey).base.split('.')[0];
  return SERIES_METRICS.includes(concept) || namesOrganisation(entities) || entities.length >= 2;
}
