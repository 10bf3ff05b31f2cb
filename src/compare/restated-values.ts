import { acrossArticles, type Figure } from './figures.js';
import { isSmallCount } from './cluster.js';
import { compatible } from './intervals.js';
import { relateMetrics } from './metric-relations.js';
import { isCountry } from '../context/entities.js';
import { countsPeopleInGeneral } from './metric-scope.js';
import { twinOf, type PhraseTwins } from './shared-phrase.js';
import type { Claim } from '../types.js';
import type { Item } from './value-homes.js';

/**
 * Figures known only by their counted noun ("The bulk of the £35bn saved": `noun:bulk`) are
 * compared with nothing, however often the value recurs. Where such a figure prints the very
 * same rare value as a figure of a known metric (or of the one item that holds it), in the same
 * unit and for the same period or without one, it is that figure restated in other words: "the
 * £35bn saved" is the plan's "save £35bn in government spending", "(11,12 Prozent, fünfter
 * Platz)" is Khol's "11,12 Prozent" of the vote. It joins that item, and only where exactly one
 * item prints the value: two are two things, and the noun tells us nothing to choose.
 *
 * Rare: three significant digits or more ("£35.5bn", "46.363"; four across articles: "11,12 %"),
 * a count of a thousand or more that is no year; small counts and round values ("$1bn", "100") never.
 */
export function joinRestatedValues(vague: readonly Item[], hosts: readonly Item[]): Item[] {
  const byValue = new Map<string, Set<Item>>();
  for (const h of hosts) {
    for (const f of h.figures) {
      if (!isRare(f)) continue;
      const key = valueKey(h, f);
      let set = byValue.get(key);
      if (!set) byValue.set(key, (set = new Set()));
      set.add(h);
    }
  }
  // each noun-only item's one host, if it has exactly one
  const hostOf = new Map<Item, Item>();
  const guests = new Map<Item, Item[]>();
  for (const v of vague) {
    const found = new Set<Item>();
    for (const f of v.figures) {
      if (!isRare(f)) continue;
      for (const h of byValue.get(valueKey(v, f)) ?? []) if (h.figures.some((g) => restates(f, g))) found.add(h);
    }
    if (found.size !== 1) continue;
    const [host] = found;
    hostOf.set(v, host);
    guests.set(host, [...(guests.get(host) ?? []), v]);
  }
  const left: Item[] = [];
  for (const v of vague) {
    const host = hostOf.get(v);
    // two noun-only items of one article with other nouns that print a host's value are two other things ("UNIQA
    // (29,6 Prozent)", "Vienna Insurance Group (29,6 Prozent)"; Prevc's and Kraft's "123 m"): none
    // of them joins (one per article may: Khol's share as each article words it)
    // (the same noun twice is one thing restated: "Khol (11,12 Prozent) ... Khol (11,12 Prozent)")
    const doc = v.figures[0].claim.doc;
    const mine = guests.get(host ?? v)?.filter((g) => g.figures[0].claim.doc === doc) ?? [];
    const keys = new Set(mine.map((g) => g.bucket.metric.key));
    // nor do two of one sentence: it lists two things ("zu 25 Prozent ... zu weiteren 25 Prozent")
    const sentences = mine.map((g) => g.figures[0].claim.sentenceIndex);
    const listed = new Set(sentences).size < sentences.length;
    if (host && keys.size === 1 && !listed) for (const f of v.figures) host.figures.push(f);
    else left.push(v);
  }
  return left;
}

/** Significant digits a value needs to name one figure in two articles. */
const ACROSS_ARTICLES = 4;

/** The value as printed, in the item's unit: "USD 35000000000", "% 11.12". */
const valueKey = (k: Item, f: Figure) => `${k.part.unit}\u0000${f.claim.unit}\u0000${f.claim.value}\u0000${f.claim.high}`;

