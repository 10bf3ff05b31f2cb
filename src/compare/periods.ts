/**
 * Periods in the contract's notation (2024, 2025-H1, 2025-Q2, 2014-05,
 * 2025-01-21, spans "2025-01..2025-07") as closed day intervals, so that
 * "2025-H1 lies inside 2025" and "May 2014 is not 2013" are arithmetic.
 */
export interface PeriodSpan {
  /** the period string as the claim gave it */
  label: string;
  /** days since 1970-01-01, first and last day included */
  first: number;
  last: number;
}

const DAY_MS = 86400000;
const day = (y: number, m: number, d: number) => Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
/** last day of month m (1-based) of year y */
const lastDay = (y: number, m: number) => day(y, m + 1, 1) - 1;

// One point in time at some granularity; each alternative is anchored, so matching is linear.
const YEAR = /^(\d{4})$/;
const HALF = /^(\d{4})-H([12])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DECADE = /^(\d{3})0s$/;

function point(s: string): { first: number; last: number } | null {
  let m: RegExpExecArray | null;
  if ((m = YEAR.exec(s))) {
    const y = Number(m[1]);
    return { first: day(y, 1, 1), last: day(y, 12, 31) };
  }
  if ((m = HALF.exec(s))) {
    const y = Number(m[1]);
    const h = Number(m[2]);
    return { first: day(y, h === 1 ? 1 : 7, 1), last: lastDay(y, h === 1 ? 6 : 12) };
  }
  if ((m = QUARTER.exec(s))) {
    const y = Number(m[1]);
    const q = Number(m[2]);
    return { first: day(y, 3 * q - 2, 1), last: lastDay(y, 3 * q) };
  }
  if ((m = MONTH.exec(s))) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return null;
    return { first: day(y, mo, 1), last: lastDay(y, mo) };
  }
  if ((m = DATE.exec(s))) {
    const d = day(Number(m[1]), Number(m[2]), Number(m[3]));
    return { first: d, last: d };
  }
  if ((m = DECADE.exec(s))) {
    const y = Number(m[1]) * 10;
    return { first: day(y, 1, 1), last: day(y + 9, 12, 31) };
  }
  return null;
}

/** The span of a period string, or null when it is absent or not in a notation we know. */
export function parsePeriod(label: string | null | undefined): PeriodSpan | null {
  if (!label) return null;
  const s = label.trim();
  const dots = s.indexOf('..');
  if (dots >= 0) {
    const from = point(s.slice(0, dots));
    const to = point(s.slice(dots + 2));
    if (!from || !to || to.last < from.first) return null;
    return { label, first: from.first, last: to.last };
  }
  const p = point(s);
  return p ? { label, ...p } : null;
}

export type PeriodRelation = 'same' | 'nested' | 'overlapping' | 'disjoint';

/**
 * How two periods relate. Only `same` lets figures be compared as one quantity:
 * a half-year figure lies inside its year (`nested`) but is a different
 * quantity, and nothing is annualised.
 */
export function relatePeriods(a: PeriodSpan, b: PeriodSpan): PeriodRelation {
  if (a.first === b.first && a.last === b.last) return 'same';
  if (a.last < b.first || b.last < a.first) return 'disjoint';
  if ((a.first >= b.first && a.last <= b.last) || (b.first >= a.first && b.last <= a.last)) return 'nested';
  return 'overlapping';
}

/** Whether the two spans share at least one day. */
export const periodsOverlap = (a: PeriodSpan, b: PeriodSpan) => !(a.last < b.first || b.last < a.first);

/** Length in days, for telling a half-year from a full year in notes. */
export const periodDays = (p: PeriodSpan) => p.last - p.first + 1;

/** Calendar date (YYYY-MM-DD) of a day number. */
export function dayToIso(d: number): string {
  return new Date(d * DAY_MS).toISOString().slice(0, 10);
}

/** Day number of an ISO date, or null. */
export function isoToDay(s: string): number | null {
  const p = point(s);
  return p ? Math.round((p.first + p.last) / 2) : null;
}
