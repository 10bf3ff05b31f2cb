// Reads a run of digits with separators ("2,8", "400.000", "1.234,5", "1 000",
// "1,234.5") as a number. Which mark is the decimal one is decided by the text
// itself where it can be (both marks present, repeated groups, a group that is
// not three digits long) and by the language's convention otherwise: "1.500"
// is 1500 in German and 1.5 in English, "2,8" is 2.8 in German.
import { grown } from '../typed-arrays.js';

export interface Numeral {
  value: number;
  /** digits after the decimal mark (precision is half a step of the last one) */
  decimals: number;
  /** digits only, no separator of any kind: candidates for years, codes, model numbers */
  plain: boolean;
  /** digits before the decimal mark */
  intDigits: number;
  /** "05", "007": numbering, not quantities */
  leadingZero: boolean;
}

/** Every Numeral is made here, in one property order: one shape, so V8 keeps the readers of them optimised. */
const numeral = (value: number, decimals: number, plain: boolean, intDigits: number, leadingZero: boolean): Numeral =>
  ({ value, decimals, plain, intDigits, leadingZero });

/** A separator as the rules compare it: the group spaces as " ", "’" as "'", any other as itself (UTF-16 codes). */
function separatorCode(c: number): number {
  if (c === 0x20 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x2007 || c === 0x2008) return 0x20;
  return c === 0x2019 ? 0x27 : c;
}

/**
 * Where the separators of the numeral being read stand, and what they are (separatorCode):
 * scratch read and written only inside parseNumeral. Group g runs from after separator
 * g - 1 (or the start) to separator g (or the end). Arrays of group strings and
 * separator strings, a Set of kinds and a joined string per numeral were garbage.
 */
let SEP_AT = new Int32Array(16);
let SEP_CODE = new Int32Array(16);

/** Exact powers of ten (every one up to 1e22 is a double exactly). */
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/**
 * The value of `s` (digits and separators only), or null when the separators do not
 * form a number ("21.01.2025", "192.168.1.2", "22,24,26").
 */
export function parseNumeral(s: string, decimalMark: ',' | '.'): Numeral | null {
  if (allDigits(s)) return { value: Number(s), decimals: 0, plain: true, intDigits: s.length, leadingZero: s.length > 1 && s.charCodeAt(0) === 48 };
  // powers: "1.1^23", "1.3x10^6", "2.5^-1"
  const caret = s.indexOf('^');
  if (caret > 0) {
    const times = s.search(/[xX×]10\^/);
    const base = parseNumeral(s.slice(0, times > 0 ? times : caret), decimalMark);
    // "^--23": two minus signs cancel
    const raw = s.slice(caret + 1);
    const minuses = /^-*/.exec(raw)![0].length;
    const exponent = (minuses % 2 ? -1 : 1) * Number(raw.slice(minuses).replace(/^\+/, ''));
    if (!base || !Number.isFinite(exponent)) return null;
    const value = times > 0 ? Number(`${base.value}e${exponent}`) : base.value ** exponent;
    return numeral(value, 12, false, base.intDigits, base.leadingZero);
  }
  const e = exponentMark(s);
  if (e > 0) {
    // scientific notation: the mantissa follows the rules below, the exponent shifts it
    const mantissa = parseNumeral(s.slice(0, e), decimalMark);
    const exponent = Number(s.slice(e + 1));
    if (!mantissa || !Number.isFinite(exponent)) return null;
    return numeral(Number(`${mantissa.value}e${exponent}`), mantissa.decimals - exponent, false, mantissa.intDigits, mantissa.leadingZero);
  }
  let seps = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if (seps === SEP_AT.length) growSeparators();
    SEP_AT[seps] = i;
    SEP_CODE[seps++] = separatorCode(c);
  }
  const firstLength = seps > 0 ? SEP_AT[0]! : s.length;
  const leadingZero = firstLength > 1 && s.charCodeAt(0) === 48;
  if (seps === 0) {
    return { value: Number(s), decimals: 0, plain: true, intDigits: s.length, leadingZero };
  }
  const decimal = decimalSeparatorIndex(s, seps, decimalMark);
  if (decimal === -2) return null;
  /** the groups before the decimal mark (all without one) */
  const intGroups = decimal < 0 ? seps + 1 : decimal + 1;
  // every group after the first must have exactly three digits, the first one to three
  if (intGroups > 1) {
    if (firstLength > 3 || firstLength === 0) return null;
    for (let g = 1; g < intGroups; g++) if (groupLength(s, seps, g) !== 3) return null;
    if (leadingZero) return null;
  }
  // the integer part [0, intEnd) holds its groups and the separators between them
  const intEnd = decimal < 0 ? s.length : SEP_AT[decimal]!;
  const intDigits = intEnd - (intGroups - 1);
  const fracDigits = s.length - intEnd - (decimal < 0 ? 0 : 1);
  const value = numeralValue(s, intGroups, intEnd, intDigits, fracDigits);
  return { value, decimals: fracDigits, plain: false, intDigits, leadingZero: leadingZero && intGroups === 1 && intDigits > 1 };
}

