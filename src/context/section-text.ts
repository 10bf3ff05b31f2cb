// Fast scans over one block, read in lower case, for the section classifier.
// Written by hand because the obvious regex versions (matchAll over words, /iu
// alternations with look-behind word boundaries, and then the cue lists'
// alternations tried at every position) dominated the classifier's time: one
// pass per block counts the words and stopwords and finds where a cue may
// start (a trigram table), and each cue list's regex runs only there, on a
// lowercased window around the position rather than a lowercased copy of the
// whole block (a copy of every article was most of the classifier's garbage).

import { LETTER as U_LETTER, MARK as U_MARK, NUMBER as U_NUMBER, unitClasses } from '../lang/unicode.js';
import { grown } from '../typed-arrays.js';

/**
 * character kinds of all UTF-16 code units (a table, built once, so the scan
 * needs no branch): classified below U+3000, above it everything counts as a
 * letter but the variation selectors
 */
const OTHER = 0;
const LETTER = 1;
const DIGIT = 2;
/** apostrophes and hyphens inside a word ("don't", "E-Mail") */
const JOINER = 3;
const KIND = (() => {
  const table = new Uint8Array(0x10000);
  table.fill(LETTER, 0x3000);
  table.fill(OTHER, 0xfe00, 0xfe10);
  for (let c = 0; c < 0x3000; c++) {
    const classes = unitClasses(c);
    if (classes & (U_LETTER | U_MARK)) table[c] = LETTER;
    else if (classes & U_NUMBER) table[c] = DIGIT;
  }
  for (const ch of ["'", '\u2019', '-']) table[ch.charCodeAt(0)] = JOINER;
  return table;
})();

export function isWordChar(code: number): boolean {
  const k = KIND[code];
  return k === LETTER || k === DIGIT;
}

/**
 * String#toLowerCase of each UTF-16 code unit, learnt on first sight (ASCII
 * from the start; a table of all 65,536 would cost ~20 ms at every start).
 * IRREGULAR where the lower case is not one code unit that depends on nothing
 * else: İ (two code units), Σ (final sigma depends on its neighbours), the
 * surrogates (a pair lowers as one code point). A block with one of those is
 * lowercased whole, as String#toLowerCase does it.
 */
const UNKNOWN = -2;
const IRREGULAR = -1;
const LOWER = new Int32Array(0x10000).fill(UNKNOWN);
for (let c = 0; c < 0x80; c++) LOWER[c] = c >= 65 && c <= 90 ? c + 32 : c;

function learnLower(c: number): number {
  const l = String.fromCharCode(c).toLowerCase();
  const irregular = l.length !== 1 || c === 0x3a3 || (c >= 0xd800 && c <= 0xdfff);
  return (LOWER[c] = irregular ? IRREGULAR : l.charCodeAt(0));
}

/** the lower case of code unit `c`, or IRREGULAR (-1); exported for the test that holds the table to toLowerCase() */
export function lowerCode(c: number): number {
  const l = LOWER[c];
  return l === UNKNOWN ? learnLower(c) : l;
}

/**
 * A word list for `scanBlock`: an open-addressing table by hash, so a word of
 * the block is looked up without slicing it. Each slot keeps the word's hash
 * and length, so most probes end without touching a string.
 */
export interface WordSet {
  longest: number;
  words: readonly string[];
  /** index into `words`, -1 for an empty slot */
  table: Int32Array;
  hashes: Int32Array;
  lengths: Int32Array;
  mask: number;
}

