// Fast scans over one lowercased block for the section classifier. Written by
// hand because the obvious regex versions (matchAll over words, /iu
// alternations with look-behind word boundaries) dominated the classifier's
// time: this keeps it one pass per block, no allocation per character and
// only one per short word.

/** character kinds below U+3000 (a table, built once); everything above counts as a letter */
const OTHER = 0;
const LETTER = 1;
const DIGIT = 2;
/** apostrophes and hyphens inside a word ("don't", "E-Mail") */
const JOINER = 3;
const KIND = (() => {
  const table = new Uint8Array(0x3000);
  const letter = /[\p{L}\p{M}]/u;
  const digit = /\p{N}/u;
  for (let c = 0; c < table.length; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (letter.test(ch)) table[c] = LETTER;
    else if (digit.test(ch)) table[c] = DIGIT;
  }
  for (const ch of ["'", '\u2019', '-']) table[ch.charCodeAt(0)] = JOINER;
  return table;
})();

function kind(code: number): number {
  if (code < 0x3000) return KIND[code];
  return (code >= 0xfe00 && code <= 0xfe0f) ? OTHER : LETTER;
}

export function isWordChar(code: number): boolean {
  const k = kind(code);
  return k === LETTER || k === DIGIT;
}

/**
 * A word list for `scanBlock`: an open-addressing table of word indices by
 * hash, so a word of the block is looked up without slicing it.
 */
export interface WordSet {
  longest: number;
  words: readonly string[];
  /** index into `words`, -1 for an empty slot */
  table: Int32Array;
  mask: number;
}

