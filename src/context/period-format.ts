// Turns a matched time rule into the contract's period string:
// "2024", "2025-H1", "2025-Q2", "2014-05", "2025-01-21", spans "a..b".
import type { RuleMatch } from './period-scan.js';

export interface DocDate {
  year: number;
  month: number;
  day: number;
}

/** What a rule without its own year falls back on. */
export interface Anchor {
  /** an explicit year stated nearby ("2024 ... im Vorjahr") */
  contextYear: number | null;
  /**
   * the context year came from a sentence before, about the end of that year ("the end of
   * 2004", "December 2004"): a yearless month of the first half is the next year's
   */
  contextYearEnds: boolean;
  /** the year the text calls the current one ("this year (2004)"), for relative years without a document date */
  currentYear: number | null;
  doc: DocDate | null;
}

/**
 * The year an undated article stands in for, in relative expressions ("im Vorjahr",
 * "last year", "October last year"): far from any real year, so the context step can
 * tell these periods apart and give them as relative ones ("[Y-1]", relative-period.ts).
 */
export const UNDATED_YEAR = 9000;

/** The last month of the first half: a yearless month up to it after a year's end is the next year's. */
const TURN_OF_YEAR_MONTH = 6;

/**
 * The year of a yearless month: as yearFor, except after a sentence about the end of
 * the context year, where a month of the first half is the next year's ("prices fell at
 * the end of 2004 ... rose 0.8% in January" = 2005-01).
 */
function yearForMonth(month: number, anchor: Anchor, useContext: boolean): number | null {
  if (useContext && anchor.contextYear !== null && anchor.contextYearEnds && month <= TURN_OF_YEAR_MONTH) return anchor.contextYear + 1;
  return yearFor(month, anchor, useContext);
}

/**
 * Whether a period ends its year: December, its last days, the fourth quarter, the second half
 * ("not the numbers that we saw in the second half of 2004 ... down 0.6% in January": 2005's), a
 * span from October on to December.
 */
export function endsYear(period: string): boolean {
  return /^\d{4}-(?:12(?:-\d\d)?|Q4|H2)$/.test(period) || /^(\d{4})-1[0-2]\.\.\1-12$/.test(period);
}

