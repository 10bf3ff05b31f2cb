// One linear pass over a sentence that cuts it into the tokens the number lexer
// reasons about. Written by hand (not a regex per figure format) because the lexer
// needs, for every token, whether whitespace precedes it: "3-4 %" and "3 - 4" are
// ranges, "COVID-19" is a name, "15.000€" is money and "A40TUW" a code, and those
// decisions hinge on what is glued to what.

export const Tok = {
  /** letters only: "Milliarden", "bn", "US" */
  Word: 1,
  /** digits with inner separators: "400.000", "2,8", "1 000" (thin/no-break space groups) */
  Num: 2,
  /** one character of anything else: "%", "$", "-", ".", "²" */
  Punct: 3,
  /** letters and digits mixed: "A40TUW", "CA36118K1084", "G7", "24703m212" */
  Code: 4,
  /** URLs, e-mail addresses, hashtags: never figures */
  Skip: 5,
  /** a vulgar fraction character: "½", "¾" */
  Frac: 6,
} as const;
export type Tok = (typeof Tok)[keyof typeof Tok];

/**
 * A token of the sentence `src`. Its text is sliced only when asked for: most words are
 * never looked at beyond their first two letters, and not allocating them keeps the
 * lexer fast.
 */
export class Token {
  /** lower-cased text, filled lazily by lower() */
  low: string | undefined = undefined;
  private sliced: string | undefined = undefined;

  constructor(
    readonly src: string,
    readonly type: Tok,
    readonly start: number,
    readonly end: number,
    /** whitespace (or the sentence start) before this token */
    readonly space: boolean,
  ) {}

  get text(): string {
    return (this.sliced ??= this.src.slice(this.start, this.end));
  }

  /** Makes a pooled token another one (Tokens only: nothing holds a scratch token past its sentence). */
  reuse(src: string, type: Tok, start: number, end: number, space: boolean): Token {
    const self = this as { -readonly [K in keyof Token]: Token[K] };
    self.src = src;
    self.type = type;
    self.start = start;
    self.end = end;
    self.space = space;
    this.low = undefined;
    this.sliced = undefined;
    return this;
  }
}

/**
 * The Token objects of scratch tokenizations, by token index, reused sentence after
 * sentence: a new object per token looked at was the lexer's largest garbage. A
 * token at index k is current when POOL_STAMP[k] holds its Tokens' generation. Only
 * the first POOL_SIZE indices are pooled, so one huge sentence does not leave a
 * pool of its size behind; tokens past them are made afresh.
 */
const POOL_SIZE = 1024;
const POOL: Token[] = [];
const POOL_STAMP = new Int32Array(POOL_SIZE);
let generation = 0;

export const lower = (t: Token): string => (t.low ??= t.text.toLowerCase());

export const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;


/** ASCII letters, one load instead of four comparisons in the tokenizer's inner loop. */
const ASCII_LETTER = new Uint8Array(128);
for (let c = 65; c <= 90; c++) ASCII_LETTER[c] = ASCII_LETTER[c + 32] = 1;

export function isLetterCode(c: number): boolean {
  if (c < 128) return ASCII_LETTER[c] === 1;
  if (c === 0xd7 || c === 0xf7) return false;
  return (c >= 0xc0 && c <= 0x24f) || c === 0xb5 || (c >= 0x370 && c <= 0x52f) || (c >= 0x1e00 && c <= 0x1eff);
}

export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || c === 9 || c === 10 || c === 13;
  return c >= 0xa0 && (c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff);
}

/**
 * The character class of every UTF-16 code unit, built once from the predicates above:
 * the tokenizer's inner loops then cost one table load per character instead of a call
 * with a chain of range tests.
 */
