import type { Claim } from '../types.js';
import { acrossArticles, byPlace, byTime, type Figure } from './figures.js';
import { parseMetricKey } from './metric-relations.js';
import { isNearHedge } from './hedge-reach.js';
import { isDistributive } from './distributive.js';
import { compatible } from './intervals.js';
import { comparableAcrossDocuments, namesOrganisation, seriesAcrossDocuments } from './metric-scope.js';
import { sharePhrase, VERBATIM_SENTENCE, type PhraseTwins } from './shared-phrase.js';

/**
 * Splits figures of one metric (same key, entities and dimension) into the
 * real-world items they state. A metric key names a kind of quantity
 * ("deaths", "votes"), not one item: an article listing the votes of three
 * parties has three figures of one metric that must not be weighed against
 * each other. Done in two steps:
 *
 * 1. Within each article: figures of different periods form a series; two
 *    that disagree for the same period (or both lack one) are two items: in
 *    one article that is far more often two things than a slip, so a conflict
 *    needs two articles (dates excepted, see judgeDates: one event, one date).
 * 2. Across articles, an article's items join another's only on evidence
 *    that they are one item: a figure for the same period (agreeing or not:
 *    that is the conflict we look for), an undated figure with the same value,
 *    or, for metrics kept as a series (metric-scope.ts), figures of other
 *    periods. Never for small whole numbers ("zwei Tote"), people in general,
 *    or a firm's figures without the firm: those are different items far more
 *    often than two reports of one.
 *
 * A figure without a period joins a group only where it agrees with a member
 * (it then reads as that member's period); an open bound ("bis zu 2.000")
 * agrees with too much to count. A figure and the earlier level its sentence
 * gives for it ("fell to 95.5 from 97.5": `partners`, see previous-level.ts)
 * are one item at two periods, however close or far apart their values.
 */
export function clusterFigures(figures: Figure[], tolerance: number, ties: Partial<TiedFigures> = {}, forecasts = false): Figure[][] {
  const tied: TiedFigures = { partners: ties.partners ?? new Map(), convertedFrom: ties.convertedFrom ?? new Map(), twins: ties.twins ?? new Map() };
  const byDoc = new Map<string, Figure[]>();
  for (const f of [...figures].sort((a, b) => byPlace(a.claim, b.claim))) {
    if (!byDoc.has(f.claim.doc)) byDoc.set(f.claim.doc, []);
    byDoc.get(f.claim.doc)!.push(f);
  }
  const merged: Figure[][] = [];
  // other articles' relative periods ("[Y]") are none to this one's (acrossArticles)
  const seen: GroupSummary[] = [];
  for (const docFigures of byDoc.values()) {
    for (const item of clusterDocument(docFigures, tolerance, tied, forecasts)) {
      const view = item.map(acrossArticles);
      const at = seen.findIndex((k) => sameItemAcrossDocuments(k, view, tolerance, forecasts, tied.twins));
      if (at >= 0) {
        for (const f of item) merged[at].push(f);
        for (const f of view) seen[at].add(f);
      } else {
        merged.push(item);
        const group = new GroupSummary();
        for (const f of view) group.add(f);
        seen.push(group);
      }
    }
  }
  return merged;
}

/**
 * A group in the making as the checks of a new item against it need it, kept up to date as
 * items join: its figures, its articles, whether it holds a small count, and per period
 * (undated figures: their own) the figures with the lowest upper and the highest lower
 * bound: a figure that disagrees with any of the period's disagrees with one of these.
 * Thousands of articles stating one item then cost no more than a few.
 */
export class GroupSummary {
  readonly figures: Figure[] = [];
  readonly docs = new Set<string>();
  small = false;
  private readonly extremes = new Map<string, { lowestHigh: Figure; highestLow: Figure }>();

  add(f: Figure): void {
    this.figures.push(f);
    this.docs.add(f.claim.doc);
    if (isSmallCount(f)) this.small = true;
    const period = periodKey(f);
    const e = this.extremes.get(period);
    if (!e) this.extremes.set(period, { lowestHigh: f, highestLow: f });
    else {
      if (f.interval.hi < e.lowestHigh.interval.hi) e.lowestHigh = f;
      if (f.interval.lo > e.highestLow.interval.lo) e.highestLow = f;
    }
  }

