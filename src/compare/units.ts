import type { Claim } from '../types.js';

/**
 * Which physical dimension a unit measures and its factor to that dimension's
 * base unit. Figures are compared only within one dimension: a percentage is
 * never weighed against percentage points, tonnes against euros, or a count
 * against a length. Adding a unit is adding a row here.
 */
export interface UnitInfo {
  dimension: string;
  /** multiply a value in this unit by `factor` to get base units */
  factor: number;
}

const DAY = 86400;
const YEAR = 365.25 * DAY;

const UNITS: Record<string, UnitInfo> = {
  // shares and changes: three dimensions that look alike and must never mix
  '%': { dimension: 'percent', factor: 1 },
  pp: { dimension: 'percentage points', factor: 1 },
  pt: { dimension: 'index points', factor: 1 },
  // mass (base: kg)
  mg: { dimension: 'mass', factor: 1e-6 },
  g: { dimension: 'mass', factor: 1e-3 },
  kg: { dimension: 'mass', factor: 1 },
  t: { dimension: 'mass', factor: 1e3 },
  kt: { dimension: 'mass', factor: 1e6 },
  Mt: { dimension: 'mass', factor: 1e9 },
  lb: { dimension: 'mass', factor: 0.45359237 },
  oz: { dimension: 'mass', factor: 0.028349523125 },
  // length (base: m)
  mm: { dimension: 'length', factor: 1e-3 },
  cm: { dimension: 'length', factor: 1e-2 },
  m: { dimension: 'length', factor: 1 },
  km: { dimension: 'length', factor: 1e3 },
  ft: { dimension: 'length', factor: 0.3048 },
  mi: { dimension: 'length', factor: 1609.344 },
  // area (base: m2)
  m2: { dimension: 'area', factor: 1 },
  ha: { dimension: 'area', factor: 1e4 },
  km2: { dimension: 'area', factor: 1e6 },
  acre: { dimension: 'area', factor: 4046.8564224 },
  mi2: { dimension: 'area', factor: 2589988.110336 },
  // volume (base: m3); a barrel is a volume, so oil in barrels and in m3 compare
  l: { dimension: 'volume', factor: 1e-3 },
  hl: { dimension: 'volume', factor: 0.1 },
  m3: { dimension: 'volume', factor: 1 },
  bbl: { dimension: 'volume', factor: 0.158987294928 },
  gal: { dimension: 'volume', factor: 0.003785411784 },
  // power (base: W) and energy (base: Wh)
  W: { dimension: 'power', factor: 1 },
  kW: { dimension: 'power', factor: 1e3 },
  MW: { dimension: 'power', factor: 1e6 },
  GW: { dimension: 'power', factor: 1e9 },
  TW: { dimension: 'power', factor: 1e12 },
  Wh: { dimension: 'energy', factor: 1 },
  kWh: { dimension: 'energy', factor: 1e3 },
  MWh: { dimension: 'energy', factor: 1e6 },
  GWh: { dimension: 'energy', factor: 1e9 },
  TWh: { dimension: 'energy', factor: 1e12 },
  // durations (base: seconds); the short forms appear in rates such as bbl/d
  second: { dimension: 'duration', factor: 1 },
  s: { dimension: 'duration', factor: 1 },
  minute: { dimension: 'duration', factor: 60 },
  min: { dimension: 'duration', factor: 60 },
  hour: { dimension: 'duration', factor: 3600 },
  h: { dimension: 'duration', factor: 3600 },
  day: { dimension: 'duration', factor: DAY },
  d: { dimension: 'duration', factor: DAY },
  week: { dimension: 'duration', factor: 7 * DAY },
  month: { dimension: 'duration', factor: YEAR / 12 },
  year: { dimension: 'duration', factor: YEAR },
  a: { dimension: 'duration', factor: YEAR },
  yr: { dimension: 'duration', factor: YEAR },
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
  if (CURRENCY_CODE.test(unit) && (kind === 'currency' || !UNITS[unit])) {
    return { dimension: 'money', factor: 1, currency: unit };
  }
  const known = unitInfo(unit);
  if (known) return { ...known, currency: null };
  // A bare count, or a count of a noun of its own ("150 Stockwerke"): the metric says what is counted.
  if (kind === 'count' || unit === '') return { dimension: 'count', factor: 1, currency: null };
  // An unknown unit is only ever compared with itself.
  return { dimension: `unit:${unit}`, factor: 1, currency: null };
}

/** A unit from the table, or a rate "a/b" of two units from it (bbl/d, km/h, t/year). */
export function unitInfo(unit: string): UnitInfo | null {
  const direct = UNITS[unit];
  if (direct) return direct;
  const slash = unit.indexOf('/');
  if (slash > 0 && unit.indexOf('/', slash + 1) < 0) {
    const num = UNITS[unit.slice(0, slash)];
    const den = UNITS[unit.slice(slash + 1)];
    if (num && den) return { dimension: `${num.dimension}/${den.dimension}`, factor: num.factor / den.factor };
  }
  return null;
}

/** Factor of `unit` within `dimension`, for showing normalised values in a member's unit. */
export function factorOf(unit: string): number {
  return unitInfo(unit)?.factor ?? 1;
}
