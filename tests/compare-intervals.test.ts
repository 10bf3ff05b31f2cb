import { describe, expect, it } from 'vitest';
import { claimInterval, compatible, DEFAULT_MARGINS } from '../src/compare/intervals.js';
import { parsePeriod, relatePeriods } from '../src/compare/periods.js';
import { measureOf } from '../src/compare/units.js';
import { findConversion, parseRate } from '../src/compare/currency.js';
import type { Claim } from '../src/types.js';

type Fig = Pick<Claim, 'value' | 'high' | 'qualifier' | 'hedge' | 'precision'>;
const fig = (value: number, more: Partial<Fig> = {}): Fig => ({ value, high: null, qualifier: 'exact', hedge: null, precision: 0, ...more });
const iv = (f: Fig) => claimInterval(f, 1, DEFAULT_MARGINS);
const agree = (a: Fig, b: Fig, tolerance = 0) => compatible(iv(a), iv(b), tolerance);

describe('intervals: what a printed figure allows', () => {
  it('stated precision: "2,8 Mrd." covers 2.75 to 2.85 bn', () => {
    const i = iv(fig(2.8e9, { precision: 0.05e9 }));
    expect(i.lo).toBeCloseTo(2.75e9);
    expect(i.hi).toBeCloseTo(2.85e9);
    expect(agree(fig(2.8e9, { precision: 0.05e9 }), fig(2.84e9, { precision: 0.005e9 }))).toBe(true);
    expect(agree(fig(2.8e9, { precision: 0.05e9 }), fig(2.9e9, { precision: 0.005e9 }))).toBe(false);
  });

  it('"rund 3,5 Milliarden" agrees with 3.4 bn but not with 2.8 bn', () => {
    const about = fig(3.5e9, { qualifier: 'about', hedge: 'rund', precision: 0.05e9 });
    expect(agree(about, fig(3.4e9, { precision: 0.05e9 }))).toBe(true);
    expect(agree(about, fig(2.8e9, { precision: 0.05e9 }))).toBe(false);
  });

  it('"knapp 526 Millionen" is a little under 526 million, not above it', () => {
    const knapp = fig(526e6, { qualifier: 'at_most', hedge: 'knapp', precision: 0.5e6 });
    expect(agree(knapp, fig(520e6))).toBe(true);
    expect(agree(knapp, fig(540e6))).toBe(false);
    expect(agree(knapp, fig(300e6))).toBe(false);
  });

  it('"bis zu 526 Millionen" (up to) is open below', () => {
    const upTo = fig(526e6, { qualifier: 'at_most', hedge: 'bis zu' });
    expect(agree(upTo, fig(300e6))).toBe(true);
    expect(agree(upTo, fig(600e6))).toBe(false);
  });

  it('"über 400.000 Barrel" (more than) is above the threshold, within reason', () => {
    const over = fig(400000, { qualifier: 'more_than', hedge: 'über', precision: 500 });
    expect(agree(over, fig(428000))).toBe(true);
    expect(agree(over, fig(390000))).toBe(false);
    expect(agree(over, fig(1.2e6))).toBe(false);
  });

  it('"less than 5 %" excludes 6 %, "at least 3 bn" allows 10 bn', () => {
    expect(agree(fig(5, { qualifier: 'less_than', hedge: 'less than' }), fig(4.2))).toBe(true);
    expect(agree(fig(5, { qualifier: 'less_than', hedge: 'less than' }), fig(6))).toBe(false);
    expect(agree(fig(3e9, { qualifier: 'at_least', hedge: 'at least' }), fig(10e9))).toBe(true);
    expect(agree(fig(3e9, { qualifier: 'at_least', hedge: 'gut' }), fig(10e9))).toBe(false);
  });

  it('ranges: "1,5 bis 2 Prozent" contains 1.8 % and not 2.5 %', () => {
    const range = fig(1.5, { qualifier: 'range', high: 2, precision: 0.05 });
    expect(agree(range, fig(1.8))).toBe(true);
    expect(agree(range, fig(2.5, { precision: 0.05 }))).toBe(false);
  });

  it('tolerance lets near misses pass: 100 vs 103 with 2 % fails, with 5 % passes', () => {
    expect(agree(fig(100), fig(103), 0.02)).toBe(false);
    expect(agree(fig(100), fig(103), 0.05)).toBe(true);
  });

  it('negative figures widen by their size too', () => {
    expect(agree(fig(-78, { qualifier: 'about', hedge: 'about' }), fig(-80))).toBe(true);
    expect(agree(fig(-78), fig(-90), 0.02)).toBe(false);
  });
});

describe('periods', () => {
  it('parses every contract notation into day spans', () => {
    for (const p of ['2024', '2025-H1', '2025-Q2', '2014-05', '2025-01-21', '2025-01..2025-07', '1980s']) {
      expect(parsePeriod(p), p).not.toBeNull();
    }
    expect(parsePeriod('last year')).toBeNull();
    expect(parsePeriod(null)).toBeNull();
  });

  it('a half-year lies inside its year but is not the same period', () => {
    expect(relatePeriods(parsePeriod('2025-H1')!, parsePeriod('2025')!)).toBe('nested');
    expect(relatePeriods(parsePeriod('2025-01..2025-06')!, parsePeriod('2025-H1')!)).toBe('same');
    expect(relatePeriods(parsePeriod('2013')!, parsePeriod('2014-05')!)).toBe('disjoint');
  });
});

describe('units and currencies', () => {
  it('keeps dimensions apart: %, pp, money, mass, counts', () => {
    const dim = (unit: string, kind: Claim['kind']) => measureOf({ unit, kind }).dimension;
    expect(dim('%', 'percent')).toBe('percent');
    expect(dim('pp', 'percent')).toBe('percentage points');
    expect(dim('USD', 'currency')).toBe('money');
    expect(dim('t', 'quantity')).toBe(dim('kg', 'quantity'));
    expect(measureOf({ unit: 't', kind: 'quantity' }).factor).toBe(1000);
    expect(dim('bbl/d', 'quantity')).toBe('volume/duration');
    expect(dim('', 'count')).toBe('count');
    expect(dim('Stockwerke', 'count')).toBe('count');
    expect(dim('furlongs', 'quantity')).toBe('unit:furlongs');
  });

  it('picks the rate nearest the figure\'s period and uses it both ways', () => {
    const rates = [parseRate('EUR/USD=1.08@2025-01-31'), parseRate('EUR/USD=1.17@2025-07-31')];
    expect(findConversion(rates, 'EUR', 'USD', '2025-01')!.factor).toBe(1.08);
    expect(findConversion(rates, 'EUR', 'USD', '2025-H2')!.factor).toBe(1.17);
    expect(findConversion(rates, 'USD', 'EUR', '2025-01')!.factor).toBeCloseTo(1 / 1.08);
    expect(findConversion(rates, 'EUR', 'GBP', '2025')).toBeNull();
    expect(() => parseRate('EUR to USD 1.08')).toThrow(/EUR\/USD=1.08@2025-01-31/);
  });
});