export const CharClass = { Other: 0, Space: 1, Digit: 2, Letter: 3 } as const;
export const CHAR_CLASS = new Uint8Array(0x10000);
/** lowerCode(c) & 1023 of every letter: the parts of wordStartKey(), looked up instead of computed */
export const KEY_CODE = new Uint16Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  if (isSpaceCode(c)) CHAR_CLASS[c] = CharClass.Space;
  else if (isDigitCode(c)) CHAR_CLASS[c] = CharClass.Digit;
  else if (isLetterCode(c)) CHAR_CLASS[c] = CharClass.Letter;
  KEY_CODE[c] = ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c) & 1023;
}

/**
 * The lower-cased first three letters of src[start, end) (all of a shorter word) as
 * one small integer, without allocating a string. Ten bits per letter keep it a
 * small integer (a larger number would be boxed for every lookup); letters past
 * U+03FF may share keys, which only lets a word through the filter.
 */
export function wordStartKey(src: string, start: number, end: number): number {
  const n = end - start;
  const a = KEY_CODE[src.charCodeAt(start)]!;
  const b = n > 1 ? KEY_CODE[src.charCodeAt(start + 1)]! : 0;
  const c = n > 2 ? KEY_CODE[src.charCodeAt(start + 2)]! : 0;
  return (a << 20) | (b << 10) | c;
}

/** Spaces that typographers put between digit groups ("1 000", "40 000"). */
const isGroupSpace = (c: number): boolean => c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x2007 || c === 0x2008;

export const isFractionChar = (c: number): boolean => (c >= 0xbc && c <= 0xbe) || (c >= 0x2150 && c <= 0x215e);

/** Separators that may sit between digits of one number: "1.234,5", "1'000". */
const isInnerSeparator = (c: number): boolean => c === 46 || c === 44 || c === 39 || c === 0x2019;

/**
 * The code at i of a sentence that ends at `end` (it may stand inside a larger text),
 * 0 past its end as past the end of a string: the tokenizer reads the sentence where
 * it stands, never beyond.
 */
const codeIn = (s: string, i: number, end: number): number => (i < end ? s.charCodeAt(i) : 0);

/** Three digits at `i` not followed by a fourth: the next group of "1 234 567". */
function threeDigitGroup(s: string, i: number, end: number): boolean {
  return isDigitCode(codeIn(s, i, end)) && isDigitCode(codeIn(s, i + 1, end)) && isDigitCode(codeIn(s, i + 2, end)) &&
    !isDigitCode(codeIn(s, i + 3, end));
}

/** End of a run of digits with inner separators starting at `i`. */
function scanDigits(s: string, i: number, end: number): number {
  let j = i;
  for (;;) {
    while (j < end && isDigitCode(s.charCodeAt(j))) j++;
    const c = codeIn(s, j, end);
    if (isInnerSeparator(c) && isDigitCode(codeIn(s, j + 1, end))) { j++; continue; }
    if (isGroupSpace(c) && threeDigitGroup(s, j + 1, end)) { j++; continue; }
    return exponentEnd(s, j, end);
  }
}

/** "1.3e6", "12.32e+14", "-12e-1", "1.3x10^6", "2.5^-1": scientific notation and powers continue the number. */
function exponentEnd(s: string, j: number, end: number): number {
  const c = codeIn(s, j, end);
  let k: number;
  if (c === 0x5e /* ^ */) k = j + 1;
  else if ((c === 0x78 || c === 0x58 || c === 0xd7) && within(s, '10^', j + 1, end)) k = j + 4;
  else if (c === 0x65 || c === 0x45) k = j + 1;
  else return j;
  while (codeIn(s, k, end) === 0x2d && codeIn(s, k + 1, end) === 0x2d) k++; // "^--23"
  const sign = codeIn(s, k, end);
  if (sign === 0x2b || sign === 0x2d) k++;
  if (!isDigitCode(codeIn(s, k, end))) return j;
  while (isDigitCode(codeIn(s, k, end))) k++;
  return isLetterCode(codeIn(s, k, end)) ? j : k;
}

