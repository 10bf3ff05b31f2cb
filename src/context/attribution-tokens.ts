// A light word tokeniser for attribution cues: words (with inner hyphens and
// apostrophes: "US-Präsident", "Manchester's") and single punctuation marks,
// with absolute analysis offsets.
//
// It splits exactly like the regex
//   /[\p{L}\p{N}]+(?:[-'’&/][\p{L}\p{N}]+)*-?|[^\s\p{L}\p{N}]/gu
// but scans by hand: it runs on every sentence analysed, and the regex over a
// sliced sentence cost more than all the cue reading after it.
import { codePointClasses, LETTER, NUMBER, SPACE, unitClasses } from '../lang/unicode.js';

/**
 * A word or punctuation mark. Its text and lower-case form are made on first use:
 * most tokens of a sentence are only checked against cue words by `key`, and
 * never need a string of their own.
 */
export class Token {
  // fields assigned in the constructor only (no class-field definitions): a token is made per word
  declare private readonly source: string;
  declare readonly start: number;
  declare readonly end: number;
  /** a word (letters/digits), not punctuation */
  declare readonly word: boolean;
  /** starts with an upper-case letter */
  declare readonly cap: boolean;
  /** fingerprint of `lower` (see WordFilter) */
  declare readonly key: number;
  declare private textCache: string | undefined;
  declare private lowerCache: string | undefined;
  /** the phrase reader's answers about this word, remembered (a sentence's words are asked about again and again) */
  declare compoundHead: string | null | undefined;
  declare role: boolean | undefined;

  constructor(source: string, start: number, end: number, word: boolean, cap: boolean, key: number, text?: string, lower?: string) {
    this.source = source;
    this.start = start;
    this.end = end;
    this.word = word;
    this.cap = cap;
    this.key = key;
    this.textCache = text;
    this.lowerCache = lower;
    this.compoundHead = undefined;
    this.role = undefined;
  }

  /** A word from a word list, standing alone ("Außenminister"). */
  static of(word: string): Token {
    const lower = word.toLowerCase();
    return new Token(word, 0, 0, true, true, keyOf(lower), word, lower);
  }

  get text(): string {
    return (this.textCache ??= this.source.slice(this.start, this.end));
  }

  get lower(): string {
    // made by the tokeniser when lower-casing touches more than ASCII A-Z
    return (this.lowerCache ??= asciiLowerCase(this.text));
  }

  /** The length of `lower`, without making it. */
  get lowerLength(): number {
    return this.lowerCache !== undefined ? this.lowerCache.length : this.end - this.start;
  }

  /** The length of `text`, without making it (a word-list token, `Token.of`, has no offsets). */
  get textLength(): number {
    return this.textCache !== undefined ? this.textCache.length : this.end - this.start;
  }

  /** The code unit of `text` at `k` (below `textLength`), without making it. */
  codeAt(k: number): number {
    return this.textCache !== undefined ? this.textCache.charCodeAt(k) : this.source.charCodeAt(this.start + k);
  }

  /** Whether `lower` ends in `suffix`, without making it. */
  lowerEndsWith(suffix: string): boolean {
    const n = suffix.length;
    if (this.lowerLength < n) return false;
    for (let k = 0; k < n; k++) if (this.lowerCodeFromEnd(k) !== suffix.charCodeAt(n - 1 - k)) return false;
    return true;
  }

  /** The code unit of `lower` at `k` from its end (0: the last), without making it; NaN past its start. */
  lowerCodeFromEnd(k: number): number {
    if (this.lowerCache !== undefined) {
      // bound checked here: charCodeAt past the start also gives NaN, but V8 throws its code away on it
      const at = this.lowerCache.length - 1 - k;
      return at >= 0 ? this.lowerCache.charCodeAt(at) : NaN;
    }
    return k < this.end - this.start ? asciiLower(this.source.charCodeAt(this.end - 1 - k)) : NaN;
  }
}

/** Fingerprint of a lower-case word: its length, first and last code unit. */
function fingerprint(length: number, first: number, last: number): number {
  return (Math.imul(length, 0x9e3779b1) ^ Math.imul(first, 0x85ebca6b) ^ Math.imul(last, 0xc2b2ae35)) >>> 16;
}

/**
 * A word's key: fingerprint of its length and its first two and last two code units
 * (0 and 0 for a one-letter word). The inner letters keep most words of the text that
 * share length, first and last letter with a cue word ("seite", "sagte") out of the
 * word filters.
 */
function wordKey(length: number, first: number, second: number, penultimate: number, last: number): number {
  return fingerprint(length, first, last) ^ (Math.imul(second, 0x27d4eb2f) >>> 16) ^ (Math.imul(penultimate, 0x165667b1) >>> 16);
}

