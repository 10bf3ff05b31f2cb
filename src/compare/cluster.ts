import { byPlace, byTime, type Figure } from './figures.js';
import { isNearHedge } from './hedge-reach.js';
import { compatible } from './intervals.js';
import { parseMetricKey } from './metric-relations.js';

/**
 * Splits figures of one metric (same key, entities and dimension) into the
 * real-world figures they state. A metric key names a kind of quantity
 * ("deaths", "votes"), not one item: an article listing the votes of three
 * parties has three figures of one metric that must not be weighed against
 * each other. So two figures are kept apart ("different items") when they
 * disagree and nothing says they are one figure:
 *
 * - both in one document for the same period (or both without one): two
 *   values in one article are two items far more often than a slip, so a
 *   conflict needs two documents (dates excepted: one event has one date);
 * - both without a period, in any documents: a change over time and a
 *   contradiction cannot be told apart.
 *
 * - across documents, small whole numbers ("zwei Tote", "sieben Punkte") and
 *   counts of people in general: two articles' figures are different events
 *   far more often than two reports of one, and agree by coincidence too easily.
 *
 * A figure without a period joins a group only where it agrees with a member
 * (it then reads as that member's period), and an open bound ("bis zu 2.000")
 * agrees with too much to count. Figures with different periods form a
 * series: `different_period`.
 */
export function clusterFigures(figures: Figure[], tolerance: number): Figure[][] {
  const clusters: Figure[][] = [];
  const dated = figures.filter((f) => f.span).sort(byTime);
  const undated = figures.filter((f) => !f.span).sort((a, b) => byPlace(a.claim, b.claim));
  for (const f of dated) {
    const home = clusters.find((k) => k.every((m) => !differentItems(f, m, tolerance)));
    if (home) home.push(f);
    else clusters.push([f]);
  }
  for (const f of undated) {
    const home = clusters.find(
      (k) => k.some((m) => agrees(f, m, tolerance)) && k.every((m) => !differentItems(f, m, tolerance)),
    );
    if (home) home.push(f);
    else clusters.push([f]);
  }
  return clusters;
}

const samePeriod = (a: Figure, b: Figure) =>
  a.span && b.span ? a.span.first === b.span.first && a.span.last === b.span.last : !a.span && !b.span;

function differentItems(a: Figure, b: Figure, tolerance: number): boolean {
  const sameDoc = a.claim.doc === b.claim.doc;
  if (!sameDoc && (isSmallCount(a) || isSmallCount(b) || isPeopleCount(a))) return true;
  if (!samePeriod(a, b) || compatible(a.interval, b.interval, tolerance)) return false;
  return sameDoc || !a.span;
}

/**
 * An undated figure agrees with a member when both state a value, not a bound
 * ("mehr als 7.000", "bis zu 2.000" agree with too much), and the values
 * overlap; across documents they must be the same value within the tolerance,
 * since nothing else (no period) says the two articles mean one figure.
 */
function agrees(f: Figure, m: Figure, tolerance: number): boolean {
  if (!pointLike(f) || !pointLike(m) || !compatible(f.interval, m.interval, tolerance)) return false;
  if (f.claim.doc === m.claim.doc) return true;
  return Math.abs(f.central - m.central) <= tolerance * Math.max(Math.abs(f.central), Math.abs(m.central));
}

const pointLike = (f: Figure) =>
  f.claim.qualifier === 'exact' || f.claim.qualifier === 'about' || f.claim.qualifier === 'range' || isNearHedge(f.claim.hedge);

/**
 * Heads for people in general ("Menschen", "Mitarbeiter", "Flüchtlinge"): the
 * same count in two articles is two crowds far more often than one. They are
 * compared within an article only. Concept keys of the metric lexicon (the
 * ones it marks weak); adding one is adding a word here.
 */
export const PEOPLE_IN_GENERAL: readonly string[] = ['people', 'employees', 'customers', 'members', 'visitors', 'refugees', 'students', 'soldiers'];
const isPeopleCount = (f: Figure) => PEOPLE_IN_GENERAL.includes(parseMetricKey(f.claim.metric.key).base);

const SMALL = 100;
/** Counts, ranks, durations and points under 100: "zwei", "Platz elf", "fünf Jahre", "sieben Punkte". */
export function isSmallCount(f: Figure): boolean {
  const c = f.claim;
  const discrete = c.kind === 'count' || c.kind === 'rank' || c.kind === 'duration' || c.unit === 'pt';
  return discrete && Number.isInteger(c.value) && Math.abs(c.value) < SMALL;
}
