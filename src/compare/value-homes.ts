import type { Bucket, Part } from './index.js';
import { acrossArticles, type Figure } from './figures.js';
import { GroupSummary, isSmallCount, mayRestate, restatesExactly, restatesValue, verbatimText } from './cluster.js';
import { comparableAcrossDocuments, countsPeopleInGeneral, namesOrganisation } from './metric-scope.js';
import { twinOf, type PhraseTwins } from './shared-phrase.js';

/** The figures of one item of a bucket (clusterFigures), before they are a group. */
export interface Item {
  bucket: Bucket;
  part: Part;
  figures: Figure[];
}

/**
 * Items whose figures name no country, firm or party (or only the firm their
 * article is about) join another article's only where both print the same
 * distinctive value for the same period or without one, neither converted, in
 * one metric and unit: "$41.48" for oil in 2004 in two articles; never "2,1
 * Prozent" inflation, which a German and an Austrian article both print, nor
 * "half" or "100". Their home may also be an item whose figures name a place
 * ("$55.67" for US crude in New York, and the same peak in an article that
 * names no market): there the very same value with three significant digits or
 * more (restatesExactly), and only when no item naming another place restates
 * it too; the group keeps the named item's entities. Named items never move.
 * Items of two articles about two organisations need the same exact value, and an item that is
 * only its article's organisation's never joins one that names only places.
 * Nothing may disagree for one period: a value match is evidence of one item,
 * not licence to call a conflict.
 */
export function joinOnValue(named: Item[], open: Item[], tolerance: number, twins: PhraseTwins = new Map()): Item[] {
  const homes: Home[] = [];
  // a home is found through the values its figures print (valueSlots): an archive's
  // thousands of undated prices never meet one another, only their near namesakes
  const bySlot = new Map<string, Set<Home>>();
  const file = (home: Home, f: Figure) => {
    for (const s of valueSlots(f, tolerance, 0)) {
      const key = `${home.key}\u0000${s}`;
      let set = bySlot.get(key);
      if (!set) bySlot.set(key, (set = new Set()));
      set.add(home);
    }
  };
  // one sentence printed word for word in two articles states its figures once, however small
  // ("Jones won three gold medals and two bronzes in Sydney in 2000" under two headlines)
  const byVerbatim = new Map<string, Home>();
  const byPhrase = new Map<number, Home>();
  const settle = (home: Home, figures: readonly Figure[]) => {
    for (const f of figures) {
      if (home.add(f)) file(home, f);
      const v = verbatimKey(home.key, f);
      if (v !== null && !byVerbatim.has(v)) byVerbatim.set(v, home);
      // and so does one phrase kept word for word around the figure (shared-phrase.ts)
      const t = twinOf(twins, f.claim);
      if (t !== undefined && !byPhrase.has(t)) byPhrase.set(t, home);
    }
  };
  for (const k of named) {
    const home = new Home({ ...k, figures: [] }, true, homes.length, tolerance);
    homes.push(home);
    settle(home, k.figures);
  }
  for (const k of open) {
    const key = homeKey(k);
    const near = new Set<Home>();
    for (const f of k.figures) {
      if (!mayRestate(f)) continue;
      for (const s of valueSlots(f, tolerance, 1)) for (const h of bySlot.get(`${key}\u0000${s}`) ?? []) near.add(h);
    }
    const fits = [...near].sort((a, b) => a.order - b.order).filter((h) => h.welcomes(k));
    // a value two places restate names neither: the item stays on its own
    const namedFits = fits.filter((h) => h.named);
    const places = new Set(namedFits.map((h) => h.item.bucket.entities.join(',')));
    const verbatim = verbatimHome(k, key, byVerbatim) ?? phraseHome(k, key, twins, byPhrase);
    const home = verbatim ?? (places.size > 1 ? undefined : namedFits[0] ?? fits[0]);
    const target = home ?? new Home({ ...k, figures: [] }, false, homes.length, tolerance);
    if (!home) homes.push(target);
    settle(target, k.figures);
  }
  return homes.map((h) => h.item);
}

/** verbatimText with the home key and the value. */
function verbatimKey(homeKey: string, f: Figure): string | null {
  const text = verbatimText(f);
  return text === null ? null : `${homeKey}\u0000${text}\u0000${f.central}`;
}

/** The home of another article that prints one of the item's figures in the very same sentence, or undefined. */
function verbatimHome(k: Item, key: string, byVerbatim: ReadonlyMap<string, Home>): Home | undefined {
  for (const f of k.figures) {
    const v = verbatimKey(key, f);
    const h = v === null ? undefined : byVerbatim.get(v);
    if (h && !k.figures.some((g) => h.hasArticle(g.claim.doc))) return h;
  }
  return undefined;
}