  /** A figure of the group for f's period (or, undated, another undated one) disagrees with f. */
  disagrees(f: Figure, tolerance: number): boolean {
    const e = this.extremes.get(periodKey(f));
    return !!e && (!compatible(e.lowestHigh.interval, f.interval, tolerance) || !compatible(e.highestLow.interval, f.interval, tolerance));
  }
}

/** A figure's period as a key (its span, or '' without one). */
const periodKey = (f: Figure) => (f.span ? `${f.span.first}..${f.span.last}` : '');

/** Figures their sentence ties: a change and its earlier level (`partners`), an amount and its conversion. */
export interface TiedFigures {
  partners: ReadonlyMap<string, string>;
  convertedFrom: ReadonlyMap<string, string>;
  /** figures of two articles printed in one phrase kept word for word (shared-phrase.ts) */
  twins: PhraseTwins;
}

/**
 * `forecasts`: the figures are forecasts, targets or projections (forecast-cues.ts). Each is one
 * item with its period: "$427bn in 2005" projected and "$230bn by 2009" planned are two forecasts,
 * not one series; only a sentence's own list of forecasts for successive periods is one ("3.6% in
 * 2004, slipping to 2.9% next year before recovering to 3.1% in 2006").
 */
function clusterDocument(figures: Figure[], tolerance: number, { partners, convertedFrom }: TiedFigures, forecasts: boolean): Figure[][] {
  // an amount and its conversion ("$35bn (£18.8bn)") are one figure, whatever its hedge
  const converted = (a: Figure, b: Figure) => convertedFrom.get(a.claim.id) === b.claim.id || convertedFrom.get(b.claim.id) === a.claim.id;
  const clusters: Figure[][] = [];
  const dated = figures.filter((f) => f.span).sort(byTime);
  const undated = figures.filter((f) => !f.span);
  // a figure and its earlier level are one series whatever their values; figures of other
  // periods that two different sources give are two measures ("Halifax said ... Nationwide
  // reported ..."), while for one period two sources are the comparison we look for
  // two figures in one unit that one sentence states for one period are two things ("Green Day,
  // down three places to number nine, and Uniting Nations, also down three places"; "grow by 5.7%
  // in 2005, rather than 6%"), not one agreeing with itself; in two units the sentence may convert
  // ("1.35km/h (0.83mph)", "$186m (£98m; 143m euros)")
  const amountOf = (f: Figure) => convertedFrom.get(f.claim.id) ?? f.claim.id;
  const twoInOneSentence = (f: Figure, m: Figure) =>
    f.claim.sentenceIndex === m.claim.sentenceIndex && f.claim.unit === m.claim.unit && samePeriod(f, m) && amountOf(f) !== amountOf(m);
  const fits = (f: Figure, m: Figure) =>
    isChangePair(f, m, partners) || (!disagreeOnOnePeriod(f, m, tolerance) && !twoInOneSentence(f, m) &&
      (samePeriod(f, m) || ((!forecasts || f.claim.sentenceIndex === m.claim.sentenceIndex) && !otherSources(f, m) && !otherChanges(f, m) && !otherScales(f, m))));
  for (const f of dated) {
    const home = nearest(clusters.filter((k) => k.every((m) => fits(f, m))), f);
    if (home) home.push(f);
    else clusters.push([f]);
  }
  for (const f of undated) {
    // (a value each of several holds restates no other figure of its article: "beide je 5 Punkte")
    const joins = (m: Figure) => isChangePair(f, m, partners) || converted(f, m) ||
      (agrees(f, m, tolerance) && !(f.claim.doc === m.claim.doc && (isDistributive(f.claim) || isDistributive(m.claim))));
    const home = clusters.find((k) => k.some(joins) && k.every((m) => fits(f, m)));
    if (home) home.push(f);
    else clusters.push([f]);
  }
  return clusters;
}

/**
 * Of the items a figure may continue as a series, the one with a figure in the sentence nearest to
 * its own: "Longbridge, which in 1999 produced 180,000 Rover cars. Last year, MG Rover ... produced
 * just 110,000 cars" goes on with Longbridge's 1999, not with another factory's 1999 two sentences
 * before. On a tie the first item, as the sentence lists them ("scaled back to 4.0% from 4.4% this
 * year and 2.1% from 2.8% in 2005": 2.1% goes on with 4.0%).
 */
