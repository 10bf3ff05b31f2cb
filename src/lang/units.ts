// The language-independent unit catalogue: every unit symbol the extractor can
// emit, its physical dimension and its factor to the dimension's base unit, so
// that later stages can compare "3,5 Billionen Kubikmeter" with "124 tcf" or
// "2 Stunden" with "120 minutes". Per-language surface forms ("Kubikmetern",
// "cubic feet") live in src/lang/<lang>/units.ts and map onto these symbols.
import type { ClaimKind } from '../types.js';

export type Dimension =
  | 'length' | 'area' | 'volume' | 'mass' | 'time' | 'speed' | 'power' | 'energy'
  | 'data' | 'datarate' | 'frequency' | 'angle' | 'temperature' | 'ratio' | 'points' | 'money'
  /** electric charge, as battery capacities are given ("3.000 mAh") */
  | 'charge'
  /** image resolution in megapixels ("13 Megapixel") */
  | 'pixels'
  /** computing speed in floating-point operations a second ("70.72 teraflops") */
  | 'compute'
  /** a quantity per unit of time, e.g. bbl/d: see rateUnit() */
  | 'rate'
  /** how many times as much: "dreimal so viele", "four times more likely" (unit `x`) */
  | 'multiple';

export interface UnitInfo {
  symbol: string;
  dimension: Dimension;
  /** multiply a value in this unit by `factor` to get the dimension's base unit */
  factor: number;
  /** the dimension's base unit symbol */
  base: string;
}

const DAY = 86_400;
const YEAR = 365.2425 * DAY;

// [symbol, dimension, factor to base]; the first entry of each dimension is its base.
const TABLE: Array<[string, Dimension, number]> = [
  ['m', 'length', 1], ['km', 'length', 1e3], ['dm', 'length', 0.1], ['cm', 'length', 1e-2], ['mm', 'length', 1e-3],
  ['um', 'length', 1e-6], ['nm', 'length', 1e-9], ['pm', 'length', 1e-12],
  ['mi', 'length', 1609.344], ['ft', 'length', 0.3048], ['in', 'length', 0.0254], ['yd', 'length', 0.9144],
  ['nmi', 'length', 1852],
  ['m2', 'area', 1], ['km2', 'area', 1e6], ['cm2', 'area', 1e-4], ['ha', 'area', 1e4], ['acre', 'area', 4046.8564224],
  ['ft2', 'area', 0.09290304], ['mi2', 'area', 2_589_988.110336],
  ['m3', 'volume', 1], ['l', 'volume', 1e-3], ['ml', 'volume', 1e-6], ['hl', 'volume', 0.1], ['cm3', 'volume', 1e-6],
  ['bbl', 'volume', 0.158987294928], ['gal', 'volume', 0.003785411784], ['ft3', 'volume', 0.028316846592],
  // the British pint (568 ml), as beer is sold
  ['pint', 'volume', 5.6826125e-4],
  ['tsp', 'volume', 4.92892159375e-6], ['tbsp', 'volume', 1.478676478125e-5], ['cup', 'volume', 2.365882365e-4],
  ['kg', 'mass', 1], ['g', 'mass', 1e-3], ['mg', 'mass', 1e-6], ['ug', 'mass', 1e-9], ['t', 'mass', 1e3],
  // "ton" is the US short ton; metric tonnes are "t".
  ['ton', 'mass', 907.18474], ['lb', 'mass', 0.45359237], ['oz', 'mass', 0.028349523125], ['dr', 'mass', 0.0017718451953125],
  ['millisecond', 'time', 0.001], ['second', 'time', 1], ['minute', 'time', 60], ['hour', 'time', 3600], ['day', 'time', DAY], ['week', 'time', 7 * DAY],
  ['month', 'time', YEAR / 12], ['year', 'time', YEAR],
  ['m/s', 'speed', 1], ['km/h', 'speed', 1 / 3.6], ['mph', 'speed', 0.44704], ['kn', 'speed', 1852 / 3600],
  ['m/ms', 'speed', 1e3], ['cm/ms', 'speed', 10], ['km/ms', 'speed', 1e6],
  ['W', 'power', 1], ['kW', 'power', 1e3], ['MW', 'power', 1e6], ['GW', 'power', 1e9], ['TW', 'power', 1e12], ['hp', 'power', 745.7],
  ['Wh', 'energy', 1], ['kWh', 'energy', 1e3], ['MWh', 'energy', 1e6], ['GWh', 'energy', 1e9], ['TWh', 'energy', 1e12],
  ['Ah', 'charge', 1], ['mAh', 'charge', 1e-3],
  ['bit', 'data', 1], ['kbit', 'data', 1e3], ['Mbit', 'data', 1e6], ['Gbit', 'data', 1e9],
  ['B', 'data', 8], ['kB', 'data', 8e3], ['MB', 'data', 8e6], ['GB', 'data', 8e9], ['TB', 'data', 8e12], ['PB', 'data', 8e15], ['EB', 'data', 8e18],
  ['bit/s', 'datarate', 1], ['kbit/s', 'datarate', 1e3], ['Mbit/s', 'datarate', 1e6], ['Gbit/s', 'datarate', 1e9],
  ['MP', 'pixels', 1],
  ['FLOPS', 'compute', 1], ['MFLOPS', 'compute', 1e6], ['GFLOPS', 'compute', 1e9], ['TFLOPS', 'compute', 1e12], ['PFLOPS', 'compute', 1e15],
  ['Hz', 'frequency', 1], ['kHz', 'frequency', 1e3], ['MHz', 'frequency', 1e6], ['GHz', 'frequency', 1e9],
  ['rad', 'angle', 1], ['°', 'angle', Math.PI / 180], ['turn', 'angle', 2 * Math.PI],
  ['°C', 'temperature', 1], ['°F', 'temperature', 5 / 9],
  ['%', 'ratio', 1], ['pp', 'ratio', 1], ['bp', 'ratio', 0.01], ['‰', 'ratio', 0.1],
  ['pt', 'points', 1],
  ['x', 'multiple', 1],
];