function hashOf(s: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

export function wordSet(list: readonly string[]): WordSet {
  const words = [...new Set(list)];
  // sparse: a word that is not in the set mostly finds an empty slot
  let size = 16;
  while (size < words.length * 8) size *= 2;
  const table = new Int32Array(size).fill(-1);
  const hashes = new Int32Array(size);
  const lengths = new Int32Array(size);
  const mask = size - 1;
  words.forEach((w, i) => {
    const h = hashOf(w, 0, w.length);
    let j = h & mask;
    while (table[j] >= 0) j = (j + 1) & mask;
    table[j] = i;
    hashes[j] = h;
    lengths[j] = w.length;
  });
  return { longest: Math.max(0, ...words.map((w) => w.length)), words, table, hashes, lengths, mask };
}

/** `lower[start, end)`, whose hash is `h`, is in the set */
function has(set: WordSet, lower: string, start: number, end: number, h: number): boolean {
  const len = end - start;
  if (len > set.longest) return false;
  const { table, hashes, lengths, mask } = set;
  for (let j = h & mask; table[j] >= 0; j = (j + 1) & mask) {
    if (hashes[j] !== h || lengths[j] !== len) continue;
    const w = set.words[table[j]];
    let i = 0;
    while (i < len && w.charCodeAt(i) === lower.charCodeAt(start + i)) i++;
    if (i === len) return true;
  }
  return false;
}

/**
 * Hits of `re` (global; no 'i' needed, the text is lowercased), only those
 * that stand as whole words when `whole`, each distinct hit once when
 * `distinct`; stops at `limit`.
 */
export function hits(lower: string, re: RegExp, { limit = Infinity, whole = true, distinct = false } = {}): number {
  re.lastIndex = 0;
  let seen: Set<string> | null = null;
  let n = 0;
  for (let m = re.exec(lower); m; m = re.exec(lower)) {
    const end = m.index + m[0].length;
    if (!m[0].length) { re.lastIndex++; continue; }
    const bounded = (m.index === 0 || !isWordChar(lower.charCodeAt(m.index - 1))) && (end >= lower.length || !isWordChar(lower.charCodeAt(end)));
    if (whole && !bounded) { re.lastIndex = m.index + 1; continue; }
    if (distinct) {
      seen ??= new Set<string>();
      if (seen.has(m[0])) continue;
      seen.add(m[0]);
    }
    if (++n >= limit) break;
  }
  return n;
}

/**
 * A cue list ("newsletter", "wir und unsere (?:\\d+ )?partner", ...) compiled
 * for `confirmHits`: the alternation as one sticky regex, plus start tables: for
 * each of the first PREFIX characters of a match, which ways through the
 * alternation (a bit each, shared modulo 32) accept that character. The regex
 * runs only where the next PREFIX characters fit one way: a few positions per
 * block instead of every position, which dominated the classifier's time.
 * The tables come from the regex sources (`prefixSets`) and may only be too
 * wide, never too narrow, so the hits are exactly those of the plain regex.
 */
export interface CueScanner {
  /** sticky: tried at one position */
  sticky: RegExp;
  /** PREFIX tables of TABLE masks, indexed by `slot` of the character */
  starts: Int32Array;
  /** per position: the ways that may end before it (any character or the end of the text fits) */
  ends: Int32Array;
  /** the ways through the alternation, as position-wise character sets */
  prefixes: Prefix[];
  /**
   * how far past its start a match attempt of the ways with bit b may look
   * (`reachOf` of their alternative), for the lowercased window it runs on; a
   * way that does not fit fails within PREFIX characters (see `windowReach`)
   */
  reaches: Float64Array;
  /** some alternative looks around or is not understood: every attempt may look anywhere */
  looks: boolean;
}

/** how many leading characters the start tables check */
const PREFIX = 5;
/** char codes below 512 have a slot each; the rarer others share them (a shared slot only widens) */
const TABLE = 512;
const slot = (code: number): number => code & (TABLE - 1);

/** an alternative whose expansion grows beyond this many prefixes gets no tables (it may start anywhere) */
const MAX_PREFIXES = 1024;

/** a set of char codes, or null for any character */
type CharSet = Set<number> | null;
type Prefix = CharSet[];

const range = (from: string, to: string): Set<number> => {
  const s = new Set<number>();
  for (let c = from.charCodeAt(0); c <= to.charCodeAt(0); c++) s.add(c);
  return s;
};
const DIGITS = range('0', '9');

/** A regex source of the syntax the cue lists use, parsed (see `parseCue`). */
type Pattern =
  | { kind: 'char'; set: CharSet }
  /** ^, $, \b, \B: no character, at most a look at the next one */
  | { kind: 'assert' }
  | { kind: 'look'; behind: boolean; inner: Pattern }
  | { kind: 'seq'; items: Pattern[] }
  | { kind: 'alt'; items: Pattern[] }
  | { kind: 'repeat'; inner: Pattern; min: number; max: number };

/**
 * Parses a regex source (no flags) of the syntax the cue lists use: literals,
 * escapes, classes, groups, alternation, quantifiers, look-arounds. Any other
 * escape of one character counts as any character, which keeps what
 * `prefixSets` and `reachOf` derive on the safe side. Null when not understood.
 */
function parseCue(source: string): Pattern | null {
  let at = 0;
  const charClass = (): CharSet => {
    // just past '['
    const negated = source[at] === '^';
    if (negated) at++;
    const set = new Set<number>();
    let any = negated;
    // "[]" is the empty class, "[^]" any character, as in JavaScript
    while (at < source.length && source[at] !== ']') {
      let ch = source[at++];
      if (ch === '\\') {
        const e = source[at++];
        if (e === 'd') { DIGITS.forEach((c) => set.add(c)); continue; }
        if (/[a-zA-Z0-9]/.test(e)) { any = true; continue; }
        ch = e;
      }
      if (source[at] === '-' && at + 1 < source.length && source[at + 1] !== ']') {
        if (source[at + 1] === '\\') { any = true; at += 3; continue; }
        range(ch, source[at + 1]).forEach((c) => set.add(c));
        at += 2;
      } else set.add(ch.charCodeAt(0));
    }
    if (source[at++] !== ']') throw new Error('unclosed class');
    return any ? null : set;
  };
  const char = (set: CharSet): Pattern => ({ kind: 'char', set });
  const atom = (): Pattern => {
    const ch = source[at++];
    if (ch === '(') {
      let look = false;
      let behind = false;
      if (source[at] === '?') {
        behind = source[at + 1] === '<';
        const kind = behind ? source[at + 2] : source[at + 1];
        look = kind === '=' || kind === '!';
        if (!look && kind !== ':') throw new Error('unknown group');
        at += behind ? 3 : 2;
      }
      const inner = alternation();
      if (source[at++] !== ')') throw new Error('unclosed group');
      return look ? { kind: 'look', behind, inner } : inner;
    }
    if (ch === '[') return char(charClass());
    if (ch === '.') return char(null);
    if (ch === '^' || ch === '$') return { kind: 'assert' };
    if (ch === '\\') {
      const e = source[at++];
      if (e === 'd') return char(DIGITS);
      if (e === 'b' || e === 'B') return { kind: 'assert' };
      // one character of a class (\\s, \\S, \\w, \\p{L}, \\u00a0, \\x41, \\n): any character
      if (e === 'u' || e === 'x' || e === 'p' || e === 'P') {
        const m = /^(?:\{[^}]*\}|[0-9a-fA-F]{4}|[0-9a-fA-F]{2})/.exec(source.slice(at));
        if (!m) throw new Error('unknown escape');
        at += m[0].length;
        return char(null);
      }
      if (/[sSwWDnrtfv]/.test(e)) return char(null);
      if (/[a-zA-Z0-9]/.test(e)) throw new Error('unknown escape');
      return char(new Set([e.charCodeAt(0)]));
    }
    if (ch === ')' || ch === '|' || ch === '*' || ch === '+' || ch === '?' || ch === '{') throw new Error('unexpected');
    return char(new Set([ch.charCodeAt(0)]));
  };
  const quantified = (): Pattern => {
    const inner = atom();
    const q = source[at];
    let out: Pattern;
    if (q === '?') { at++; out = { kind: 'repeat', inner, min: 0, max: 1 }; }
    else if (q === '*') { at++; out = { kind: 'repeat', inner, min: 0, max: Infinity }; }
    else if (q === '+') { at++; out = { kind: 'repeat', inner, min: 1, max: Infinity }; }
    else if (q === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at));
      if (!m) throw new Error('unknown quantifier');
      at += m[0].length;
      const min = Number(m[1]);
      out = { kind: 'repeat', inner, min, max: m[2] ? (m[3] ? Number(m[3]) : Infinity) : min };
    } else return inner;
    if (source[at] === '?') at++; // lazy
    return out;
  };
  const sequence = (): Pattern => {
    const items: Pattern[] = [];
    while (at < source.length && source[at] !== '|' && source[at] !== ')') items.push(quantified());
    return { kind: 'seq', items };
  };
  function alternation(): Pattern {
    const items = [sequence()];
    while (source[at] === '|') {
      at++;
      items.push(sequence());
    }
    return items.length === 1 ? items[0] : { kind: 'alt', items };
  }
  try {
    const out = alternation();
    return at === source.length ? out : null;
  } catch {
    return null;
  }
}