function nearest(items: Figure[][], f: Figure): Figure[] | undefined {
  if (items.length < 2) return items[0];
  let best = items[0];
  let bestDistance = Infinity;
  for (const k of items) {
    for (const m of k) {
      const d = Math.abs(m.claim.sentenceIndex - f.claim.sentenceIndex);
      if (d < bestDistance) { bestDistance = d; best = k; }
    }
  }
  return best;
}

/** Both figures name a source, and not the same one ("Halifax" vs "Nationwide"; "the ONS" and "ONS" are one). */
function otherSources(a: Figure, b: Figure): boolean {
  const x = a.source;
  const y = b.source;
  return !!x && !!y && !x.includes(y) && !y.includes(x);
}

/** One figure is the earlier level of the other, as their sentence says ("rose to 4.7% from 4.6%"). */
export const isChangePair = (a: Figure, b: Figure, partners: ReadonlyMap<string, string>) =>
  partners.get(a.claim.id) === b.claim.id || partners.get(b.claim.id) === a.claim.id;

/**
 * Two changes over different periods that overlap ("2004" and "2004-Q4", "2004-H2" and
 * "2004-Q4"), or that are of different lengths ("8.1% in 2004" and "2.4% in the fourth
 * quarter", "3.0% in the third"): a year's growth and a quarter's are different quantities,
 * no series of one item (whose periods follow one another and are alike). Levels and flows
 * of nested periods stay one item ("part-year and full-year figures": revenue in H1 and in
 * the year).
 */
const otherChanges = (a: Figure, b: Figure) =>
  !!a.span && !!b.span && !samePeriod(a, b) &&
  ((a.span.first <= b.span.last && b.span.first <= a.span.last) || !alikeLengths(a.span, b.span))
  // last: such periods are rare, so the keys are seldom parsed
  && isChange(a) && isChange(b);

/**
 * A period inside another more than four times its length (a month inside its year): "the trade
 * gap was $56.4bn in December" and "$496.5bn in 2003" are two quantities, no series of one item.
 * A half-year or a quarter and its year stay one ("part-year and full-year figures"), and so do
 * disjoint periods of any lengths ("12,5 Milliarden im Mai 2014", "526 Millionen" in 2024).
 */
const otherScales = (a: Figure, b: Figure) => {
  if (!a.span || !b.span) return false;
  const [inner, outer] = a.span.last - a.span.first <= b.span.last - b.span.first ? [a.span, b.span] : [b.span, a.span];
  return inner.first >= outer.first && inner.last <= outer.last &&
    outer.last - outer.first + 1 > 4.2 * (inner.last - inner.first + 1);
};

/** Periods of about one length (months of 28 to 31 days, quarters of 90 to 92, years): within a tenth. */
function alikeLengths(a: { first: number; last: number }, b: { first: number; last: number }): boolean {
  const x = a.last - a.first + 1;
  const y = b.last - b.first + 1;
  return Math.abs(x - y) <= 0.1 * Math.max(x, y);
}

/** Whether a figure's metric is a change ("price.change", "gdp.change"). */
const isChange = (f: Figure) => parseMetricKey(f.claim.metric.key).role === 'change';

const samePeriod = (a: Figure, b: Figure) =>
  a.span && b.span ? a.span.first === b.span.first && a.span.last === b.span.last : !a.span && !b.span;


/** A figure's sentence and text, when the sentence is long enough to be a report's own (a word-for-word repeat in another article ties them). */
export function verbatimText(f: Figure): string | null {
  return f.claim.sentence.length < VERBATIM_SENTENCE ? null : `${f.claim.sentence}\u0000${f.claim.text}`;
}

/**
 * Two articles' figures printed alike in one sentence printed word for word (verbatimText), the
 * figure once in it: a sentence printing it twice ("three ... three") says which is which only by
 * place, which restatements() in index.ts counts; here it ties nothing.
 */
function printedVerbatim(f: Figure, g: Figure): boolean {
  const text = verbatimText(f);
  const sentence = f.claim.sentence;
  return text !== null && f.central === g.central && text === verbatimText(g) && sentence.indexOf(f.claim.text) === sentence.lastIndexOf(f.claim.text);
}

/** Same period (or both without one) and values that cannot both be right. */
const disagreeOnOnePeriod = (a: Figure, b: Figure, tolerance: number) =>
  samePeriod(a, b) && !compatible(a.interval, b.interval, tolerance);

