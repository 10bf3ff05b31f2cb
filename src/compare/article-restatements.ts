import type { Figure } from './figures.js';
import { isSmallCount } from './cluster.js';
import { compatible } from './intervals.js';
import type { Item } from './value-homes.js';
import { countryOf, isCountry } from '../context/entities.js';

export interface ItemLists {
  named: Item[];
  open: Item[];
  vague: Item[];
}

/**
 * Within one article, one distinctive value printed in two sentences is one figure in two
 * wordings far more often than two things: "18,7 Sekunden" Vorsprung and Watabe's "+18,7 Sek."
 * (keyed by two nouns), "45.000 Demonstranten" and "45.000 Teilnehmer", "2,500 jobs" in a lead
 * naming Ryanair and in a sentence naming the EU. The metric reader keys such pairs differently
 * (two nouns, two sets of places), and a noun-only figure is never compared. Here they meet:
 *
 * - figures known only by their noun (vague) join the one item of a known metric in their
 *   article that prints the value; with none, the noun-only figures printing it are one item;
 * - two items of one known metric whose figures name different places join on the value.
 *
 * Never where the article prints the value for two known metrics (two things) or for two sets of
 * places with none in common, nor for small counts ("three"), years, bounds ("more than 6,000"
 * is said of too much), round figures ("$6bn" of a loan and of credits, "25 Prozent" of two
 * shares) or a list's items, nor between a forecast and an outcome, nor when the two items
 * disagree for one period. Across articles a value alone names one item only when it is rarer
 * (value-homes.ts, restated-values.ts).
 */
export function joinWithinArticles(lists: ItemLists, tolerance: number): ItemLists {
  // copies: the items' figures grow as they join
  const copy = (k: Item): Item => ({ ...k, figures: [...k.figures] });
  const known = [...lists.named, ...lists.open].map(copy);
  const vague = lists.vague.map(copy);
  // the items printing each distinctive value of each article, and whether one prints it rare
  const holders = new Map<string, Map<Item, Holding>>();
  for (const k of [...known, ...vague]) {
    for (const f of k.figures) {
      const key = articleValueKey(k, f);
      if (key === null) continue;
      let set = holders.get(key);
      if (!set) holders.set(key, (set = new Map()));
      const held = set.get(k) ?? { rare: false, sentences: [] };
      held.rare ||= rareInArticle(f);
      held.sentences.push(f.claim.sentenceIndex);
      set.set(k, held);
    }
  }
  // joined items point to the item they joined (a union-find)
  const home = new Map<Item, Item>();
  const find = (k: Item): Item => {
    let h = k;
    while (home.has(h)) h = home.get(h)!;
    return h;
  };
  const join = (into: Item, k: Item) => {
    const a = find(into);
    const b = find(k);
    if (a === b || otherPlaces(a, b) || disagree(a, b, tolerance)) return;
    home.set(b, a);
    for (const f of b.figures) a.figures.push(f);
    b.figures.length = 0;
  };
  for (const set of holders.values()) {
    if (set.size < 2) continue;
    // (an item that joined another already speaks through it)
    const roots = new Map<Item, Holding>();
    for (const [k, held] of set) {
      const root = find(k);
      const had = roots.get(root);
      roots.set(root, had ? { rare: had.rare || held.rare, sentences: [...had.sentences, ...held.sentences] } : held);
    }
    // one metric key under two sets of places needs a distinctive value; two wordings (two
    // keys) a rare one: "$6bn" of a loan and of credits, "25 Prozent" of two shares are two things
    const oneKey = new Set([...roots.keys()].map((k) => k.bucket.metric.key)).size === 1;
    // one sentence printing a value twice lists two things ("zu 25 Prozent mit Drogengeldern und zu
    // weiteren 25 Prozent mit Spenden", "die UNIQA (29,6 Prozent) ... die Vienna Insurance Group
    // (29,6 Prozent)"), whatever item holds them: those figures restate nothing
    const printing = new Set<number>();
    const listing = new Set<number>();
    for (const h of set.values()) for (const n of h.sentences) (printing.has(n) ? listing : printing).add(n);
    const held = [...roots].filter(([, h]) => (oneKey || h.rare) && h.sentences.some((n) => !listing.has(n)));
    if (held.length < 2) continue;
    const items = held.map(([k]) => k);
    // two sets of places with none in common print the value: two things, and a figure naming no
    // place could be either's ("Oil fell 32 cents"; US light crude and Brent both "fell 32 cents")
    if (items.some((a, i) => items.some((b, j) => j > i && otherPlaces(a, b)))) continue;
    const knownHere = items.filter((k) => !k.bucket.vague);
    const vagueHere = items.filter((k) => k.bucket.vague);
    // one known metric (its items may name different places), or none
    const metrics = new Set(knownHere.map((k) => `${k.bucket.valueKey}\u0000${k.part.unit}`));
    if (metrics.size > 1) continue;
    const forecast = items[0].bucket.forecast;
    if (items.some((k) => k.bucket.forecast !== forecast)) continue;
    const target = knownHere[0] ?? vagueHere[0];
    for (const k of items) if (k !== target) join(target, k);
  }
  const kept = (k: Item) => k.figures.length > 0;
  const named = lists.named.length;
  return { named: known.slice(0, named).filter(kept), open: known.slice(named).filter(kept), vague: vague.filter(kept) };
}