/**
 * The possible first PREFIX characters of a regex source (no flags), as
 * position-wise character sets (null: any), one list per way through it; a
 * way shorter than PREFIX may end there. Null when the source is too branchy
 * or not understood (`parseCue`); a superset of the real ways otherwise.
 */
export function prefixSets(source: string): Prefix[] | null {
  const cue = parseCue(source);
  if (cue === null) return null;
  const concat = (xs: Prefix[], ys: Prefix[]): Prefix[] => {
    const out: Prefix[] = [];
    for (const x of xs) {
      if (x.length >= PREFIX) { out.push(x); continue; }
      for (const y of ys) out.push([...x, ...y].slice(0, PREFIX));
    }
    if (out.length > MAX_PREFIXES) throw new Error('too branchy');
    return out;
  };
  const repeat = (xs: Prefix[], min: number, max: number): Prefix[] => {
    let out: Prefix[] = [[]];
    for (let i = 0; i < min; i++) out = concat(out, xs);
    // more than PREFIX further repetitions cannot change the first PREFIX characters
    let more: Prefix[] = out;
    for (let i = min; i < Math.min(max, min + PREFIX); i++) {
      more = concat(more, xs);
      out = out.concat(more);
    }
    return out;
  };
  const ways = (c: Pattern): Prefix[] => {
    switch (c.kind) {
      case 'char': return [[c.set]];
      case 'assert': case 'look': return [[]];
      case 'seq': return c.items.reduce((out: Prefix[], item) => concat(out, ways(item)), [[]]);
      case 'repeat': return repeat(ways(c.inner), c.min, c.max);
      case 'alt': {
        let out: Prefix[] = [];
        for (const item of c.items) {
          out = out.concat(ways(item));
          if (out.length > MAX_PREFIXES) throw new Error('too branchy');
        }
        return out;
      }
    }
  };
  try {
    return ways(cue);
  } catch {
    return null;
  }
}

