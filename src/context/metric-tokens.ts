// Word tokens of one sentence, with absolute analysis offsets, for the metric
// resolver. A small hand-written tokenizer: it has to keep German hyphen
// compounds ("US-Exporte") and abbreviations ("U.S.") whole, and mark which
// tokens belong to a figure.

import { detached } from '../lang/detach.js';
import { Gatherer } from './gather.js';
import { codePointClasses, fillBlock, LETTER, MARK, NUMBER, SPACE, UNIT_CLASSES, UPPER } from '../lang/unicode.js';
import { grown } from '../typed-arrays.js';

export type TokenKind = 'word' | 'num' | 'punct';

/**
 * One token of a sentence. Only where it stands and what it is part of: its
 * text, lowercase form, kind and end are its word's (a document's tokens stay
 * alive while it is analysed; three fields, 48 bytes, where five took 64: the
 * tokens of a corpus pass were the context step's largest garbage).
 */
export class Token {
  constructor(
    /** absolute analysis offset */
    readonly start: number,
    /** index of the input mention this token is part of, or -1 */
    readonly mention: number,
    /** what the text alone says, shared by every token with this text */
    readonly word: Word,
  ) {}

  /** absolute analysis offset past the token: its word is its text */
  get end(): number {
    return this.start + this.word.len;
  }

  /** 0: none; 1: comma, dash, bracket; 2: clause break (; :) */
  get boundary(): number {
    return this.word.boundary;
  }

  get text(): string {
    return this.word.text;
  }

  get lower(): string {
    return this.word.lower;
  }

  get kind(): TokenKind {
    return this.word.kind;
  }
}

// Where each answer a word keeps lives in Word.answers: two bits each.
const CANDIDATE = 0;
const CANDIDATE_IN_FIGURE = 2;
const ADJECTIVE = 4;
const NAME_LIKE = 6;
const NAMES = 8;
const ENTITY = 10;
const CLAUSE_FACETS = 12;
const FACET = 14;
/** the token boundary of the word's text (see BOUNDARY), set when the word is made */
const BOUNDARY_AT = 16;
/** states of a rarely kept answer: not asked yet, asked and none (null), kept in the word's side object */
const UNASKED = 0;
const NONE = 1;
const KEPT = 2;

/** The answers few words have (fewer than half the words have any): kept apart so every word stays small. */
class WordMore {
  units: string[] | null = null;
  head: unknown = undefined;
  bareHead: unknown = undefined;
  entity: unknown = undefined;
  names: unknown = undefined;
  clauseFacets: unknown = undefined;
  facet: string | null | undefined = undefined;
}
/** the answers whose "none" is kept in the word's state bits, not on its side object */
type AnsweredOnSide = 'entity' | 'names' | 'clauseFacets' | 'facet';

/**
 * What a token's text alone says about it, looked up once per token: the
 * sentence analysis asks many questions of each word ("could it head a noun
 * phrase?", its stems, its entity), and one table lookup per token is cheaper
 * than one per question. Filled lazily by metric-phrase.ts and entities.ts.
 *
 * Small on purpose (7 fields, was 22): finding a word costs a wait for its
 * memory, not work. The word table compares texts in a character pool of its
 * own, not on the words; the small answers share one integer (`answers`, two
 * bits each, behind accessors) and the rarely kept ones live in a side object
 * made on first need; an answer that is "none" (most are) is a state in
 * `answers`, without a side object.
 */
export class Word {
  /** the text's length */
  readonly len: number;
  readonly text: string;
  readonly lower: string;
  readonly kind: TokenKind;
  /** what the lexicon's word lists say of its lowercase form, as bits (metric-lexicon.ts wordFlags) */
  readonly flags: number;
  /** the small answers and the states of the rare ones, two bits each (CANDIDATE, ...) */
  private answers = 0;
  private more: WordMore | null = null;

  constructor(text: string, lower: string, flags: number) {
    this.len = text.length;
    this.text = text;
    this.lower = lower;
    this.kind = kindOf(text);
    this.flags = flags;
    // a period inside a sentence ends an abbreviation, not a clause; a lone hyphen
    // ("Berlin - Das ...") is a dash
    if (this.kind === 'punct') this.set2(BOUNDARY_AT, BOUNDARY[text] ?? 0);
  }

