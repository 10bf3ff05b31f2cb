import type { Claim } from '../types.js';
import type { Conversion } from './currency.js';
import { formatAmount } from './format.js';
import { centralValue, claimInterval, type Interval, type Margins } from './intervals.js';
import type { Measure } from './units.js';
import { parsePeriod, type PeriodSpan } from './periods.js';
import { relativeToCalendar } from '../context/relative-period.js';
import { UNDATED_YEAR } from '../context/period-format.js';

/** One claim inside a group, measured in the group's unit. */
export interface Figure {
  claim: Claim;
  measure: Measure;
  /** multiply the claim's value by this to get the group's unit */
  factor: number;
  /** the currency rate applied, if any */
  conversion: Conversion | null;
  interval: Interval;
  /** the stated figure in the group's unit (middle of a range) */
  central: number;
  span: PeriodSpan | null;
  /** the span is relative to an undated article's year ("[Y-1]"): it orders that article's figures only */
  relative: boolean;
  /** significant digits of the first number printed ("$41.48" 4, "£6.5m" 2, "half" 0): how rare the value is */
  digits: number;
  /** the claim's attribution in lower case, for telling sources apart */
  source: string | null;
}

export function makeFigure(
  claim: Claim, measure: Measure, factor: number, conversion: Conversion | null, margins: Margins, docIndex: number | null = null,
): Figure {
  const calendar = parsePeriod(claim.period);
  const relative = calendar ? null : relativeSpan(claim, docIndex);
  return {
    claim,
    measure,
    factor,
    conversion,
    interval: claimInterval(claim, factor, margins),
    central: centralValue(claim, factor),
    span: calendar ?? relative,
    relative: calendar === null && relative !== null,
    digits: printedDigits(claim.text, claim.kind === 'currency'),
    source: claim.attribution?.toLowerCase() ?? null,
  };
}

/** A bound read the other way round once its figure is negated. */
const MIRRORED: Record<Claim['qualifier'], Claim['qualifier']> = {
  exact: 'exact', about: 'about', range: 'range', at_most: 'at_least', at_least: 'at_most', more_than: 'less_than', less_than: 'more_than',
};

/**
 * A change its words say was a fall ("profits slumped 27%", "sanken um 16,8 Prozent"),
 * printed without a sign, as the negative change it is: then "slumped 27%" is not "up 27%",
 * and "sanken um 16,8 Prozent" is "minus 16,8 Prozent". Other claims are returned as they are.
 */
export function signedChange(c: Claim): Claim {
  if (c.direction !== 'down' || c.value <= 0 || (c.high !== null && c.high < 0)) return c;
  return c.high === null
    ? { ...c, value: -c.value, qualifier: MIRRORED[c.qualifier] }
    : { ...c, value: -c.high, high: -c.value, qualifier: MIRRORED[c.qualifier] };
}

/**
 * Significant digits of the first number printed: "$41.48" 4, "157,000" 3, "£6.5m" 2, "half" 0.
 * Zeros after a decimal mark count ("17.30m" 4, "4,0 Prozent" 2): nobody prints them by chance;
 * the decimal mark is the last "." or "," followed by one or two digits only ("1,250" groups).
 * Not an amount's cents ("£2.50" 2): prices are printed with two decimals whatever they are.
 */
function printedDigits(text: string, money: boolean): number {
  const number = (/\d[\d.,' ]*/.exec(text)?.[0] ?? '').replace(/[.,' ]+$/, '');
  const digits = number.replace(/\D/g, '').replace(/^0+/, '');
  return DECIMAL_TAIL.test(number) && !(money && CENTS_TAIL.test(number)) ? digits.length : digits.replace(/0+$/, '').length;
}

/** Two digits after a decimal mark: an amount's cents. */
const CENTS_TAIL = /\d[.,]\d{2}$/;

/** A number that ends in a decimal part of one or two digits ("17.30", "4,0"), not in a group of three ("1,250"). */
const DECIMAL_TAIL = /\d[.,]\d{1,2}$/;

/** Days between two articles' own years: more than any relative period reaches. */
const ARTICLE_DAYS = 400_000;

/**
 * An undated article's relative period ("[Y-1]" for "im Vorjahr") as a span of its own:
 * in the article's own stretch of the time line (`docIndex` apart), so "[Y-1]" and "[Y]"
 * of one article order as years do, while two articles' "[Y]" never meet (their years
 * may differ). Dates are left out: one event's dates are compared across articles.
 */
function relativeSpan(claim: Claim, docIndex: number | null): PeriodSpan | null {
  if (!claim.relativePeriod || docIndex === null || claim.kind === 'date') return null;
  const span = parsePeriod(relativeToCalendar(claim.relativePeriod, UNDATED_YEAR));
  if (!span) return null;
  const shift = (docIndex + 1) * ARTICLE_DAYS;
  return { label: claim.relativePeriod, first: span.first + shift, last: span.last + shift };
}

const HEDGE_SIGN: Record<Claim['qualifier'], string> = {
  exact: '', range: '', about: '≈', at_most: '≤', at_least: '≥', more_than: '>', less_than: '<',
};

/** The figure as reasons print it, hedge as a sign: "≈3.5 bn USD", "<5 %", "1.5–2 %". */
export function showFigure(f: Figure, unit: string): string {
  const c = f.claim;
  const high = c.high === null ? null : c.high * f.factor;
  return HEDGE_SIGN[c.qualifier] + formatAmount(c.value * f.factor, high, unit);
}

/** A short place for reasons: file name and line ("001_x.txt:22"). */
export function shortPlace(c: Pick<Claim, 'doc' | 'line'>): string {
  const slash = Math.max(c.doc.lastIndexOf('/'), c.doc.lastIndexOf('\\'));
  return `${c.doc.slice(slash + 1)}:${c.line}`;
}

/** The figure as other articles see it: a period relative to its own article's year is none to them. */
export const acrossArticles = (f: Figure): Figure => (f.relative ? { ...f, span: null, relative: false } : f);

/** Time order: earlier periods first, a shorter period before a longer one starting the same day, no period last. */
export function byTime(a: Figure, b: Figure): number {
  if (a.span && b.span) {
    if (a.span.first !== b.span.first) return a.span.first - b.span.first;
    if (a.span.last !== b.span.last) return a.span.last - b.span.last;
  } else if (a.span || b.span) return a.span ? -1 : 1;
  return byPlace(a.claim, b.claim);
}

export function byPlace(a: Claim, b: Claim): number {
  if (a.doc !== b.doc) return a.doc < b.doc ? -1 : 1;
  if (a.start !== b.start) return a.start - b.start;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The claims that `keep` accepts, by sentence, each sentence's in reading order; only
 * sentences with two or more of them (the pairs text-rates.ts and previous-level.ts read).
 */
export function sentencesWithSeveral(claims: readonly Claim[], keep: (c: Claim) => boolean): Claim[][] {
  const bySentence = new Map<string, Claim[]>();
  for (const c of claims) {
    if (!keep(c)) continue;
    const k = `${c.doc}\u0000${c.sentenceIndex}`;
    const list = bySentence.get(k);
    if (list) list.push(c);
    else bySentence.set(k, [c]);
  }
  const out: Claim[][] = [];
  for (const list of bySentence.values()) if (list.length > 1) out.push(list.sort((a, b) => a.start - b.start));
  return out;
}
