// Periods of an undated article that the text gives only relative to its own year
// ("im Vorjahr", "heuer", "last year", "October last year"). The period step resolves
// them against UNDATED_YEAR; here they leave the contract's `period` (which holds
// calendar periods only) for `relativePeriod`, in the same notation with the year
// written as "[Y]", "[Y-1]", "[Y+1]": "[Y-1]", "[Y-1]-10", "[Y-1]..[Y]". A period that
// mixes a calendar year with a relative one says nothing usable and is dropped.
import { UNDATED_YEAR } from './period-format.js';

/** Sentinel years lie this close to UNDATED_YEAR; no real period reaches them. */
const REACH = 500;
const YEAR = /\d{4}/g;

const isSentinel = (year: number) => Math.abs(year - UNDATED_YEAR) <= REACH;

/** Is a resolved period one relative to an undated article's year (before splitRelative)? */
export const isRelativeToArticle = (period: string): boolean => isSentinel(Number(period.slice(0, 4)));

/** Splits a resolved period into the calendar one and the relative one (at most one is set). */
export function splitRelative(period: string | null): { period: string | null; relativePeriod: string | null } {
  if (period === null) return { period: null, relativePeriod: null };
  const years = period.match(YEAR) ?? [];
  const sentinels = years.filter((y) => isSentinel(Number(y))).length;
  if (sentinels === 0) return { period, relativePeriod: null };
  if (sentinels < years.length) return { period: null, relativePeriod: null };
  return { period: null, relativePeriod: period.replace(YEAR, (y) => yearLabel(Number(y) - UNDATED_YEAR)) };
}

const yearLabel = (offset: number) => (offset === 0 ? '[Y]' : offset > 0 ? `[Y+${offset}]` : `[Y${offset}]`);

/** The relative notation with "[Y±n]" as `base`±n: the calendar notation again, for arithmetic on it. */
export function relativeToCalendar(relative: string, base: number): string {
  return relative.replace(/\[Y([+-]\d+)?\]/g, (_, off: string | undefined) => String(base + (off ? Number(off) : 0)));
}
