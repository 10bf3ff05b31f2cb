// Dates and relative expressions through chrono-node. chrono parses a whole
// sentence at ~1.5 MB/s and reads many German words as times ("so" = Sonntag,
// "von 2012" = 20:12), so it only ever sees the span of one trigger from the
// language's data, and only where a trigger occurs.
// The two locales we use, not the package root: that one loads all 16 of chrono's
// locales, about 10 MB more memory in every analysing thread.
import type * as chrono from 'chrono-node';
import { casual as casualDe } from 'chrono-node/de';
import { casual as casualEn } from 'chrono-node/en';
import type { ChronoTrigger, TimeLexicon } from './period-lexicon.js';
import { pad2, type DocDate } from './period-format.js';
import { ASCII_WORD, insideWord, ruleMatch, slotSources, type CompiledTime, type RuleMatch } from './period-scan.js';
import { StartIndex, execSubset, isWordCode, type Subset } from './period-starts.js';
import { WORD_END } from './period-view.js';

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

export interface CompiledTriggers {
  /** the triggers that may start at a position, as one sticky alternation */
  starts: StartIndex;
  triggers: CompiledTrigger[];
  parser: chrono.Chrono;
}

/** A trigger with its strip compiled (ChronoTrigger.strip). */
interface CompiledTrigger {
  pattern: string;
  relative: boolean;
  week: boolean;
  strip: RegExp | null;
}

const cache = new WeakMap<TimeLexicon, CompiledTriggers>();

/**
 * A language's triggers, compiled once. Callers fetch them outside their hot loops
 * and pass them to scanChrono: the first sentence of a second language then does
 * not run a path the scanner's optimised code has never seen.
 */
export function compileTriggers(lex: TimeLexicon): CompiledTriggers {
  const hit = cache.get(lex);
  if (hit) return hit;
  const month = slotSources(lex).month;
  // one numbered group per trigger (trigger patterns have no capturing groups)
  const alts = lex.chronoTriggers.map((t) => t.pattern.replace(/\{month\}/g, `(?:${month})`));
  const compiled: CompiledTriggers = {
    starts: new StartIndex(alts, WORD_END),
    // copied into one shape (`week` always present): triggers of two shapes made the scanner's code be thrown away
    triggers: lex.chronoTriggers.map((t) => ({ pattern: t.pattern, relative: t.relative, week: t.week === true, strip: t.strip ? new RegExp(t.strip, 'u') : null })),
    parser: lex.chronoLocale === 'de' ? casualDe : casualEn,
  };
  cache.set(lex, compiled);
  return compiled;
}

const DAY_MS = 86_400_000;

