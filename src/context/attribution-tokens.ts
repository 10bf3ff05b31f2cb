// A light word tokeniser for attribution cues: words (with inner hyphens and
// apostrophes: "US-Präsident", "Manchester's") and single punctuation marks,
// with absolute analysis offsets.
//
// It splits exactly like the regex
//   /[\p{L}\p{N}]+(?:[-'’&/][\p{L}\p{N}]+)*-?|[^\s\p{L}\p{N}]/gu
// but scans by hand: it runs on every sentence analysed, and the regex over a
// sliced sentence cost more than all the cue reading after it.
import { isAsciiDigit, codePointClasses, LETTER, NUMBER, SPACE, unitClasses } from '../lang/unicode.js';
import { Gatherer } from './gather.js';

/** Bits of `Token.bits` above the 16-bit key. */
const WORD = 1 << 16;
const CAP = 1 << 17;
/** a character beyond ASCII that lower-casing changes: `lower` needs toLowerCase() */
const WIDE_CASE = 1 << 18;
const ROLE_KNOWN = 1 << 19;
const ROLE = 1 << 20;
const KEY_MASK = 0xffff;
/** bits 21-30: which interned word `lower` is (see internWords), once looked up */
const KNOWN_SHIFT = 21;
const KNOWN_MASK = 0x3ff;
/** looked up: no interned word */
const UNKNOWN = KNOWN_MASK;

/** The strings of a token and the phrase reader's answer about it, made when first asked for. */
class TokenMemo {
  /** the text the token's offsets are in */
  readonly source: string;
  text: string | undefined;
  lower: string | undefined;
  compoundHead: string | null | undefined;

  constructor(source: string, text: string | undefined, lower: string | undefined) {
    this.source = source;
    this.text = text;
    this.lower = lower;
    this.compoundHead = undefined;
  }
}

/**
 * A word or punctuation mark. Its text and lower-case form are made on first use:
 * most tokens of a sentence are only checked against cue words by `key`, and
 * never need a string of their own. A token is made per word of every sentence
 * read, so it keeps four fields: flags and key share one number, and the strings
 * and remembered answers sit in a memo made for the few tokens asked about, which
 * then takes the place of the source text (`ref`: 56 bytes a token where five
 * fields took 64; the tokens were the pipeline's largest garbage).
 */
export class Token {
  // fields assigned in the constructor only (no class-field definitions): a token is made per word
  declare readonly start: number;
  declare readonly end: number;
  /** the key (bits 0-15) and the flags above it */
  declare private bits: number;
  /** the source text, or the memo (which holds it) once one is made */
  declare private ref: string | TokenMemo;

  constructor(start: number, end: number, bits: number, ref: string | TokenMemo) {
    this.start = start;
    this.end = end;
    this.bits = bits;
    this.ref = ref;
  }

  /** This word read as capitalised: a site's lower-case domain ("golem" of "golem.de") names it as a capital would. */
  asCapitalised(): Token {
    return new Token(this.start, this.end, this.bits | CAP, this.ref);
  }

  /** the text the offsets are in */
  private get source(): string {
    const ref = this.ref;
    return typeof ref === 'string' ? ref : ref.source;
  }

  private get memo(): TokenMemo | undefined {
    const ref = this.ref;
    return typeof ref === 'string' ? undefined : ref;
  }

  /** The memo, made now when there is none yet. */
  private ownMemo(): TokenMemo {
    const ref = this.ref;
    if (typeof ref !== 'string') return ref;
    const memo = new TokenMemo(ref, undefined, undefined);
    this.ref = memo;
    return memo;
  }

  /** A word from a word list, standing alone ("Außenminister"). */
  static of(word: string): Token {
    const lower = word.toLowerCase();
    return new Token(0, 0, keyOf(lower) | WORD | CAP, new TokenMemo(word, word, lower));
  }

  /** a word (letters/digits), not punctuation */
  get word(): boolean {
    return (this.bits & WORD) !== 0;
  }

  /** starts with an upper-case letter */
  get cap(): boolean {
    return (this.bits & CAP) !== 0;
  }

  /** fingerprint of `lower` (see WordFilter) */
  get key(): number {
    return this.bits & KEY_MASK;
  }