  /** 0: none; 1: comma, dash, bracket; 2: clause break (; :) (kept in `answers`: no field of its own) */
  get boundary(): number {
    return this.get2(BOUNDARY_AT);
  }

  private get2(at: number): number {
    return (this.answers >>> at) & 3;
  }

  private set2(at: number, value: number): void {
    this.answers = (this.answers & ~(3 << at)) | (value << at);
  }

  private side(): WordMore {
    return (this.more ??= new WordMore());
  }

  /** can it head a noun phrase, by the word alone (outside / inside a figure): 0 unknown, 1 yes, 2 no */
  get candidate(): number {
    return this.get2(CANDIDATE);
  }
  set candidate(value: number) {
    this.set2(CANDIDATE, value);
  }
  get candidateInFigure(): number {
    return this.get2(CANDIDATE_IN_FIGURE);
  }
  set candidateInFigure(value: number) {
    this.set2(CANDIDATE_IN_FIGURE, value);
  }
  /** the word-level part of "is it an attributive adjective": 0 unknown, 1 yes, 2 no, 3 never (0-3) */
  get adjective(): number {
    return this.get2(ADJECTIVE);
  }
  set adjective(value: number) {
    this.set2(ADJECTIVE, value);
  }
  /** an English capitalised word the lexicon does not know, a name (metric-phrase.ts): 0 unknown, 1 yes, 2 no */
  get nameLike(): number {
    return this.get2(NAME_LIKE);
  }
  set nameLike(value: number) {
    this.set2(NAME_LIKE, value);
  }

  /** stem units (metric-lexicon.ts wordUnits), null until asked */
  get units(): string[] | null {
    return this.more === null ? null : this.more.units;
  }
  set units(value: string[] | null) {
    this.side().units = value;
  }
  /** the analyses of the word as a head under premodifiers (metric-phrase.ts cachedHead), undefined until asked */
  get head(): unknown {
    return this.more === null ? undefined : this.more.head;
  }
  set head(value: unknown) {
    this.side().head = value;
  }
  /** the word as a head without premodifiers (metric-phrase.ts analyseHead), undefined until asked */
  get bareHead(): unknown {
    return this.more === null ? undefined : this.more.bareHead;
  }
  set bareHead(value: unknown) {
    this.side().bareHead = value;
  }

  // The answers below are "none" for most words: that state needs no side object.

  /** entity data (entities.ts), undefined until asked */
  get entity(): unknown {
    return this.answer(ENTITY, 'entity');
  }
  set entity(value: unknown) {
    this.keep(ENTITY, 'entity', value);
  }
  /** known to name no entity: neither starts a name nor names one by itself (both asked, both none: entities.ts skips it at once) */
  get namesNoEntity(): boolean {
    return this.get2(NAMES) === NONE && this.get2(ENTITY) === NONE;
  }
  /** the entity names that start with this word (entities.ts), undefined until asked */
  get names(): unknown {
    return this.answer(NAMES, 'names');
  }
  set names(value: unknown) {
    this.keep(NAMES, 'names', value);
  }
  /** facets the word names anywhere in a clause (metric-phrase.ts), undefined until asked */
  get clauseFacets(): unknown {
    return this.answer(CLAUSE_FACETS, 'clauseFacets');
  }
  set clauseFacets(value: unknown) {
    this.keep(CLAUSE_FACETS, 'clauseFacets', value);
  }
  /** the one-word facet the word names (metric-phrase.ts governingFacet), undefined until asked */
  get facet(): string | null | undefined {
    return this.answer(FACET, 'facet') as string | null | undefined;
  }
  set facet(value: string | null | undefined) {
    this.keep(FACET, 'facet', value);
  }

  /** An answer whose state is kept in two bits at `at`: undefined (not asked), null, or the value on the side object. */
  private answer(at: number, key: AnsweredOnSide): unknown {
    const state = this.get2(at);
    return state === UNASKED ? undefined : state === NONE ? null : this.more![key];
  }
  private keep(at: number, key: AnsweredOnSide, value: unknown): void {
    if (value === null) this.set2(at, NONE);
    else {
      (this.side() as Record<AnsweredOnSide, unknown>)[key] = value;
      this.set2(at, KEPT);
    }
  }
}

/**
 * Distinct words kept before a table starts afresh: memory stays bounded per
 * thread (a word with its strings and slot is ~210 bytes before its answers;
 * the German corpus fills ~19,000 words, the English one fewer than this cap).
 * At most 0xffff: a slot keeps a word's index in 16 bits (WordTable.slots).
 */
