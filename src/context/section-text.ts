// Fast scans over one lowercased block for the section classifier. Written by
// hand because the obvious regex versions (matchAll over words, /iu
// alternations with look-behind word boundaries, and then the cue lists'
// alternations tried at every position) dominated the classifier's time: one
// pass per block counts the words and stopwords and finds where a cue may
// start (a trigram table), and each cue list's regex runs only there.

import { LETTER as U_LETTER, MARK as U_MARK, NUMBER as U_NUMBER, unitClasses } from '../lang/unicode.js';

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

/**
 * The possible first PREFIX characters of a regex source (no flags), as
 * position-wise character sets (null: any), one list per way through it; a
 * way shorter than PREFIX may end there. Null when the source is too branchy
 * or not understood. Knows the syntax the cue lists use (literals, escapes,
 * classes, groups, alternation, quantifiers, look-arounds); any other escape
 * counts as any character, which keeps the result a superset.
 */
export function prefixSets(source: string): Prefix[] | null {
  let at = 0;
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
  const atom = (): Prefix[] => {
    const ch = source[at++];
    if (ch === '(') {
      let look = false;
      if (source[at] === '?') {
        const kind = source[at + 1] === '<' ? source[at + 2] : source[at + 1];
        look = kind === '=' || kind === '!';
        if (!look && kind !== ':') throw new Error('unknown group');
        at += source[at + 1] === '<' ? 3 : 2;
      }
      const inner = alternation();
      if (source[at++] !== ')') throw new Error('unclosed group');
      return look ? [[]] : inner;
    }
    if (ch === '[') return [[charClass()]];
    if (ch === '.') return [[null]];
    if (ch === '^' || ch === '$') return [[]];
    if (ch === '\\') {
      const e = source[at++];
      if (e === 'd') return [[DIGITS]];
      if (e === 'b' || e === 'B') return [[]];
      // one character of a class (\\s, \\S, \\w, \\p{L}, \\u00a0, \\x41, \\n): any character
      if (e === 'u' || e === 'x' || e === 'p' || e === 'P') {
        const m = /^(?:\{[^}]*\}|[0-9a-fA-F]{4}|[0-9a-fA-F]{2})/.exec(source.slice(at));
        if (!m) throw new Error('unknown escape');
        at += m[0].length;
        return [[null]];
      }
      if (/[sSwWDnrtfv]/.test(e)) return [[null]];
      if (/[a-zA-Z0-9]/.test(e)) throw new Error('unknown escape');
      return [[new Set([e.charCodeAt(0)])]];
    }
    if (ch === ')' || ch === '|' || ch === '*' || ch === '+' || ch === '?' || ch === '{') throw new Error('unexpected');
    return [[new Set([ch.charCodeAt(0)])]];
  };
  const quantified = (): Prefix[] => {
    const xs = atom();
    const q = source[at];
    let out = xs;
    if (q === '?') { at++; out = repeat(xs, 0, 1); }
    else if (q === '*') { at++; out = repeat(xs, 0, Infinity); }
    else if (q === '+') { at++; out = repeat(xs, 1, Infinity); }
    else if (q === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at));
      if (!m) throw new Error('unknown quantifier');
      at += m[0].length;
      const min = Number(m[1]);
      out = repeat(xs, min, m[2] ? (m[3] ? Number(m[3]) : Infinity) : min);
    } else return out;
    if (source[at] === '?') at++; // lazy
    return out;
  };
  const sequence = (): Prefix[] => {
    let out: Prefix[] = [[]];
    while (at < source.length && source[at] !== '|' && source[at] !== ')') out = concat(out, quantified());
    return out;
  };
  function alternation(): Prefix[] {
    let out = sequence();
    while (source[at] === '|') {
      at++;
      out = out.concat(sequence());
      if (out.length > MAX_PREFIXES) throw new Error('too branchy');
    }
    return out;
  }
  try {
    const out = alternation();
    return at === source.length ? out : null;
  } catch {
    return null;
  }
}