  get text(): string {
    const memo = this.memo;
    if (memo !== undefined && memo.text !== undefined) return memo.text;
    const text = this.source.slice(this.start, this.end);
    // punctuation is asked for its text again and again ("," "("), and V8 keeps one string
    // per Latin-1 character: not worth a memo
    if (this.end - this.start === 1) return text;
    (memo ?? this.ownMemo()).text = text;
    return text;
  }

  get lower(): string {
    // a word of the lexicon ("laut", "der", "in") is that word's string: no string or memo of its own
    const known = (this.bits >>> KNOWN_SHIFT) & KNOWN_MASK;
    if (known !== 0 && known !== UNKNOWN) return INTERNED_WORDS[known - 1];
    // the rest apart: a getter this small is inlined where the cue and phrase readers ask
    return this.lowerFound(known);
  }

  private lowerFound(known: number): string {
    const memo = this.memo;
    if (memo !== undefined && memo.lower !== undefined) return memo.lower;
    if (known === 0) {
      known = this.knownId();
      this.bits |= (known === 0 ? UNKNOWN : known) << KNOWN_SHIFT;
      if (known !== 0) return INTERNED_WORDS[known - 1];
    }
    const text = this.text;
    // ASCII A-Z by hand; toLowerCase() only when a character beyond ASCII has a case
    const lower = this.bits & WIDE_CASE ? text.toLowerCase() : asciiLowerCase(text);
    (memo ?? this.ownMemo()).lower = lower;
    return lower;
  }

  /** The id of the interned word (see internWords) that `lower` equals, 0 for none, without making `lower`. */
  private knownId(): number {
    for (let id = INTERNED_FIRST[this.bits & INTERN_MASK]; id !== 0; id = INTERNED_NEXT[id]) {
      if (this.lowerIs(INTERNED_WORDS[id - 1])) return id;
    }
    return 0;
  }

  /** Whether `lower` is `word`, without making it. */
  lowerIs(word: string): boolean {
    return this.lowerLength === word.length && this.lowerEndsWith(word);
  }

  /** Whether the word ends in "'s" or "’s" ("Tesco's", "the company's"), without making its text. */
  isPossessiveForm(): boolean {
    return this.lowerEndsWith("'s") || this.lowerEndsWith('’s');
  }

  /** Whether `lower` is one of `words` (a short list), without making it. */
  lowerIsAnyOf(words: readonly string[]): boolean {
    for (let k = 0; k < words.length; k++) if (this.lowerIs(words[k])) return true;
    return false;
  }

  /** Whether `text` is `s` (a mark like "," or "("), without making it. */
  textIs(s: string): boolean {
    const n = s.length;
    if (this.textLength !== n) return false;
    for (let k = 0; k < n; k++) if (this.codeAt(k) !== s.charCodeAt(k)) return false;
    return true;
  }

  /** The length of `lower`, without making it. */
  get lowerLength(): number {
    const memo = this.memo;
    // a token not lower-cased by the tokeniser lower-cases code unit by code unit (see makeToken)
    return memo !== undefined && memo.lower !== undefined ? memo.lower.length : this.end - this.start;
  }

  /** The length of `text`, without making it (a word-list token, `Token.of`, has no offsets). */
  get textLength(): number {
    const memo = this.memo;
    return memo !== undefined && memo.text !== undefined ? memo.text.length : this.end - this.start;
  }

  /** The code unit of `text` at `k` (below `textLength`), without making it. */
  codeAt(k: number): number {
    const memo = this.memo;
    return memo !== undefined && memo.text !== undefined ? memo.text.charCodeAt(k) : this.source.charCodeAt(this.start + k);
  }

  /** Whether `lower` ends in `suffix`, without making it. */
  lowerEndsWith(suffix: string): boolean {
    const n = suffix.length;
    // the memo looked at once, not per code unit: asked of every capitalised word (compound tails)
    const memo = this.memo;
    if (memo !== undefined && memo.lower !== undefined) {
      const lower = memo.lower;
      const at = lower.length - n;
      if (at < 0) return false;
      for (let k = n - 1; k >= 0; k--) if (lower.charCodeAt(at + k) !== suffix.charCodeAt(k)) return false;
      return true;
    }
    const source = this.source;
    const at = this.end - n;
    if (at < this.start) return false;
    for (let k = n - 1; k >= 0; k--) if (lowerCode(source.charCodeAt(at + k)) !== suffix.charCodeAt(k)) return false;
    return true;
  }