const WORD_TABLE_MAX = 40_000;
/** answers cached on the words (see countCached) before the table starts afresh */
const CACHED_MAX = 40_000;
/** a slot's first integer (see WordTable.slots): the hash's high bits, and the word's index + 1, up to WORD_TABLE_MAX */
const TAG = -0x10000;
const INDEX = 0xffff;
if (WORD_TABLE_MAX >= INDEX) throw new Error('metric-tokens: WORD_TABLE_MAX must leave a word index + 1 within 16 bits');
/** a slot's second integer: where the word's characters start in the pool, and their count (0: not pooled) in the low bits */
const LENGTH_BITS = 7;
const LENGTH = (1 << LENGTH_BITS) - 1;
const SLOTS_MIN = 1 << 13;

/** a word this long or shorter keeps its characters in the table's pool (a longer one is compared by its text) */
const POOLED_MAX = 64;
if (POOLED_MAX > LENGTH) throw new Error('metric-tokens: a pooled word\'s length must fit in a slot\'s LENGTH bits');
if (WORD_TABLE_MAX * POOLED_MAX >= 2 ** (31 - LENGTH_BITS)) throw new Error('metric-tokens: a full pool\'s offsets must fit beside the LENGTH bits');
/** the character pool's first size, in UTF-16 units (it doubles as needed) */
const POOL_MIN = 1 << 15;

/**
 * Words by text, for one lexicon (their answers depend on it). Hand-made
 * open addressing over the characters of the sentence itself: a token that is
 * a known word is found without cutting its text out of the sentence and
 * without hashing a new string.
 */
export class WordTable {
  /** `describe` gives a new word's flags from its lowercase form */
  constructor(private readonly describe: (lower: string) => number = () => 0) {}

  /**
   * open addressing, two integers per slot: the hash's high 16 bits and the
   * word's index + 1 (0: empty slot) in the low 16 (WORD_TABLE_MAX fits); then
   * the word's pool start and length (see LENGTH_BITS). Both in one cache
   * line: the slots are read at random for every token, and a pool position
   * kept apart (by word index) was one more wait for memory per token.
   */
  private slots = new Int32Array(2 * SLOTS_MIN);
  private words: Word[] = [];
  /**
   * The short words' characters, one after another (see the slots for where
   * each word's are). A token is compared here, not with its word: the pool is
   * a few hundred kilobytes in one piece, where the words and their texts lie
   * scattered over the heap, and every probe that reached a word waited for
   * its memory.
   */
  private pool = new Uint16Array(POOL_MIN);
  private poolEnd = 0;

  get size(): number {
    return this.words.length;
  }

  /** answers cached on the words beyond their own fields (phrases analysed under a head word) */
  private cached = 0;

  /** Counts one more cached answer; too many start the table afresh, so memory stays bounded. */
  countCached(): void {
    if (++this.cached > CACHED_MAX) this.clear();
  }

  /** The word text[start, end), made on first sight. */
  lookup(text: string, start: number, end: number): Word {
    return this.find(text, start, end, hashOf(text, start, end));
  }

  /**
   * Reads what find() will read first for each of `count` hashes: the first
   * slot, the pool where it points and the word's entry. The results are not
   * needed, so no read waits for another, and the memory arrives together.
   */
  touch(hashes: Int32Array, count: number): void {
    const slots = this.slots;
    const pool = this.pool;
    const words = this.words;
    const mask = slots.length - 2;
    let sum = 0;
    for (let t = 0; t < count; t++) {
      const i = (hashes[t] << 1) & mask;
      const slot = slots[i];
      // (an empty slot reads the pool's first unit and no word)
      sum = (sum + pool[slots[i + 1] >>> LENGTH_BITS] + (slot === 0 ? 0 : words[(slot & INDEX) - 1].len)) | 0;
    }
    touched = sum;
  }

