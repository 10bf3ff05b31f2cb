/**
 * How far a hedge lets the true figure stray from the printed one. The
 * qualifier says the direction (at_most, at_least); the hedge word says the
 * reach: "knapp 526 Millionen" is a little under 526 million, "bis zu 526
 * Millionen" is anything up to it. Words not listed here count as open-ended,
 * which can hide a conflict but never invents one.
 *
 * Lowercased hedge words as the extractor reports them (Claim.hedge), by language.
 */
export const NEAR_HEDGES: Record<'de' | 'en', readonly string[]> = {
  de: ['knapp', 'fast', 'beinahe', 'nahezu', 'annähernd', 'gut', 'gute', 'guten', 'knapp unter', 'knapp über', 'etwas mehr als', 'etwas weniger als', 'kaum mehr als', 'kaum weniger als', 'leicht über', 'leicht unter'],
  en: ['nearly', 'almost', 'just under', 'just below', 'just over', 'just above', 'a good', 'a little under', 'a little over', 'slightly more than', 'slightly less than', 'close to', 'a shade under', 'a shade over', 'barely'],
};

const near = new Set([...NEAR_HEDGES.de, ...NEAR_HEDGES.en]);

/** Does this hedge mean "just short of / just past the figure" rather than an open bound? */
export function isNearHedge(hedge: string | null): boolean {
  return hedge !== null && near.has(hedge.trim().toLowerCase().replace(/\s+/g, ' '));
}
