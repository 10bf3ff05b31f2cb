import type { RuleMatch } from './period-scan.js';
import { monthsEnding } from './period-format.js';

/**
 * Fiscal quarters follow the text's own definition (GUIDELINES: BA's "third quarter" is "the three
 * months to 31 December 2004", so 2004-Q4). A report that names a window of three months ending in a
 * month ("the three months to 31 December") and, near it, an ordinal quarter whose calendar months
 * end elsewhere ("a third quarter when fuel costs rose") counts its quarters from that window: each
 * quarter it names without a year moves by the same number of months. Where the quarter near the
 * window is the calendar one ("the three months to December ... the fourth quarter"), the
 * document's quarters stay the calendar's, whatever it names later ("down from the third quarter").
 */

/** How many sentences apart a window and the quarter it defines may stand. */
const DEFINITION_REACH = 2;

/** "the third quarter", "Q3", "im dritten Quartal": a quarter by its number, with no year, nor one fixed by the words ("the last quarter of 2004"). */
export function isBareQuarter(r: RuleMatch): boolean {
  return r.rule.kind === 'quarter' && r.slots.year === null && r.rule.offset === undefined && r.rule.quarter === undefined && r.slots.ord !== null;
}

/** The quarter's number: "final" (-1) is the fourth. */
function quarterNumber(r: RuleMatch): number {
  return r.slots.ord === -1 ? 4 : r.slots.ord!;
}

/** The month a window of three months ends in ("the three months to 31 December": 12), or null for any other time. */
function threeMonthWindowEnd(r: RuleMatch): number | null {
  if (r.rule.kind !== 'monthsTo' || (r.rule.months ?? r.slots.n) !== 3) return null;
  return r.slots.month;
}

/**
 * The months the document's quarters lie after the calendar's (BA: +3), 0 when they are the
 * calendar's or nothing defines them. `matchesOf(si)`: the rule matches of sentence si.
 */
export function fiscalQuarterShift(matchesOf: (si: number) => readonly RuleMatch[], sentences: number): number {
  // each sentence scanned once: the window's neighbours are read again by the search below
  const scanned: Array<readonly RuleMatch[] | undefined> = [];
  const matchesAt = (si: number) => (scanned[si] ??= matchesOf(si));
  for (let si = 0; si < sentences; si++) {
    for (const r of matchesAt(si)) {
      const end = threeMonthWindowEnd(r);
      if (end === null) continue;
      // the first window decides: the quarter nearest it, its own sentence's first, then one before it
      // (a lead names the quarter it reports: "Nike has reported its best second-quarter earnings ...
      // for the three months to 30 November ... after a strong first quarter"), then one after
      for (let d = 0; d <= DEFINITION_REACH; d++) {
        for (const sj of d === 0 ? [si] : [si - d, si + d]) {
          if (sj < 0 || sj >= sentences) continue;
          const quarter = matchesAt(sj).find(isBareQuarter);
          if (quarter) return end - 3 * quarterNumber(quarter);
        }
      }
      return 0;
    }
  }
  return 0;
}

/** A calendar quarter moved by `shift` months: "2004-Q3" +3 is "2004-Q4", "2004-Q2" +5 is "2004-09..2004-11"; other periods unchanged. */
export function shiftQuarterPeriod(period: string, shift: number): string {
  const m = /^(\d{4})-Q([1-4])$/.exec(period);
  if (!m || shift === 0) return period;
  const endIndex = Number(m[1]) * 12 + Number(m[2]) * 3 - 1 + shift;
  return monthsEnding(Math.floor(endIndex / 12), (endIndex % 12) + 1, 3);
}
