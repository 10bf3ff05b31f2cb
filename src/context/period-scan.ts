// Finds time expressions in analysis text with a language's rule templates
// (src/lang/<lang>/time.ts). The templates are compiled into alternations tried
// at word starts only, and there only those templates that can begin with the
// word's first two characters (period-starts.ts): most words start none.
import { escapeRegex } from './regex-source.js';
import type { TimeLexicon, TimeRule } from './period-lexicon.js';
import { StartIndex, execSubset, isWordCode, type Subset } from './period-starts.js';
import { WORD_END } from './period-view.js';

/** The numbers a template captured; null where its slot was absent. */
export interface TimeSlots {
  year: number | null;
  year2: number | null;
  yy: number | null;
  month: number | null;
  month2: number | null;
  mm: number | null;
  day: number | null;
  day2: number | null;
  ord: number | null;
  n: number | null;
  decade: number | null;
  decade2: number | null;
}

export interface RuleMatch {
  /** absolute analysis offsets */
  start: number;
  end: number;
  rule: TimeRule;
  slots: TimeSlots;
}

export interface CompiledTime {
  lexicon: TimeLexicon;
  /**
   * the lexicon's rules, copied into one shape (every optional field present):
   * rules of a dozen shapes made the scanners' code be thrown away on "wrong map"
   */
  rules: TimeRule[];
  /** the rules that may start at a position, as one sticky alternation */
  starts: StartIndex;
  /** per rule: its slots in group order (slot k is group marker + 1 + k) */
  slots: string[][];
  monthIndex: Map<string, number>;
  ordinalIndex: Map<string, number>;
  countIndex: Map<string, number>;
}

const SLOT_NAMES = ['year', 'year2', 'yy', 'month', 'month2', 'mm', 'day', 'day2', 'ord', 'n', 'decade', 'decade2'] as const;

/** Longest first, so "Sept." wins over "Sep." inside an alternation. */
function alternation(words: string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
}

/** Spaces in templates match any short run of whitespace (line breaks in wrapped text), except inside [...]. */
function flexibleSpaces(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') { out += c + (pattern[i + 1] ?? ''); i++; continue; }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c === ' ' && !inClass ? '\\s{1,3}' : c;
  }
  return out;
}

export function slotSources(lex: TimeLexicon): Record<(typeof SLOT_NAMES)[number], string> {
  const months = alternation(Object.keys(lex.months));
  // "at 1800 GMT" is a time of day
  const notClock = lex.clockWords?.length ? `(?! ?(?:${alternation(lex.clockWords)})(?![A-Za-z]))` : '';
  return {
    year: `(?:1[89]\\d\\d|20\\d\\d)${notClock}`,
    year2: `(?:1[89]\\d\\d|20\\d\\d)${notClock}`,
    // ("2005-6": one digit, the span's end in the same or the next decade)
    yy: '\\d\\d?',
    month: months,
    month2: months,
    mm: '0?[1-9]|1[0-2]',
    day: '0?[1-9]|[12]\\d|3[01]',
    day2: '0?[1-9]|[12]\\d|3[01]',
    ord: alternation(Object.keys(lex.ordinals)),
    n: '\\d{1,2}|' + alternation(Object.keys(lex.counts)),
    decade: '(?:1[89]|20)\\d0',
    decade2: '[2-9]0',
  };
}

const cache = new WeakMap<TimeLexicon, CompiledTime>();

/** A rule with all its fields, absent ones undefined, in one order: one hidden class for all rules. */
function uniformRule(r: TimeRule): TimeRule {
  return {
    kind: r.kind,
    pattern: r.pattern,
    half: r.half,
    quarter: r.quarter,
    offset: r.offset,
    endMonth: r.endMonth,
    months: r.months,
    anchor: r.anchor,
    weak: r.weak === true,
    yearEnd: r.yearEnd === true,
    current: r.current === true,
    needsYear: r.needsYear === true,
  };
}

export function compileTime(lex: TimeLexicon): CompiledTime {
  const hit = cache.get(lex);
  if (hit) return hit;
  const sources = slotSources(lex);
  // Numbered groups, not named ones: a match then costs no object with a hundred
  // properties. Templates have no capturing groups of their own, so a rule's slots
  // are the groups right after the one wrapping it.
  const slots: string[][] = [];
  const alts = lex.rules.map((rule) => {
    const names: string[] = [];
    const body = flexibleSpaces(rule.pattern).replace(/\{(\w+)\}/g, (_, name: string) => {
      if (!(name in sources)) throw new Error(`unknown time slot {${name}} in ${rule.pattern}`);
      names.push(name);
      return `(${sources[name as keyof typeof sources]})`;
    });
    slots.push(names);
    return body;
  });
  // No leading look-behind: the word boundary before a match is checked by hand.
  const starts = new StartIndex(alts, WORD_END);
  const lower = (o: Record<string, number>) => new Map(Object.entries(o).map(([k, v]) => [k.toLowerCase(), v]));
  const compiled: CompiledTime = {
    lexicon: lex,
    rules: lex.rules.map(uniformRule),
    starts,
    slots,
    monthIndex: lower(lex.months),
    ordinalIndex: lower(lex.ordinals),
    countIndex: lower(lex.counts),
  };
  cache.set(lex, compiled);
  return compiled;
}