const BY_SYMBOL = new Map<string, UnitInfo>();
{
  const bases = new Map<Dimension, string>();
  for (const [symbol, dimension, factor] of TABLE) {
    if (!bases.has(dimension)) bases.set(dimension, symbol);
    BY_SYMBOL.set(symbol, { symbol, dimension, factor, base: bases.get(dimension)! });
  }
}

/**
 * Time units a rate can be "per": the suffix after the slash. The contract spells `bbl/d`
 * and `km/h`; longer periods take its duration names (`t/year`, `EUR/month`).
 */
export const RATE_PERIODS: Record<string, string> = { d: 'day', week: 'week', month: 'month', year: 'year', h: 'hour' };

/** Dimensions for which "per day" / "a year" turns the figure into a rate (bbl/d, m3/year, t/year, GWh/year). */
export const RATE_DIMENSIONS: ReadonlySet<Dimension> = new Set<Dimension>(['volume', 'mass', 'energy']);

/** An ISO 4217 code (or BTC): three capital letters. */
export const isCurrencyCode = (unit: string): boolean => /^[A-Z]{3}$/.test(unit);

/** Catalogue entry for a symbol, including rates such as "bbl/d" (factor per second). */
export function unitInfo(symbol: string): UnitInfo | undefined {
  const direct = BY_SYMBOL.get(symbol);
  if (direct) return direct;
  if (isCurrencyCode(symbol)) return { symbol, dimension: 'money', factor: 1, base: symbol };
  const slash = symbol.lastIndexOf('/');
  if (slash > 0) {
    const num = BY_SYMBOL.get(symbol.slice(0, slash));
    const per = RATE_PERIODS[symbol.slice(slash + 1)];
    const den = per ? BY_SYMBOL.get(per) : undefined;
    if (num && den) return { symbol, dimension: 'rate', factor: num.factor / den.factor, base: `${num.base}/s` };
  }
  return undefined;
}

/** The claim kind a unit implies ("" -> count). */
export function kindOfUnit(symbol: string): ClaimKind {
  if (symbol === '') return 'count';
  const info = unitInfo(symbol);
  if (!info) return 'count';
  switch (info.dimension) {
    case 'money': return 'currency';
    case 'ratio': return 'percent';
    case 'time': return 'duration';
    default: return 'quantity';
  }
}

// Currency notation shared by every language: ISO 4217 codes, written after the
// figure ("2,5 Mio USD") or before it ("USD 200"), and currency symbols.
export const ISO_CODES: readonly string[] = [
  'USD', 'EUR', 'GBP', 'CHF', 'JPY', 'CNY', 'RUB', 'INR', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'MXN', 'BRL', 'KRW',
  'ZAR', 'SEK', 'NOK', 'DKK', 'CZK', 'PLN', 'HUF', 'TRY', 'ILS', 'AED', 'SAR', 'UAH', 'RON', 'BGN', 'ISK', 'TWD',
  'THB', 'IDR', 'MYR', 'PHP', 'ARS', 'CLP', 'COP', 'EGP', 'NGN', 'KZT', 'QAR', 'KWD', 'BTC', 'RSD', 'HRK', 'BYN',
  'IRR', 'PKR', 'VND', 'GEL', 'AZN', 'AMD', 'LKR', 'XOF', 'XAF',
];

/**
 * The countries of the two CFA francs (country code -> ISO code): Central Africa's (XAF) and West
 * Africa's (XOF). A bare "CFA francs" is the currency of the one the article names most.
 */
export const CFA_COUNTRIES: Readonly<Record<string, string>> = {
  CM: 'XAF', CF: 'XAF', TD: 'XAF', CG: 'XAF', GQ: 'XAF', GA: 'XAF',
  BJ: 'XOF', BF: 'XOF', CI: 'XOF', GW: 'XOF', ML: 'XOF', NE: 'XOF', SN: 'XOF', TG: 'XOF',
};

/** Currencies divided into cents: a "Cent"/"cents" figure takes one of these from its sentence. */
export const CENT_CURRENCIES: ReadonlySet<string> = new Set(['USD', 'EUR', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'TWD', 'ZAR']);

/** Codes that may also be read in lower case: none of them is a word of a supported language ("try" is). */
export const SAFE_LOWERCASE_CODES: readonly string[] = [
  'USD', 'EUR', 'GBP', 'CHF', 'JPY', 'CNY', 'RUB', 'INR', 'HKD', 'SEK', 'NOK', 'DKK', 'PLN', 'HUF', 'CZK', 'ZAR', 'BRL',
  'MXN', 'NZD', 'SGD', 'KRW', 'BTC',
];

/** Symbols and symbol-prefixed codes written before a figure, lower-cased: "$", "€", "us$", "hk$". */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  '$': 'USD', 'us$': 'USD', 'usd$': 'USD', 'u.s.$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₽': 'RUB',
  '₺': 'TRY', '₩': 'KRW', '₪': 'ILS', '₴': 'UAH', '₿': 'BTC', 'c$': 'CAD', 'ca$': 'CAD', 'can$': 'CAD', 'cad$': 'CAD',
  'a$': 'AUD', 'au$': 'AUD', 'aud$': 'AUD', 'nz$': 'NZD', 'nzd$': 'NZD', 'hk$': 'HKD', 'hkd$': 'HKD', 's$': 'SGD',
  'r$': 'BRL', 'mex$': 'MXN', 'mx$': 'MXN', 'mxn$': 'MXN', 'sfr': 'CHF',
};
