import { createHash } from 'node:crypto';
import type { Claim, Group, Metric } from '../types.js';
import { findConversion, type Conversion, type CurrencyRate } from './currency.js';
import { byPlace, makeFigure, signedChange, type Figure } from './figures.js';
import { DEFAULT_MARGINS, type Margins } from './intervals.js';
import { linkGroups, type GroupLink } from './links.js';
import { factorOf, measureOf, type Measure } from './units.js';
import { clusterFigures, isSmallCountClaim, mayRestate, pointLike, restatesValue, verbatimText } from './cluster.js';
import { joinOnValue, type Item } from './value-homes.js';
import { joinRestatedAmounts, joinStoryRestatements, joinRestatedValues, joinRestatedVague, storyTies, withValueTies } from './restated-values.js';
import { joinWithinArticles } from './article-restatements.js';
import { findPhraseTwins, shareTwinReadings, twinOf, type PhraseTwins } from './shared-phrase.js';
import { statedRates, type StatedRates } from './text-rates.js';
import { changePartners, type ChangePairs } from './previous-level.js';
import { isForecast } from './forecast-cues.js';
import { comparableAcrossDocuments, isFirmFigure, isPerCase, isQuotedInCurrency, areaScope, countryLevel } from './metric-scope.js';
import { judgeDates, judgeQuantities, type Judgement } from './verdict.js';

export type { CurrencyRate } from './currency.js';
export { parseRate, describeRate } from './currency.js';
export type { Margins } from './intervals.js';
export type { GroupLink, LinkRelation } from './links.js';

export interface CompareOptions {
  /** relative tolerance: how far two figures' intervals may miss each other, e.g. 0.02 = 2 % */
  tolerance: number;
  /**
   * dated currency rates; without one for a pair, the rate the texts state by converting an
   * amount ("$900m (£479m)") is used, and without that either, figures in different
   * currencies are not compared
   */
  rates: CurrencyRate[];
  /** use the rates the texts state (default true); an amount and its printed conversion are one figure either way */
  statedRates?: boolean;
  /** group figures from ads, teasers and navigation too (default: they are left out) */
  includeBoilerplate?: boolean;
  /** how wide hedges make a figure (defaults: DEFAULT_MARGINS) */
  margins?: Partial<Margins>;
  /**
   * Group figures that name no country or party across documents as freely as
   * those that do (default false: "die Inflation lag bei 2,1 Prozent" in a
   * German and an Austrian article are different figures, and a mixed-up group
   * costs more than a missed one). Without it, such figures join another
   * article's only on the same distinctive value ("$41.48", "$27.5bn").
   */
  matchWithoutEntities?: boolean;
}

export const DEFAULT_TOLERANCE = 0.02;

/** A claim in a group, in the group's unit, as json and the table show it. */
export interface FigureRecord {
  claim: string;
  value: number;
  high: number | null;
  unit: string;
  /** the values the claim allows after precision and hedge; null = open-ended */
  interval: [number | null, number | null];
  period: string | null;
  /** the rate applied when the claim was in another currency */
  rate?: CurrencyRate;
}


export interface ComparisonGroup extends Group {
  related: string[];
  unit: string;
  /** what the figures measure: money, percent, mass, volume/duration, count, date … */
  dimension: string;
  entities: string[];
  /** member figures in time order (the order of `claims`) */
  figures: FigureRecord[];
  links: GroupLink[];
}

const UNKNOWN = /^(?:unknown|other|none|change|share|)(?:[.@~]|$)/;
/** A metric known only by its counted noun ("noun:kind" for "265 Kinder"): far too vague to tell one figure from another. */
export const isVagueMetric = (m: Metric) => m.key.startsWith('noun:');
/** Claims whose metric was not recognised, or is too vague, are never grouped: a group mixing unrelated figures is worse than a missed one. */
export const isUnknownMetric = (m: Metric) => UNKNOWN.test(m.key) || isVagueMetric(m);