  /** The fingerprint of the last three code units of `lower` (0 for each missing), without making it (see EndingFilter). */
  lowerEndingKey(): number {
    const memo = this.memo;
    if (memo !== undefined && memo.lower !== undefined) {
      const lower = memo.lower;
      const n = lower.length;
      return fingerprint(n >= 3 ? lower.charCodeAt(n - 3) : 0, n >= 2 ? lower.charCodeAt(n - 2) : 0, n >= 1 ? lower.charCodeAt(n - 1) : 0);
    }
    const source = this.source;
    const end = this.end;
    const length = end - this.start;
    return fingerprint(
      length >= 3 ? lowerCode(source.charCodeAt(end - 3)) : 0,
      length >= 2 ? lowerCode(source.charCodeAt(end - 2)) : 0,
      lowerCode(source.charCodeAt(end - 1)),
    );
  }

  /** The phrase reader's compound head of this word, once found (undefined before). */
  get compoundHead(): string | null | undefined {
    return this.memo?.compoundHead;
  }

  set compoundHead(head: string | null | undefined) {
    this.ownMemo().compoundHead = head;
  }

  /** The phrase reader's answer whether this word is a role, once found (undefined before). */
  get role(): boolean | undefined {
    return this.bits & ROLE_KNOWN ? (this.bits & ROLE) !== 0 : undefined;
  }

  set role(role: boolean | undefined) {
    this.bits = role === undefined ? this.bits & ~(ROLE_KNOWN | ROLE) : (this.bits & ~ROLE) | ROLE_KNOWN | (role ? ROLE : 0);
  }
}

/**
 * Lexicon words: a token equal to one takes the lexicon's string as its lower case
 * instead of a copy of its own, and remembers which (its id, index + 1, in the
 * token's bits). Found by the low bits of their key: the first id per key, then
 * a chain of ids (typed arrays: an array per key kept a quarter MB alive).
 */
const INTERNED_WORDS: string[] = [];
const INTERN_MASK = 0xfff;
const INTERNED_FIRST = new Uint16Array(INTERN_MASK + 1);
const INTERNED_NEXT = new Uint16Array(UNKNOWN);