function keyOf(lower: string): number {
  const n = lower.length;
  return wordKey(n, lower.charCodeAt(0), n > 1 ? lower.charCodeAt(1) : 0, n > 1 ? lower.charCodeAt(n - 2) : 0, lower.charCodeAt(n - 1));
}

/**
 * A set of word endings (the last three letters, lower-case) that answers "surely
 * none ends so" for a token without making its lower-case string.
 */
export class EndingFilter {
  private readonly bits = new Uint32Array(0x10000 / 32);
  /** a word shorter than three letters: every token may end in it */
  private readonly short: boolean = false;

  constructor(words: Iterable<string>) {
    for (const w of words) {
      if (w.length < 3) this.short = true;
      const n = w.length;
      const k = fingerprint(w.charCodeAt(n - 3), w.charCodeAt(n - 2), w.charCodeAt(n - 1));
      this.bits[k >>> 5] |= 1 << (k & 31);
    }
  }

  /** False when the token's lower-case form surely ends in none of the words. */
  mayEnd(t: Token): boolean {
    if (this.short) return true;
    const k = fingerprint(t.lowerCodeFromEnd(2), t.lowerCodeFromEnd(1), t.lowerCodeFromEnd(0));
    return (this.bits[k >>> 5] & (1 << (k & 31))) !== 0;
  }
}

/**
 * A set of words that answers "surely not in it" from a token's key alone, so a
 * token outside every cue list needs no lower-case string and no hash lookup.
 */
export class WordFilter {
  private readonly bits = new Uint32Array(0x10000 / 32);

  constructor(words: Iterable<string>) {
    for (const w of words) {
      const k = keyOf(w);
      this.bits[k >>> 5] |= 1 << (k & 31);
    }
  }

  /** False when the token's lower-case form is surely none of the words. */
  mayHave(t: Token): boolean {
    return (this.bits[t.key >>> 5] & (1 << (t.key & 31))) !== 0;
  }
}

/**
 * Per BMP code unit, looked up once: bits 0-1 its kind (0 not looked up yet,
 * 1 letter or digit, 2 space, 3 other), bit 2 (CASED) set for a character beyond
 * ASCII that lower-casing may change.
 */
const KIND = new Uint8Array(0x10000);
const KIND_WORD = 1;
const KIND_SPACE = 2;
const KIND_OTHER = 3;
const KIND_MASK = 3;
const CASED = 4;

/** Word, space or other, from the shared Unicode classes of a code point's classes. */
function kindFrom(classes: number): number {
  return classes & (LETTER | NUMBER) ? KIND_WORD : classes & SPACE ? KIND_SPACE : KIND_OTHER;
}

function lookUp(c: number): number {
  const s = String.fromCharCode(c);
  const kind = kindFrom(unitClasses(c));
  // a surrogate may be half of a cased letter: counted as cased; ASCII is lower-cased by hand
  const cased = c >= 128 && (s.toLowerCase() !== s || (c >= 0xd800 && c <= 0xdfff));
  return kind | (cased ? CASED : 0);
}

for (let c = 0; c < 128; c++) KIND[c] = lookUp(c);

/**
 * KIND[c], looked up on first use. Every reader goes through here: the rare
 * look-up is then one call site that V8 sees early (the first text's "ä"), not
 * one per reader, each first met by optimised code.
 */
function kindCode(c: number): number {
  let k = KIND[c];
  if (k === 0) KIND[c] = k = lookUp(c);
  return k;
}

function kindOf(cp: number): number {
  if (cp < 0x10000) return kindCode(cp) & KIND_MASK;
  return kindFrom(codePointClasses(cp));
}

/** Whether the code point is a letter or digit (\p{L} or \p{N}). */
export function isLetterOrDigit(cp: number): boolean {
  return kindOf(cp) === KIND_WORD;
}

/** The code point that ends just before index i (a surrogate pair read as one). */
export function codePointBefore(text: string, i: number): number {
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return ((h - 0xd800) << 10) + (c - 0xdc00) + 0x10000;
  }
  return c;
}

/** The code point at i within [.., to): a surrogate pair cut by `to` counts as a lone unit. */
function codePointAt(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
    const l = text.charCodeAt(i + 1);
    if (l >= 0xdc00 && l <= 0xdfff) return ((c - 0xd800) << 10) + (l - 0xdc00) + 0x10000;
  }
  return c;
}

/** Set by wordRunEnd() when the run has a CASED character: a side result, to spare an object per word. */
let cased = false;

