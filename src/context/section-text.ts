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

/** A word list for `countWords`: looked up by length and hash, so no word is ever sliced. */
export interface WordSet {
  longest: number;
  byHash: Map<number, string[]>;
}

function hashOf(s: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

export function wordSet(words: readonly string[]): WordSet {
  const byHash = new Map<number, string[]>();
  let longest = 0;
  for (const w of words) {
    const h = hashOf(w, 0, w.length);
    const list = byHash.get(h);
    if (list) list.push(w);
    else byHash.set(h, [w]);
    longest = Math.max(longest, w.length);
  }
  return { longest, byHash };
}

/** Words and stopwords of a lowercased block, in one pass without allocation. */
export function countWords(lower: string, stopwords: WordSet): { words: number; stop: number } {
  let words = 0;
  let stop = 0;
  const n = lower.length;
  for (let i = 0; i < n;) {
    if (kind(lower.charCodeAt(i)) !== LETTER) { i++; continue; }
    const start = i;
    let h = 0;
    for (; i < n; i++) {
      const c = lower.charCodeAt(i);
      const k = kind(c);
      if (k !== LETTER && k !== JOINER) break;
      h = (Math.imul(h, 31) + c) | 0;
    }
    words++;
    const len = i - start;
    if (len > stopwords.longest) continue;
    // h is hashOf(lower, start, i)
    const candidates = stopwords.byHash.get(h);
    if (candidates?.some((w) => w.length === len && lower.startsWith(w, start))) stop++;
  }
  return { words, stop };
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