/** End of the non-space run at `i` (URLs, hashtags). */
function scanToSpace(s: string, i: number, end: number): number {
  let j = i;
  while (j < end && !isSpaceCode(s.charCodeAt(j))) j++;
  return j;
}

/** s[i, end) starts with a URL's opening ("http://", "www."); `end` bounds a sentence inside a larger text. */
export function startsUrl(s: string, i: number, end = s.length): boolean {
  const c = s.charCodeAt(i) | 0x20;
  if (c === 0x68 /* h */) return within(s, 'http://', i, end) || within(s, 'https://', i, end) || within(s, 'HTTP', i, end);
  if (c === 0x77 /* w */) return within(s, 'www.', i, end) || within(s, 'WWW.', i, end);
  return false;
}

const within = (s: string, prefix: string, i: number, end: number): boolean => i + prefix.length <= end && s.startsWith(prefix, i);

/**
 * The tokens of one sentence, stored column-wise in typed arrays. A Token object is
 * made only for the tokens the lexer looks at closely (numbers and their neighbours);
 * a long sentence of prose then costs a few typed-array writes per word instead of an
 * object each, which keeps the garbage collector out of the hot path.
 */
export class Tokens {
  length = 0;
  // the columns: tokenize() writes its common tokens into them itself (see there)
  types: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
  spaces: Uint8Array;
  private views: Array<Token | undefined> = [];
  /** the sentence's text (a scratch Tokens is renewed for each sentence) */
  src: string;
  /** for scratch tokens: the pool generation they own (0: not pooled) */
  private stamp: number;

  /**
   * With `scratch`, the columns are module-wide buffers reused by the next scratch
   * tokenization: allocating four typed arrays per sentence would cost more than
   * the scan itself. The caller must be done with one scratch Tokens before making
   * the next (findMentions is synchronous and keeps no token past its return): the
   * next scratch tokenize() renews the very same object (see renew()).
   */
  constructor(src: string, scratch = false, chars = src.length) {
    this.src = src;
    if (scratch) {
      this.stamp = nextGeneration();
      ({ types: this.types, starts: this.starts, ends: this.ends, spaces: this.spaces } = scratchColumns(chars));
    } else {
      this.stamp = 0;
      ({ types: this.types, starts: this.starts, ends: this.ends, spaces: this.spaces } = columns(capacityFor(chars)));
    }
  }

  /**
   * This scratch Tokens made empty for the next sentence, as `new Tokens(src, true, chars)`
   * would be: tokenize() keeps one scratch Tokens instead of a new object (and views
   * array) per scanned sentence.
   */
  renew(src: string, chars: number): this {
    this.src = src;
    this.length = 0;
    this.stamp = nextGeneration();
    // only tokens past the pool were kept here (a sentence of more than POOL_SIZE tokens)
    if (this.views.length !== 0) this.views = [];
    ({ types: this.types, starts: this.starts, ends: this.ends, spaces: this.spaces } = scratchColumns(chars));
    return this;
  }

  push(type: Tok, start: number, end: number, space: boolean): void {
    if (this.length === this.types.length) this.grow();
    const k = this.length++;
    this.types[k] = type;
    this.starts[k] = start;
    this.ends[k] = end;
    this.spaces[k] = space ? 1 : 0;
  }

  /** Removes the last token (e-mail addresses swallow what was glued before the "@"). */
  pop(): { start: number; space: boolean } | undefined {
    if (!this.length) return undefined;
    const k = --this.length;
    if (this.stamp !== 0 && k < POOL_SIZE) POOL_STAMP[k] = 0;
    else if (k < this.views.length) this.views[k] = undefined;
    return { start: this.starts[k]!, space: this.spaces[k] === 1 };
  }