function readSlots(c: CompiledTime, m: RegExpExecArray, rule: number, marker: number): TimeSlots {
  const slots: TimeSlots = { year: null, year2: null, yy: null, month: null, month2: null, mm: null, day: null, day2: null, ord: null, n: null, decade: null, decade2: null };
  const names = c.slots[rule];
  for (let k = 0; k < names.length; k++) {
    const name = names[k];
    const raw = m[marker + 1 + k];
    if (raw === undefined) continue;
    const key = raw.toLowerCase();
    let value: number | undefined;
    if (name === 'month' || name === 'month2') value = c.monthIndex.get(key);
    else if (name === 'ord') value = c.ordinalIndex.get(key);
    else if (name === 'n') value = /^\d+$/.test(raw) ? Number(raw) : c.countIndex.get(key);
    else if (name === 'yy' && raw.length === 1) value = slots.year === null ? undefined : oneDigitEnd(slots.year, Number(raw));
    else value = Number(raw);
    slots[name as keyof TimeSlots] = value ?? null;
  }
  return slots;
}

/** "2005-6", "2009-0": the end year's last two digits, the first year after `year` ending in `digit`. */
function oneDigitEnd(year: number, digit: number): number {
  let end = Math.floor(year / 10) * 10 + digit;
  if (end <= year) end += 10;
  return end % 100;
}

/** 1 for ASCII letters and digits */
export const ASCII_WORD = new Uint8Array(128).map((_, code) => (isWordCode(code) ? 1 : 0));

/** Whether text[i - 1] continues a word (a match starting at i would be inside one). */
export function insideWord(text: string, i: number): boolean {
  return i > 0 && isWordCode(text.charCodeAt(i - 1));
}

/** A bare year glued to decimals ("2015,5") is a number, not a year. */
function looksNumeric(text: string, start: number, end: number): boolean {
  const after = text.charCodeAt(end + 1);
  if ((text[end] === ',' || text[end] === '.') && after >= 48 && after <= 57) return true;
  const before = text.charCodeAt(start - 2);
  return (text[start - 1] === ',' || text[start - 1] === '.') && before >= 48 && before <= 57;
}

/**
 * Rule matches in text[from, to) (absolute analysis offsets). Every expression
 * starts a word, so rules are tried at word starts only, and there only those
 * that can begin with the word's first characters. The pipeline finds these
 * with the date expressions in one walk (scanTimes, period-chrono.ts); this is
 * the rules' walk alone, which the tests hold scanTimes to.
 */
export function scanRules(c: CompiledTime, text: string, from: number, to: number): RuleMatch[] {
  const out: RuleMatch[] = [];
  const starts = c.starts;
  // the stretch alone (as the regexes read it), made only once a rule may match: a match must not run on past its end
  let part: string | null = null;
  let prevWord = insideWord(text, from) ? 1 : 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    const isWord = code < 128 ? ASCII_WORD[code] : isWordCode(code) ? 1 : 0;
    // a word start (no letter or digit before it) with a character a rule may start with;
    // bit operations, not branches: this runs for every character of the text
    const candidate = isWord & ~prevWord & starts.first[code];
    prevWord = isWord;
    if (candidate === 0) continue;
    const subset = starts.at(text, i, to);
    if (subset === null) continue;
    part ??= starts.subject(text, from, to);
    const match = ruleMatch(c, subset, part, text, from, i);
    if (match === null) continue;
    out.push(match);
    // go on after the match
    i = match.end - 1;
    prevWord = isWordCode(text.charCodeAt(i)) ? 1 : 0;
  }
  return out;
}

/**
 * The rule of `subset` matching at text[i] (`part` is text[from, to) as the
 * regexes read it), or null: the step of scanRules after a word start is found.
 */
export function ruleMatch(c: CompiledTime, subset: Subset, part: string, text: string, from: number, i: number): RuleMatch | null {
  const hit = execSubset(subset, part, i - from);
  if (hit === null) return null;
  const { m, index, marker } = hit;
  const rule = c.rules[index];
  const end = i + m[0].length;
  if (rule.weak && looksNumeric(text, i, end)) return null;
  return { start: i, end, rule, slots: readSlots(c, m, index, marker) };
}
