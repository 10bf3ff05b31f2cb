import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumeral, type Numeral } from '../src/extract/numeral.js';

// parseNumeral reads separators into scratch arrays and computes short values from the
// digits; this is the version with group and separator strings it replaced, kept as the
// reference the new one must agree with on every input.
const GROUP_SPACES = new Set([' ', '\u00a0', '\u2009', '\u202f', '\u2007', '\u2008']);

function reference(s: string, decimalMark: ',' | '.'): Numeral | null {
  if (/^\d+$/.test(s)) return { value: Number(s), decimals: 0, plain: true, intDigits: s.length, leadingZero: s.length > 1 && s.charCodeAt(0) === 48 };
  const caret = s.indexOf('^');
  if (caret > 0) {
    const times = s.search(/[xX×]10\^/);
    const base = reference(s.slice(0, times > 0 ? times : caret), decimalMark);
    const raw = s.slice(caret + 1);
    const minuses = /^-*/.exec(raw)![0].length;
    const exponent = (minuses % 2 ? -1 : 1) * Number(raw.slice(minuses).replace(/^\+/, ''));
    if (!base || !Number.isFinite(exponent)) return null;
    const value = times > 0 ? Number(`${base.value}e${exponent}`) : base.value ** exponent;
    return { value, decimals: 12, plain: false, intDigits: base.intDigits, leadingZero: base.leadingZero };
  }
  const e = s.search(/[eE]/);
  if (e > 0) {
    const mantissa = reference(s.slice(0, e), decimalMark);
    const exponent = Number(s.slice(e + 1));
    if (!mantissa || !Number.isFinite(exponent)) return null;
    return { value: Number(`${mantissa.value}e${exponent}`), decimals: mantissa.decimals - exponent, plain: false, intDigits: mantissa.intDigits, leadingZero: mantissa.leadingZero };
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
  if (seps.length === 0) return { value: Number(s), decimals: 0, plain: true, intDigits: s.length, leadingZero };
  const last = seps.length - 1;
  const lastSep = seps[last]!;
  const kinds = new Set(seps);
  let decimal: number;
  if (lastSep === ' ' || lastSep === "'") decimal = kinds.size === 1 ? -1 : -2;
  else if (kinds.size > 1) decimal = seps.filter((x) => x === lastSep).length === 1 ? last : -2;
  else if (seps.length > 1) decimal = -1;
  else decimal = groups[1]!.length === 3 && lastSep !== decimalMark && groups[0] !== '0' ? -1 : 0;
  if (decimal === -2) return null;
  const intGroups = decimal < 0 ? groups : groups.slice(0, decimal + 1);
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

const digits = fc.stringMatching(/^\d{0,9}$/);
const separator = fc.constantFrom('.', ',', ' ', '\u00a0', '\u2009', "'", '’', '^', 'e', 'E', 'x10^', '-', '+');
const numeral = fc.tuple(digits, fc.array(fc.tuple(separator, digits), { maxLength: 5 })).map(([head, rest]) => head + rest.map(([s, d]) => s + d).join(''));
const mark = fc.constantFrom<',' | '.'>(',', '.');

describe('parseNumeral', () => {
  it('reads every numeral as the string-building version did', () => {
    fc.assert(fc.property(numeral, mark, (s, m) => {
      expect(parseNumeral(s, m)).toEqual(reference(s, m));
    }), { numRuns: 20000 });
  });

  it('reads long numerals and decimals exactly', () => {
    for (const s of ['1.234.567.890.123,4567', '0,1', '0.3', '12,345678901234567', '123456789012345.6', '.08', '9.007.199.254.740.993', '1 234 567,891011121314']) {
      for (const m of [',', '.'] as const) expect(parseNumeral(s, m)).toEqual(reference(s, m));
    }
  });
});