/** Compiles a cue list (regex sources, matched on lowercased text) for `confirmHits`. */
export function cueScanner(alternatives: readonly string[]): CueScanner {
  const sticky = new RegExp(alternatives.map((x) => `(?:${x})`).join('|'), 'y');
  const starts = new Int32Array(PREFIX * TABLE);
  const ends = new Int32Array(PREFIX);
  const prefixes: Prefix[] = [];
  let way = 0;
  for (const source of alternatives) {
    // not understood: one way that fits anything
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
  return { sticky, starts, ends, prefixes };
}

/** the ways whose start tables fit the characters at `p` (0: no match starts there) */
function fits(lower: string, p: number, s: CueScanner): number {
  const n = lower.length;
  const starts = s.starts;
  let mask = starts[slot(lower.charCodeAt(p))];
  for (let k = 1; k < PREFIX && mask !== 0; k++) {
    if (p + k >= n) return mask & s.ends[k];
    mask &= starts[k * TABLE + slot(lower.charCodeAt(p + k))];
  }
  return mask;
}

/**
 * Cue lists for `scanBlock` (up to 8). `trigrams` is the cheap first test,
 * one load per character: for the three characters from a position, each
 * folded to 5 bits, a bit for each list that may match there. Lists needed
 * only on short blocks stay out of `longTrigrams`, the table for long ones.
 */
export interface BlockScanner {
  lists: CueScanner[];
  trigrams: Uint8Array;
  longTrigrams: Uint8Array;
  /** the lists in `longTrigrams`, a bit each */
  longLists: number;
}

/** three characters, 5 bits each: a shared index only widens */
const TRIGRAM_MASK = 0x7fff;
const ALL_5BIT = Array.from({ length: 32 }, (_, i) => i);

/** The 5-bit codes character k of a prefix may have (all of them past its end or where it is any). */
function fiveBits(prefix: Prefix, k: number): number[] {
  const set = k < prefix.length ? prefix[k] : null;
  return set === null ? ALL_5BIT : [...new Set([...set].map((code) => code & 31))];
}

function addTrigrams(trigrams: Uint8Array, s: CueScanner, bit: number): void {
  for (const prefix of s.prefixes) {
    const a = fiveBits(prefix, 0);
    const b = fiveBits(prefix, 1);
    const c = fiveBits(prefix, 2);
    for (const x of a) for (const y of b) for (const z of c) trigrams[(x << 10) | (y << 5) | z] |= bit;
  }
}

/** `lists[i]` (regex sources) becomes list i; `long` says which lists long blocks need. */
export function blockScanner(lists: ReadonlyArray<readonly string[]>, long: ReadonlyArray<boolean>): BlockScanner {
  const scanner: BlockScanner = {
    lists: lists.map(cueScanner),
    trigrams: new Uint8Array(TRIGRAM_MASK + 1),
    longTrigrams: new Uint8Array(TRIGRAM_MASK + 1),
    longLists: long.reduce((bits, yes, i) => (yes ? bits | (1 << i) : bits), 0),
  };
  scanner.lists.forEach((list, i) => {
    addTrigrams(scanner.trigrams, list, 1 << i);
    if (long[i]) addTrigrams(scanner.longTrigrams, list, 1 << i);
  });
  return scanner;
}

/** What one pass over a lowercased block finds. */
export interface BlockScan {
  words: number;
  /** words in the stopword set */
  stop: number;
  /**
   * where a cue may start (by the trigram test; `confirmHits` tests further),
   * ascending, with the lists that may match there in `lists`
   */
  at: number[];
  lists: number[];
  /** the lists scanned for, a bit each */
  scanned: number;
}

/** `p` is not preceded by a letter or digit (where `hits` with `whole` keeps a match) */
const startsWord = (lower: string, p: number): boolean => p === 0 || !isWordChar(lower.charCodeAt(p - 1));

/**
 * Counts the words and stopwords of a lowercased block (no `stopwords`: no
 * count at all, words and stop NaN) and collects where the cue lists may
 * match (only those for long blocks when `long`), in one pass. A word is a
 * letter followed by letters, apostrophes and hyphens. Cue positions are tested two characters
 * late, when the trigram from them is known; the closer tests wait for
 * `confirmHits`, which most blocks never need for most lists.
 */
export function scanBlock(lower: string, stopwords: WordSet | null, scanner: BlockScanner, long: boolean): BlockScan {
  const n = lower.length;
  // both tables read whatever `long` is: V8 then knows both loads before the first short block
  const { trigrams: shortTable, longTrigrams: longTable, longLists } = scanner;
  const trigrams = long ? longTable : shortTable;
  const at: number[] = [];
  const lists: number[] = [];
  if (stopwords === null) {
    scanCues(lower, trigrams, at, lists);
    return { words: NaN, stop: NaN, at, lists, scanned: long ? longLists : 0xff };
  }
  let words = 0;
  let stop = 0;
  let trigram = 0;
  // the word being read starts at `from` (-1: between words); `h` is its hash so far
  let from = -1;
  let h = 0;
  // One flat loop, the cue test for the position two characters back at every character:
  // a nested loop per word cost more in branches at word ends than it saved. It runs
  // on to p === n, read as a non-letter, so the last word ends in the same code as all
  // others (a separate path after the loop runs too rarely for V8 to know its types).
  for (let p = 0; p <= n; p++) {
    let k = OTHER;
    let c = 0;
    if (p < n) {
      c = lower.charCodeAt(p);
      trigram = ((trigram << 5) | (c & 31)) & TRIGRAM_MASK;
      const hit = trigrams[trigram];
      if (hit !== 0 && p >= 2) { at.push(p - 2); lists.push(hit); }
      k = KIND[c];
    }
    // a word: a letter, then letters, apostrophes and hyphens
    if (k === LETTER || (k === JOINER && from >= 0)) {
      if (from < 0) { from = p; h = 0; }
      h = (Math.imul(h, 31) + c) | 0;
    } else if (from >= 0) {
      words++;
      if (has(stopwords, lower, from, p, h)) stop++;
      from = -1;
    }
  }
  lastPositions(n, at, lists);
  return { words, stop, at, lists, scanned: long ? longLists : 0xff };
}

/** the last two positions have no trigram: any list may start there */
function lastPositions(n: number, at: number[], lists: number[]): void {
  for (let q = Math.max(0, n - 2); q < n; q++) {
    at.push(q);
    lists.push(0xff);
  }
}

/**
 * `scanBlock` without the words: a lone block is decided by its cues alone,
 * and its word count is needed only now and then (`countWords`), so this loop
 * does the trigram test and nothing else per character.
 */
function scanCues(lower: string, trigrams: Uint8Array, at: number[], lists: number[]): void {
  const n = lower.length;
  let trigram = 0;
  for (let p = 0; p < n; p++) {
    trigram = ((trigram << 5) | (lower.charCodeAt(p) & 31)) & TRIGRAM_MASK;
    const hit = trigrams[trigram];
    if (hit !== 0 && p >= 2) { at.push(p - 2); lists.push(hit); }
  }
  lastPositions(n, at, lists);
}

/** The words of a lowercased block, counted as `scanBlock` counts them. */
export function countWords(lower: string): number {
  let words = 0;
  let inWord = false;
  for (let p = 0; p < lower.length; p++) {
    const k = KIND[lower.charCodeAt(p)];
    if (k === LETTER || (k === JOINER && inWord)) inWord = true;
    else if (inWord) { words++; inWord = false; }
  }
  return inWord ? words + 1 : words;
}

/**
 * Matches of a cue list in a lowercased block, the same count as `hits` with
 * the plain global regex: leftmost first, then on from its end; only those
 * that stand as whole words when `whole`, each distinct text once when
 * `distinct`; stops at `limit`. The scan's positions for the list are where
 * a match may start: no match starts anywhere else. The
 * regex runs only where the start tables fit and, with `whole`, at word
 * starts: a match inside a word is one `hits` drops.
 */
export function confirmHits(
  lower: string, scanner: BlockScanner, scan: BlockScan, list: number, limit = Infinity, whole = true, distinct = false,
): number {
  const s = scanner.lists[list];
  const bit = 1 << list;
  if ((scan.scanned & bit) === 0) throw new Error(`cue list ${list} was not scanned for`);
  const re = s.sticky;
  const n = lower.length;
  const { at, lists } = scan;
  let seen: Set<string> | null = null;
  let count = 0;
  let next = 0;
  for (let i = 0; i < at.length; i++) {
    const p = at[i];
    if ((lists[i] & bit) === 0 || p < next || (whole && !startsWord(lower, p)) || fits(lower, p, s) === 0) continue;
    re.lastIndex = p;
    const m = re.exec(lower);
    if (m === null || m[0].length === 0) continue;
    const end = p + m[0].length;
    if (whole && end < n && isWordChar(lower.charCodeAt(end))) continue;
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