function isRare(f: Figure): boolean {
  // a point value only: "more than $375m" of savings is no restatement of a $375m profit
  if (f.digits < 3 || isSmallCount(f) || (f.claim.qualifier !== 'exact' && f.claim.qualifier !== 'about')) return false;
  const c = f.claim;
  // (a bare count that reads as a year, "2005", is a year read as a figure)
  return c.kind !== 'count' || (Math.abs(c.value) >= 1000 && !(c.unit === '' && Number.isInteger(c.value) && c.value >= 1800 && c.value <= 2100));
}

/**
 * The same printed value for the same period, or without one (another article's relative period is
 * none). Across articles four significant digits: in an archive "11.2%", "21.1%", "15.200" or
 * "£21.5bn" recur for unrelated things (read on both corpora), "11,12 Prozent" does not.
 */
function restates(f: Figure, g: Figure): boolean {
  // (a count across articles never: two surveys of 1,324 people are two surveys)
  if (f.claim.doc !== g.claim.doc && (f.digits < ACROSS_ARTICLES || g.digits < ACROSS_ARTICLES || f.claim.kind === 'count')) return false;
  return restatesAlike(f, g);
}

/**
 * Two items of related metrics in two articles that print the very same amount of money with four
 * significant digits or more, the only items to print it, state one figure in other words: "the
 * Pentagon's budget rise by $19bn to $419.3bn" (`budget`) and "military spending is set to rise by
 * 4.8%, to reach $419.3bn" (`spending.military`, a part of a budget). They join, in the first item
 * (its metric names the group). Related: one a part, refinement or other scope of the other
 * (metric-relations.ts), not counterparts ("profit" and "loss") nor unrelated metrics (a $12.35m
 * fine and a $12.35m profit are two things). An amount only: shares and counts of four digits recur
 * for unrelated things across an archive ("11.25%", "1,324" people asked). Items of one metric
 * were weighed already (joinOnValue) and stay as they are; so do items of two places or two
 * firms, and items that disagree for one period.
 */
export function joinRestatedAmounts(items: readonly Item[], tolerance: number): Item[] {
  return joinPairs(items, isRareAmount, (a, b) => restatedAcross(a, b, tolerance));
}

/**
 * The items `figure` picks a value of, by that value; where exactly two items print one (a third
 * makes it a value many things share) and `pair` accepts them, the second joins the first. An item
 * joins or hosts once. Returns the items, joined ones merged into their first (which names them).
 */
function joinPairs(items: readonly Item[], figure: (f: Figure) => boolean, pair: (a: Item, b: Item) => boolean): Item[] {
  const byValue = new Map<string, Item[]>();
  for (const k of items) {
    for (const f of k.figures) {
      if (!figure(f)) continue;
      const key = valueKey(k, f);
      const list = byValue.get(key);
      if (!list) byValue.set(key, [k]);
      else if (!list.includes(k)) list.push(k);
    }
  }
  const joined = new Map<Item, Item>();
  for (const list of byValue.values()) {
    if (list.length !== 2) continue;
    const [a, b] = list;
    if (joined.has(a) || joined.has(b) || !pair(a, b)) continue;
    joined.set(b, a);
    joined.set(a, a);
  }
  if (joined.size === 0) return [...items];
  const out: Item[] = [];
  const merged = new Map<Item, Item>();
  for (const k of items) {
    const home = joined.get(k) ?? k;
    let target = merged.get(home);
    if (!target) {
      target = { ...home, figures: [] };
      merged.set(home, target);
      out.push(target);
    }
    for (const f of k.figures) target.figures.push(f);
  }
  return out;
}