/**
 * How far past its start a match of the regex source may look (characters it
 * may read, look-aheads included; a zero-width test looks one further, which
 * the caller adds): the window a match attempt needs. Infinity when unbounded
 * (`*`, `+`), when it looks behind, or when the source is not understood.
 */
export function reachOf(source: string): number {
  const cue = parseCue(source);
  if (cue === null) return Infinity;
  // [characters a way through may consume, how far it may read]
  const walk = (c: Pattern): [number, number] => {
    switch (c.kind) {
      case 'char': return [1, 1];
      case 'assert': return [0, 0];
      case 'look': return c.behind ? [0, Infinity] : [0, walk(c.inner)[1]];
      case 'seq': {
        let used = 0;
        let read = 0;
        for (const item of c.items) {
          const [u, r] = walk(item);
          read = Math.max(read, used + r);
          used += u;
        }
        return [used, Math.max(read, used)];
      }
      case 'alt': {
        let used = 0;
        let read = 0;
        for (const item of c.items) {
          const [u, r] = walk(item);
          used = Math.max(used, u);
          read = Math.max(read, r);
        }
        return [used, read];
      }
      case 'repeat': {
        if (c.max === 0) return [0, 0];
        const [u, r] = walk(c.inner);
        if (u === 0) return [0, r];
        // all but the last repetition consumed, the last one read (no Infinity * 0 for a single one)
        return [u * c.max, (c.max === 1 ? 0 : u * (c.max - 1)) + r];
      }
    }
  };
  return walk(cue)[1];
}

