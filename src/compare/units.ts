import type { Claim } from '../types.js';
import { unitInfo as catalogueEntry } from '../lang/units.js';

/**
 * Which dimension a unit measures for comparison and its factor to that
 * dimension's base unit, taken from the shared unit catalogue
 * (src/lang/units.ts: adding a unit there is enough). Figures are compared only
 * within one dimension: tonnes never against euros, a count never against a length.
 */
export interface UnitInfo {
  dimension: string;
  /** multiply a value in this unit by `factor` to get base units */
  factor: number;
}

// The catalogue keeps %, ‰, pp and bp on one scale ("ratio"); for comparison a
// share and a change of a share must never meet, nor index points with either.
const SHARES: Record<string, UnitInfo> = {
  '%': { dimension: 'percent', factor: 1 },
  '‰': { dimension: 'percent', factor: 0.1 },
  pp: { dimension: 'percentage points', factor: 1 },
  bp: { dimension: 'percentage points', factor: 0.01 },
  pt: { dimension: 'index points', factor: 1 },
};

const CURRENCY_CODE = /^[A-Z]{3}$/;

/** How a claim's figure is measured: its dimension, the factor to base units, and for money the currency. */
export interface Measure {
  /** e.g. "money", "percent", "mass", "volume/duration", "count" */
  dimension: string;
  factor: number;
  /** ISO code for money, else null */
  currency: string | null;
}

export function measureOf(claim: Pick<Claim, 'unit' | 'kind'>): Measure {
  const { unit, kind } = claim;
  if (kind === 'date') return { dimension: 'date', factor: 1, currency: null };
  if (kind === 'rank') return { dimension: 'rank', factor: 1, currency: null };
  if (CURRENCY_CODE.test(unit) && (kind === 'currency' || !unitInfo(unit))) {
    return { dimension: 'money', factor: 1, currency: unit };
  }
  const known = unitInfo(unit);
  if (known) return { ...known, currency: null };
  // A bare count, or a count of a noun of its own ("150 Stockwerke"): the metric says what is counted.
  if (kind === 'count' || unit === '') return { dimension: 'count', factor: 1, currency: null };
  // An unknown unit is only ever compared with itself.
  return { dimension: `unit:${unit}`, factor: 1, currency: null };
}

/** A unit of the catalogue; a rate (bbl/d, t/year) is its quantity's dimension per duration ("volume/duration"). */
export function unitInfo(unit: string): UnitInfo | null {
  const share = SHARES[unit];
  if (share) return share;
  const entry = catalogueEntry(unit);
  if (!entry || entry.dimension === 'money') return null;
  if (entry.dimension === 'rate') {
    const quantity = unitInfo(unit.slice(0, unit.lastIndexOf('/')));
    return quantity && { dimension: `${quantity.dimension}/duration`, factor: entry.factor };
  }
  return { dimension: entry.dimension === 'time' ? 'duration' : entry.dimension, factor: entry.factor };
}

/** Factor of `unit` within `dimension`, for showing normalised values in a member's unit. */
export function factorOf(unit: string): number {
  return unitInfo(unit)?.factor ?? 1;
}
