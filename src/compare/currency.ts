import { isoToDay, parsePeriod } from './periods.js';

/** 1 `from` = `rate` `to`, as published on `date` (YYYY-MM-DD). */
export interface CurrencyRate {
  from: string;
  to: string;
  rate: number;
  date: string;
  /** where the rate came from, named in reasons ("config", "--rate") */
  source?: string;
}

export interface Conversion {
  /** multiply an amount in `from` by this to get `to` */
  factor: number;
  rate: CurrencyRate;
}

/**
 * The rate for from -> to nearest in time to the figure's period (the latest
 * one when the figure has no period). Inverse rates are used too; chains
 * through a third currency are not: a fact-checker should see the one rate
 * that was applied.
 */
export function findConversion(rates: readonly CurrencyRate[], from: string, to: string, period: string | null): Conversion | null {
  if (from === to) return null;
  const span = parsePeriod(period);
  const when = span ? (span.first + span.last) / 2 : null;
  let best: Conversion | null = null;
  let bestDistance = Infinity;
  let bestDay = -Infinity;
  for (const r of rates) {
    let factor: number;
    if (r.from === from && r.to === to) factor = r.rate;
    else if (r.from === to && r.to === from) factor = 1 / r.rate;
    else continue;
    const d = isoToDay(r.date) ?? -Infinity;
    const distance = when === null ? 0 : Math.abs(d - when);
    if (distance < bestDistance || (distance === bestDistance && d > bestDay)) {
      best = { factor, rate: r };
      bestDistance = distance;
      bestDay = d;
    }
  }
  return best;
}

/** How a reason names a rate: "1 EUR = 1.08 USD (2025-01-31, config)". */
export function describeRate(r: CurrencyRate): string {
  return `1 ${r.from} = ${r.rate} ${r.to} (${[r.date, r.source].filter(Boolean).join(', ')})`;
}

/**
 * Parses "EUR/USD=1.08@2025-01-31" (the --rate syntax). Throws an Error with a
 * one-line message a user can act on.
 */
export function parseRate(text: string, source = '--rate'): CurrencyRate {
  const m = /^\s*([A-Za-z]{3})\s*\/\s*([A-Za-z]{3})\s*=\s*([0-9]+(?:\.[0-9]+)?)\s*@\s*(\d{4}-\d{2}-\d{2})\s*$/.exec(text);
  if (!m) throw new Error(`rate "${text}" must look like EUR/USD=1.08@2025-01-31`);
  const rate = Number(m[3]);
  if (!(rate > 0)) throw new Error(`rate "${text}" must be a positive number`);
  if (isoToDay(m[4]) === null) throw new Error(`rate "${text}" has no valid date`);
  return { from: m[1].toUpperCase(), to: m[2].toUpperCase(), rate, date: m[4], source };
}