/** Compiles a cue list (regex sources, matched on lowercased text) for `confirmHits`. */
export function cueScanner(alternatives: readonly string[]): CueScanner {
  const sticky = new RegExp(alternatives.map((x) => `(?:${x})`).join('|'), 'y');
  const starts = new Int32Array(PREFIX * TABLE);
  const ends = new Int32Array(PREFIX);
  const prefixes: Prefix[] = [];
  let way = 0;
  for (const source of alternatives) {
    // not understood: one way that fits anything (as `reaches` counts them)
    for (const prefix of prefixSets(source) ?? [[]]) {
      prefixes.push(prefix);
      const bit = 1 << (way++ % 32);
      for (let k = 0; k < PREFIX; k++) {
        const set = k < prefix.length ? prefix[k] : null;
        // a way shorter than k characters may end before position k
        if (k >= prefix.length) ends[k] |= bit;
        if (set === null) for (let i = 0; i < TABLE; i++) starts[k * TABLE + i] |= bit;
        else for (const c of set) starts[k * TABLE + slot(c)] |= bit;
      }
    }
  }
  return { sticky, starts, ends, prefixes, ...reaches(alternatives) };
}

/** `CueScanner.reaches` and `looks` of a list, the ways numbered as `cueScanner` numbers them. */
function reaches(alternatives: readonly string[]): { reaches: Float64Array; looks: boolean } {
  const out = new Float64Array(32);
  let looks = false;
  let way = 0;
  for (const source of alternatives) {
    const cue = parseCue(source);
    looks ||= cue === null || hasLook(cue);
    const reach = reachOf(source);
    for (let k = (prefixSets(source) ?? [[]]).length; k > 0; k--) {
      const bit = way++ % 32;
      out[bit] = Math.max(out[bit], reach);
    }
  }
  return { reaches: out, looks };
}

function hasLook(c: Pattern): boolean {
  switch (c.kind) {
    case 'look': return true;
    case 'seq': case 'alt': return c.items.some(hasLook);
    case 'repeat': return hasLook(c.inner);
    default: return false;
  }
}

/**
 * How far past `p` the sticky regex may look, given the ways that fit there
 * (`fits`): those may run their whole reach; every other way fails at the
 * first of its PREFIX characters that does not fit, so it reads no further
 * than PREFIX characters, unless a look-around reads on (then: any distance).
 */
function windowReach(s: CueScanner, fitting: number): number {
  if (s.looks) return Infinity;
  let reach = PREFIX;
  for (let bits = fitting; bits !== 0; bits &= bits - 1) reach = Math.max(reach, s.reaches[31 - Math.clz32(bits & -bits)]);
  return reach;
}

/** the ways whose start tables fit the characters at `p` (0: no match starts there) */
function fits(scan: BlockScan, p: number, s: CueScanner): number {
  const n = scan.src.length;
  const starts = s.starts;
  let mask = starts[slot(codeAt(scan, p))];
  for (let k = 1; k < PREFIX && mask !== 0; k++) {
    if (p + k >= n) return mask & s.ends[k];
    mask &= starts[k * TABLE + slot(codeAt(scan, p + k))];
  }
  return mask;
}

/**
 * Cue lists for `scanBlock` (up to 8). `trigrams` is the cheap first test,
 * one load per character: for the three characters from a position, each
 * folded to 5 bits, a bit for each list that may match there. `fourths`
 * then tells, per trigram, which fourth characters (a bit per 5-bit code) may
 * follow it: common trigrams of cue words ("ein" of "einwilligung", "ber",
 * "end") start most words of a text, and without this test each of them was a
 * position every `confirmHits` call went through. Lists needed only on short
 * blocks stay out of `longTrigrams` and `longFourths`, the tables for long ones.
 */