/** Makes `Token.lower` give these (lower-case) words' own strings. */
export function internWords(words: Iterable<string>): void {
  for (const w of words) {
    // the ids fill ten bits of the token; words beyond them are just not interned
    if (w.length === 0 || w !== w.toLowerCase() || INTERNED_WORDS.length >= UNKNOWN - 1) continue;
    const k = keyOf(w) & INTERN_MASK;
    let known = false;
    for (let id = INTERNED_FIRST[k]; id !== 0 && !known; id = INTERNED_NEXT[id]) known = INTERNED_WORDS[id - 1] === w;
    if (known) continue;
    INTERNED_WORDS.push(w);
    const id = INTERNED_WORDS.length;
    INTERNED_NEXT[id] = INTERNED_FIRST[k];
    INTERNED_FIRST[k] = id;
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
    const k = t.lowerEndingKey();
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
 * ASCII that lower-casing may change, bit 3 (COMPLEX) for one whose lower case is
 * not one code unit of its own (İ -> i̇, Σ by its neighbours, surrogates).
 */
const KIND = new Uint8Array(0x10000);
const KIND_WORD = 1;
const KIND_SPACE = 2;
const KIND_OTHER = 3;
const KIND_MASK = 3;
const CASED = 4;
const COMPLEX = 8;
/**
 * The lower case of each CASED code unit that is not COMPLEX (filled with KIND), in
 * blocks of 256 units made as text needs them: a text touches one or two.
 */
const LOWER: (Uint16Array | undefined)[] = new Array<Uint16Array | undefined>(0x100).fill(undefined);
/** Greek capital sigma: lower-cased by what follows it (final ς) */
const SIGMA = 0x3a3;

/** Word, space or other, from the shared Unicode classes of a code point's classes. */
function kindFrom(classes: number): number {
  return classes & (LETTER | NUMBER) ? KIND_WORD : classes & SPACE ? KIND_SPACE : KIND_OTHER;
}

function lookUp(c: number): number {
  const s = String.fromCharCode(c);
  const kind = kindFrom(unitClasses(c));
  // a surrogate may be half of a cased letter: counted as cased; ASCII is lower-cased by hand
  const surrogate = c >= 0xd800 && c <= 0xdfff;
  const lower = s.toLowerCase();
  const cased = c >= 128 && (lower !== s || surrogate);
  if (!cased) return kind;
  if (surrogate || lower.length !== 1 || c === SIGMA) return kind | CASED | COMPLEX;
  (LOWER[c >> 8] ??= new Uint16Array(0x100))[c & 0xff] = lower.charCodeAt(0);
  return kind | CASED;
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

/** CASED and COMPLEX of the characters wordRunEnd() read: a side result, to spare an object per word. */
let runCase = 0;

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
      runCase |= k;
      i++;
      continue;
    }
    const cp = codePointAt(text, i, to);
    if (kindOf(cp) !== KIND_WORD) break;
    runCase = CASED | COMPLEX;
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

/** The lower case of a code unit of a token not lower-cased by the tokeniser (no COMPLEX one in it). */
function lowerCode(c: number): number {
  return c < 128 ? asciiLower(c) : KIND[c] & CASED ? LOWER[c >> 8]![c & 0xff] : c;
}

/** A token whose lower case toLowerCase() has to make (see makeToken): its strings are made now. */
function makeComplexToken(text: string, start: number, end: number, isWord: boolean): Token {
  const t = text.slice(start, end);
  const lower = t.toLowerCase();
  const first = t.charCodeAt(0);
  // a word starting with a surrogate pair was never taken for a word (the first unit alone is no letter)
  const word = isWord && !(first >= 0xd800 && first <= 0xdbff);
  // capitalised: lower-casing changes the first letter (by code unit: t[0] on strings of
  // several representations made V8 throw the tokenizer's code away)
  const cap = first !== lower.charCodeAt(0);
  return new Token(start, end, keyOf(lower) | (word ? WORD : 0) | (cap ? CAP : 0) | WIDE_CASE, new TokenMemo(text, t, lower));
}

/**
 * The token at [start, end). Its lower-case form is that of toLowerCase(). When
 * every character lower-cases to one code unit of its own (`caseBits` without
 * COMPLEX: "Präsident"), key and capital come from the code units, and the strings
 * wait until asked for; otherwise (İ, final sigma, surrogates) toLowerCase() makes
 * them now.
 */
function makeToken(text: string, start: number, end: number, isWord: boolean, caseBits: number): Token {
  if (caseBits & COMPLEX) return makeComplexToken(text, start, end, isWord);
  const first = text.charCodeAt(start);
  const long = end - start > 1;
  if (caseBits & CASED) {
    const lowerFirst = lowerCode(first);
    const second = long ? lowerCode(text.charCodeAt(start + 1)) : 0;
    const penultimate = long ? lowerCode(text.charCodeAt(end - 2)) : 0;
    const key = wordKey(end - start, lowerFirst, second, penultimate, lowerCode(text.charCodeAt(end - 1)));
    return new Token(start, end, key | (isWord ? WORD : 0) | (lowerFirst !== first ? CAP : 0) | WIDE_CASE, text);
  }
  // the most common case: only ASCII letters have a case
  const second = long ? asciiLower(text.charCodeAt(start + 1)) : 0;
  const penultimate = long ? asciiLower(text.charCodeAt(end - 2)) : 0;
  const key = wordKey(end - start, asciiLower(first), second, penultimate, asciiLower(text.charCodeAt(end - 1)));
  return new Token(start, end, key | (isWord ? WORD : 0) | (first >= 65 && first <= 90 ? CAP : 0), text);
}

/**
 * Words worth a closer look, picked while tokenising: those `filter` may hold and
 * the capitalised ones `capital` (when given) accepts. Their indices go to the first
 * `count` entries of `picked`, so a caller need not walk over all tokens again; the
 * array is reused from one sentence to the next (a fresh one grown per sentence was garbage).
 */
export class Picker {
  count = 0;

  /** shared by all pickers: one sentence is tokenised at a time */
  get picked(): number[] {
    return pickedIndices;
  }

  constructor(readonly filter: WordFilter, readonly capital: ((t: Token) => boolean) | null) {}

  add(index: number): void {
    if (this.count < pickedIndices.length) pickedIndices[this.count] = index;
    else pickedIndices.push(index);
    this.count++;
  }
}

const pickedIndices: number[] = [];

/** one sentence's tokens, gathered before they are copied out at their count */
const gathered = new Gatherer<Token>();
/** Longer pick arrays are dropped after use rather than kept for the next sentence. */
const PICKED_MAX = 4096;

/**
 * The bits of the token of each ASCII mark (neither letter, digit nor space): what
 * makeToken gives for it, looked up rather than computed for every comma and bracket.
 */
const ASCII_MARK_BITS = new Int32Array(128);
for (let c = 0; c < 128; c++) if (KIND[c] === KIND_OTHER) ASCII_MARK_BITS[c] = wordKey(1, c, 0, 0, c);

export function tokenize(text: string, from: number, to: number, picker?: Picker): Token[] {
  if (picker) picker.count = 0;
  // the last sentence's picks have been read: a huge one's array need not stay
  if (pickedIndices.length > PICKED_MAX) pickedIndices.length = 0;
  let n = 0;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    let kind: number;
    let size = 1;
    let firstCase: number;
    if (c < 128) {
      // the most common case, an ASCII character: its kind straight from the table, a mark done here
      kind = KIND[c];
      if (kind === KIND_OTHER) {
        gathered.set(n++, new Token(i, i + 1, ASCII_MARK_BITS[c], text));
        i++;
        continue;
      }
      firstCase = 0;
    } else if (c < 0xd800 || c > 0xdfff) {
      const k = kindCode(c);
      kind = k & KIND_MASK;
      firstCase = k & (CASED | COMPLEX);
    } else {
      const cp = codePointAt(text, i, to);
      kind = kindOf(cp);
      firstCase = CASED | COMPLEX;
      if (cp > 0xffff) size = 2;
    }
    if (kind === KIND_SPACE) { i++; continue; }
    let token: Token;
    if (kind === KIND_OTHER) {
      token = makeToken(text, i, i + size, false, firstCase);
      i += size;
    } else {
      runCase = firstCase;
      let end = wordRunEnd(text, i + size, to);
      // "US-Präsident", "AT&T": a joiner followed by more letters stays inside the word
      while (end + 1 < to && isJoiner(text.charCodeAt(end)) && kindOf(codePointAt(text, end + 1, to)) === KIND_WORD) {
        end = wordRunEnd(text, end + 1, to);
      }
      // a trailing hyphen ("Kranken- und Pflegekassen")
      if (end < to && text.charCodeAt(end) === 45) end++;
      token = makeToken(text, i, end, true, runCase & (CASED | COMPLEX));
      // "schreibt golem.de": the name of a site in lower case
      if (!token.cap && end + 2 < to && text.charCodeAt(end) === 46 && endsDomain(text, end + 1, to)) token = token.asCapitalised();
      if (picker !== undefined && token.word && (picker.filter.mayHave(token) || (token.cap && picker.capital !== null && picker.capital(token)))) picker.add(n);
      i = end;
    }
    gathered.set(n++, token);
  }
  return gathered.take(n);
}

/** Top-level domains of news and tech sites: "golem.de", "derstandard.at", "myce.com". */
const DOMAIN_ENDINGS = new Set(['de', 'at', 'ch', 'com', 'org', 'net', 'eu', 'uk', 'fr', 'it', 'io', 'info']);

/** Does text[from, ...) read as a domain ending (letters in DOMAIN_ENDINGS, then no letter or digit)? */
function endsDomain(text: string, from: number, to: number): boolean {
  const asciiLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
  let k = from;
  while (k < to && k - from < 5 && asciiLetter(text.charCodeAt(k))) k++;
  if (k === from || !DOMAIN_ENDINGS.has(text.slice(from, k).toLowerCase())) return false;
  const next = k < to ? text.charCodeAt(k) : 32;
  return !asciiLetter(next) && !isAsciiDigit(next);
}

/** Lower-case token texts of a cue phrase, split like the text ("lt." -> ["lt", "."]). */
export function cueTokens(phrase: string): string[] {
  return tokenize(phrase, 0, phrase.length).map((t) => t.lower);
}
