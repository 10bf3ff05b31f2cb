// Reads a run of digits with separators ("2,8", "400.000", "1.234,5", "1 000",
// "1,234.5") as a number. Which mark is the decimal one is decided by the text
// itself where it can be (both marks present, repeated groups, a group that is
// not three digits long) and by the language's convention otherwise: "1.500"
// is 1500 in German and 1.5 in English, "2,8" is 2.8 in German.

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

const GROUP_SPACES = new Set([' ', '\u00a0', '\u2009', '\u202f', '\u2007', '\u2008']);

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
  const e = s.search(/[eE]/);
  if (e > 0) {
    // scientific notation: the mantissa follows the rules below, the exponent shifts it
    const mantissa = parseNumeral(s.slice(0, e), decimalMark);
    const exponent = Number(s.slice(e + 1));
    if (!mantissa || !Number.isFinite(exponent)) return null;
    return numeral(Number(`${mantissa.value}e${exponent}`), mantissa.decimals - exponent, false, mantissa.intDigits, mantissa.leadingZero);
  }
  const groups: string[] = [];
  const seps: string[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    groups.push(s.slice(start, i));
    const ch = s[i]!;
    seps.push(GROUP_SPACES.has(ch) ? ' ' : ch === '’' ? "'" : ch);
    start = i + 1;
  }
  groups.push(s.slice(start));
  const first = groups[0]!;
  const leadingZero = first.length > 1 && first.charCodeAt(0) === 48;
  if (seps.length === 0) {
    return { value: Number(s), decimals: 0, plain: true, intDigits: s.length, leadingZero };
  }
  const decimal = decimalSeparatorIndex(groups, seps, decimalMark);
  if (decimal === -2) return null;
  const intGroups = decimal < 0 ? groups : groups.slice(0, decimal + 1);
  // every group after the first must have exactly three digits, the first one to three
  if (intGroups.length > 1) {
    if (first.length > 3 || first.length === 0) return null;
    for (let g = 1; g < intGroups.length; g++) if (intGroups[g]!.length !== 3) return null;
    if (leadingZero) return null;
  }
  const intPart = intGroups.join('');
  const fracPart = decimal < 0 ? '' : groups[decimal + 1]!;
  const value = Number(fracPart ? `${intPart}.${fracPart}` : intPart);
  return { value, decimals: fracPart.length, plain: false, intDigits: intPart.length, leadingZero: leadingZero && intGroups.length === 1 && intPart.length > 1 };
}

/**
 * Index of the separator that is the decimal mark, -1 when there is none (all
 * separators group thousands), -2 when the separators cannot form a number.
 */
function decimalSeparatorIndex(groups: string[], seps: string[], decimalMark: ',' | '.'): number {
  const last = seps.length - 1;
  const lastSep = seps[last]!;
  const kinds = new Set(seps);
  if (lastSep === ' ' || lastSep === "'") return kinds.size === 1 ? -1 : -2;
  const sameAsLast = seps.filter((x) => x === lastSep).length;
  if (kinds.size > 1) {
    // "1.234,5", "1,234.5", "1 234,5": the last mark is the decimal one if it occurs once
    return sameAsLast === 1 ? last : -2;
  }
  if (seps.length > 1) return -1; // "1.234.567" groups; invalid groups are rejected by the caller
  // one mark, once: three digits after it group thousands unless the mark is this language's decimal mark
  const after = groups[1]!.length;
  if (after === 3 && lastSep !== decimalMark && groups[0] !== '0') return -1;
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
