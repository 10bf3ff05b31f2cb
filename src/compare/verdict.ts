import type { Verdict } from '../types.js';
import { describeRate } from './currency.js';
import { acrossArticles, byTime, showFigure, shortPlace, type Figure } from './figures.js';
import { relativeToCalendar } from '../context/relative-period.js';
import { formatChange, formatPointChange } from './format.js';
import { compatible } from './intervals.js';
import { isChangePair } from './cluster.js';
import type { ChangePairs } from './previous-level.js';
import { parsePeriod, periodDays, periodsOverlap, type PeriodSpan } from './periods.js';

export interface Judgement {
  verdict: Verdict;
  reason: string;
  /** the figures in the order the reason and the table show them (time order) */
  ordered: Figure[];
}

const sameSentence = (a: Figure, b: Figure) => a.claim.doc === b.claim.doc && a.claim.sentenceIndex === b.claim.sentenceIndex;
const spanKey = (s: PeriodSpan | null) => (s ? `${s.first}:${s.last}` : '');

/**
 * "[Y-1]" ("im Vorjahr") of an undated article is some calendar year we cannot name: a
 * figure of it that states the same value as a calendar-dated one of the group
 * ("7,9 Milliarden Verlust 2014" in the headline) is read as that figure, as an undated
 * figure would be; otherwise it keeps its relative place in the series.
 */
function readRelativeAsCalendar(figures: Figure[], tolerance: number): Figure[] {
  if (!figures.some((f) => f.relative)) return figures;
  const same = (f: Figure, g: Figure) =>
    Math.abs(g.central - f.central) <= tolerance * Math.max(Math.abs(f.central), Math.abs(g.central)) && compatible(f.interval, g.interval, tolerance);
  const docs = new Set(figures.map((f) => f.claim.doc));
  // an article whose "[Y]" figure states the value of a calendar-dated one ("75 bn (2004)") has
  // told its year: all its relative periods become calendar ones ("[Y-1]" = 2003)
  const yearOf = new Map<string, number>();
  for (const f of figures) {
    if (!f.relative || yearOf.has(f.claim.doc)) continue;
    for (const g of figures) {
      if (g.relative || !g.span || !same(f, g)) continue;
      const year = Number(g.span.label.slice(0, 4)) - relativeOffset(f.span!.label);
      if (relativeToCalendar(f.span!.label, year) === g.span.label) { yearOf.set(f.claim.doc, year); break; }
    }
  }
  return figures.map((f) => {
    if (!f.relative) return f;
    const year = yearOf.get(f.claim.doc);
    if (year !== undefined) {
      const span = parsePeriod(relativeToCalendar(f.span!.label, year));
      return span ? { ...f, span, relative: false } : acrossArticles(f);
    }
    // among other articles' figures a year relative to an unknown one says nothing
    return docs.size > 1 ? acrossArticles(f) : f;
  });
}

/** "[Y-1]-10" -> -1: the year offset a relative period starts with. */
function relativeOffset(label: string): number {
  const m = /^\[Y([+-]\d+)?\]/.exec(label);
  return m && m[1] ? Number(m[1]) : 0;
}

/**
 * The dated figures that differ from every earlier one in period or interval, in order: a
 * pair of figures disagrees by their intervals alone, so repeats add no pair (a repeat
 * that is the earlier level of a figure, and so not weighed against it, repeats another
 * that is weighed). Undated figures are never weighed against each other.
 */
