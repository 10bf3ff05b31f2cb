// Dates and relative expressions through chrono-node. chrono parses a whole
// sentence at ~1.5 MB/s and reads many German words as times ("so" = Sonntag,
// "von 2012" = 20:12), so it only ever sees the span of one trigger from the
// language's data, and only where a trigger occurs.
import * as chrono from 'chrono-node';
import type { ChronoTrigger, TimeLexicon } from './period-lexicon.js';
import { pad2, type DocDate } from './period-format.js';
import { slotSources } from './period-scan.js';

export interface ChronoMatch {
  start: number;
  end: number;
  /** null: a relative expression without a document date to resolve it */
  period: string | null;
  /** the year written in the expression (absolute dates only) */
  year: number | null;
  /** names a day ("am Montag", "gestern", "21.01.2025") */
  day: boolean;
}

interface CompiledTriggers {
  regex: RegExp;
  triggers: ChronoTrigger[];
  parser: chrono.Chrono;
}

const cache = new WeakMap<TimeLexicon, CompiledTriggers>();

function compileTriggers(lex: TimeLexicon): CompiledTriggers {
  const hit = cache.get(lex);
  if (hit) return hit;
  const month = slotSources(lex).month;
  const alts = lex.chronoTriggers.map((t, i) => `(?<c_${i}>${t.pattern.replace(/\{month\}/g, `(?:${month})`)})`);
  const compiled: CompiledTriggers = {
    regex: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'gu'),
    triggers: lex.chronoTriggers,
    parser: lex.chronoLocale === 'de' ? chrono.de.casual : chrono.en.casual,
  };
  cache.set(lex, compiled);
  return compiled;
}

const ymd = (d: Date): string => `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;

function weekSpan(d: Date): string {
  const monday = new Date(d.getFullYear(), d.getMonth(), d.getDate() - ((d.getDay() + 6) % 7), 12);
  const sunday = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 6, 12);
  return `${ymd(monday)}..${ymd(sunday)}`;
}

function isDay(result: chrono.ParsedResult): boolean {
  return result.start.isCertain('day') || result.start.isCertain('weekday');
}

function toPeriod(result: chrono.ParsedResult, trigger: ChronoTrigger, ref: Date): string | null {
  const certain = (c: chrono.Component) => result.start.isCertain(c);
  let date = result.start.date();
  if (trigger.week) return weekSpan(date);
  if (certain('day') || certain('weekday')) {
    // a bare weekday in news is the last one: "am Montag" in a Tuesday article
    if (!certain('day') && date.getTime() > ref.getTime()) {
      date = new Date(date.getFullYear(), date.getMonth(), date.getDate() - 7, 12);
    }
    return ymd(date);
  }
  if (certain('month')) return `${date.getFullYear()}-${pad2(date.getMonth() + 1)}`;
  if (certain('year')) return String(date.getFullYear());
  return null;
}

const SINCE = /(?:[Ss]eit|[Ss]ince)(?: the| dem)?\s$/;

/**
 * chrono's periods in text[from, to). Relative ones without a document date are
 * reported with a null period: they still say the figure's time is not the one
 * of the sentence before.
 */
export function scanChrono(lex: TimeLexicon, text: string, from: number, to: number, doc: DocDate | null): ChronoMatch[] {
  if (lex.chronoTriggers.length === 0) return [];
  const c = compileTriggers(lex);
  const out: ChronoMatch[] = [];
  const ref = doc ? new Date(doc.year, doc.month - 1, doc.day, 12) : new Date(2000, 0, 1, 12);
  const re = c.regex;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < to) {
    const groups = m.groups ?? {};
    let i = 0;
    while (groups[`c_${i}`] === undefined) i++;
    const trigger = c.triggers[i];
    const span = m[0];
    if (trigger.relative && !doc) {
      out.push({ start: m.index, end: m.index + span.length, period: null, year: null, day: false });
      continue;
    }
    const result = c.parser.parse(span, ref)[0];
    // chrono must have read (nearly) the whole trigger, not a stray word inside it
    if (!result || result.text.length * 10 < span.length * 6) continue;
    let period = toPeriod(result, trigger, ref);
    if (period === null) continue;
    const start = m.index + result.index;
    // "since 11 September 2001": a span up to the document date, or no period
    if (SINCE.test(text.slice(Math.max(0, start - 12), start))) {
      period = doc && isDay(result) ? `${period}..${doc.year}-${pad2(doc.month)}-${pad2(doc.day)}` : null;
    }
    out.push({
      start,
      end: start + result.text.length,
      period,
      year: trigger.relative ? null : result.start.date().getFullYear(),
      day: isDay(result),
    });
  }
  return out;
}