export interface Bucket {
  key: string;
  metric: Metric;
  dimension: string;
  entities: string[];
  claims: Array<{ claim: Claim; measure: Measure }>;
  known: boolean;
  /** metric key, dimension and nature: where a restated value may find a home (joinOnValue) */
  valueKey: string;
  /** forecasts, targets, projections: one item per period, no series (clusterFigures) */
  forecast: boolean;
  /**
   * figures that name no country, clustered per article (their bucket is the article's), or
   * whose firm is only the one their article is about: both join other items on a restated value
   */
  open: boolean;
  /** the organisation its article is about, when that is the figures' only scope */
  organisation: string | null;
  /** only the counted noun is known (isVagueMetric): figures join only where they restate one value */
  vague: boolean;
}

/**
 * Groups claims that measure the same metric (key, entities, dimension)
 * across and within documents, and gives each group a verdict. Deterministic:
 * the same claims in any order give the same groups with the same ids.
 */
export function compare(claims: Claim[], options: CompareOptions): ComparisonGroup[] {
  const margins: Margins = { ...DEFAULT_MARGINS, ...options.margins };
  const tolerance = options.tolerance;
  const eligible = unique(claims)
    .filter((c) => options.includeBoilerplate || c.section !== 'boilerplate')
    .sort(byPlace);

  // an amount and the conversion its sentence prints stay one figure (convertedFrom) even when
  // the rates the texts state are not to be used for other figures (statedRates: false)
  const found = statedRates(eligible);
  const stated: StatedRates = options.statedRates === false ? { all: [], byDoc: new Map(), convertedFrom: found.convertedFrom } : found;
  // (rates from the figures as printed, before a fall is signed)
  // one figure in one phrase kept word for word in two articles is one figure, read alike in both (shared-phrase.ts)
  const twins = findPhraseTwins(eligible);
  const signed = shareTwinReadings(eligible.map(signedChange), twins, metricStanding);
  const placesFilled = new Set<string>();
  const change = changePartners(signed);
  // the level a forecast starts from is today's ("predicted to grow from 19% to 37% by 2009"), unless
  // the sentence revises a forecast ("revised down from 2.5%": two estimates of one figure) or the
  // level has a period of its own, an estimate then too ("to slow to 3.9% in 2006 from 4.3% in 2005")
  const periodOf = new Map(signed.map((c) => [c.id, c.period]));
  const startLevels = new Set([...change.partners.keys()].filter((id) => !change.revised.has(id) && periodOf.get(id) === null));
  const buckets = bucketClaims(signed, Boolean(options.matchWithoutEntities), stated.convertedFrom, twins, placesFilled, startLevels);
  // each article its own stretch of time for the periods it gives relative to its year (figures.ts)
  const docOrder = new Map([...new Set(signed.map((c) => c.doc))].sort().map((doc, i) => [doc, i]));
  const pairs: Ties = { ...change, convertedFrom: stated.convertedFrom, docOrder, twins, placesFilled };
  const groups: ComparisonGroup[] = [];
  let open: Item[] = [];
  let named: Item[] = [];
  const vague: Item[] = [];
  for (const b of buckets) {
    // an exchange rate in euros is no amount of euros: rates are never converted
    const convertible = !isQuotedInCurrency(b.metric.key);
    const noRates: StatedRates = { all: [], byDoc: new Map(), convertedFrom: stated.convertedFrom };
    for (const part of b.dimension === 'money' ? splitCurrencies(b, convertible ? options.rates : [], convertible ? stated : noRates) : [unitPart(b)]) {
      if (b.known && !b.vague && b.dimension !== 'date') (b.open ? open : named).push(...clusterPart(b, part, margins, tolerance, pairs));
      else if (b.vague && b.dimension !== 'date') vague.push(...vagueItems(b, part, margins, tolerance, pairs));
      else groups.push(...buildGroups(b, part, margins, tolerance, pairs));
    }
  }
  // one distinctive value printed twice in one article under two wordings is one figure (article-restatements.ts)
  const within = joinWithinArticles({ named, open, vague }, tolerance);
  named = within.named;
  open = within.open;
  // two articles that keep a phrase word for word around a figure are one story's (restated-values.ts)
  const stories = storyTies(signed, twins);
  // a figure known only by its noun that restates a known one's rare value joins it (restated-values.ts)
  const hosts = [...named, ...open];
  for (const k of joinRestatedValues(joinStoryRestatements(joinRestatedVague(within.vague), tolerance, withValueTies(stories, hosts)), hosts)) {
    groups.push(makeGroup(k.bucket, k.part, k.figures.length > 1 ? judgeQuantities(k.figures, k.part.unit, tolerance, pairs) : vagueSingle(k.figures)));
  }
  // one amount printed alike under two metrics in two articles is one figure (restated-values.ts)
  const homed = joinOnValue(named, open, tolerance, twins);
  for (const k of joinRestatedAmounts(joinStoryRestatements(homed, tolerance, withValueTies(stories, homed)), tolerance)) groups.push(makeGroup(k.bucket, k.part, judgeQuantities(k.figures, k.part.unit, tolerance, pairs)));
  const docOf = new Map(signed.map((c) => [c.id, c.doc]));
  const linkable = groups.map((g) => ({ ...g, docs: new Set(g.figures.map((f) => docOf.get(f.claim)!)), group: g }));
  linkGroups(linkable, (g) => isUnknownMetric(g.metric));
  for (const l of linkable) {
    l.group.links = l.links;
    l.group.related = l.links.map((x) => x.group);
  }
  return groups.sort(groupOrder);
}