export interface BlockScanner {
  lists: CueScanner[];
  trigrams: Uint8Array;
  fourths: Int32Array;
  longTrigrams: Uint8Array;
  longFourths: Int32Array;
  /** the lists in `longTrigrams`, a bit each */
  longLists: number;
}

/** three characters, 5 bits each: a shared index only widens */
const TRIGRAM_MASK = 0x7fff;
/** four characters, 5 bits each: the trigram of the first three above the fourth */
const GRAM_MASK = 0xfffff;
const ALL_5BIT = Array.from({ length: 32 }, (_, i) => i);

/** The 5-bit codes character k of a prefix may have (all of them past its end or where it is any). */
function fiveBits(prefix: Prefix, k: number): number[] {
  const set = k < prefix.length ? prefix[k] : null;
  return set === null ? ALL_5BIT : [...new Set([...set].map((code) => code & 31))];
}

function addTrigrams(trigrams: Uint8Array, fourths: Int32Array, s: CueScanner, bit: number): void {
  for (const prefix of s.prefixes) {
    const a = fiveBits(prefix, 0);
    const b = fiveBits(prefix, 1);
    const c = fiveBits(prefix, 2);
    let d = 0;
    for (const w of fiveBits(prefix, 3)) d |= 1 << w;
    for (const x of a) for (const y of b) for (const z of c) {
      trigrams[(x << 10) | (y << 5) | z] |= bit;
      fourths[(x << 10) | (y << 5) | z] |= d;
    }
  }
}

/** `lists[i]` (regex sources) becomes list i; `long` says which lists long blocks need. */
export function blockScanner(lists: ReadonlyArray<readonly string[]>, long: ReadonlyArray<boolean>): BlockScanner {
  const scanner: BlockScanner = {
    lists: lists.map(cueScanner),
    trigrams: new Uint8Array(TRIGRAM_MASK + 1),
    fourths: new Int32Array(TRIGRAM_MASK + 1),
    longTrigrams: new Uint8Array(TRIGRAM_MASK + 1),
    longFourths: new Int32Array(TRIGRAM_MASK + 1),
    longLists: long.reduce((bits, yes, i) => (yes ? bits | (1 << i) : bits), 0),
  };
  scanner.lists.forEach((list, i) => {
    addTrigrams(scanner.trigrams, scanner.fourths, list, 1 << i);
    if (long[i]) addTrigrams(scanner.longTrigrams, scanner.longFourths, list, 1 << i);
  });
  return scanner;
}

/** What one pass over a block finds. */
export interface BlockScan {
  /**
   * the text the positions count in: the block itself, read through the lower
   * case table, or (`lowered`) its toLowerCase(): given so, made for the word
   * count, or made because a code unit of the block has no lower case of its own
   */
  src: string;
  lowered: boolean;
  /** src.toLowerCase(), made when something needs the whole block lowercased (`lowerText`) */
  lower: string | null;
  /** characters of lowercased windows made so far: past the block's length, the whole block is cheaper */
  windowed: number;
  words: number;
  /** words in the stopword set */
  stop: number;
  /**
   * how many positions where a cue may start the scan found (by the trigram
   * test; `confirmHits` tests further): ascending in the shared scratch, with
   * the lists that may match there, until the next scan
   */
  count: number;
  /** the lists scanned for, a bit each */
  scanned: number;
  /** which scan this is: a later scan overwrites the scratch */
  serial: number;
}

// One scratch for the positions of every scan: two arrays per block were most
// of the scan's garbage, and a block's positions are read before the next scan.
let scratchAt = new Int32Array(1024);
let scratchLists = new Uint8Array(1024);
let lastSerial = 0;

function growScratch(): void {
  scratchAt = grown(scratchAt);
  scratchLists = grown(scratchLists);
}

/** The positions of `scan` (copies, for tests and comparisons): throws when a later scan overwrote them. */
export function scanPositions(scan: BlockScan): { at: number[]; lists: number[] } {
  current(scan);
  return { at: Array.from(scratchAt.subarray(0, scan.count)), lists: Array.from(scratchLists.subarray(0, scan.count)) };
}