/** Are two items that print one rare amount one figure (joinRestatedAmounts)? */
function restatedAcross(a: Item, b: Item, tolerance: number): boolean {
  // articles of their own
  const docsOf = (k: Item) => new Set(k.figures.map((f) => f.claim.doc));
  const docsA = docsOf(a);
  for (const d of docsOf(b)) if (docsA.has(d)) return false;
  // related metrics, not two places or two firms
  const relation = relateMetrics(a.bucket.metric.key, b.bucket.metric.key);
  if (relation === null || relation === 'counterpart' || relation === 'direction') return false;
  // two places or two firms (a place and a firm may both hold: "US" and "Pentagon")
  const ea = a.bucket.entities;
  const eb = b.bucket.entities;
  if (ea.length && eb.length && ea.join(',') !== eb.join(',') && ea.every(isCountry) === eb.every(isCountry)) return false;
  // the same period, or one without any (restates), and nothing that disagrees for one period
  if (!a.figures.some((f) => isRareAmount(f) && b.figures.some((g) => restates(f, g)))) return false;
  return !disagree(a, b, tolerance);
}

/** Two items state figures for one period (or both none) that cannot both be right. */
function disagree(a: Item, b: Item, tolerance: number): boolean {
  const spans = (k: Item) => k.figures.map((f) => acrossArticles(f).span);
  const sa = spans(a);
  const sb = spans(b);
  return a.figures.some((f, i) => b.figures.some((g, j) => {
    const x = sa[i];
    const y = sb[j];
    const same = x && y ? x.first === y.first && x.last === y.last : !x && !y;
    return same && !compatible(f.interval, g.interval, tolerance);
  }));
}

/** A point amount of money, printed with four significant digits or more, no conversion of another. */
const isRareAmount = (f: Figure): boolean =>
  f.measure.dimension === 'money' && f.digits >= ACROSS_ARTICLES && f.conversion === null &&
  (f.claim.qualifier === 'exact' || f.claim.qualifier === 'about');

/**
 * Two figures known only by their nouns, in two articles, that print one very rare measured value
 * alike ("17.30m" as Idowu's "effort" and his "leap"): one figure under two nouns. Four significant
 * digits or more, a quantity or an amount (not a count: two surveys of 1,324 people), the same unit
 * and period or none, and exactly two items print it. They join in the first item.
 */
export function joinRestatedVague(vague: readonly Item[]): Item[] {
  return joinPairs(vague, isRareMeasure, (a, b) => {
    const docs = new Set(a.figures.map((f) => f.claim.doc));
    return !b.figures.some((f) => docs.has(f.claim.doc)) && a.figures.some((f) => b.figures.some((g) => restates(f, g)));
  });
}

/** A point quantity or amount (no count), printed with four significant digits or more, no conversion of another. */
const isRareMeasure = (f: Figure): boolean =>
  f.digits >= ACROSS_ARTICLES && f.claim.kind !== 'count' && f.conversion === null && (f.claim.qualifier === 'exact' || f.claim.qualifier === 'about');

/**
 * Two reports of one story print the same value under the same metric: one figure, however
 * small or round, where the metric reader gave the two different places or firms ("Mr Glazer's
 * offer values the club at £800m" and "the £800m offer for Manchester United"). One story: the
 * two articles keep two phrases word for word around figures (`storyTies`, from shared-phrase.ts:
 * six words in a row, a name among them, or a whole sentence), or one item holds a rare figure
 * both print (`withValueTies`: "300p" a share), which a macro figure two reports share ("rates at
 * 4.75%") does not make. Only where exactly two items print the value (a third
 * makes it a value the story uses for several things), the articles are the items' own, neither
 * the places (two countries) nor the articles' firms ("Tesco" and "Marks and Spencer") differ,
 * neither item counts people in general, and nothing disagrees for one period. Across untied
 * articles a value alone names one item only when rare (joinOnValue, joinRestatedAmounts).
 */
