// Full dates (day, month, year) in a stretch of text, through the same time
// rules and chrono triggers period resolution uses, for finding a dateline.
import type { Lang } from '../types.js';
import type { TimeLexicon } from './period-lexicon.js';
import { compileTime, type RuleMatch } from './period-scan.js';
import { compileTriggers, scanTimes, type ChronoMatch } from './period-chrono.js';
import { formatMatch } from './period-format.js';
import { time as de } from '../lang/de/time.js';
import { time as en } from '../lang/en/time.js';

const TIME: Record<Lang, TimeLexicon> = { de, en };

export interface FoundDate {
  start: number;
  end: number;
  /** YYYY-MM-DD */
  date: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function fullDates(lang: Lang, text: string, from: number, to: number): FoundDate[] {
  const lex = TIME[lang];
  const out: FoundDate[] = [];
  const rules: RuleMatch[] = [];
  const dates: ChronoMatch[] = [];
  scanTimes(compileTime(lex), compileTriggers(lex), text, from, to, null, rules, dates);
  for (const r of rules) {
    if (r.rule.kind !== 'day' || r.slots.year === null) continue;
    const date = formatMatch(r, { contextYear: null, contextYearEnds: false, currentYear: null, doc: null });
    if (date && DAY.test(date)) out.push({ start: r.start, end: r.end, date });
  }
  for (const c of dates) {
    if (c.period && DAY.test(c.period) && c.year !== null && !out.some((o) => o.start < c.end && c.start < o.end)) {
      out.push({ start: c.start, end: c.end, date: c.period });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