function current(scan: BlockScan): void {
  if (scan.serial !== lastSerial) throw new Error('a later block scan has overwritten this one');
}

/** the lower case of src[p] (after the scan, every code unit of a block that is not `lowered` is known) */
const codeAt = (scan: BlockScan, p: number): number =>
  (scan.lowered ? scan.src.charCodeAt(p) : LOWER[scan.src.charCodeAt(p)]);

/** `p` is not preceded by a letter or digit (where `hits` with `whole` keeps a match) */
const startsWord = (scan: BlockScan, p: number): boolean => p === 0 || !isWordChar(codeAt(scan, p - 1));

/** The whole block lowercased (String#toLowerCase), made once per block when asked for. */
export function lowerText(scan: BlockScan): string {
  return (scan.lower ??= scan.lowered ? scan.src : scan.src.toLowerCase());
}

/**
 * Counts the words and stopwords of a block (no `stopwords`: no count at all,
 * words and stop NaN) and collects where the cue lists may match (only those
 * for long blocks when `long`), in one pass over the block in lower case
 * (`lowered`: `text` is a toLowerCase() copy already). Without stopwords the
 * block is read in place, code unit by code unit through the lower case table;
 * the cue regexes then run on lowercased windows. A word is a letter followed
 * by letters, apostrophes and hyphens. Cue positions are tested three characters
 * late, when the trigram from them and the character after it are known; the closer tests wait for
 * `confirmHits`, which most blocks never need for most lists.
 */
export function scanBlock(
  text: string, stopwords: WordSet | null, scanner: BlockScanner, long: boolean, lowered = false,
): BlockScan {
  // both tables read whatever `long` is: V8 then knows both loads before the first short block
  const { trigrams: shortTable, longTrigrams: longTable, fourths: shortFourths, longFourths, longLists } = scanner;
  const trigrams = long ? longTable : shortTable;
  const fourths = long ? longFourths : shortFourths;
  // Stopwords are counted on a lowercased copy (through the lower case table the word
  // loop ran ~30 % slower on English lines): made first, so the cue scan reads it too.
  // Without stopwords (the common case: section-features.ts counts them only where a
  // block may be boilerplate) the block is read in place.
  const copy = !lowered && stopwords !== null;
  const src = copy ? text.toLowerCase() : text;
  const scan: BlockScan = {
    src, lowered: lowered || copy, lower: lowered || copy ? src : null, windowed: 0, words: NaN, stop: NaN, count: 0,
    scanned: long ? longLists : 0xff, serial: ++lastSerial,
  };
  if (!scanCues(scan, trigrams, fourths)) {
    // a code unit whose lower case depends on more than itself: the block lowercased whole
    scan.src = scan.lower = text.toLowerCase();
    scan.lowered = true;
    scanCues(scan, trigrams, fourths);
  }
  if (stopwords !== null) countStopwords(scan, stopwords);
  return scan;
}

/** the last three positions have no fourth character: any list may start there */
function lastPositions(n: number, count: number): number {
  for (let q = Math.max(0, n - 3); q < n; q++) count = pushHit(count, q, 0xff);
  return count;
}

/** Records that cue lists `lists` may start at `at`, as hit number `count`; returns the new count. */
function pushHit(count: number, at: number, lists: number): number {
  if (count === scratchAt.length) growScratch();
  scratchAt[count] = at;
  scratchLists[count] = lists;
  return count + 1;
}

/**
 * The trigram test at every character, and nothing else: most blocks are
 * decided by their cues alone, and their words are counted only now and then
 * (`countWords`, `countStopwords`). False at an IRREGULAR code unit.
 */
function scanCues(scan: BlockScan, trigrams: Uint8Array, fourths: Int32Array): boolean {
  const { src, lowered } = scan;
  const n = src.length;
  let count = 0;
  let gram = 0;
  for (let p = 0; p < n; p++) {
    let c = src.charCodeAt(p);
    // an ASCII letter folds to the same five bits in either case: only beyond ASCII the lower case is looked up
    if (c >= 128 && !lowered && (c = lowerCode(c)) === IRREGULAR) return false;
    gram = ((gram << 5) | (c & 31)) & GRAM_MASK;
    const trigram = gram >>> 5;
    const hit = trigrams[trigram];
    if (hit !== 0 && p >= 3 && (fourths[trigram] & (1 << (gram & 31))) !== 0) count = pushHit(count, p - 3, hit);
  }
  scan.count = lastPositions(n, count);
  return true;
}