/** Is an article's item `item` the same as the (other articles') group `seen`? */
function sameItemAcrossDocuments(seen: GroupSummary, item: Figure[], tolerance: number, forecasts: boolean, twins: PhraseTwins): boolean {
  const first = item[0].claim;
  // the article already told its items apart
  if (seen.docs.has(first.doc)) return false;
  // one sentence printed word for word in two articles (one report under two headlines) states its
  // figures once, however small: "has sold 2.8 million units" in both
  if (item.some((f) => seen.figures.some((g) => printedVerbatim(f, g) || (f.central === g.central && sharePhrase(twins, f.claim, g.claim))))) {
    return !item.some((f) => seen.disagrees(f, tolerance));
  }
  if (!comparableAcrossDocuments(first.metric.key, first.entities)) return false;
  if (seen.small || item.some(isSmallCount)) return false;
  // two figures without a period that disagree: a change or a contradiction, we cannot tell
  if (item.some((f) => !f.span && seen.disagrees(f, tolerance))) return false;
  const series = !forecasts && seriesAcrossDocuments(first.metric.key, first.entities);
  return seen.figures.some((g) =>
    item.some((f) => (g.span && f.span ? samePeriod(g, f) || (series && !otherSources(g, f) && !otherChanges(g, f) && !otherScales(g, f)) : agrees(f, g, tolerance) || agrees(g, f, tolerance))),
  );
}

/**
 * The stronger evidence an item needs to join figures that name a place its own do not:
 * the very same value printed with three significant digits or more ("$412bn", "4.75%").
 * Two digits ("£1.2m" of losses, "$44bn" of revenue) are too often another firm's figure.
 */
export const restatesExactly = (f: Figure, g: Figure): boolean => f.digits >= 3 && g.digits >= 3 && restatesValue(f, g, 0);

/** Two figures print the same rare value, unconverted, for the same period or without one: one figure stated twice. */
export function restatesValue(a: Figure, b: Figure, tolerance: number): boolean {
  const other = a.claim.doc !== b.claim.doc;
  // across articles a value of two significant digits restates only one printed as precisely, unless
  // both articles are about one firm: "$24m" (a rapper's earnings) is no "$24.1m" (a film's takings),
  // Microsoft's "$26bn" for LinkedIn is its "$26.2bn"; "$9.3bn" and "$9.4bn" may be one sale
  if (other && (a.digits < 3 || b.digits < 3) && a.digits !== b.digits && !(a.claim.organisation && a.claim.organisation === b.claim.organisation)) return false;
  const f = other ? acrossArticles(a) : a;
  const g = other ? acrossArticles(b) : b;
  return (!g.span || !f.span || samePeriod(g, f)) && mayRestate(f) && mayRestate(g) && printedAlike(f, g, tolerance) && rare(f, g) && rare(g, f);
}

/**
 * Could the figure restate another's value at all (restatesValue)? Cheap: tried before any pair is.
 * A figure converted into the group's currency restates only as printed (printedAlike).
 */
export const mayRestate = (f: Figure): boolean => mayBeRare(f) && !isSmallCount(f) && pointLike(f);

/** Three significant digits, or two for money of a million or more: the most any rarity rule below asks. */
const mayBeRare = (f: Figure): boolean => f.digits >= 3 || (f.digits >= 2 && f.measure.dimension === 'money' && Math.abs(f.central) >= 1e6);

/**
 * Both state a point value, equal within the tolerance and at their printed precision. A figure
 * converted at a rate ("£424m" in a group counted in dollars) only as printed: the same value in
 * the same currency ("$800m (£424m)" in two articles, each converted at its own stated rate).
 */
const printedAlike = (f: Figure, m: Figure, tolerance: number) =>
  pointLike(f) && pointLike(m) && (f.conversion || m.conversion
    ? f.claim.unit === m.claim.unit && f.claim.value === m.claim.value && f.claim.high === m.claim.high
    : compatible(f.interval, m.interval, 0) && Math.abs(f.central - m.central) <= tolerance * Math.max(Math.abs(f.central), Math.abs(m.central)));

/**
 * A value printed with three significant digits or more ("41.48", "157,000"),
 * or two for money of a million or more when neither figure has a period the
 * other lacks ("$9.3bn" twice, undated): round figures ("100", "400,000") and
 * words ("half", "two thirds") are stated of too many things to name one item,
 * and "£6.5m" paid in 2003 is not, on that alone, an undated fee of £6.5m.
 */