const ymd = (d: Date): string => `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;

function weekSpan(d: Date): string {
  const monday = new Date(d.getFullYear(), d.getMonth(), d.getDate() - ((d.getDay() + 6) % 7), 12);
  const sunday = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 6, 12);
  return `${ymd(monday)}..${ymd(sunday)}`;
}

function isDay(result: chrono.ParsedResult): boolean {
  return result.start.isCertain('day') || result.start.isCertain('weekday');
}

function toPeriod(result: chrono.ParsedResult, trigger: CompiledTrigger, ref: Date): string | null {
  const certain = (c: chrono.Component) => result.start.isCertain(c);
  let date = result.start.date();
  if (trigger.week) return weekSpan(date);
  if (certain('day') || certain('weekday')) {
    // a bare weekday in news is the last one: "am Montag" in a Tuesday article; the day after the
    // document's is the next one ("am Sonntag" in a Saturday preview: tomorrow, not six days ago)
    if (!certain('day') && date.getTime() > ref.getTime() + DAY_MS * 1.5) {
      date = new Date(date.getFullYear(), date.getMonth(), date.getDate() - 7, 12);
    }
    return ymd(date);
  }
  if (certain('month')) return `${date.getFullYear()}-${pad2(date.getMonth() + 1)}`;
  if (certain('year')) return String(date.getFullYear());
  return null;
}

// chrono's answer for one trigger text and reference date; the same few ("am Montag",
// "gestern") recur in every article of a day
const resultCache = new Map<string, { index: number; length: number; period: string | null; day: boolean; year: number } | null>();
const RESULT_CACHE_MAX = 4096;

function parseTrigger(c: CompiledTriggers, span: string, trigger: CompiledTrigger, ref: Date) {
  const key = `${ref.getTime()}|${span}|${trigger.week ? 'w' : ''}`;
  const hit = resultCache.get(key);
  if (hit !== undefined) return hit;
  const result = c.parser.parse(span, ref)[0];
  // chrono must have read (nearly) the whole trigger, not a stray word inside it
  const value =
    !result || result.text.length * 10 < span.length * 6
      ? null
      : { index: result.index, length: result.text.length, period: toPeriod(result, trigger, ref), day: isDay(result), year: result.start.date().getFullYear() };
  if (resultCache.size >= RESULT_CACHE_MAX) resultCache.clear();
  resultCache.set(key, value);
  return value;
}

/** Noon of the document date (or of a fixed day): what chrono resolves relative expressions against. */
function referenceDate(doc: DocDate | null): Date {
  return doc ? new Date(doc.year, doc.month - 1, doc.day, 12) : new Date(2000, 0, 1, 12);
}

const SINCE = /(?:[Ss]eit|[Ss]ince)(?: the| dem)?\s$/;

/**
 * chrono's periods in text[from, to). Relative ones without a document date are
 * reported with a null period: they still say the figure's time is not the one
 * of the sentence before. The pipeline finds these with the rules in one walk
 * (scanTimes); this is the date expressions' walk alone, which the tests hold
 * scanTimes to.
 */
export function scanChrono(c: CompiledTriggers, text: string, from: number, to: number, doc: DocDate | null): ChronoMatch[] {
  const out: ChronoMatch[] = [];
  if (c.triggers.length === 0) return out;
  const starts = c.starts;
  // the stretch alone (as the regexes read it), made only once a trigger may match: a match must not run on past its end
  let part: string | null = null;
  let prevWord = insideWord(text, from) ? 1 : 0;
  for (let p = from; p < to; p++) {
    const code = text.charCodeAt(p);
    // where no letter or digit comes before (a match inside a word is none) and a trigger may start
    const candidate = ~prevWord & starts.first[code];
    prevWord = code < 128 ? ASCII_WORD[code] : isWordCode(code) ? 1 : 0;
    if (candidate === 0) continue;
    const subset = starts.at(text, p, to);
    if (subset === null) continue;
    part ??= starts.subject(text, from, to);
    const end = triggerMatch(c, subset, part, text, from, p, doc, out);
    if (end < 0) continue;
    // go on after the match, whatever becomes of it
    p = end - 1;
    prevWord = isWordCode(text.charCodeAt(p)) ? 1 : 0;
  }
  return out;
}

/**
 * Rule matches and chrono's periods in text[from, to), into `rules` and `dates`:
 * scanRules and scanChrono in one walk over the text. Both look at word starts
 * and go on after a match of their own; the one walk tells each where it may
 * look again (a rule match does not hide a trigger, nor the other way round).
 */
export function scanTimes(
  rc: CompiledTime,
  tc: CompiledTriggers,
  text: string,
  from: number,
  to: number,
  doc: DocDate | null,
  rules: RuleMatch[],
  dates: ChronoMatch[],
): void {
  const ruleStarts = rc.starts;
  // no triggers (a language without chrono): a table that offers no start
  const triggerStarts = tc.triggers.length === 0 ? NO_STARTS : tc.starts;
  const table = scanTable(ruleStarts, triggerStarts);
  let rulePart: string | null = null;
  let triggerPart: string | null = null;
  // where each may look again: after its last match
  let ruleFrom = from;
  let triggerFrom = from;
  let prevWord = insideWord(text, from) ? WORD : 0;
  for (let i = from; i < to; i++) {
    // one table read per character: this runs for every character of the sentences read
    const k = table[text.charCodeAt(i)];
    // rules start words; triggers start where no letter or digit comes before
    const open = prevWord === 0;
    prevWord = k & WORD;
    if (!open || (k & (RULE | TRIGGER)) === 0) continue;
    if ((k & (WORD | RULE)) === (WORD | RULE) && i >= ruleFrom) {
      const subset = ruleStarts.at(text, i, to);
      if (subset !== null) {
        rulePart ??= ruleStarts.subject(text, from, to);
        const match = ruleMatch(rc, subset, rulePart, text, from, i);
        if (match !== null) {
          rules.push(match);
          ruleFrom = match.end;
        }
      }
    }
    if ((k & TRIGGER) !== 0 && i >= triggerFrom) {
      const subset = triggerStarts.at(text, i, to);
      if (subset !== null) {
        triggerPart ??= triggerStarts.subject(text, from, to);
        const end = triggerMatch(tc, subset, triggerPart, text, from, i, doc, dates);
        if (end >= 0) triggerFrom = end;
      }
    }
  }
}

/** scanTimes' table bits per code unit: a letter or digit; a rule may start with it; a trigger may. */
const WORD = 1;
const RULE = 2;
const TRIGGER = 4;

/** By rule index: its trigger index and the two's table of code units (one per language, built once). */
const scanTables = new WeakMap<StartIndex, { triggers: StartIndex; table: Uint8Array }>();

/** Per code unit: WORD, and RULE and TRIGGER where that index's `first` has it. */
function scanTable(ruleStarts: StartIndex, triggerStarts: StartIndex): Uint8Array {
  const hit = scanTables.get(ruleStarts);
  if (hit !== undefined && hit.triggers === triggerStarts) return hit.table;
  const table = new Uint8Array(65536);
  for (let code = 0; code < 65536; code++) {
    const isWord = code < 128 ? ASCII_WORD[code] === 1 : isWordCode(code);
    table[code] = (isWord ? WORD : 0) | (ruleStarts.first[code] ? RULE : 0) | (triggerStarts.first[code] ? TRIGGER : 0);
  }
  scanTables.set(ruleStarts, { triggers: triggerStarts, table });
  return table;
}

const NO_STARTS = new StartIndex([], WORD_END);

/** The last document date and its reference date: one Date per document, not per trigger. */
let lastDoc: DocDate | null = null;
let lastRef = referenceDate(null);

/**
 * The trigger of `subset` matching at text[at] (`part` is text[from, to) as the
 * regexes read it): its period, if chrono reads one, pushed to `out`. The end of
 * the trigger's match, or -1 where none matched.
 */
function triggerMatch(c: CompiledTriggers, subset: Subset, part: string, text: string, from: number, at: number, doc: DocDate | null, out: ChronoMatch[]): number {
  const hit = execSubset(subset, part, at - from);
  if (hit === null) return -1;
  const m = hit.m;
  const matchEnd = at + m[0].length;
  const trigger = c.triggers[hit.index];
  // the copy the regexes read stands other characters for some ("–"): chrono reads the text as written
  let span = m[0];
  if (!text.startsWith(span, at)) span = text.slice(at, at + span.length);
  if (trigger.relative && !doc) {
    out.push({ start: at, end: at + span.length, period: null, year: null, day: false });
    return matchEnd;
  }
  if (doc !== lastDoc) {
    lastDoc = doc;
    lastRef = referenceDate(doc);
  }
  const result = parseTrigger(c, trigger.strip ? span.replace(trigger.strip, '') : span, trigger, lastRef);
  if (!result || result.period === null) return matchEnd;
  let period: string | null = result.period;
  const start = at + result.index;
  // "since 11 September 2001": a span up to the document date, or no period
  if (SINCE.test(text.slice(Math.max(0, start - 12), start))) {
    period = doc && result.day ? `${period}..${doc.year}-${pad2(doc.month)}-${pad2(doc.day)}` : null;
  }
  out.push({ start, end: start + result.length, period, year: trigger.relative ? null : result.year, day: result.day });
  return matchEnd;
}