  /** The word text[start, end) whose hashOf() is `hash`, made on first sight. */
  find(text: string, start: number, end: number, hash: number): Word {
    const len = end - start;
    const slots = this.slots;
    const mask = slots.length - 2;
    const tag = hash & TAG;
    for (let i = (hash << 1) & mask; ; i = (i + 2) & mask) {
      const slot = slots[i];
      if (slot === 0) break;
      if ((slot & TAG) !== tag) continue;
      if (len <= POOLED_MAX) {
        const at = slots[i + 1];
        if ((at & LENGTH) === len && samePooled(this.pool, at >>> LENGTH_BITS, text, start, len)) return this.words[(slot & INDEX) - 1];
      } else {
        const w = this.words[(slot & INDEX) - 1];
        if (w.len === len && sameText(w.text, text, start, len)) return w;
      }
    }
    // the table outlives the document: a word of its own, not a view that keeps the article (detach.ts)
    return this.add(detached(text.slice(start, end)), hash);
  }

  private add(text: string, hash: number): Word {
    if (this.words.length >= WORD_TABLE_MAX) this.clear();
    else if ((this.words.length + 1) * 4 > this.slots.length) this.grow();
    const lower = text.toLowerCase();
    const w = new Word(text, lower, this.describe(lower));
    this.words.push(w);
    this.place(hash, this.words.length, this.pooled(text));
    return w;
  }

  /** Appends a short word's characters to the pool; its slot's second integer (0 for a long word). */
  private pooled(text: string): number {
    if (text.length > POOLED_MAX) return 0;
    const from = this.poolEnd;
    const to = from + text.length;
    if (to > this.pool.length) this.pool = grown(this.pool, to);
    for (let j = from; j < to; j++) this.pool[j] = text.charCodeAt(j - from);
    this.poolEnd = to;
    return (from << LENGTH_BITS) | text.length;
  }

  private place(hash: number, index: number, at: number): void {
    const slots = this.slots;
    const mask = slots.length - 2;
    let i = (hash << 1) & mask;
    while (slots[i] !== 0) i = (i + 2) & mask;
    slots[i] = (hash & TAG) | index;
    slots[i + 1] = at;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    // the slots keep only part of each hash: rare enough to hash the words again
    // (their characters lie in the pool in the words' order)
    let from = 0;
    for (let k = 0; k < this.words.length; k++) {
      const text = this.words[k].text;
      const pooled = text.length <= POOLED_MAX;
      this.place(hashOf(text, 0, text.length), k + 1, pooled ? (from << LENGTH_BITS) | text.length : 0);
      if (pooled) from += text.length;
    }
  }

  private clear(): void {
    this.slots = new Int32Array(2 * SLOTS_MIN);
    this.words = [];
    this.pool = new Uint16Array(POOL_MIN);
    this.poolEnd = 0;
    this.cached = 0;
  }
}

function samePooled(pool: Uint16Array, from: number, text: string, start: number, len: number): boolean {
  for (let j = 0; j < len; j++) if (pool[from + j] !== text.charCodeAt(start + j)) return false;
  return true;
}

function sameText(word: string, text: string, start: number, len: number): boolean {
  for (let j = 0; j < len; j++) if (word.charCodeAt(j) !== text.charCodeAt(start + j)) return false;
  return true;
}

// Commas, dashes and brackets set off a part of a clause (an apposition, a
// conversion "(£600m)"): crossing one costs, but the subject may lie beyond.
// Semicolons, colons and list bullets start a new clause.
const BOUNDARY: Record<string, number> = {
  ',': 1, '–': 1, '—': 1, '-': 1, '(': 1, ')': 1, '[': 1, ']': 1,
  ';': 2, ':': 2, '|': 2, '·': 2, '•': 2, '!': 2, '?': 2,
};

const NUM_START = /^\p{N}/u;
const LETTER_START = /^[\p{L}\p{M}]/u;

/** What a token is, by its first character (ASCII decided without a regex: most tokens are). */
function kindOf(t: string): TokenKind {
  const c = t.charCodeAt(0);
  if (c < 128) return c >= 48 && c <= 57 ? 'num' : (c | 32) >= 97 && (c | 32) <= 122 ? 'word' : 'punct';
  return NUM_START.test(t) ? 'num' : LETTER_START.test(t) ? 'word' : 'punct';
}

// Character classes of the Unicode-aware tokenizer (\p{L}, \p{M}, \p{N}, \p{Lu}, \s),
// from the shared table; code points beyond the BMP are cached here.
const L = LETTER;
const M = MARK;
const N = NUMBER;
const LU = UPPER;
const astralClasses = new Map<number, number>();