function rare(f: Figure, other: Figure): boolean {
  const oneDated = !f.span !== !other.span;
  return f.digits >= 3 || (mayBeRare(f) && !oneDated);
}


/**
 * An undated figure agrees with a member when both state a value, not a bound
 * ("mehr als 7.000", "bis zu 2.000" agree with too much), and the values are
 * the same within the tolerance (not merely overlapping: "1 %" and "0.9 %" in
 * one article are two figures). Across documents nothing else (no period) says
 * the two articles mean one figure, so the value must be distinctive ("0.5 %"
 * or "$50" are stated of many things) and the printed figures must overlap at
 * their own precision ("£180,126" is not "£182,920"), conversions aside.
 */
function agrees(f: Figure, m: Figure, tolerance: number): boolean {
  if (f.span && m.span) return false;
  if (boundRestatesPoint(f, m) || boundRestatesPoint(m, f)) return true;
  // "raised more than $150m" in two reports of one telethon: one bound printed alike, a rare value across articles
  if (sameBound(f, m)) return (f.claim.doc === m.claim.doc && !isSmallCount(f)) || (distinctive(f) && distinctive(m));
  if (!pointLike(f) || !pointLike(m) || !compatible(f.interval, m.interval, tolerance)) return false;
  if (Math.abs(f.central - m.central) > tolerance * Math.max(Math.abs(f.central), Math.abs(m.central))) return false;
  if (f.claim.doc === m.claim.doc) return true;
  const converted = f.conversion !== null || m.conversion !== null;
  return distinctive(f) && distinctive(m) && (converted || compatible(f.interval, m.interval, 0));
}

/**
 * A value few other figures share by chance: three significant digits or more
 * ("12.6 %", "$27.5bn", "£180,126"), or two for an amount of money of a million
 * or more ("$27bn"), or for a figure of one named organisation ("a 29% stake"
 * in Manchester United: a country's "2,1 Prozent" are shared by many things,
 * one firm's stake of 29 % by few). A whole count is exact (small counts never get here).
 */
function distinctive(f: Figure): boolean {
  const c = f.claim;
  if (!(c.precision > 0)) return true;
  const steps = Math.abs(c.value) / (2 * c.precision);
  return steps >= 100 || (steps >= 10 && ((f.measure.dimension === 'money' && Math.abs(f.central) >= 1e6) || namesOrganisation(c.entities)));
}

/**
 * One article's open bound and its plain figure of the very same printed value and
 * unit: the headline drops the hedge its lead gives ("Marsh cuts 2,500 jobs" / "Up to
 * 2,500 jobs are to go", "7.000 Flüchtlinge" / "mehr als 7.000 Flüchtlinge"). Only
 * within one article and never for small counts: across articles, or for "bis zu
 * zwei", the bound agrees with too much to name one item.
 */
function boundRestatesPoint(bound: Figure, point: Figure): boolean {
  const b = bound.claim;
  const p = point.claim;
  return b.doc === p.doc && !pointLike(bound) && pointLike(point) && p.qualifier === 'exact' && p.high === null &&
    b.value === p.value && b.unit === p.unit && !isSmallCount(point);
}

/** Two open bounds of one kind on the same printed value and unit ("more than $150m" twice). */
function sameBound(a: Figure, b: Figure): boolean {
  const x = a.claim;
  const y = b.claim;
  return !pointLike(a) && !pointLike(b) && x.qualifier === y.qualifier && x.value === y.value && x.high === y.high && x.unit === y.unit;
}

export const pointLike = (f: Figure) =>
  f.claim.qualifier === 'exact' || f.claim.qualifier === 'about' || f.claim.qualifier === 'range' || isNearHedge(f.claim.hedge);

const SMALL = 100;
/** Counts, ranks, durations and points under 100: "zwei", "Platz elf", "fünf Jahre", "sieben Punkte". */
export function isSmallCount(f: Figure): boolean {
  return isSmallCountClaim(f.claim);
}

export function isSmallCountClaim(c: Claim): boolean {
  const discrete = c.kind === 'count' || c.kind === 'rank' || c.kind === 'duration' || c.unit === 'pt';
  return discrete && Number.isInteger(c.value) && Math.abs(c.value) < SMALL;
}