/** Index of "e" or "E" in s, or -1 (s.search(/[eE]/) without a RegExp per call). */
function exponentMark(s: string): number {
  const lower = s.indexOf('e');
  const upper = s.indexOf('E');
  return lower < 0 ? upper : upper < 0 ? lower : Math.min(lower, upper);
}

function growSeparators(): void {
  SEP_AT = grown(SEP_AT);
  SEP_CODE = grown(SEP_CODE);
}

/** Length of group g of s (with `seps` separators). */
function groupLength(s: string, seps: number, g: number): number {
  const start = g === 0 ? 0 : SEP_AT[g - 1]! + 1;
  const end = g === seps ? s.length : SEP_AT[g]!;
  return end - start;
}

/**
 * The number the digits before the decimal separator (all without one) and the
 * `fracDigits` after it make: what Number("<int digits>.<fraction digits>") reads.
 * Up to 15 digits, the digits as one integer divided by a power of ten is the
 * same double (both are the correctly rounded value of one exact quotient);
 * longer numerals are read from the string.
 */
function numeralValue(s: string, intGroups: number, intEnd: number, intDigits: number, fracDigits: number): number {
  if (intDigits + fracDigits <= 15) {
    let n = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 48 && c <= 57) n = n * 10 + (c - 48);
    }
    return fracDigits ? n / POW10[fracDigits]! : n;
  }
  let intPart = '';
  let start = 0;
  for (let g = 0; g < intGroups - 1; g++) {
    intPart += s.slice(start, SEP_AT[g]);
    start = SEP_AT[g]! + 1;
  }
  intPart += s.slice(start, intEnd);
  const fracPart = fracDigits ? s.slice(intEnd + 1) : '';
  return Number(fracPart ? `${intPart}.${fracPart}` : intPart);
}

/**
 * Index of the separator that is the decimal mark, -1 when there is none (all
 * separators group thousands), -2 when the separators cannot form a number.
 */
function decimalSeparatorIndex(s: string, seps: number, decimalMark: ',' | '.'): number {
  const last = seps - 1;
  const lastSep = SEP_CODE[last]!;
  let sameAsLast = 0;
  for (let k = 0; k < seps; k++) if (SEP_CODE[k] === lastSep) sameAsLast++;
  const oneKind = sameAsLast === seps;
  if (lastSep === 0x20 || lastSep === 0x27) return oneKind ? -1 : -2;
  if (!oneKind) {
    // "1.234,5", "1,234.5", "1 234,5": the last mark is the decimal one if it occurs once
    return sameAsLast === 1 ? last : -2;
  }
  if (seps > 1) return -1; // "1.234.567" groups; invalid groups are rejected by the caller
  // one mark, once: three digits after it group thousands unless the mark is this language's decimal mark
  const after = groupLength(s, seps, 1);
  const firstIsZero = SEP_AT[0] === 1 && s.charCodeAt(0) === 48;
  if (after === 3 && lastSep !== decimalMark.charCodeAt(0) && !firstIsZero) return -1;
  return 0;
}

/** Most numbers in news are plain digits ("2014", "120"): no separator, power or exponent to read. */
function allDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return s.length > 0;
}

/** Half the step of the last stated digit: "2,8" -> 0.05, "120" -> 0.5. */
export const precisionOf = (n: Numeral): number => 0.5 * 10 ** -n.decimals;
