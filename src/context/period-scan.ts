// Finds time expressions in analysis text with a language's rule templates
// (src/lang/<lang>/time.ts). All templates of a language are compiled into ONE
// alternation, so a sentence is scanned once whatever the number of rules.
import type { TimeLexicon, TimeRule } from './period-lexicon.js';

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
  regex: RegExp;
  /** per rule: the capture group marking it, and its slots' groups */
  groups: Array<{ marker: number; slots: Array<{ name: string; group: number }> }>;
  monthIndex: Map<string, number>;
  ordinalIndex: Map<string, number>;
  countIndex: Map<string, number>;
}

const SLOT_NAMES = ['year', 'year2', 'yy', 'month', 'month2', 'mm', 'day', 'day2', 'ord', 'n', 'decade', 'decade2'] as const;

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
    day2: '0?[1-9]|[12]\\d|3[01]',
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
  // Numbered groups, not named ones: a match then costs no object with a hundred
  // properties. Templates have no capturing groups of their own, so the numbers
  // follow from the order they are written in.
  let group = 1;
  const groups: CompiledTime['groups'] = [];
  const alts = lex.rules.map((rule) => {
    const marker = group++;
    const slots: Array<{ name: string; group: number }> = [];
    const body = flexibleSpaces(rule.pattern).replace(/\{(\w+)\}/g, (_, name: string) => {
      if (!(name in sources)) throw new Error(`unknown time slot {${name}} in ${rule.pattern}`);
      slots.push({ name, group: group++ });
      return `(${sources[name as keyof typeof sources]})`;
    });
    groups.push({ marker, slots });
    return `(${body})`;
  });
  // No leading look-behind: the word boundary before a match is checked by hand,
  // which lets the regex engine skip ahead to possible first characters.
  const regex = new RegExp(`(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'yu');
  const lower = (o: Record<string, number>) => new Map(Object.entries(o).map(([k, v]) => [k.toLowerCase(), v]));
  const compiled: CompiledTime = {
    lexicon: lex,
    regex,
    groups,
    monthIndex: lower(lex.months),
    ordinalIndex: lower(lex.ordinals),
    countIndex: lower(lex.counts),
  };
  cache.set(lex, compiled);
  return compiled;
}

function readSlots(c: CompiledTime, m: RegExpExecArray, i: number): TimeSlots {
  const slots: TimeSlots = { year: null, year2: null, yy: null, month: null, month2: null, mm: null, day: null, day2: null, ord: null, n: null, decade: null, decade2: null };
  for (const { name, group } of c.groups[i].slots) {
    const raw = m[group];
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

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether text[i - 1] continues a word (a match starting at i would be inside one). */
export function insideWord(text: string, i: number): boolean {
  return i > 0 && WORD_CHAR.test(text[i - 1]);
}

/** A bare year glued to decimals ("2015,5") is a number, not a year. */
function looksNumeric(text: string, start: number, end: number): boolean {
  const after = text.charCodeAt(end + 1);
  if ((text[end] === ',' || text[end] === '.') && after >= 48 && after <= 57) return true;
  const before = text.charCodeAt(start - 2);
  return (text[start - 1] === ',' || text[start - 1] === '.') && before >= 48 && before <= 57;
}

/** A letter or digit, quickly for ASCII. */
function wordChar(code: number, ch: string): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return WORD_CHAR.test(ch);
}

/**
 * Rule matches in text[from, to) (absolute analysis offsets). Every expression
 * starts a word, so the (sticky) regex is tried at word starts only: a fifth of
 * the positions an unanchored search would try.
 */
export function scanRules(c: CompiledTime, text: string, from: number, to: number): RuleMatch[] {
  const out: RuleMatch[] = [];
  // scan the stretch only: a search would run on to the end of a long text
  const part = text.slice(from, to);
  const re = c.regex;
  let prevWord = from > 0 && wordChar(text.charCodeAt(from - 1), text[from - 1]);
  for (let p = 0; p < part.length; p++) {
    const isWord = wordChar(part.charCodeAt(p), part[p]);
    const starts = isWord && !prevWord;
    prevWord = isWord;
    if (!starts) continue;
    re.lastIndex = p;
    const m = re.exec(part);
    if (m === null) continue;
    const start = from + p;
    let i = 0;
    while (m[c.groups[i].marker] === undefined) i++;
    const rule = c.lexicon.rules[i];
    const end = start + m[0].length;
    if (rule.weak && looksNumeric(text, start, end)) continue;
    out.push({ start, end, rule, slots: readSlots(c, m, i) });
    // go on after the match
    p = p + m[0].length - 1;
    prevWord = wordChar(part.charCodeAt(p), part[p]);
  }
  return out;
}
