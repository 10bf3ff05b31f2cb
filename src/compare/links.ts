import type { Metric } from '../types.js';
import { metricFamily, relateMetrics, type MetricRelation } from './metric-relations.js';

/** How a neighbouring group differs: a metric relation, or the same metric in another currency or unit. */
export type LinkRelation = MetricRelation | 'currency' | 'unit';

/** A neighbouring group that must not be compared with this one, and why. */
export interface GroupLink {
  group: string;
  relation: LinkRelation;
  metric: Metric;
  /** the other group's entities and unit, for the warning line */
  entities: string[];
  unit: string;
}

/** What linking needs of a group. */
export interface Linkable {
  id: string;
  metric: Metric;
  dimension: string;
  unit: string;
  entities: string[];
  /** documents its figures come from */
  docs: ReadonlySet<string>;
  links: GroupLink[];
}

const PERCENTISH = new Set(['percent', 'percentage points']);
const entityKey = (entities: string[]) => [...entities].sort().join(',');

/**
 * Links groups a reader could mistake for one another: a total and its part,
 * exports and imports, the same metric for a wider or narrower set of
 * countries, the same money in another currency without a rate, percent and
 * percentage points. Groups are indexed by dimension, metric family and
 * entities, so a metric stated in thousands of articles does not cost
 * millions of comparisons. `skip` leaves out groups with no usable metric.
 */
export function linkGroups(groups: Linkable[], skip: (g: Linkable) => boolean): void {
  // family -> metric key -> groups
  const families = new Map<string, Map<string, Linkable[]>>();
  for (const g of groups) {
    if (skip(g)) continue;
    const family = `${g.dimension}\u0000${metricFamily(g.metric.key)}`;
    let keys = families.get(family);
    if (!keys) families.set(family, (keys = new Map()));
    push(keys, g.metric.key, g);
  }
  const link = (a: Linkable, b: Linkable, relation: LinkRelation) =>
    a.links.push({ group: b.id, relation, metric: b.metric, entities: b.entities, unit: b.unit });

  for (const keys of families.values()) {
    const list = [...keys].map(([key, gs]) => ({ key, index: neighbourIndex(gs) }));
    for (const a of list) {
      // the same metric for another set of countries, or the same money in another currency
      forNeighbours(a.index, a.index, (x, y, sameEntities) => {
        if (!sameEntities) link(x, y, 'scope');
        else if (x.dimension === 'money' && x.unit !== y.unit) link(x, y, 'currency');
      });
      // related metrics: a total and its part, two sides of a flow, a narrower measure
      for (const b of list) {
        if (a.key === b.key) continue;
        const relation = relateMetrics(a.key, b.key);
        if (relation) forNeighbours(a.index, b.index, (x, y) => link(x, y, relation));
      }
    }
  }
  linkUnits(groups, skip, link);
  for (const g of groups) g.links.sort((x, y) => (x.group < y.group ? -1 : x.group > y.group ? 1 : 0));
}

/** Percent and percentage points of one metric: a classic misreading, linked across the two dimensions. */
function linkUnits(groups: Linkable[], skip: (g: Linkable) => boolean, link: (a: Linkable, b: Linkable, r: LinkRelation) => void): void {
  const byMetric = new Map<string, Linkable[]>();
  for (const g of groups) {
    if (PERCENTISH.has(g.dimension) && !skip(g)) push(byMetric, `${g.metric.key}\u0000${entityKey(g.entities)}`, g);
  }
  for (const gs of byMetric.values()) {
    // the two sides apart first: a metric stated in percent by thousands of groups costs nothing
    const percent = gs.filter((g) => g.dimension === 'percent');
    if (percent.length === 0 || percent.length === gs.length) continue;
    const points = gs.filter((g) => g.dimension !== 'percent');
    for (const a of gs) for (const b of a.dimension === 'percent' ? points : percent) link(a, b, 'unit');
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

interface NeighbourIndex {
  /** entity key -> groups, for groups that name entities */
  byEntities: Map<string, Linkable[]>;
  /** document -> groups */
  byDoc: Map<string, Linkable[]>;
}

function neighbourIndex(gs: Linkable[]): NeighbourIndex {
  const index: NeighbourIndex = { byEntities: new Map(), byDoc: new Map() };
  for (const g of gs) {
    if (g.entities.length) push(index.byEntities, entityKey(g.entities), g);
    for (const d of g.docs) push(index.byDoc, d, g);
  }
  return index;
}

/**
 * Calls back for each pair (x from A, y from B) whose entities match or one
 * holds the other (US total vs US–Russia); a group naming no entities pairs
 * only with groups of its own article.
 */
function forNeighbours(a: NeighbourIndex, b: NeighbourIndex, visit: (x: Linkable, y: Linkable, sameEntities: boolean) => void): void {
  for (const [ea, xs] of a.byEntities) {
    for (const [eb, ys] of b.byEntities) {
      const same = ea === eb;
      if (!same && !holds(xs[0].entities, ys[0].entities)) continue;
      for (const x of xs) for (const y of ys) if (x !== y) visit(x, y, same);
    }
  }
  const seen = new Set<string>();
  for (const [doc, xs] of a.byDoc) {
    const ys = b.byDoc.get(doc);
    if (!ys) continue;
    for (const x of xs) {
      for (const y of ys) {
        if (x === y || (x.entities.length > 0 && y.entities.length > 0)) continue;
        const k = `${x.id}\u0000${y.id}`;
        if (seen.has(k)) continue;
        seen.add(k);
        visit(x, y, x.entities.length === y.entities.length);
      }
    }
  }
}

/** One set inside the other. */
const holds = (a: string[], b: string[]) => a.every((x) => b.includes(x)) || b.every((x) => a.includes(x));