/** Digits alone, where the claim has a unit: the unit was lent by the next figure of a list. */
const ELIDED_UNIT = /^[\d\s.,'’]+$/;

/** Four digits and nothing else: "2004", a year rather than a count. */
const YEAR_LIKE = /^\d{4}$/;

/** How an item prints one value of an article: rare enough for two wordings, and the sentence of each figure printing it. */
interface Holding {
  rare: boolean;
  sentences: number[];
}

/** The article and the value as printed, for a figure distinctive enough within its article; null otherwise. */
function articleValueKey(k: Item, f: Figure): string | null {
  const c = f.claim;
  if (f.conversion || isSmallCount(f) || !(c.qualifier === 'exact' || c.qualifier === 'about' || c.qualifier === 'range')) return null;
  // a number whose unit it lends from a neighbour is an item of a list ("mit 123 und 121 m": Kraft's
  // jumps, not Prevc's "123 m" of two sentences before)
  if (c.unit !== '' && ELIDED_UNIT.test(c.text)) return null;
  // four bare digits that read as a year are a year ("1,950 jobs" are not)
  if (c.unit === '' && YEAR_LIKE.test(c.text) && c.value >= 1800 && c.value <= 2100) return null;
  if (!distinctiveInArticle(f)) return null;
  // (for one period, or both for none: "£42m" shared this year is not last year's "£42m")
  const span = f.span ? `${f.span.first}..${f.span.last}` : '';
  return `${c.doc}\u0000${k.bucket.dimension}\u0000${c.unit}\u0000${c.value}\u0000${c.high}\u0000${span}`;
}

/**
 * Printed with two significant digits or more: counts of a hundred or more ("2,500", "45.000",
 * "164 Orte"; not "five million" viewers and "five million" boxes, nor "1.000 Männer" and "von
 * 1.000 Personen"), money ("£42m"; not "$6bn" of a loan and of credits), other quantities with
 * a decimal part or three digits ("3,6 Prozent", "18,7 Sekunden"; not "25 Prozent" of two shares).
 */
function distinctiveInArticle(f: Figure): boolean {
  if (f.digits < 2) return false;
  if (f.claim.kind === 'count' && Number.isInteger(f.claim.value)) return Math.abs(f.claim.value) >= 100;
  if (f.measure.dimension === 'money') return true;
  return f.digits >= 3 || !Number.isInteger(f.claim.value);
}

/**
 * Rare enough to tie two wordings: three significant digits ("18,7 Sekunden", "£35.5bn"), a count
 * of a thousand or more ("45.000 Demonstranten" / "45.000 Teilnehmer"), money of a million or more ("£35bn").
 */
function rareInArticle(f: Figure): boolean {
  const x = Math.abs(f.central);
  return f.digits >= 3 || (f.claim.kind === 'count' && x >= 1000) || (f.measure.dimension === 'money' && x >= 1e6);
}

/**
 * Two items whose figures name places, and no place in common: "US light crude fell 32 cents" and
 * "In London, Brent crude fell 32 cents" are two prices. (A firm and a region may both hold:
 * Ryanair's "2,500 jobs" and "2,500 jobs across the EU".)
 */
function otherPlaces(a: Item, b: Item): boolean {
  const pa = a.bucket.entities.filter(isCountry);
  const pb = b.bucket.entities.filter(isCountry);
  if (!pa.length || !pb.length) return false;
  const countries = new Set(pa.map(countryOf));
  return !pb.some((e) => countries.has(countryOf(e)));
}

/** Two items state figures for one period (or both none) that cannot both be right. */
function disagree(a: Item, b: Item, tolerance: number): boolean {
  return a.figures.some((f) => b.figures.some((g) => {
    const same = f.span && g.span ? f.span.first === g.span.first && f.span.last === g.span.last : !f.span && !g.span && f.claim.doc === g.claim.doc;
    return same && !compatible(f.interval, g.interval, tolerance);
  }));
}