function hashOf(s: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

export function wordSet(list: readonly string[]): WordSet {
  const words = [...new Set(list)];
  let size = 16;
  while (size < words.length * 4) size *= 2;
  const table = new Int32Array(size).fill(-1);
  const mask = size - 1;
  words.forEach((w, i) => {
    let j = hashOf(w, 0, w.length) & mask;
    while (table[j] >= 0) j = (j + 1) & mask;
    table[j] = i;
  });
  return { longest: Math.max(0, ...words.map((w) => w.length)), words, table, mask };
}

/** `lower[start, end)` (hash `h`) is in the set */
function has(set: WordSet, lower: string, start: number, end: number, h: number): boolean {
  const len = end - start;
  if (len > set.longest) return false;
  const { table, words, mask } = set;
  for (let j = h & mask; table[j] >= 0; j = (j + 1) & mask) {
    const w = words[table[j]];
    if (w.length === len && lower.startsWith(w, start)) return true;
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
 * for `scanHits`: the alternation as one sticky regex, plus start tables: for
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
  /** the first two characters at once, each folded to 7 bits (`pair`): a cheap first test */
  pairs: Int32Array;
}

/** how many leading characters the start tables check */
const PREFIX = 5;
/** char codes below 256 have a slot each; the rarer others share 256 slots (a shared slot only widens) */
const TABLE = 512;
const slot = (code: number): number => (code < 256 ? code : 256 + (code & 255));
/** index of two characters in `pairs` (a shared index only widens) */
const pair = (first: number, second: number): number => ((first & 127) << 7) | (second & 127);
const ALL_7BIT = Array.from({ length: 128 }, (_, i) => i);
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
    for (let first = true; at < source.length && (source[at] !== ']' || first); first = false) {
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

/** Compiles a cue list (regex sources, matched on lowercased text) for `scanHits`. */
export function cueScanner(alternatives: readonly string[]): CueScanner {
  const sticky = new RegExp(alternatives.map((x) => `(?:${x})`).join('|'), 'y');
  const starts = new Int32Array(PREFIX * TABLE);
  const ends = new Int32Array(PREFIX);
  const pairs = new Int32Array(128 * 128);
  let way = 0;
  for (const source of alternatives) {
    // not understood: one way that fits anything
    for (const prefix of prefixSets(source) ?? [[]]) {
      const bit = 1 << (way++ % 32);
      for (let k = 0; k < PREFIX; k++) {
        const set = k < prefix.length ? prefix[k] : null;
        // a way shorter than k characters may end before position k
        if (k >= prefix.length) ends[k] |= bit;
        if (set === null) for (let i = 0; i < TABLE; i++) starts[k * TABLE + i] |= bit;
        else for (const c of set) starts[k * TABLE + slot(c)] |= bit;
      }
      const [first, second] = [0, 1].map((k) => (k < prefix.length && prefix[k] !== null ? [...prefix[k]!] : ALL_7BIT));
      for (const a of first) for (const b of second) pairs[pair(a, b)] |= bit;
    }
  }
  return { sticky, starts, ends, pairs };
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

/** What one pass over a lowercased block finds. */
export interface BlockScan {
  words: number;
  /** words in the stopword set */
  stop: number;
  /** where a match of the `anywhere` list may start */
  anywhereAt: number[];
  /** where a match of the `atWords` list may start: fitting positions at the start of a word */
  wordAt: number[];
}

/**
 * Counts the words and stopwords of a lowercased block and collects where
 * two cue lists may match, in one pass: one list anywhere (it may match inside
 * a compound, "Wochennewsletter"), the other only at word starts, because
 * `confirmHits` drops its matches inside words anyway. A word is a letter
 * followed by letters, apostrophes and hyphens.
 */
export function scanBlock(lower: string, stopwords: WordSet, anywhere: CueScanner, atWords: CueScanner): BlockScan {
  const n = lower.length;
  const anyPairs = anywhere.pairs;
  const wordPairs = atWords.pairs;
  const anywhereAt: number[] = [];
  const wordAt: number[] = [];
  let words = 0;
  let stop = 0;
  /** start of the word being read, -1 between words */
  let from = -1;
  let h = 0;
  let afterWordChar = false;
  // the cue lists are tested for the position before p, when both its characters are known
  let prev = 0;
  let prevStartsWord = false;
  for (let p = 0; p < n; p++) {
    const c = lower.charCodeAt(p);
    const k = c < 0x3000 ? KIND[c] : kind(c);
    if (from >= 0) {
      if (k === LETTER || k === JOINER) h = (Math.imul(h, 31) + c) | 0;
      else {
        words++;
        if (has(stopwords, lower, from, p, h)) stop++;
        from = -1;
      }
    } else if (k === LETTER) {
      from = p;
      h = c;
    }
    if (p > 0) {
      const two = pair(prev, c);
      if (anyPairs[two] !== 0 && fits(lower, p - 1, anywhere) !== 0) anywhereAt.push(p - 1);
      if (prevStartsWord && wordPairs[two] !== 0 && fits(lower, p - 1, atWords) !== 0) wordAt.push(p - 1);
    }
    prevStartsWord = !afterWordChar;
    afterWordChar = k === LETTER || k === DIGIT;
    prev = c;
  }
  if (from >= 0) {
    words++;
    if (has(stopwords, lower, from, n, h)) stop++;
  }
  // the last character: no pair
  if (n > 0) {
    if (fits(lower, n - 1, anywhere) !== 0) anywhereAt.push(n - 1);
    if (prevStartsWord && fits(lower, n - 1, atWords) !== 0) wordAt.push(n - 1);
  }
  return { words, stop, anywhereAt, wordAt };
}

/**
 * Matches of a cue list in a lowercased block, the same count as `hits` with
 * the plain global regex: leftmost first, then on from its end; only those
 * that stand as whole words when `whole`, each distinct text once when
 * `distinct`; stops at `limit`. `at` are the positions where a match may
 * start (from `scanBlock`), ascending: no match starts anywhere else, and with
 * `whole` none that `hits` would keep.
 */
export function confirmHits(
  lower: string, s: CueScanner, at: readonly number[], limit = Infinity, whole = true, distinct = false,
): number {
  const re = s.sticky;
  const n = lower.length;
  let seen: Set<string> | null = null;
  let count = 0;
  let next = 0;
  for (const p of at) {
    if (p < next) continue;
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