function distinctFigures(ordered: readonly Figure[]): Figure[] {
  const seen = new Set<string>();
  const out: Figure[] = [];
  for (const f of ordered) {
    if (!f.span) continue;
    const key = `${spanKey(f.span)}\u0000${f.interval.lo}\u0000${f.interval.hi}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}

/**
 * The verdict for one real-world figure as several documents state it (a
 * cluster, see cluster.ts). Figures are weighed against each other only when
 * their periods are the same span: a half-year lies inside its year, but its
 * figure is a different quantity (nothing is annualised), so that is
 * `different_period`, shown in time order with the change between periods.
 */
export function judgeQuantities(figures: Figure[], unit: string, tolerance: number, pairs: ChangePairs = { partners: new Map(), revised: new Set() }): Judgement {
  const partners = pairs.partners;
  const ordered = readRelativeAsCalendar(figures, tolerance).sort(byTime);
  const pair = (a: Figure, b: Figure) => isChangePair(a, b, partners) && !pairs.revised.has(a.claim.id) && !pairs.revised.has(b.claim.id);
  const show = (f: Figure) => showFigure(f, unit);
  if (ordered.length === 1) {
    const f = ordered[0];
    return { verdict: 'single', reason: `stated once: ${show(f)}${f.span ? ` (${f.span.label})` : ''}`, ordered };
  }
  const rates = conversionsNote(ordered);

  // conflicts: same period, incompatible; the widest gap is reported. Figures of one period
  // and one interval are weighed once (thousands of articles restating one rate are one
  // figure here): whether two disagree depends on their intervals alone
  const weighed = distinctFigures(ordered);
  let worst: { a: Figure; b: Figure; gap: number } | null = null;
  for (let i = 0; i < weighed.length; i++) {
    for (let j = i + 1; j < weighed.length; j++) {
      const a = weighed[i];
      const b = weighed[j];
      if (!a.span || !b.span || spanKey(a.span) !== spanKey(b.span) || pair(a, b)) continue;
      if (compatible(a.interval, b.interval, tolerance)) continue;
      const gap = Math.abs(a.central - b.central) / Math.max(Math.abs(a.central), Math.abs(b.central), Number.MIN_VALUE);
      if (!worst || gap > worst.gap) worst = { a, b, gap };
    }
  }
  if (worst) {
    const { a, b, gap } = worst;
    return {
      verdict: 'conflict',
      reason: `for ${a.span!.label}: ${show(a)} (${shortPlace(a.claim)}) vs ${show(b)} (${shortPlace(b.claim)})` +
        ` differ by ${pct(gap, 0)}, beyond stated precision, hedges and ${pct(tolerance)} tolerance${rates}`,
      ordered,
    };
  }

  const clusters = new Map<string, Figure[]>();
  for (const f of ordered) {
    if (!f.span) continue;
    const list = clusters.get(spanKey(f.span));
    if (list) list.push(f);
    else clusters.set(spanKey(f.span), [f]);
  }
  const noPeriod = ordered.filter((f) => !f.span).length;
  const noPeriodNote = noPeriod ? `; no period stated for ${noPeriod}, ${noPeriod === 1 ? 'it agrees' : 'they agree'} with one dated figure` : '';

  if (clusters.size >= 2) {
    const steps: string[] = [];
    let prev: Figure | null = null;
    for (const fs of clusters.values()) {
      const f = fs[0];
      let step = `${show(f)} (${f.span!.label})`;
      if (prev) {
        const change = changeText(prev, f, unit);
        if (change) step += `: ${change}`;
      }
      steps.push(step);
      prev = f;
    }
    // one line: a long series shows its ends
    const MAX_STEPS = 5;
    let reason = steps.length <= MAX_STEPS ? steps.join(' -> ') : [...steps.slice(0, 2), `… (${steps.length} periods)`, ...steps.slice(-2)].join(' -> ');
    const lengths = new Set([...clusters.values()].map((fs) => (periodDays(fs[0].span!) >= 365 ? 'year' : 'part')));
    if (lengths.size > 1) reason += '; part-year and full-year figures, not annualised';
    return { verdict: 'different_period', reason: reason + noPeriodNote + rates, ordered };
  }

  // "fell to 95.5 from 97.5": the sentence itself gives an earlier level and the new one
  const byId = new Map(ordered.map((f) => [f.claim.id, f]));
  const earlier = ordered.find((e) => byId.has(partners.get(e.claim.id) ?? ''));
  if (earlier) {
    const later = byId.get(partners.get(earlier.claim.id)!)!;
    const change = changeText(earlier, later, unit);
    const others = ordered.length - 2;
    const more = (others ? `; ${others} more figure${others === 1 ? '' : 's'}` : '') + rates;
    const pairFirst = [earlier, later, ...ordered.filter((f) => f !== earlier && f !== later)];
    // "revised down from 157,000 to 133,000": two estimates of one figure for one period
    if (pairs.revised.has(earlier.claim.id)) {
      const agree = compatible(earlier.interval, later.interval, tolerance);
      return {
        verdict: agree ? 'consistent' : 'conflict',
        reason: `revised from ${show(earlier)} to ${show(later)}${change ? ` (${change})` : ''}, as ${shortPlace(later.claim)} states` +
          `${agree ? ': within stated precision and tolerance' : ': the earlier estimate no longer holds'}${more}`,
        ordered: pairFirst,
      };
    }
    const label = (f: Figure) => `${show(f)}${f.span ? ` (${f.span.label})` : ''}`;
    return {
      verdict: 'different_period',
      reason: `${label(earlier)} -> ${label(later)}${change ? `: ${change}` : ''}; an earlier level and the new one, as ${shortPlace(later.claim)} states them${more}`,
      ordered: pairFirst,
    };
  }

  const periods = [...clusters.keys()].length ? [ordered.find((f) => f.span)!.span!.label] : [];
  const values = distinct(ordered.map(show));
  return {
    verdict: 'consistent',
    reason: `${ordered.length} figures agree${periods.length ? ` for ${periods[0]}` : ''}: ${values.slice(0, 4).join(', ')}${values.length > 4 ? ', …' : ''}` +
      (noPeriod && periods.length ? ` (no period stated for ${noPeriod})` : '') + rates,
    ordered,
  };
}

/**
 * The verdict for dates claimed for one event ("Höhepunkt 2013" vs "im Mai
 * 2014"): the dates must overlap. "um 2013" allows a year either side; "vor",
 * "bis" and "seit" open the interval on one side.
 */
export function judgeDates(figures: Figure[]): Judgement {
  const ordered = [...figures].sort(byTime);
  const spans = ordered.map(dateSpan);
  const label = (i: number) => ordered[i].span?.label ?? String(ordered[i].claim.value);
  if (ordered.length === 1) return { verdict: 'single', reason: `stated once: ${label(0)}`, ordered };
  for (let i = 0; i < ordered.length; i++) {
    for (let j = i + 1; j < ordered.length; j++) {
      const a = spans[i];
      const b = spans[j];
      if (!a || !b || periodsOverlap(a, b) || sameSentence(ordered[i], ordered[j])) continue;
      return {
        verdict: 'conflict',
        reason: `dates disagree: ${label(i)} (${shortPlace(ordered[i].claim)}) vs ${label(j)} (${shortPlace(ordered[j].claim)})`,
        ordered,
      };
    }
  }
  return { verdict: 'consistent', reason: `dates agree: ${distinct(ordered.map((_, i) => label(i))).join(', ')}`, ordered };
}

const YEAR_DAYS = 366;

function dateSpan(f: Figure): PeriodSpan | null {
  const c = f.claim;
  let span = f.span ?? (Number.isInteger(c.value) ? parsePeriod(String(c.value).padStart(4, '0')) : null);
  if (!span) return null;
  if (c.qualifier === 'range' && c.high !== null) {
    const end = parsePeriod(String(c.high).padStart(4, '0'));
    if (end) span = { ...span, last: Math.max(span.last, end.last) };
  }
  switch (c.qualifier) {
    case 'about': return { ...span, first: span.first - YEAR_DAYS, last: span.last + YEAR_DAYS };
    case 'at_most': case 'less_than': return { ...span, first: -Infinity };
    case 'at_least': case 'more_than': return { ...span, last: Infinity };
    default: return span;
  }
}

/** The change from one figure to the next as reasons print it: points for percentages, else per cent. */
function changeText(from: Figure, to: Figure, unit: string): string | null {
  return unit === '%' ? formatPointChange(from.central, to.central) : formatChange(from.central, to.central);
}

function conversionsNote(figures: Figure[]): string {
  const used = distinct(figures.filter((f) => f.conversion).map((f) => describeRate(f.conversion!.rate)));
  return used.length ? `; converted at ${used.join(', ')}` : '';
}

const distinct = (xs: string[]) => [...new Set(xs)];
const pct = (x: number, decimals = 1) => `${Math.round(x * 100 * 10 ** decimals) / 10 ** decimals} %`;