export function joinStoryRestatements(items: readonly Item[], tolerance: number, tied: ReadonlySet<string>): Item[] {
  if (tied.size === 0) return [...items];
  const docsOf = (k: Item) => new Set(k.figures.map((f) => f.claim.doc));
  return joinPairs(items, isStatedPoint, (a, b) => {
    if (a.bucket.metric.key !== b.bucket.metric.key || a.bucket.dimension !== b.bucket.dimension || a.part.unit !== b.part.unit) return false;
    if (a.bucket.forecast !== b.bucket.forecast || countsPeopleInGeneral(a.bucket.metric.key)) return false;
    const docsA = docsOf(a);
    const docsB = docsOf(b);
    for (const d of docsB) if (docsA.has(d)) return false;
    if (![...docsA].some((x) => [...docsB].some((y) => tied.has(storyKey(x, y))))) return false;
    const ea = a.bucket.entities.filter(isCountry);
    const eb = b.bucket.entities.filter(isCountry);
    if (ea.length && eb.length && !ea.some((e) => eb.includes(e))) return false;
    const firms = new Set([...a.figures, ...b.figures].map((f) => f.claim.organisation).filter((o) => !!o));
    if (firms.size > 1) return false;
    if (!a.figures.some((f) => isStatedPoint(f) && b.figures.some((g) => isStatedPoint(g) && restatesAlike(f, g)))) return false;
    return !disagree(a, b, tolerance);
  });
}

/** The key of two articles in `storyTies`, either order. */
const storyKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** Calls `visit` with the storyKey of each pair of articles in `docs`. */
function forEachPair(docs: ReadonlySet<string>, visit: (key: string) => void): void {
  const list = [...docs];
  for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) visit(storyKey(list[i], list[j]));
}

/**
 * `tied` and the pairs of articles an item holds one rare figure of, printed alike in both: three
 * significant digits or more, no share ("300p" a share, "$1.13bn"; not "4.75%": rates and growth
 * figures recur in reports of many stories).
 */
export function withValueTies(tied: ReadonlySet<string>, items: readonly Item[]): Set<string> {
  const out = new Set(tied);
  for (const k of items) {
    const docs = new Map<string, Set<string>>();
    for (const f of k.figures) {
      if (f.digits < 3 || f.conversion !== null || f.measure.dimension === 'percent') continue;
      let set = docs.get(f.claim.text);
      if (!set) docs.set(f.claim.text, (set = new Set()));
      set.add(f.claim.doc);
    }
    for (const set of docs.values()) forEachPair(set, (key) => out.add(key));
  }
  return out;
}

/**
 * Pairs of articles that keep two phrases word for word around figures (two sets of phrase twins):
 * reports of one story. One shared sentence may be a stock line ("The Bank of England kept rates
 * at 4.75%") two reports on different firms both carry.
 */
export function storyTies(claims: readonly Claim[], twins: PhraseTwins): Set<string> {
  const docsOfSet = new Map<number, Set<string>>();
  for (const c of claims) {
    const t = twinOf(twins, c);
    if (t === undefined) continue;
    let docs = docsOfSet.get(t);
    if (!docs) docsOfSet.set(t, (docs = new Set()));
    docs.add(c.doc);
  }
  const shared = new Map<string, number>();
  for (const docs of docsOfSet.values()) forEachPair(docs, (key) => shared.set(key, (shared.get(key) ?? 0) + 1));
  return new Set([...shared].filter(([, n]) => n >= STORY_PHRASES).map(([key]) => key));
}

/** Phrase sets two articles share to be one story's. */
const STORY_PHRASES = 2;

/** A point value as printed, no conversion of another: "£800m", "32", "about 150". */
const isStatedPoint = (f: Figure): boolean =>
  f.conversion === null && (f.claim.qualifier === 'exact' || f.claim.qualifier === 'about') && f.claim.high === null;

/** The same printed value and unit, for the same period or one without any (another article's relative period is none). */
function restatesAlike(f: Figure, g: Figure): boolean {
  if (f.claim.value !== g.claim.value || f.claim.high !== g.claim.high || f.claim.unit !== g.claim.unit) return false;
  const other = f.claim.doc !== g.claim.doc;
  const a = other ? acrossArticles(f).span : f.span;
  const b = other ? acrossArticles(g).span : g.span;
  return !a || !b || (a.first === b.first && a.last === b.last);
}