export function parseDocDate(date: string | null): DocDate | null {
  const m = date ? /^(\d{4})-(\d{2})-(\d{2})/.exec(date) : null;
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

export const pad2 = (n: number): string => (n < 10 ? '0' : '') + n;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The year of a yearless part of a year starting in `startMonth`: the stated
 * context year, else the latest one not after the document date (news reports
 * what has happened: "im Mai" in a January article is last May).
 */
function yearFor(startMonth: number, anchor: Anchor, useContext: boolean): number | null {
  if (useContext && anchor.contextYear !== null) return anchor.contextYear;
  const doc = anchor.doc;
  if (!doc) return null;
  return startMonth > doc.month ? doc.year - 1 : doc.year;
}

/**
 * yearFor, for a part of a year longer than a month (a quarter, a half, a span of months).
 * In an undated article, its own year (UNDATED_YEAR): "in the third quarter" and "between
 * October and December" of one article then order as its periods ("[Y]-Q3",
 * relative-period.ts), which other articles never compare with. Not so a yearless single
 * month or day: an article names those of other items too often ("a $550,000 fine in
 * January", "the fourth of the charts in October"), and they join its series wrongly.
 */
function yearForPart(startMonth: number, anchor: Anchor, useContext: boolean): number | null {
  return yearFor(startMonth, anchor, useContext) ?? (anchor.doc ? null : UNDATED_YEAR);
}

/**
 * The year of a half or quarter that states none. "Of last year", "of next year" (rule.offset):
 * relative to the document's year, else the year in context, else the undated article's own
 * ("[Y-1]-Q4"). A bare English "first half" (rule.needsYear) never takes the undated year.
 */
function yearOfHalfOrQuarter(m: RuleMatch, startMonth: number, anchor: Anchor, useContext: boolean): number | null {
  const offset = m.rule.offset;
  if (offset !== undefined) return (anchor.doc?.year ?? anchor.contextYear ?? UNDATED_YEAR) + offset;
  // ("Ende 2015 ... im ersten Quartal": after a year's end, a part of the first half is the next year's, as a month is)
  if (useContext && anchor.contextYear !== null && anchor.contextYearEnds && startMonth <= TURN_OF_YEAR_MONTH) return anchor.contextYear + 1;
  return (m.rule.needsYear ? yearFor : yearForPart)(startMonth, anchor, useContext);
}

/** The explicit year a match states, used to anchor yearless expressions nearby. */
export function statedYear(m: RuleMatch): number | null {
  const s = m.slots;
  if (m.rule.kind === 'relYear' || m.rule.kind === 'relPeriod' || m.rule.kind === 'after' || m.rule.kind === 'lastYears' || m.rule.kind === 'yearToDate') return null;
  // "since December 2003" says when something began, not what the text is about
  if (m.rule.kind === 'decade' || m.rule.kind === 'since') return null;
  return s.year;
}

/** The n months ending with month m of year y: a quarter, half or calendar year when it is one. */
export function monthsEnding(y: number, m: number, n: number): string {
  if (n === 3 && m % 3 === 0) return `${y}-Q${m / 3}`;
  if (n === 6 && m % 6 === 0) return `${y}-H${m / 6}`;
  if (n === 12 && m === 12) return String(y);
  const startIndex = y * 12 + (m - 1) - (n - 1);
  const sy = Math.floor(startIndex / 12);
  const sm = (startIndex % 12) + 1;
  return `${sy}-${pad2(sm)}..${y}-${pad2(m)}`;
}

/** A period moved by whole years: "2004-Q4" -> "2003-Q4", "2004-01..2004-11" -> "2003-01..2003-11". */
export function shiftYears(period: string, offset: number): string {
  return period.replace(/\d{4}/g, (y) => String(Number(y) + offset));
}

/** A quarter moved by whole quarters: "2004-Q4" -1 -> "2004-Q3"; any other period has no such neighbour (null). */
export function shiftQuarters(period: string, offset: number): string | null {
  const m = /^(\d{4})-Q([1-4])$/.exec(period);
  if (!m) return null;
  const index = Number(m[1]) * 4 + Number(m[2]) - 1 + offset;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

export function formatMatch(m: RuleMatch, anchor: Anchor): string | null {
  const s = m.slots;
  const useContext = m.rule.anchor !== 'document';
  const doc = anchor.doc;
  switch (m.rule.kind) {
    case 'year':
      return s.year === null ? null : String(s.year);
    case 'half': {
      let h = m.rule.half ?? s.ord;
      if (h === -1) h = 2;
      if (h !== 1 && h !== 2) return null;
      const y = s.year ?? yearOfHalfOrQuarter(m, h === 1 ? 1 : 7, anchor, useContext);
      return y === null ? null : `${y}-H${h}`;
    }
    case 'quarter': {
      let q = m.rule.quarter ?? s.ord;
      if (q === -1) q = 4;
      if (q === null || q < 1 || q > 4) return null;
      const y = s.year ?? yearOfHalfOrQuarter(m, (q - 1) * 3 + 1, anchor, useContext);
      return y === null ? null : `${y}-Q${q}`;
    }
    case 'month': {
      if (s.month === null) return null;
      // "October last year": a year relative to the document's, else to the year in context
      const offset = m.rule.offset;
      if (s.year === null && offset !== undefined) {
        const base = doc?.year ?? anchor.contextYear ?? UNDATED_YEAR;
        return `${base + offset}-${pad2(s.month)}`;
      }
      const y = s.year ?? yearForMonth(s.month, anchor, useContext);
      return y === null ? null : `${y}-${pad2(s.month)}`;
    }
    case 'day': {
      const month = s.month ?? s.mm;
      if (month === null || s.day === null) return null;
      const y = s.year ?? yearFor(month, anchor, useContext);
      if (y === null || s.day > daysInMonth(y, month)) return null;
      return `${y}-${pad2(month)}-${pad2(s.day)}`;
    }
    case 'monthSpan': {
      const month2 = s.month2 ?? m.rule.endMonth ?? null;
      if (s.month === null || month2 === null) return null;
      const y = s.year ?? yearForPart(month2, anchor, useContext);
      if (y === null) return null;
      const y1 = s.year2 ?? (month2 < s.month ? y - 1 : y);
      // "the July-to-September quarter": a calendar quarter named as one
      if (m.rule.months === 3 && y1 === y && month2 - s.month === 2 && month2 % 3 === 0) return `${y}-Q${month2 / 3}`;
      return `${y1}-${pad2(s.month)}..${y}-${pad2(month2)}`;
    }
    case 'daySpan': {
      if (s.day === null || s.month === null || s.day2 === null || s.month2 === null) return null;
      const y = s.year ?? yearFor(s.month2, anchor, useContext);
      if (y === null) return null;
      const y1 = s.year2 ?? (s.month2 < s.month ? y - 1 : y);
      if (s.day > daysInMonth(y1, s.month) || s.day2 > daysInMonth(y, s.month2)) return null;
      return `${y1}-${pad2(s.month)}-${pad2(s.day)}..${y}-${pad2(s.month2)}-${pad2(s.day2)}`;
    }
    case 'firstMonths': {
      const n = s.n === null ? (m.rule.months ?? null) : s.n * (m.rule.months ?? 1);
      if (n === null || n < 1 || n > 12) return null;
      // "the first month of the year" is January: a month, not a span
      if (n === 1) {
        const y1 = s.year ?? yearForMonth(1, anchor, useContext);
        return y1 === null ? null : `${y1}-01`;
      }
      const y = s.year ?? yearForPart(n, anchor, useContext);
      return y === null ? null : `${y}-01..${y}-${pad2(n)}`;
    }
    case 'monthsTo': {
      const n = m.rule.months ?? s.n;
      const month = s.month ?? m.rule.endMonth ?? null;
      if (n === null || n < 1 || n > 24 || month === null) return null;
      const y = s.year ?? yearForPart(month, anchor, useContext);
      return y === null ? null : monthsEnding(y, month, n);
    }
    case 'after':
      return null; // after the period stated: no period of its own
    case 'relPeriod':
      return null; // needs the period stated before it: resolved by the caller
    case 'yearSpan': {
      if (s.year === null) return null;
      let b = s.year2;
      if (b === null && s.yy !== null) {
        b = Math.floor(s.year / 100) * 100 + s.yy;
        if (b < s.year) b += 100;
      }
      if (b === null || b <= s.year || b - s.year > 100) return null;
      return `${s.year}..${b}`;
    }
    case 'since': {
      // the span runs to the document date; an open end is no period
      if (s.year === null) return null;
      if (s.month !== null) {
        const from = `${s.year}-${pad2(s.month)}`;
        return doc && doc.year * 12 + doc.month > s.year * 12 + s.month ? `${from}..${doc.year}-${pad2(doc.month)}` : null;
      }
      return doc && doc.year > s.year ? `${s.year}..${doc.year}` : null;
    }
    case 'decade': {
      const d = s.decade ?? (s.decade2 !== null ? 1900 + s.decade2 : null);
      if (d === null) return null;
      // ("from the early 1990s to 1997")
      return s.year2 !== null && s.year2 > d && s.year2 - d <= 100 ? `${d}..${s.year2}` : `${d}..${d + 9}`;
    }
    case 'fiscal': {
      if (s.year === null) return null;
      let b = s.year2;
      if (b === null && s.yy !== null) {
        b = Math.floor(s.year / 100) * 100 + s.yy;
        if (b < s.year) b += 100;
      }
      return b !== null && b > s.year ? `${s.year}..${b}` : String(s.year);
    }
    case 'relYear': {
      // without a document date, relative to the article's own year (UNDATED_YEAR)
      if (m.rule.anchor === 'current') return String((doc?.year ?? anchor.currentYear ?? UNDATED_YEAR) + (m.rule.offset ?? 0));
      const base = useContext ? (anchor.contextYear ?? doc?.year ?? UNDATED_YEAR) : (doc?.year ?? UNDATED_YEAR);
      return String(base + (m.rule.offset ?? 0));
    }
    case 'lastYears':
      return doc && s.n !== null ? `${doc.year - s.n}..${doc.year}` : null;
    case 'yearToDate':
      return doc ? `${doc.year}-01..${doc.year}-${pad2(doc.month)}` : null;
  }
}