  /** The token at k as an object, or undefined outside the sentence. */
  at(k: number): Token | undefined {
    if (k < 0 || k >= this.length) return undefined;
    if (this.stamp !== 0 && k < POOL_SIZE) return this.pooled(k);
    const views = this.views;
    // read inside the array only and fill it without holes: V8 keeps the code optimised
    const view = k < views.length ? views[k] : undefined;
    if (view !== undefined) return view;
    while (views.length < k) views.push(undefined);
    return (views[k] = new Token(this.src, this.types[k] as Tok, this.starts[k]!, this.ends[k]!, this.spaces[k] === 1));
  }

  private pooled(k: number): Token {
    if (POOL_STAMP[k] === this.stamp) return POOL[k]!;
    POOL_STAMP[k] = this.stamp;
    const type = this.types[k] as Tok;
    const start = this.starts[k]!;
    const end = this.ends[k]!;
    const space = this.spaces[k] === 1;
    if (k < POOL.length) return POOL[k]!.reuse(this.src, type, start, end, space);
    // filled without holes: tokens are looked at from the first on, and a hole fills with the ones between
    while (POOL.length < k) POOL.push(new Token('', Tok.Punct, 0, 0, false));
    const t = new Token(this.src, type, start, end, space);
    POOL.push(t);
    return t;
  }

  typeAt(k: number): Tok | 0 {
    return k >= 0 && k < this.length ? (this.types[k] as Tok) : 0;
  }

  spaceAt(k: number): boolean {
    return this.spaces[k] === 1;
  }

  startAt(k: number): number {
    return this.starts[k]!;
  }

  endAt(k: number): number {
    return this.ends[k]!;
  }

  /** Doubles the columns (tokenize() calls it when they are full). */
  grow(): void {
    const next = columns(this.types.length * 2 + 16);
    next.types.set(this.types);
    next.starts.set(this.starts);
    next.ends.set(this.ends);
    next.spaces.set(this.spaces);
    if (this.types === SCRATCH.types) SCRATCH = next;
    ({ types: this.types, starts: this.starts, ends: this.ends, spaces: this.spaces } = next);
  }
}

interface Columns { types: Uint8Array; starts: Int32Array; ends: Int32Array; spaces: Uint8Array }
const columns = (size: number): Columns => ({
  types: new Uint8Array(size), starts: new Int32Array(size), ends: new Int32Array(size), spaces: new Uint8Array(size),
});
let SCRATCH: Columns = columns(4096);

/** Room for the tokens of `chars` characters of text, most times without growing. */
const capacityFor = (chars: number): number => Math.min(chars, 64) + (chars >> 2);

/** The shared columns, grown to room for `chars` characters of text. */
function scratchColumns(chars: number): Columns {
  const capacity = capacityFor(chars);
  if (SCRATCH.types.length < capacity) SCRATCH = columns(capacity * 2);
  return SCRATCH;
}

/** A new pool generation: it wraps after 2^31 sentences, and a stamp left from then would have to survive that long. */
function nextGeneration(): number {
  return (generation = (generation % 0x7fffffff) + 1);
}

/** The one scratch Tokens, renewed for each sentence (null until the first). */
let scratchTokens: Tokens | null = null;

/** End of the run of letters starting at `i`. */
function letterRunEnd(s: string, i: number, end: number): number {
  while (i < end && CHAR_CLASS[s.charCodeAt(i)] === CharClass.Letter) i++;
  return i;
}

/** End of the run of letters and digits starting at `i`. */
function alnumRunEnd(s: string, i: number, end: number): number {
  while (i < end && CHAR_CLASS[s.charCodeAt(i)]! >= CharClass.Digit) i++;
  return i;
}

/**
 * Cuts `s` into tokens; `scratch` reuses shared buffers (see Tokens). The loop takes
 * the common tokens itself (a plain word, a plain number, a mark) and hands anything
 * else to tokenAt(), the full rules for one token. Rare cases (codes, URLs, e-mail
 * addresses, "3.5bn") then run in a function of their own: meeting one for the first
 * time does not throw away the optimised code of this loop, which V8 would otherwise
 * compile again with all it inlined.
 */
