import { allLanguages } from './compare-language.js';

/**
 * How far a hedge lets the true figure stray from the printed one. The
 * qualifier says the direction (at_most, at_least); the hedge word says the
 * reach: "knapp 526 Millionen" is a little under 526 million, "bis zu 526
 * Millionen" is anything up to it. Words not listed (src/lang/<lang>/compare.ts,
 * nearHedges) count as open-ended, which can hide a conflict but never invents one.
 */
const near = new Set(allLanguages((l) => l.nearHedges));

/** Does this hedge mean "just short of / just past the figure" rather than an open bound? */
export function isNearHedge(hedge: string | null): boolean {
  return hedge !== null && near.has(hedge.trim().toLowerCase().replace(/\s+/g, ' '));
}