/** End of the run of letters and digits starting at i (before `to`). */
function wordRunEnd(text: string, i: number, to: number): number {
  while (i < to) {
    const c = text.charCodeAt(i);
    // the most common case: an ASCII letter or digit
    if (c < 128) {
      if (KIND[c] !== KIND_WORD) break;
      i++;
      continue;
    }
    if (c < 0xd800 || c > 0xdfff) {
      // one code unit, one character
      const k = kindCode(c);
      if ((k & KIND_MASK) !== KIND_WORD) break;
      if (k & CASED) cased = true;
      i++;
      continue;
    }
    const cp = codePointAt(text, i, to);
    if (kindOf(cp) !== KIND_WORD) break;
    cased = true;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** An inner joiner of a word: - ' ’ & / */
function isJoiner(c: number): boolean {
  return c === 45 || c === 39 || c === 0x2019 || c === 38 || c === 47;
}

/** Lower-cases ASCII A-Z (texts with curly quotes are two-byte strings, whose toLowerCase() is slow). */
function asciiLowerCase(t: string): string {
  let upper = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
  }
  if (upper === 0) return t;
  const first = t.charCodeAt(0);
  if (upper === 1 && first >= 65 && first <= 90) return String.fromCharCode(first + 32) + t.slice(1);
  let out = '';
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    out += String.fromCharCode(c >= 65 && c <= 90 ? c + 32 : c);
  }
  return out;
}

function asciiLower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/**
 * The token at [start, end). Its lower-case form is that of toLowerCase(): by
 * hand for ASCII A-Z, by toLowerCase() when another character has a case
 * (`hasCased`: its lower-casing may depend on its neighbours, like final sigma).
 */
function makeToken(text: string, start: number, end: number, isWord: boolean, hasCased: boolean): Token {
  if (hasCased) {
    const t = text.slice(start, end);
    const lower = t.toLowerCase();
    const first = t.charCodeAt(0);
    // a word starting with a surrogate pair was never taken for a word (the first unit alone is no letter)
    const word = isWord && !(first >= 0xd800 && first <= 0xdbff);
    // capitalised: lower-casing changes the first letter (by code unit: t[0] on strings of
    // several representations made V8 throw the tokenizer's code away)
    return new Token(text, start, end, word, t.charCodeAt(0) !== lower.charCodeAt(0), keyOf(lower), t, lower);
  }
  const first = text.charCodeAt(start);
  const long = end - start > 1;
  const second = long ? asciiLower(text.charCodeAt(start + 1)) : 0;
  const penultimate = long ? asciiLower(text.charCodeAt(end - 2)) : 0;
  const key = wordKey(end - start, asciiLower(first), second, penultimate, asciiLower(text.charCodeAt(end - 1)));
  return new Token(text, start, end, isWord, first >= 65 && first <= 90, key);
}

/**
 * Words worth a closer look, picked while tokenising: those `filter` may hold and,
 * with `capitals`, every capitalised one. Their indices go to `picked`, so a caller
 * need not walk over all tokens again.
 */
export interface Picker {
  filter: WordFilter;
  capitals: boolean;
  picked: number[];
}

export function tokenize(text: string, from: number, to: number, picker?: Picker): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    let kind: number;
    let size = 1;
    let firstCased: boolean;
    if (c < 0xd800 || c > 0xdfff) {
      const k = kindCode(c);
      kind = k & KIND_MASK;
      firstCased = (k & CASED) !== 0;
    } else {
      const cp = codePointAt(text, i, to);
      kind = kindOf(cp);
      firstCased = true;
      if (cp > 0xffff) size = 2;
    }
    if (kind === KIND_SPACE) { i++; continue; }
    if (kind === KIND_OTHER) {
      out.push(makeToken(text, i, i + size, false, firstCased));
      i += size;
      continue;
    }
    cased = firstCased;
    let end = wordRunEnd(text, i + size, to);
    // "US-Präsident", "AT&T": a joiner followed by more letters stays inside the word
    while (end + 1 < to && isJoiner(text.charCodeAt(end)) && kindOf(codePointAt(text, end + 1, to)) === KIND_WORD) {
      end = wordRunEnd(text, end + 1, to);
    }
    // a trailing hyphen ("Kranken- und Pflegekassen")
    if (end < to && text.charCodeAt(end) === 45) end++;
    const token = makeToken(text, i, end, true, cased);
    if (picker && token.word && (picker.filter.mayHave(token) || (picker.capitals && token.cap))) picker.picked.push(out.length);
    out.push(token);
    i = end;
  }
  return out;
}

/** Lower-case token texts of a cue phrase, split like the text ("lt." -> ["lt", "."]). */
export function cueTokens(phrase: string): string[] {
  return tokenize(phrase, 0, phrase.length).map((t) => t.lower);
}