/** How much a claim's metric says: a known metric, a counted noun, nothing. */
const metricStanding = (c: Claim) => (isVagueMetric(c.metric) ? 1 : isUnknownMetric(c.metric) ? 0 : 2);

/** The same claim read twice (two shards holding one document) counts once. */
function unique(claims: Claim[]): Claim[] {
  const seen = new Set<string>();
  return claims.filter((c) => {
    const k = `${c.doc}\u0000${c.id}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * An article's entity sets for a metric that are one country and regions of it ("UK house prices",
 * "in Wales, where house prices ..."): its unplaced figures are the country's. Otherwise none.
 */
function countryOfRegions(sets: ReadonlySet<string>): string[] {
  const countries = new Set([...sets].map((key) => entityKey(countryLevel(key.split(',')))));
  if (countries.size !== 1) return [];
  const [country] = countries;
  return sets.has(country) ? country.split(',') : [];
}

function bucketClaims(
  claims: Claim[], matchWithoutEntities: boolean, convertedFrom: ReadonlyMap<string, string>, twins: PhraseTwins, placesFilled: Set<string>,
  startLevels: ReadonlySet<string>,
): Bucket[] {
  const measured = claims.map((claim) => ({ claim, measure: measureOf(claim) }));
  const byId = new Map(claims.map((c) => [c.id, c]));
  // An article names the countries once and then says "der Handel": a figure
  // without entities takes the entities its own document gives that metric,
  // when that document gives exactly one set. Figures left without entities
  // are clustered within their own document; their clusters join another
  // article's only on the same distinctive value (joinOnValue), unless
  // matchWithoutEntities.
  const perDoc = new Map<string, Set<string>>();
  for (const { claim, measure } of measured) {
    if (!claim.entities.length || isUnknownMetric(claim.metric)) continue;
    const k = `${claim.doc}\u0000${claim.metric.key}\u0000${measure.dimension}`;
    if (!perDoc.has(k)) perDoc.set(k, new Set());
    perDoc.get(k)!.add(entityKey(areaScope(claim.entities, claim.metric.key)));
  }
  // what an unplaced figure of the document and metric takes: its one set, or the country of its regions
  const fill = new Map<string, string[]>();
  for (const [k, sets] of perDoc) fill.set(k, sets.size === 1 ? [...sets][0].split(',') : countryOfRegions(sets));
  // a figure known only by its noun takes the places its article gives the same noun at the same value
  // ("45 banks" in the lead, "45 Italian banks" below): the same figure printed twice (restatements)
  const vaguePlaces = new Map<string, Set<string>>();
  for (const { claim } of measured) {
    if (!claim.entities.length || !isVagueMetric(claim.metric)) continue;
    const k = vagueValueKey(claim);
    if (!vaguePlaces.has(k)) vaguePlaces.set(k, new Set());
    vaguePlaces.get(k)!.add(entityKey(claim.entities));
  }
  const buckets = new Map<string, Bucket>();
  for (const m of measured) {
    const { claim, measure } = m;
    // a rank names no measure of its own: "number one" of a single, of an album and of a Christmas
    // title in one article are three items, so a rank stands alone as a figure of no known metric does
    const known = !isUnknownMetric(claim.metric) && measure.dimension !== 'rank';
    let entities = areaScope(claim.entities, claim.metric.key).sort();
    // a firm's figure that names nobody is the firm's the article is about: a country the article
    // names for another figure of the metric ("UK equities", "an Indian oilfield") is no better guess
    const byOrganisation = known && !entities.length && !!claim.organisation && isFirmFigure(claim.metric.key);
    if (byOrganisation) entities = [claim.organisation!];
    // (not a lone small count: "her three matches" in a report on Argentina's three is no Argentine
    // figure; a range of them, "fünf bis 20 pro Monat", says more)
    if (known && !entities.length && !(isSmallCountClaim(claim) && claim.high === null)) {
      const found = fill.get(`${claim.doc}\u0000${claim.metric.key}\u0000${measure.dimension}`);
      if (found) entities = found.slice();
    }
    if (!entities.length && isVagueMetric(claim.metric)) {
      const places = vaguePlaces.get(vagueValueKey(claim));
      if (places?.size === 1) {
        entities = [...places][0].split(',');
        placesFilled.add(claim.id);
      }
    }
    const scope = entities.length || matchWithoutEntities ? entityKey(entities) : `\u0002${claim.doc}`;
    // forecasts are compared with forecasts only (forecast-cues.ts); a conversion in brackets is
    // what the amount it converts is ("worth $1.8bn (£94m) by 2009")
    const stated = byId.get(convertedFrom.get(claim.id) ?? '') ?? claim;
    const nature = isForecast(stated) && !startLevels.has(stated.id) ? '\u0000forecast' : '';
    // a figure without a known metric stands alone, but for the conversions its sentence prints of it
    const vague = isVagueMetric(claim.metric);
    const key = known
      ? `${claim.metric.key}\u0000${measure.dimension}\u0000${scope}${nature}`
      : vague
        ? `\u0003${claim.metric.key}\u0000${measure.dimension}\u0000${entityKey(entities)}${nature}`
        : `\u0001${unknownScope(byId.get(convertedFrom.get(claim.id) ?? '') ?? claim, twins)}`;
    let b = buckets.get(key);
    if (!b) {
      const open = scope.startsWith('\u0002') || byOrganisation;
      b = {
        key, metric: claim.metric, dimension: measure.dimension, entities, claims: [], known,
        valueKey: `${claim.metric.key}\u0000${measure.dimension}${nature}`, forecast: nature !== '', open, organisation: byOrganisation ? claim.organisation! : null, vague,
      };
      buckets.set(key, b);
    }
    // the entities found for it are the figure's from here on (who may be compared across articles)
    b.claims.push(entityKey(entities) === entityKey(claim.entities) ? m : { claim: { ...claim, entities }, measure });
  }
  return [...buckets.values()];
}

const entityKey = (entities: string[]) => [...entities].sort().join(',');

/** A figure's article, counted noun and printed value: where one figure known by its noun is printed twice. */
const vagueValueKey = (c: Claim) => `${c.doc}\u0000${c.metric.key}\u0000${c.unit}\u0000${c.value}\u0000${c.high}`;

/**
 * Where a figure of no known metric, or a rank, stands: alone (its article and id), or with the
 * figures of other articles that print it in one phrase (shared-phrase.ts).
 */
function unknownScope(c: Claim, twins: PhraseTwins): string {
  const t = twinOf(twins, c);
  return t === undefined ? `${c.doc}\u0000${c.id}` : `\u0004${t}`;
}

export interface Part {
  unit: string;
  members: Array<{ claim: Claim; measure: Measure; factor: number; conversion: Conversion | null }>;
}

/** Dimensions whose figures keep their own unit word: counts of a noun, unknown units, dates, ranks. */
const sameUnitOnly = (dimension: string) =>
  dimension === 'count' || dimension.startsWith('unit:') || dimension === 'date' || dimension === 'rank';

/** Non-money figures: shown in the unit most of them use (t and kg become the more common one). */
function unitPart(b: Bucket): Part {
  const unit = mostCommon(b.claims.map((m) => m.claim.unit));
  const target = factorOf(unit);
  return {
    unit,
    members: b.claims.map(({ claim, measure }) => ({
      claim, measure, conversion: null, factor: sameUnitOnly(b.dimension) ? 1 : measure.factor / target,
    })),
  };
}

/**
 * Money: figures in the most common currency stay as they are; others are
 * converted when the options hold a rate for the pair (else the one the texts
 * state, whatever its day: it is all there is), else they form their own group,
 * linked as "not comparable without a rate".
 */
function splitCurrencies(b: Bucket, rates: readonly CurrencyRate[], stated: StatedRates): Part[] {
  const parts: Part[] = [];
  let rest = b.claims;
  while (rest.length) {
    // the currency the amounts are printed in, not their conversions in brackets ("$427bn (£230bn)"):
    // an article's amount and another's then meet in one unit
    const printed = rest.filter((m) => !stated.convertedFrom.has(m.claim.id));
    const anchor = mostCommon((printed.length ? printed : rest).map((m) => m.measure.currency ?? ''));
    const members: Part['members'] = [];
    const left: typeof rest = [];
    for (const m of rest) {
      const cur = m.measure.currency ?? '';
      if (cur === anchor) {
        members.push({ ...m, factor: 1, conversion: null });
        continue;
      }
      const conversion = findConversion(rates, cur, anchor, m.claim.period) ??
        findConversion(stated.byDoc.get(m.claim.doc) ?? [], cur, anchor, null) ?? findConversion(stated.all, cur, anchor, null);
      if (conversion) members.push({ ...m, factor: conversion.factor, conversion });
      else left.push(m);
    }
    parts.push({ unit: anchor, members });
    rest = left;
  }
  return parts;
}

/** The most frequent string; ties go to the alphabetically first, so the choice never depends on input order. */
function mostCommon(xs: string[]): string {
  const counts = new Map<string, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best = '';
  let bestCount = -1;
  for (const [x, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    if (n > bestCount) {
      best = x;
      bestCount = n;
    }
  }
  return best;
}

/** A part's claims as figures in its unit. */
function partFigures(part: Part, margins: Margins, pairs: Ties): Figure[] {
  return part.members.map((m) => makeFigure(m.claim, m.measure, m.factor, m.conversion, margins, pairs.docOrder.get(m.claim.doc) ?? null));
}

/** The items of a vague metric's part: its restatements (an amount and its conversions, one rare value printed twice). */
function vagueItems(b: Bucket, part: Part, margins: Margins, tolerance: number, pairs: Ties): Item[] {
  const figures = partFigures(part, margins, pairs);
  return restatements(figures, tolerance, pairs).map((k) => ({ bucket: b, part, figures: k }));
}

/** Groups of figures that are not clustered as quantities: vague or unknown metrics, and dates (one event, one date). */
function buildGroups(b: Bucket, part: Part, margins: Margins, tolerance: number, pairs: Ties): ComparisonGroup[] {
  const figures = partFigures(part, margins, pairs);
  if (!b.known && figures.length > 1) return [makeGroup(b, part, judgeQuantities(figures, part.unit, tolerance, pairs))];
  if (!b.known) {
    const reason = isVagueMetric(b.metric) ? 'metric too vague to compare (only the counted noun is known)'
      : b.dimension === 'rank' ? 'a rank: what it ranks is not known, not compared' : 'no metric recognised: not compared';
    return [makeGroup(b, part, { verdict: 'single', reason, ordered: figures })];
  }
  // what is left are dates (known quantities go through clusterPart and joinOnValue): one event,
  // one date; across articles only where the metric names one item (metric-scope.ts)
  if (comparableAcrossDocuments(b.metric.key, b.entities)) return [makeGroup(b, part, judgeDates(figures))];
  const byDoc = new Map<string, Figure[]>();
  for (const f of figures) byDoc.set(f.claim.doc, [...(byDoc.get(f.claim.doc) ?? []), f]);
  return [...byDoc.values()].map((fs) => makeGroup(b, part, judgeDates(fs)));
}

/**
 * What ties figures beyond their metric: a change and its earlier level (ChangePairs), an
 * amount and the conversion its sentence prints, and each article's place (for the periods
 * it gives relative to its own year).
 */
interface Ties extends ChangePairs {
  convertedFrom: ReadonlyMap<string, string>;
  /** each article's place among the compared ones, for relative periods (makeFigure) */
  docOrder: ReadonlyMap<string, number>;
  /** figures of two articles printed in one phrase kept word for word (shared-phrase.ts) */
  twins: PhraseTwins;
  /** figures known by their noun that took the places their article gives the same noun and value (bucketClaims) */
  placesFilled: ReadonlySet<string>;
}

const vagueSingle = (ordered: Figure[]): Judgement => ({ verdict: 'single', reason: 'metric too vague to compare (only the counted noun is known)', ordered });

/**
 * Figures known only by their counted noun ("noun:deal"): an amount and its conversions, and
 * figures anywhere that restate one rare value ("$6.75bn" for a deal in two articles), are one
 * figure; nothing else is weighed against anything: the noun is too vague to tell items apart.
 */
function restatements(figures: Figure[], tolerance: number, pairs: Ties): Figure[][] {
  const sets = figures.map((f) => [f]);
  const setOf = new Map(figures.map((f, i) => [f, i]));
  const join = (a: Figure, b: Figure) => {
    let x = setOf.get(a)!;
    let y = setOf.get(b)!;
    if (x === y) return;
    // the smaller set moves into the larger: each figure moves O(log n) times
    if (sets[x].length < sets[y].length) [x, y] = [y, x];
    for (const f of sets[y]) {
      setOf.set(f, x);
      sets[x].push(f);
    }
    sets[y] = [];
  };
  const byId = new Map(figures.map((f) => [f.claim.id, f]));
  for (const f of figures) {
    const base = byId.get(pairs.convertedFrom.get(f.claim.id) ?? '');
    if (base && base.claim.doc === f.claim.doc) join(base, f);
  }
  // one sentence printed word for word in two articles (one report under two headlines) states
  // its figures once, however small or vague ("Jones won three gold medals and two bronzes ...")
  // (the n-th such figure of a sentence in one article with the n-th in the other: "three ... three")
  const bySentence = new Map<string, Figure>();
  const seenInDoc = new Map<string, number>();
  for (const f of [...figures].sort((a, b) => byPlace(a.claim, b.claim))) {
    const base = verbatimText(f);
    if (base === null) continue;
    const nth = (seenInDoc.get(`${f.claim.doc}\u0000${base}`) ?? 0) + 1;
    seenInDoc.set(`${f.claim.doc}\u0000${base}`, nth);
    const key = `${base}\u0000${nth}`;
    const first = bySentence.get(key);
    if (!first) bySentence.set(key, f);
    else if (first.claim.doc !== f.claim.doc && first.central === f.central) join(first, f);
  }
  // so does one phrase kept word for word around the figure ("its first hike in nine years")
  const byTwin = new Map<number, Figure>();
  for (const f of figures) {
    const t = twinOf(pairs.twins, f.claim);
    if (t === undefined) continue;
    const first = byTwin.get(t);
    if (!first) byTwin.set(t, f);
    else if (first.claim.doc !== f.claim.doc && first.central === f.central) join(first, f);
  }
  // one article printing one noun at one value twice, once with its places and once without ("45
  // Italian banks" ... "the 45 banks"), states one figure (the unplaced one took the places: bucketClaims);
  // two unplaced ones may be two things ("three nominations" for a film and for its director)
  const placed = new Map<string, Figure>();
  const filled = (f: Figure) => pairs.placesFilled.has(f.claim.id);
  for (const f of figures) if (pointLike(f) && f.claim.entities.length && !filled(f)) placed.set(vagueValueKey(f.claim), f);
  for (const f of figures) {
    if (!pointLike(f) || !filled(f)) continue;
    const own = placed.get(vagueValueKey(f.claim));
    if (own && !listedAlike(own, f)) join(own, f);
  }
  // only figures within the tolerance of each other can restate one value: sorted, each meets its
  // near neighbours only, and a pair already in one set is not asked again (many equal values)
  const sorted = figures.filter(mayRestate).sort((x, y) => x.central - y.central);
  for (let i = 0; i < sorted.length; i++) {
    const f = sorted[i];
    for (let j = i + 1; j < sorted.length; j++) {
      const g = sorted[j];
      if (g.central - f.central > tolerance * Math.max(Math.abs(f.central), Math.abs(g.central))) break;
      // (one sentence printing the value twice alike lists two things: "zu 25 Prozent ... zu weiteren
      // 25 Prozent"; in two units it converts one: "628 Seemeilen (1.163 Kilometer)")
      if (setOf.get(f) !== setOf.get(g) && !listedAlike(f, g) && restatesValue(f, g, tolerance)) join(f, g);
    }
  }
  return sets.filter((s) => s.length);
}

/** Two figures of one sentence printing one value in one unit: items of a list. */
const listedAlike = (f: Figure, g: Figure) =>
  f.claim.doc === g.claim.doc && f.claim.sentenceIndex === g.claim.sentenceIndex && f.claim.unit === g.claim.unit && f.claim.value === g.claim.value;

/** The items of a bucket's part (clusterFigures), before joinOnValue. */
function clusterPart(b: Bucket, part: Part, margins: Margins, tolerance: number, pairs: Ties): Item[] {
  const figures = partFigures(part, margins, pairs);
  return clusterFigures(figures, tolerance, pairs, b.forecast || isPerCase(b.metric.key)).map((k) => ({ bucket: b, part, figures: k }));
}

function makeGroup(b: Bucket, part: Part, judged: Judgement): ComparisonGroup {
  const ids = judged.ordered.map((f) => f.claim.id);
  return {
    id: groupId(b.metric.key, ids),
    metric: { key: b.metric.key, label: b.metric.label },
    claims: ids,
    verdict: judged.verdict,
    reason: judged.reason,
    related: [],
    unit: part.unit,
    dimension: b.dimension,
    entities: b.entities,
    figures: judged.ordered.map((f) => figureRecord(f, part.unit, sameUnitOnly(b.dimension))),
    links: [],
  };
}

function figureRecord(f: Figure, unit: string, ownUnit: boolean): FigureRecord {
  const c = f.claim;
  const finite = (x: number) => (Number.isFinite(x) ? x : null);
  return {
    claim: c.id,
    value: c.value * f.factor,
    high: c.high === null ? null : c.high * f.factor,
    unit: c.kind === 'date' ? '' : ownUnit ? c.unit : unit,
    interval: [finite(f.interval.lo), finite(f.interval.hi)],
    period: c.period,
    ...(f.conversion ? { rate: f.conversion.rate } : {}),
  };
}

/**
 * Stable ids: from the metric key and the member claim ids (which are
 * themselves stable), never from the order groups were found in.
 */
export function groupId(metricKey: string, claimIds: string[]): string {
  const h = createHash('sha1');
  h.update(metricKey);
  for (const id of [...claimIds].sort()) {
    h.update('\u0000');
    h.update(id);
  }
  return 'g' + h.digest('hex').slice(0, 12);
}

export const VERDICT_ORDER = ['conflict', 'different_period', 'consistent', 'single'] as const;

function groupOrder(a: ComparisonGroup, b: ComparisonGroup): number {
  const v = VERDICT_ORDER.indexOf(a.verdict) - VERDICT_ORDER.indexOf(b.verdict);
  if (v) return v;
  if (a.metric.label !== b.metric.label) return a.metric.label < b.metric.label ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