export function tokenize(s: string, scratch = false, start = 0, end = s.length): Tokens {
  const out = !scratch ? new Tokens(s, false, end - start)
    : scratchTokens ? scratchTokens.renew(s, end - start) : (scratchTokens = new Tokens(s, true, end - start));
  const n = end;
  // Common tokens are written into the columns here, not with push(): a call per
  // token (V8's small inlining budget, see v8-tuning.ts, leaves push() a call) cost
  // more than the rest of the loop's work per token. `k` is out.length meanwhile.
  let { types, starts, ends, spaces } = out;
  let k = 0;
  let i = start;
  /** whitespace (or the sentence start) before the next token */
  let space = true;
  while (i < n) {
    const c = s.charCodeAt(i);
    const cls = CHAR_CLASS[c];
    if (cls === CharClass.Space) { space = true; i++; continue; }
    let type: Tok = Tok.Punct;
    let e = i + 1;
    let common = false;
    if (cls === CharClass.Letter) {
      // "h" and "w" may start a URL: tokenAt() reads them when they do
      const l = c | 0x20;
      if ((l !== 0x68 && l !== 0x77) || !mayStartUrl(s, i, c, n)) {
        while (e < n && CHAR_CLASS[s.charCodeAt(e)] === CharClass.Letter) e++;
        type = Tok.Word;
        common = e === n || CHAR_CLASS[s.charCodeAt(e)] !== CharClass.Digit;
      }
    } else if (cls === CharClass.Digit) {
      e = scanDigits(s, i, n);
      type = Tok.Num;
      common = !isLetterCode(codeIn(s, e, n));
    } else if (!isSpecialMark(s, i, c, space, n)) {
      // a run of one repeated mark ("„„„„", "....", "((((") is one token: nothing reads such runs mark by mark
      while (e < n && s.charCodeAt(e) === c) e++;
      common = true;
    }
    if (!common) {
      out.length = k;
      i = tokenAt(out, s, i, space, n);
      k = out.length;
      ({ types, starts, ends, spaces } = out);
      space = false;
      continue;
    }
    if (k === types.length) {
      out.length = k;
      out.grow();
      ({ types, starts, ends, spaces } = out);
    }
    types[k] = type;
    starts[k] = i;
    ends[k] = e;
    spaces[k] = space ? 1 : 0;
    k++;
    space = false;
    i = e;
  }
  out.length = k;
  return out;
}

/**
 * tokenize() without the shortcuts of its loop: every token cut by tokenAt(), the
 * full rules (for the test that the shortcuts cut the same tokens).
 */
export function tokenizeByRules(s: string): Tokens {
  const out = new Tokens(s);
  let i = 0;
  let space = true;
  while (i < s.length) {
    if (CHAR_CLASS[s.charCodeAt(i)] === CharClass.Space) { space = true; i++; continue; }
    i = tokenAt(out, s, i, space, s.length);
    space = false;
  }
  return out;
}

/**
 * "ht" or "ww" (any case) at i: a word that may be "http://..." or "www....". Two
 * letters, not one: words starting with "h" or "w" are common ("hat", "wird", "was")
 * and would all take the slow path of tokenAt().
 */
function mayStartUrl(s: string, i: number, c: number, end: number): boolean {
  const l = c | 0x20;
  if (l === 0x68 /* h */) return (codeIn(s, i + 1, end) | 0x20) === 0x74 /* t */;
  return l === 0x77 /* w */ && (codeIn(s, i + 1, end) | 0x20) === 0x77;
}

/** A mark tokenAt() reads differently from a plain run of marks: "#", "@", "½", ".08", a surrogate pair. */
function isSpecialMark(s: string, i: number, c: number, space: boolean, end: number): boolean {
  return c === 0x23 || c === 0x40 || isFractionChar(c) || (c === 0x2e && space && isDigitCode(codeIn(s, i + 1, end))) ||
    (c >= 0xd800 && c <= 0xdbff);
}