/** The home of another article that prints one of the item's figures in one phrase kept word for word, if nothing disagrees. */
function phraseHome(k: Item, key: string, twins: PhraseTwins, byPhrase: ReadonlyMap<number, Home>): Home | undefined {
  for (const f of k.figures) {
    const t = twinOf(twins, f.claim);
    const h = t === undefined ? undefined : byPhrase.get(t);
    if (h && h.key === key && h.takesTwin(k)) return h;
  }
  return undefined;
}

const homeKey = (k: Item) => `${k.bucket.valueKey}\u0000${k.part.unit}`;

/** A group in the making (GroupSummary) and its rare figures by value slot, for items to find it. */
class Home {
  readonly key: string;
  private readonly summary = new GroupSummary();
  private readonly rare = new Map<number | string, Figure[]>();

  constructor(readonly item: Item, readonly named: boolean, readonly order: number, private readonly tolerance: number) {
    this.key = homeKey(item);
  }

  /** Takes a figure in; true when it may restate a value (to be filed under its slot). */
  add(figure: Figure): boolean {
    this.item.figures.push(figure);
    const f = acrossArticles(figure);
    this.summary.add(f);
    if (!mayRestate(f)) return false;
    // filed under its own slot: an item's figures look in theirs and both neighbours
    for (const s of valueSlots(f, this.tolerance, 0)) {
      const list = this.rare.get(s);
      if (list) {
        // a value restated many times is kept a few times: one of them answers
        if (list.length < SAME_SLOT) list.push(f);
      } else this.rare.set(s, [f]);
    }
    return true;
  }

  /** Does the home hold a figure of this article? */
  hasArticle(doc: string): boolean {
    return this.summary.docs.has(doc);
  }

  /** May item `k`, which prints a figure of the home in one phrase (phraseHome), join it: other articles, nothing that disagrees? */
  takesTwin(k: Item): boolean {
    return !k.figures.some((f) => this.summary.docs.has(f.claim.doc) || this.summary.disagrees(acrossArticles(f), this.tolerance));
  }

  /** May item `k` (another article's figures) join this home? */
  welcomes(k: Item): boolean {
    const item = k.figures.map(acrossArticles);
    // the articles of the item told their items apart already
    if (item.some((f) => this.summary.docs.has(f.claim.doc))) return false;
    // two articles about two organisations share a value by chance unless it is the very same
    // rare one ("£424m" for one sale; not "£1.2m" of losses at a retailer and at a club)
    const mine = this.item.bucket.organisation;
    const theirs = k.bucket.organisation;
    const exactly = this.named || (!!mine && !!theirs && mine !== theirs);
    // a firm's figure is no country's: TimeWarner's $1.13bn profit does not join the "US" one of
    // an article on Boeing that prints the same value
    if (this.named && theirs && !namesOrganisation(this.item.bucket.entities)) return false;
    // nor is a firm's figure said only of a country ("US ... profit") another article's
    if (this.named && !comparableAcrossDocuments(this.item.bucket.metric.key, this.item.bucket.entities)) return false;
    // people in general never join (two crowds of one size are two crowds), small counts neither
    if (countsPeopleInGeneral(k.bucket.metric.key) || this.summary.small || item.some(isSmallCount)) return false;
    if (item.some((f) => this.summary.disagrees(f, this.tolerance))) return false;
    for (const f of item) {
      if (!mayRestate(f)) continue;
      for (const s of valueSlots(f, this.tolerance, 1)) {
        for (const g of this.rare.get(s) ?? []) if (exactly ? restatesExactly(f, g) : restatesValue(f, g, this.tolerance)) return true;
      }
    }
    return false;
  }
}

/** Figures of one value kept per slot of a home: enough that one of them restates what an item prints. */
const SAME_SLOT = 8;

/**
 * Slots on a log scale one tolerance wide: two values within the tolerance of each other
 * share a slot or sit in neighbouring ones. `reach` 1 gives a figure's own slot and both
 * neighbours (to look up), 0 its own slot only (to file it under).
 */
export function valueSlots(f: Figure, tolerance: number, reach: 0 | 1): Array<number | string> {
  if (!Number.isFinite(f.central)) return [];
  // no tolerance: only the same value (a slot per value)
  if (!(tolerance > 0 && tolerance < 1)) return [String(f.central)];
  const x = Math.abs(f.central);
  // values within the tolerance of the larger lie at most -log(1 - tolerance) apart on the log scale
  const width = -Math.log1p(-tolerance);
  const slot = x === 0 ? 0 : Math.sign(f.central) * (1 + Math.floor(Math.log(x) / width) + 1e6);
  return reach ? [slot - 1, slot, slot + 1] : [slot];
}
