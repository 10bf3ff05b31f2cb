import type { Claim } from '../types.js';
import { isNearHedge } from './hedge-reach.js';

/** How wide hedges make a figure; all relative to the figure's size. */
export interface Margins {
  /** "rund", "about": ± this share (default 0.05) */
  about: number;
  /** "knapp", "fast", "gut", "nearly": this share below (or above) the figure (default 0.1) */
  near: number;
  /** "über", "unter", "more than", "less than": how far past the threshold still reads naturally (default 1 = up to double / down to zero) */
  bound: number;
}

export const DEFAULT_MARGINS: Margins = { about: 0.05, near: 0.1, bound: 1 };

/** The values a claim allows, in base units; open ends are ±Infinity. */
export interface Interval {
  lo: number;
  hi: number;
}

/**
 * The interval a printed figure stands for. Stated precision widens exact
 * figures ("2,8 Mrd." covers 2.75 to 2.85 bn); a hedge widens or shifts it;
 * a range spans value..high. Thresholds ("über 400.000") are not widened by
 * their precision: the writer chose the round number as the bound.
 */
export function claimInterval(
  c: Pick<Claim, 'value' | 'high' | 'qualifier' | 'hedge' | 'precision'> & { kind?: Claim['kind'] },
  factor: number,
  m: Margins,
): Interval {
  const v = c.value * factor;
  const p = Math.abs(statedPrecision(c) * factor);
  const size = Math.abs(v);
  switch (c.qualifier) {
    case 'exact':
      return { lo: v - p, hi: v + p };
    case 'about':
      return { lo: v - p - m.about * size, hi: v + p + m.about * size };
    case 'range': {
      const h = c.high === null ? v : c.high * factor;
      return { lo: Math.min(v, h) - p, hi: Math.max(v, h) + p };
    }
    case 'at_most':
      return isNearHedge(c.hedge) ? { lo: v - m.near * size, hi: v } : { lo: -Infinity, hi: v };
    case 'at_least':
      return isNearHedge(c.hedge) ? { lo: v, hi: v + m.near * size } : { lo: v, hi: Infinity };
    case 'more_than':
      return isNearHedge(c.hedge) ? { lo: v, hi: v + m.near * size } : { lo: v, hi: v + m.bound * size + p };
    case 'less_than':
      return isNearHedge(c.hedge) ? { lo: v - m.near * size, hi: v } : { lo: v - m.bound * size - p, hi: v };
  }
}

/**
 * A whole number of things is exact: "51 Sitze" is not "50 Sitze", whatever
 * half-step a reader of digits would allow. A scale word keeps its precision
 * ("13 Millionen Geräte" covers 12.5 to 13.5 million).
 */
function statedPrecision(c: Pick<Claim, 'value' | 'precision'> & { kind?: Claim['kind'] }): number {
  const p = c.precision || 0;
  if ((c.kind === 'count' || c.kind === 'rank') && Number.isInteger(c.value) && p <= 0.5) return 0;
  return p;
}

/**
 * Can both intervals hold the same true value? They may miss each other by
 * at most `tolerance` of the figures' size: rounding in the source, a
 * conversion, a slightly different cut-off date.
 */
export function compatible(a: Interval, b: Interval, tolerance: number): boolean {
  const gap = Math.max(a.lo, b.lo) - Math.min(a.hi, b.hi);
  if (gap <= 0) return true;
  const scale = Math.max(Math.abs(Math.max(a.lo, b.lo)), Math.abs(Math.min(a.hi, b.hi)));
  return gap <= tolerance * scale;
}

/** The figure a claim states, as one number (the middle of a range), in base units. */
export function centralValue(c: Pick<Claim, 'value' | 'high'>, factor: number): number {
  return (c.high === null ? c.value : (c.value + c.high) / 2) * factor;
}
