/**
 * Metrics that are easily confused but must not be compared: a total and its
 * part (total trade vs exports only, exports vs steel exports), two sides of
 * one flow (exports vs imports, US exports to Russia vs Russian exports to the
 * US), a broad measure and a narrower one (reserves vs currency reserves).
 *
 * Keys follow the metric resolver's scheme (src/context/metric-key.ts):
 *   <concept>[.<facet>...][~<stem>...][.change|.share][@<origin>><destination>]
 * Relations between concepts are data in the tables below; adding a pair is
 * adding a row. Dotted keys outside the lexicon ("trade.exports") are matched
 * by their last segment when both keys share the prefix.
 */

/** Concepts that hold others: the parts are pieces of the whole. */
export const PART_OF: ReadonlyArray<{ wholes: readonly string[]; parts: readonly string[] }> = [
  { wholes: ['trade.volume', 'trade', 'volume', 'total', 'turnover'], parts: ['exports', 'imports', 'export', 'import'] },
  { wholes: ['revenue', 'sales'], parts: ['profit', 'profit.operating', 'profit.pretax', 'net_income', 'ebit'] },
  { wholes: ['casualties'], parts: ['deaths', 'injured'] },
  { wholes: ['spending', 'budget'], parts: ['spending.military', 'aid.military', 'defence', 'defense', 'military'] },
];

/** Concepts that sit side by side in the same sentences and are read for one another. */
export const COUNTERPARTS: ReadonlyArray<readonly [string, string]> = [
  ['exports', 'imports'],
  ['export', 'import'],
  ['trade.surplus', 'trade.deficit'],
  ['budget.surplus', 'budget.deficit'],
  ['profit', 'loss'],
  ['revenue', 'costs'],
  ['births', 'deaths'],
  ['reserves', 'production'],
];

/** Seen from the first metric: 'part' = it is a part of the other. */
export type MetricRelation = 'part' | 'whole' | 'counterpart' | 'direction' | 'narrower' | 'broader' | 'scope';

export interface MetricKeyParts {
  /** concept with its facets: "trade.volume", "reserves.oil" */
  base: string;
  /** unknown compound modifiers ("exports~stahl" -> ["stahl"]), sorted */
  mods: string[];
  role: 'change' | 'share' | null;
  /** directed flows: "origin>destination", or null */
  flow: string | null;
}

export function parseMetricKey(key: string): MetricKeyParts {
  const at = key.indexOf('@');
  const flow = at >= 0 ? key.slice(at + 1) : null;
  let main = at >= 0 ? key.slice(0, at) : key;
  let role: MetricKeyParts['role'] = null;
  for (const r of ['change', 'share'] as const) {
    if (main.endsWith(`.${r}`)) {
      role = r;
      main = main.slice(0, -r.length - 1);
    }
  }
  const [base, ...mods] = main.split('~');
  return { base, mods: mods.sort(), role, flow };
}

const lastSegment = (key: string) => key.slice(key.lastIndexOf('.') + 1);
const firstSegment = (key: string) => key.split('.')[0];
const prefix = (key: string) => (key.includes('.') ? key.slice(0, key.lastIndexOf('.')) : '');

/**
 * How metric `a` relates to metric `b`, seen from a, or null when they are
 * unrelated (or the same).
 */
export function relateMetrics(a: string, b: string): MetricRelation | null {
  if (a === b) return null;
  const pa = parseMetricKey(a);
  const pb = parseMetricKey(b);
  if (pa.role !== pb.role) return null;

  const sameMods = pa.mods.join('~') === pb.mods.join('~');
  const aNarrows = pb.mods.every((m) => pa.mods.includes(m)); // a's modifiers include b's
  const bNarrows = pa.mods.every((m) => pb.mods.includes(m));
  if (pa.base === pb.base) {
    if (!sameMods) {
      // "Stahlexporte" (exports~stahl) is a part of exports, of the same flow only
      if (pa.flow !== pb.flow && pa.flow && pb.flow) return null;
      if (aNarrows) return 'part';
      if (bNarrows) return 'whole';
      return null;
    }
    return pa.flow && pb.flow ? flowRelation(pa.flow, pb.flow) : null;
  }

  const namesA = names(pa.base, pb.base);
  const namesB = names(pb.base, pa.base);
  const any = (f: (x: string, y: string) => boolean) => namesA.some((x) => namesB.some((y) => f(x, y)));
  for (const r of PART_OF) {
    // a part may be narrowed further (chemical exports are a part of trade volume too)
    if (aNarrows && any((x, y) => r.parts.includes(x) && r.wholes.includes(y))) return 'part';
    if (bNarrows && any((x, y) => r.wholes.includes(x) && r.parts.includes(y))) return 'whole';
  }
  if (!sameMods) return null;
  if (any((x, y) => COUNTERPARTS.some(([p, q]) => (x === p && y === q) || (x === q && y === p)))) return 'counterpart';
  // a refinement of one concept: reserves.fx under reserves, interest.rate.policy under interest.rate
  if (pa.base.startsWith(`${pb.base}.`)) return 'narrower';
  if (pb.base.startsWith(`${pa.base}.`)) return 'broader';
  return null;
}

/** The names a base answers to in the tables: itself, and its last segment when both keys share a prefix. */
function names(base: string, other: string): string[] {
  return prefix(base) && prefix(base) === prefix(other) ? [base, lastSegment(base)] : [base];
}

/** exports@US>RU vs exports@RU>US: the other direction; vs exports@US> (destination not stated): another scope. */
function flowRelation(a: string, b: string): MetricRelation | null {
  const [ao = '', ad = ''] = a.split('>');
  const [bo = '', bd = ''] = b.split('>');
  if (ao === bd && ad === bo) return 'direction';
  if ((ao === bo && (!ad || !bd)) || (ad === bd && (!ao || !bo))) return 'scope';
  return null;
}

// Families: every concept named together in one table row belongs to one
// family (union-find over the rows), so related groups are only looked for
// within a family and linking stays linear in the number of groups.
const parent = new Map<string, string>();
const find = (x: string): string => {
  let r = x;
  while (parent.get(r) !== r) r = parent.get(r)!;
  return r;
};
function union(names: readonly string[]): void {
  for (const n of names) if (!parent.has(n)) parent.set(n, n);
  for (const n of names.slice(1)) parent.set(find(n), find(names[0]));
}
for (const r of PART_OF) union([...r.wholes, ...r.parts]);
for (const pair of COUNTERPARTS) union(pair);

/** The family a metric key belongs to: its table family, else its first key segment. */
export function metricFamily(key: string): string {
  const { base } = parseMetricKey(key);
  for (const candidate of [base, lastSegment(base), firstSegment(base)]) {
    if (parent.has(candidate)) return `family:${find(candidate)}`;
  }
  return firstSegment(base);
}