/** The words of a scanned block, counted as `scanBlock` counts them. */
export function countWords(scan: BlockScan): number {
  let words = 0;
  let inWord = false;
  for (let p = 0; p < scan.src.length; p++) {
    const k = KIND[codeAt(scan, p)];
    if (k === LETTER || (k === JOINER && inWord)) inWord = true;
    else if (inWord) { words++; inWord = false; }
  }
  return inWord ? words + 1 : words;
}

/**
 * Fills in the words and stopwords of a scanned block (on its lowercased
 * text): a word is a letter, then letters, apostrophes and hyphens.
 */
export function countStopwords(scan: BlockScan, stopwords: WordSet): void {
  const lower = lowerText(scan);
  const n = lower.length;
  let words = 0;
  let stop = 0;
  let from = -1;
  let h = 0;
  for (let p = 0; p <= n; p++) {
    const c = p < n ? lower.charCodeAt(p) : 0;
    const k = p < n ? KIND[c] : OTHER;
    if (k === LETTER || (k === JOINER && from >= 0)) {
      if (from < 0) { from = p; h = 0; }
      h = (Math.imul(h, 31) + c) | 0;
    } else if (from >= 0) {
      words++;
      if (has(stopwords, lower, from, p, h)) stop++;
      from = -1;
    }
  }
  scan.words = words;
  scan.stop = stop;
}

/**
 * Matches of a cue list in a scanned block, the same count as `hits` with
 * the plain global regex on the lowercased block: leftmost first, then on
 * from its end; only those that stand as whole words when `whole`, each
 * distinct text once when `distinct`; stops at `limit`. The scan's positions
 * for the list are where a match may start: no match starts anywhere else.
 * The regex runs only where the start tables fit and, with `whole`, at word
 * starts: a match inside a word is one `hits` drops. It runs on the window
 * the list's patterns can look at (`reachOf`), lowercased: the same
 * characters, the same ends of text where the window reaches them.
 */
export function confirmHits(
  scanner: BlockScanner, scan: BlockScan, list: number, limit = Infinity, whole = true, distinct = false,
): number {
  const s = scanner.lists[list];
  const bit = 1 << list;
  if ((scan.scanned & bit) === 0) throw new Error(`cue list ${list} was not scanned for`);
  current(scan);
  const re = s.sticky;
  const n = scan.src.length;
  let seen: Set<string> | null = null;
  let count = 0;
  let next = 0;
  for (let i = 0; i < scan.count; i++) {
    const p = scratchAt[i];
    if ((scratchLists[i] & bit) === 0 || p < next || (whole && !startsWord(scan, p))) continue;
    const fitting = fits(scan, p, s);
    if (fitting === 0) continue;
    // from one before p (a word boundary looks there) to one past the reach (the end or the next character)
    const reach = windowReach(s, fitting);
    const from = p > 0 ? p - 1 : 0;
    const to = Math.min(n, p + reach + 1);
    let subject: string;
    let offset = 0;
    // unbounded or looking around: the whole block
    if (scan.lower !== null || reach === Infinity || scan.windowed + (to - from) > n) subject = lowerText(scan);
    else {
      subject = scan.src.slice(from, to).toLowerCase();
      scan.windowed += to - from;
      offset = from;
    }
    re.lastIndex = p - offset;
    const m = re.exec(subject);
    if (m === null || m[0].length === 0) continue;
    const end = p + m[0].length;
    if (whole && end < n && isWordChar(codeAt(scan, end))) continue;
    next = end;
    if (distinct) {
      seen ??= new Set<string>();
      if (seen.has(m[0])) continue;
      seen.add(m[0]);
    }
    if (++count >= limit) break;
  }
  return count;
}