/** Classes of the code point starting at unit p (a lone surrogate is a code point of its own, as in a /u regex). */
function classAt(text: string, p: number, end: number): number {
  const c = text.charCodeAt(p);
  if (c >= 0xd800 && c <= 0xdbff && p + 1 < end) {
    const d = text.charCodeAt(p + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
      let k = astralClasses.get(cp);
      if (k === undefined) {
        k = codePointClasses(cp);
        if (astralClasses.size < 10_000) astralClasses.set(cp, k);
      }
      return k;
    }
  }
  const k = UNIT_CLASSES[c];
  return k !== 0 ? k : fillBlock(c);
}

/** UTF-16 units of the code point starting at unit p. */
function widthAt(text: string, p: number, end: number): number {
  const c = text.charCodeAt(p);
  if (c >= 0xd800 && c <= 0xdbff && p + 1 < end) {
    const d = text.charCodeAt(p + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

/**
 * End of the run of code points from p whose classes share a bit with `mask`.
 * A unit that is no high surrogate (nearly all) is classed from the table here:
 * classAt and widthAt for each character were most of the scan's cost (calls
 * the JIT does not inline within its budget).
 */
function runOf(text: string, p: number, end: number, mask: number): number {
  while (p < end) {
    const c = text.charCodeAt(p);
    if (isHighSurrogate(c)) {
      if ((classAt(text, p, end) & mask) === 0) break;
      p += widthAt(text, p, end);
    } else {
      const k = UNIT_CLASSES[c];
      if (((k !== 0 ? k : fillBlock(c)) & mask) === 0) break;
      p++;
    }
  }
  return p;
}

const DOT = 0x2e;
const HYPHEN = 0x2d;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const isApostrophe = (c: number): boolean => c === APOSTROPHE || c === RIGHT_QUOTE;
/** separators inside a number: "1.000", "2,5", "12:30" */
const isNumberSeparator = (c: number): boolean => c === DOT || c === 0x2c || c === 0x3a;

/**
 * End of the token starting at p, exactly as the regex
 *   \p{Lu}(?:\.\p{Lu})+\.? | [\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’]\p{L}+)?(?:-[\p{L}\p{M}\p{N}]+)*(?:['’]\p{L}*)?-?
 *   | \p{N}+(?:[.,:]\p{N}+)* | [^\s\p{L}\p{N}]
 * would match there (every part is greedy and nothing after it can fail, so
 * the first match is the longest greedy one). Hand-written because the regex
 * needs each token cut out as a string, and most tokens are words already known.
 * Linear: each step consumes at least one code point.
 */
function tokenEnd(text: string, p: number, end: number, k: number): number {
  const w = isHighSurrogate(text.charCodeAt(p)) ? widthAt(text, p, end) : 1;
  if (k & LU) {
    // an abbreviation: "U.S.", "U.K"
    let q = p + w;
    if (q + 1 < end && text.charCodeAt(q) === DOT && classAt(text, q + 1, end) & LU) {
      while (q + 1 < end && text.charCodeAt(q) === DOT && classAt(text, q + 1, end) & LU) q += 1 + widthAt(text, q + 1, end);
      if (q < end && text.charCodeAt(q) === DOT) q++;
      return q;
    }
  }
  if (k & (L | M)) {
    let q = runOf(text, p + w, end, L | M | N);
    if (q + 1 < end && isApostrophe(text.charCodeAt(q)) && classAt(text, q + 1, end) & L) q = runOf(text, q + 1, end, L);
    while (q + 1 < end && text.charCodeAt(q) === HYPHEN && classAt(text, q + 1, end) & (L | M | N)) q = runOf(text, q + 1, end, L | M | N);
    if (q < end && isApostrophe(text.charCodeAt(q))) q = runOf(text, q + 1, end, L);
    if (q < end && text.charCodeAt(q) === HYPHEN) q++;
    return q;
  }
  if (k & N) {
    let q = runOf(text, p + w, end, N);
    while (q + 1 < end && isNumberSeparator(text.charCodeAt(q)) && classAt(text, q + 1, end) & N) q = runOf(text, q + 1, end, N);
    return q;
  }
  return p + w;
}

/** what WordTable.touch read, kept so that its reads are not optimised away */
let touched = 0;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** 32-bit FNV-1a over the UTF-16 units of text[start, end). */
function hashOf(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let j = start; j < end; j++) h = Math.imul(h ^ text.charCodeAt(j), FNV_PRIME);
  return h;
}

export interface MentionSpan {
  aStart: number;
  aEnd: number;
  /** the mention's index in the input */
  index: number;
}

/** one sentence's tokens, gathered before they are copied out at their count */
const gathered = new Gatherer<Token>();

// One sentence's token boundaries and hashes, found before any word is looked
// up (scratch: tokenize does not re-enter itself; grown as needed, and let go
// after a sentence of more than TOKENS_KEPT tokens, so one huge sentence does
// not hold 12 bytes a token for the rest of the thread's life).
const TOKENS_INITIAL = 256;
const TOKENS_KEPT = 1 << 14;
let tokenStarts = new Int32Array(TOKENS_INITIAL);
let tokenEnds = new Int32Array(TOKENS_INITIAL);
let tokenHashes = new Int32Array(TOKENS_INITIAL);

/**
 * The first part of a compound glued to a figure by a hyphen ("Einwohner" of "120.000-Einwohner-Stadt",
 * "Zimmer" of "3-Zimmer-Wohnung"): what the figure counts, the rest names the thing that has them.
 * Null for any other token.
 */
export function gluedCompoundPart(tokens: readonly Token[], k: number): string | null {
  const t = tokens[k];
  const hyphen = tokens[k - 1];
  const figure = tokens[k - 2];
  if (!t || t.kind !== 'word' || t.mention >= 0 || !hyphen || !figure || figure.mention < 0 || hyphen.text !== '-') return null;
  if (hyphen.start !== figure.end || t.start !== hyphen.end) return null;
  const cut = t.text.indexOf('-');
  return cut > 0 && cut < t.text.length - 1 ? t.text.slice(0, cut) : null;
}

/** A dash between words, which opens and closes an aside (a lone hyphen is one: a glued one stays in its word). */
export const isDash = (t: { kind: string; text: string }): boolean => t.kind === 'punct' && (t.text === '-' || t.text === '–' || t.text === '—');

/** Tokens of text[start, end); `spans` (sorted by aStart) mark figure tokens; `words` interns their texts. */
export function tokenize(text: string, start: number, end: number, spans: readonly MentionSpan[], words: WordTable = new WordTable()): Token[] {
  const n = tokenBounds(text, start, end);
  // The word table is mostly out of the cache when a sentence comes (the other
  // stages ran in between) and each word costs a wait for its slot, characters
  // and word. Touched for all tokens first, those waits overlap; looked up
  // token by token, they came one after another.
  words.touch(tokenHashes, n);
  let s = 0;
  for (let t = 0; t < n; t++) {
    const a = tokenStarts[t];
    const b = tokenEnds[t];
    while (s < spans.length && spans[s].aEnd <= a) s++;
    const inSpan = s < spans.length && spans[s].aStart < b && spans[s].aEnd > a ? spans[s].index : -1;
    gathered.set(t, new Token(a, inSpan, words.find(text, a, b, tokenHashes[t])));
  }
  if (tokenStarts.length > TOKENS_KEPT) {
    tokenStarts = new Int32Array(TOKENS_INITIAL);
    tokenEnds = new Int32Array(TOKENS_INITIAL);
    tokenHashes = new Int32Array(TOKENS_INITIAL);
  }
  return gathered.take(n);
}

/** Finds the tokens of text[start, end) into tokenStarts/Ends/Hashes; returns their count. */
function tokenBounds(text: string, start: number, end: number): number {
  let n = 0;
  let a = start;
  while (a < end) {
    // (a unit that is no high surrogate classed here, as in runOf)
    const c = text.charCodeAt(a);
    const surrogate = isHighSurrogate(c);
    const u = surrogate ? 0 : UNIT_CLASSES[c];
    const k = surrogate ? classAt(text, a, end) : u !== 0 ? u : fillBlock(c);
    if (k & SPACE) {
      a += surrogate ? widthAt(text, a, end) : 1;
      continue;
    }
    const b = tokenEnd(text, a, end, k);
    if (n === tokenStarts.length) {
      tokenStarts = grown(tokenStarts);
      tokenEnds = grown(tokenEnds);
      tokenHashes = grown(tokenHashes);
    }
    tokenStarts[n] = a;
    tokenEnds[n] = b;
    tokenHashes[n] = hashOf(text, a, b);
    n++;
    a = b;
  }
  return n;
}
