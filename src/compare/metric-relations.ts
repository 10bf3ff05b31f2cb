/**
 * Metrics that are easily confused but must not be compared: a total and its
 * part (total trade vs exports only), two sides of one flow (exports vs
 * imports). Keys are compared by their last dot segment under the same prefix
 * ("trade.volume" and "trade.exports"), so the table stays small and covers
 * every family the metric resolver names that way. Adding a pair is adding a row.
 */
export interface PartOf {
  /** last key segments that name a whole */
  wholes: readonly string[];
  /** last key segments that name a part of any of those wholes */
  parts: readonly string[];
}

export const PART_OF: readonly PartOf[] = [
  { wholes: ['volume', 'total', 'turnover'], parts: ['exports', 'imports', 'export', 'import'] },
  { wholes: ['revenue', 'sales'], parts: ['profit', 'net_income', 'operating_profit', 'ebit'] },
  { wholes: ['population', 'residents'], parts: ['employed', 'unemployed', 'migrants'] },
  { wholes: ['budget', 'spending', 'expenditure'], parts: ['defence', 'defense', 'military'] },
];

/** Pairs that are neither whole nor part but sit side by side in the same sentences. */
export const COUNTERPARTS: ReadonlyArray<readonly [string, string]> = [
  ['exports', 'imports'],
  ['export', 'import'],
  ['revenue', 'costs'],
  ['births', 'deaths'],
  ['gross', 'net'],
  ['reserves', 'production'],
];

export type MetricRelation = 'part' | 'whole' | 'counterpart';

function split(key: string): [string, string] {
  const dot = key.lastIndexOf('.');
  return dot < 0 ? ['', key] : [key.slice(0, dot), key.slice(dot + 1)];
}

/** How metric `a` relates to metric `b`: a is a part of b, a is the whole of b, or its counterpart. */
export function relateMetrics(a: string, b: string): MetricRelation | null {
  if (a === b) return null;
  const [pa, la] = split(a);
  const [pb, lb] = split(b);
  if (pa !== pb) return null;
  for (const r of PART_OF) {
    if (r.parts.includes(la) && r.wholes.includes(lb)) return 'part';
    if (r.wholes.includes(la) && r.parts.includes(lb)) return 'whole';
  }
  for (const [x, y] of COUNTERPARTS) {
    if ((la === x && lb === y) || (la === y && lb === x)) return 'counterpart';
  }
  return null;
}