/** A run of one repeated mark ("„„„„", "....", "((((") is one token: nothing reads such runs mark by mark. */
function markRunEnd(s: string, i: number, c: number, end: number): number {
  let e = i + 1;
  while (e < end && s.charCodeAt(e) === c) e++;
  return e;
}

/** Pushes the token(s) starting at i, a non-space character of a sentence ending at n; returns where the next token starts. */
function tokenAt(out: Tokens, s: string, i: number, space: boolean, n: number): number {
  const c = s.charCodeAt(i);
  const cls = CHAR_CLASS[c];
  if (cls === CharClass.Letter) {
    if (mayStartUrl(s, i, c, n) && startsUrl(s, i, n)) { const e = scanToSpace(s, i, n); out.push(Tok.Skip, i, e, space); return e; }
    const k = letterRunEnd(s, i + 1, n);
    if (CHAR_CLASS[codeIn(s, k, n)] !== CharClass.Digit) { out.push(Tok.Word, i, k, space); return k; }
    // letters glued to digits: "USD115" splits into currency and amount, "A320" is a code
    let m = k;
    while (m < n && isDigitCode(s.charCodeAt(m))) m++;
    const allCapsCode = k - i === 3 && s.slice(i, k).toUpperCase() === s.slice(i, k);
    if (allCapsCode && !isLetterCode(codeIn(s, m, n))) {
      out.push(Tok.Word, i, k, space);
      const e = scanDigits(s, k, n);
      out.push(Tok.Num, k, e, false);
      return e;
    }
    m = alnumRunEnd(s, m, n);
    out.push(Tok.Code, i, m, space);
    return m;
  }
  if (cls === CharClass.Digit) {
    const numEnd = scanDigits(s, i, n);
    if (!isLetterCode(codeIn(s, numEnd, n))) { out.push(Tok.Num, i, numEnd, space); return numEnd; }
    // digits glued to letters: a unit ("75ml", "3.5bn", "1980er") or a code ("3D", "24703m212")
    const k = letterRunEnd(s, numEnd, n);
    const afterLetters = codeIn(s, k, n);
    if (isDigitCode(afterLetters)) {
      const m = alnumRunEnd(s, k, n);
      // "24703m2", "5km2": a unit symbol ending in a power digit
      if (m === k + 1 && (afterLetters === 50 || afterLetters === 51) && k - numEnd <= 2) {
        out.push(Tok.Num, i, numEnd, space);
        out.push(Tok.Word, numEnd, m, false);
      } else {
        out.push(Tok.Code, i, m, space);
      }
      return m;
    }
    out.push(Tok.Num, i, numEnd, space);
    out.push(Tok.Word, numEnd, k, false);
    return k;
  }
  if (c === 0x23 /* # */ && isLetterCode(codeIn(s, i + 1, n)) || c === 0x40 /* @ */) {
    // hashtag, handle or e-mail address: drop the whole run, and for e-mail the local part glued before it
    let start = i;
    if (c === 0x40) {
      while (!space && out.length) {
        const t = out.pop()!;
        start = t.start;
        space = t.space;
      }
    }
    const e = scanToSpace(s, i, n);
    out.push(Tok.Skip, start, e, space);
    return e;
  }
  if (isFractionChar(c)) { out.push(Tok.Frac, i, i + 1, space); return i + 1; }
  // ".08", ".25": a decimal without its leading zero
  if (c === 0x2e && space && isDigitCode(codeIn(s, i + 1, n))) {
    const e = scanDigits(s, i + 1, n);
    out.push(Tok.Num, i, e, space);
    return e;
  }
  // surrogate pairs stay one token so that slices never split a character
  const e = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? i + 2 : markRunEnd(s, i, c, n);
  out.push(Tok.Punct, i, e, space);
  return e;
}
