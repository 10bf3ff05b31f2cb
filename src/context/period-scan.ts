// Finds time expressions in analysis text with a language's rule templates
// (src/lang/<lang>/time.ts). All templates of a language are compiled into ONE
// alternation, so a sentence is scanned once whatever the number of rules.
import type { TimeLexicon, TimeRule, TimeRuleKind } from './period-lexicon.js';

/** The numbers a template captured; null where its slot was absent. */
export interface TimeSlots {
  year: number | null;
  year2: number | null;
  yy: number | null;
  month: number | null;
  month2: number | null;
  mm: number | null;
  day: number | null;
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
  regex: RegExp;
  /** slot names used by each rule, in rule order */
  slotNames: string[][];
  monthIndex: Map<string, number>;
  ordinalIndex: Map<string, number>;
  countIndex: Map<string, number>;
}

const SLOT_NAMES = ['year', 'year2', 'yy', 'month', 'month2', 'mm', 'day', 'ord', 'n', 'decade', 'decade2'] as const;

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

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
  return {
    year: '1[89]\\d\\d|20\\d\\d',
    year2: '1[89]\\d\\d|20\\d\\d',
    yy: '\\d\\d',
    month: months,
    month2: months,
    mm: '0?[1-9]|1[0-2]',
    day: '0?[1-9]|[12]\\d|3[01]',
    ord: alternation(Object.keys(lex.ordinals)),
    n: '\\d{1,2}|' + alternation(Object.keys(lex.counts)),
    decade: '(?:1[89]|20)\\d0',
    decade2: '[2-9]0',
  };
}

const cache = new WeakMap<TimeLexicon, CompiledTime>();

export function compileTime(lex: TimeLexicon): CompiledTime {
  const hit = cache.get(lex);
  if (hit) return hit;
  const sources = slotSources(lex);
  const slotNames: string[][] = [];
  const alts = lex.rules.map((rule, i) => {
    const used: string[] = [];
    const body = flexibleSpaces(rule.pattern).replace(/\{(\w+)\}/g, (_, name: string) => {
      if (!(name in sources)) throw new Error(`unknown time slot {${name}} in ${rule.pattern}`);
      used.push(name);
      return `(?<${name}_${i}>${sources[name as keyof typeof sources]})`;
    });
    slotNames.push(used);
    return `(?<t_${i}>${body})`;
  });
  const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const lower = (o: Record<string, number>) => new Map(Object.entries(o).map(([k, v]) => [k.toLowerCase(), v]));
  const compiled: CompiledTime = {
    lexicon: lex,
    regex,
    slotNames,
    monthIndex: lower(lex.months),
    ordinalIndex: lower(lex.ordinals),
    countIndex: lower(lex.counts),
  };
  cache.set(lex, compiled);
  return compiled;
}

function readSlots(c: CompiledTime, groups: Record<string, string | undefined>, i: number): TimeSlots {
  const slots: TimeSlots = { year: null, year2: null, yy: null, month: null, month2: null, mm: null, day: null, ord: null, n: null, decade: null, decade2: null };
  for (const name of c.slotNames[i]) {
    const raw = groups[`${name}_${i}`];
    if (raw === undefined) continue;
    const key = raw.toLowerCase();
    let value: number | undefined;
    if (name === 'month' || name === 'month2') value = c.monthIndex.get(key);
    else if (name === 'ord') value = c.ordinalIndex.get(key);
    else if (name === 'n') value = /^\d+$/.test(raw) ? Number(raw) : c.countIndex.get(key);
    else value = Number(raw);
    slots[name as keyof TimeSlots] = value ?? null;
  }
  return slots;
}

/** A bare year glued to decimals ("2015,5") is a number, not a year. */
function looksNumeric(text: string, start: number, end: number): boolean {
  const after = text.charCodeAt(end + 1);
  if ((text[end] === ',' || text[end] === '.') && after >= 48 && after <= 57) return true;
  const before = text.charCodeAt(start - 2);
  return (text[start - 1] === ',' || text[start - 1] === '.') && before >= 48 && before <= 57;
}

/** Rule matches in text[from, to) (absolute analysis offsets). */
export function scanRules(c: CompiledTime, text: string, from: number, to: number): RuleMatch[] {
  const out: RuleMatch[] = [];
  const re = c.regex;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < to) {
    const groups = m.groups ?? {};
    let i = 0;
    while (groups[`t_${i}`] === undefined) i++;
    const rule = c.lexicon.rules[i];
    const start = m.index;
    const end = Math.min(start + m[0].length, to);
    if (rule.weak && looksNumeric(text, start, end)) continue;
    out.push({ start, end, rule, slots: readSlots(c, groups, i) });
  }
  return out;
}

export type { TimeRuleKind };
