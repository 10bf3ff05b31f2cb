// Most sentences of news prose (about four in five) hold no figure at all. This
// decides that from the characters alone, before the sentence is tokenized: the
// scanner (scan.ts) reads a figure only where nextCandidate() stops, which is at a
// Num or Frac token or at a word whose wordStartKey() is in lex.wordStarts, and of
// those words it does something only with the number words of the lexicon.
// Everything here is derived from the compiled lexicon, so a new number word or
// unit in src/lang/ is covered without touching this file.
import type { Lexicon } from './lexicon.js';
import { extendsArticle, fixedNumberWords, openingRole } from './spelled.js';
import { CHAR_CLASS, CharClass, Tok, isDigitCode, isFractionChar, isLetterCode, isSpaceCode, startsUrl } from './tokenize.js';
import { grown } from '../typed-arrays.js';

/**
 * False only when findMentions(s) is certainly empty; true means "scan it". Safe
 * because without a digit or a fraction sign the tokenizer makes only Word, Punct
 * and Skip tokens, every Word token is a maximal run of letters, and a word the
 * scanner stops at yields nothing unless wordMayStartFigure() says it might.
 */
export function mayHoldFigure(s: string, lex: Lexicon): boolean {
  return figureStart(s, lex) >= 0;
}

/**
 * Where mayHoldFigure() found its reason to scan: the first character that sends the
 * sentence to the scanner, or the start of the first word that may start a figure;
 * -1 when there is none. Every word before it was cleared with the next token as
 * tokenize() cuts it there, so nextCandidate() need not look at a word again whose
 * next token ends at or before this offset (findMentions starts there).
 *
 * The sentence may be s[start, end) of a larger text (the answer is then an offset
 * in s): it is read exactly as the slice would be, and looking at it where it stands
 * spares the slice and makes every character read cheaper (a sliced string is read
 * through its parent).
 */
export function figureStart(s: string, lex: Lexicon, start = 0, end = s.length): number {
  const starts = lex.wordStarts;
  // hasWord() of every word, with its three key letters read while looking for the word's end
  const index = starts.index;
  const bits = starts.bits;
  const wide = starts.wide;
  let i = start;
  while (i < end) {
    const c0 = s.charCodeAt(i);
    const cls = PREFILTER_CLASS[c0];
    if (cls === Scan) return i;
    if (cls !== CharClass.Letter) { i++; continue; }
    let e = i + 1;
    // a missing letter is key part 0, as in wordStartKey()
    let b = index[0]!;
    let c = b;
    if (e < end) {
      const c1 = s.charCodeAt(e);
      if (CHAR_CLASS[c1] === CharClass.Letter) {
        b = index[c1]!;
        e++;
        if (e < end) {
          const c2 = s.charCodeAt(e);
          if (CHAR_CLASS[c2] === CharClass.Letter) {
            c = index[c2]!;
            e++;
            while (e < end && CHAR_CLASS[s.charCodeAt(e)] === CharClass.Letter) e++;
          }
        }
      }
    }
    const a = index[c0]!;
    const slot = (a << 12) | (b << 6) | c;
    // a letter no key holds has index 0: no key starts with it
    const hit = wide ? starts.hasWord(s, i, e) : a !== 0 && (bits[slot >>> 5]! & (1 << (slot & 31))) !== 0;
    if (hit && wordMayStartFigure(s, i, e, end, lex)) return i;
    i = e;
  }
  return -1;
}

/**
 * CHAR_CLASS with one more class: characters that always send the sentence to the
 * scanner. Digits and "½" make Num and Frac tokens; "#" and "@" make hashtags and
 * e-mail addresses, which swallow letters differently from plain words.
 */
const Scan = 9;
const PREFILTER_CLASS = CHAR_CLASS.slice();
for (let c = 0; c < PREFILTER_CLASS.length; c++) {
  if (isDigitCode(c) || c === 0x23 || c === 0x40 || isFractionChar(c)) PREFILTER_CLASS[c] = Scan;
}

/**
 * Can SentenceScanner.figureAt() read anything at the word s[i, e)? It tries, in this
 * order: a rank ("Platz drei"), a share ("jeder Dritte"), an ordinal rank ("erster
 * Platz"), a half ("die Hälfte"), and a number in words (parseSpelled), where an
 * article ("ein", "a") counts only before a scale, a fraction, "hundert" or "Dutzend",
 * or before a unit in a language where articles take units ("einen Euro"). Each test
 * here is looser than the scanner's, never stricter.
 */
function wordMayStartFigure(s: string, i: number, e: number, n: number, lex: Lexicon): boolean {
  const flags = wordBits(s, i, e, lex) & OPENS;
  if (!flags) return false;
  if (flags & (NUMBER | HALF)) return true;
  // the token after (the sentence ends at n), cut as tokenize() cuts it for sentences without digits
  let j = e;
  while (j < n && isSpaceCode(s.charCodeAt(j))) j++;
  if (j === n) return false;
  const c = s.charCodeAt(j);
  if (PREFILTER_CLASS[c] === Scan || (c === 0x2e && j + 1 < n && isDigitCode(s.charCodeAt(j + 1)))) return true;
  let k = j + 1;
  if (isLetterCode(c)) {
    if (startsUrl(s, j, n)) return true;
    while (k < n && CHAR_CLASS[s.charCodeAt(k)] === CharClass.Letter) k++;
    return mayStartFigureBeforeWord(flags, followerBits(s, j, k, lex), lex);
  }
  // a mark ("ein „Wunder“"): surrogate pairs stay one token, other marks a run of one mark
  if (c >= 0xd800 && c <= 0xdbff && k < n) k++;
  else while (k < n && s.charCodeAt(k) === c) k++;
  return mayStartFigureBefore(flags, Tok.Punct, s.slice(j, k), lex);
}

// What figureAt() may do with a word, as bits: one map lookup answers all the questions.
const RANK = 1;
const EVERY = 2;
const ORDINAL = 4;
const HALF = 8;
/** opens a number in words by itself ("zwei", "dreihundert", "Millionen") */
const NUMBER = 16;
const ARTICLE = 32;
/** a fixed number word, so no compound reading is tried ("und", "Komma") */
const FIXED = 64;
/** the bits above that say what figureAt() may read at the word itself */
export const OPENS = RANK | EVERY | ORDINAL | HALF | NUMBER | ARTICLE;
// What the word means to the word before it (see mayStartFigureBeforeWord):
/** makes an article a number ("ein Drittel", "a million"): extendsArticle() */
const EXTENDS = 128;
/** may start a unit ("einen Euro") */
const UNIT = 256;
/** an ordinal ("jeder Dritte") */
const IS_ORDINAL = 512;
/** a rank word ("erster Platz") */
const IS_RANK = 1024;
/** a range word or a between-connector: the article before it may be a range's low end ("ein bis zwei") */
const JOINS_RANGE = 2048;

const OPENERS = new WeakMap<Lexicon, Map<string, number>>();

function openerTable(lex: Lexicon): Map<string, number> {
  let table = OPENERS.get(lex);
  if (table) return table;
  table = new Map<string, number>();
  const add = (w: string, bit: number): void => void table!.set(w, (table!.get(w) ?? 0) | bit);
  for (const w of lex.rankWords) add(w, RANK);
  for (const w of lex.everyWords) add(w, EVERY);
  for (const w of lex.ordinals.keys()) add(w, ORDINAL);
  for (const w of lex.halfNouns) add(w, HALF);
  for (const w of fixedNumberWords(lex)) {
    const role = openingRole(w, lex);
    add(w, FIXED | (role === 'number' ? NUMBER : role === 'article' ? ARTICLE : 0));
  }
  OPENERS.set(lex, table);
  return table;
}

/** The bits above for a lower-cased word: 0 when figureAt() reads nothing at it, whatever follows. */
export function openerFlags(w: string, lex: Lexicon): number {
  const flags = openerTable(lex).get(w) ?? 0;
  if (flags & FIXED || !lex.morphemes) return flags & ~FIXED;
  return openingRole(w, lex) === 'number' ? flags | NUMBER : flags;
}

/**
 * openerFlags() and the bits of what the word means after another (EXTENDS, UNIT,
 * IS_ORDINAL, IS_RANK) of the word s[i, e), as written. Memoised per lexicon: the
 * pre-check and nextCandidate() ask about the same few hundred words ("ein", "eine",
 * "sie", the nouns after articles) over and over, and answering from scratch costs a
 * lower-casing and, in German, an attempt to read the word as a compound number.
 */
export function wordBits(s: string, i: number, e: number, lex: Lexicon): number {
  if (lex !== memoLex) useMemo(lex);
  const known = memo.get(s, i, e);
  if (known >= 0) return known;
  const w = s.slice(i, e);
  const low = w.toLowerCase();
  let bits = openerFlags(low, lex);
  if (extendsArticle(low, lex)) bits |= EXTENDS;
  if (lex.units.starts.has(low) || lex.unitSymbols.has(w)) bits |= UNIT;
  if (lex.ordinals.has(low)) bits |= IS_ORDINAL;
  if (lex.rankWords.has(low)) bits |= IS_RANK;
  if (joinsRange(low, lex)) bits |= JOINS_RANGE;
  memo.add(s, i, e, bits);
  return bits;
}

/**
 * wordBits() of a word that follows one with OPENS bits, or 0 when none of the bits
 * mayStartFigureBeforeWord() reads can be set: the word's first letters are not
 * those of any word that has them (lex.followerStarts). Most words after an article
 * are such, and the check spares them the hashing of the memo lookup. Keys lower-case
 * only Latin-1 letters, so a word with another character among its first three goes
 * to wordBits() (its toLowerCase() might still reach an entry).
 */
export function followerBits(s: string, i: number, e: number, lex: Lexicon): number {
  if (lex.followerStarts.hasWord(s, i, e) || s.charCodeAt(i) > 0xff ||
    (e - i > 1 && s.charCodeAt(i + 1) > 0xff) || (e - i > 2 && s.charCodeAt(i + 2) > 0xff)) {
    return wordBits(s, i, e, lex);
  }
  return 0;
}

/**
 * The memo of wordBits(): an open-addressing table keyed by the word's characters
 * where they stand in the sentence, so that a lookup makes no substring (a Map would
 * need one per lookup, and hash it). Typed arrays only, no strings: a lookup reads
 * one slot of four numbers (the full hash first, so a miss rarely reads the word)
 * and the word's characters in one pool, where string keys cost a load of the key,
 * of its characters elsewhere on the heap and of the bits from a third array, each
 * a likely cache miss between sentences.
 */
class WordMemo {
  /** per slot: the word's hash (0: a free slot), its bits, where its characters start in `chars`, its length */
  private readonly slots: Int32Array;
  private chars = new Uint16Array(1 << 12);
  private charsEnd = 0;
  private count = 0;
  /** the slot and hash of the last get() that missed (add() asks get() right before using them) */
  private freeSlot = 0;
  private freeHash = 0;

  /** `size` a power of two; the table is emptied when half full (a long-running process meets new words without end) */
  constructor(private readonly size: number) {
    this.slots = new Int32Array(size * 4);
  }

  /** The bits stored for the word s[i, e), or -1 (then add() stores them). */
  get(s: string, i: number, e: number): number {
    let h = 0x811c9dc5 | 0;
    for (let k = i; k < e; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
    h |= 1;
    const slots = this.slots;
    const mask = this.size - 1;
    const n = e - i;
    for (let slot = (h >>> 1) & mask; ; slot = (slot + 1) & mask) {
      const at = slot << 2;
      const stored = slots[at]!;
      if (stored === 0) {
        this.freeSlot = slot;
        this.freeHash = h;
        return -1;
      }
      if (stored === h && slots[at + 3] === n && this.sameChars(slots[at + 2]!, s, i, n)) return slots[at + 1]!;
    }
  }

  /** Stores the bits of s[i, e), a word get() missed. */
  add(s: string, i: number, e: number, bits: number): void {
    if (this.count >= this.size >> 1) {
      this.slots.fill(0);
      this.charsEnd = 0;
      // one very long word must not keep its room for good
      if (this.chars.length > 1 << 16) this.chars = new Uint16Array(1 << 12);
      this.count = 0;
    }
    // its free slot found again, not kept from the caller's get(): working out the
    // bits may have asked about other words in between (misses are rare once warm)
    if (this.get(s, i, e) >= 0) return;
    const n = e - i;
    if (this.charsEnd + n > this.chars.length) {
      this.chars = grown(this.chars, this.charsEnd + n);
    }
    const from = this.charsEnd;
    for (let k = 0; k < n; k++) this.chars[from + k] = s.charCodeAt(i + k);
    this.charsEnd += n;
    const at = this.freeSlot << 2;
    this.slots[at] = this.freeHash;
    this.slots[at + 1] = bits;
    this.slots[at + 2] = from;
    this.slots[at + 3] = n;
    this.count++;
  }

  /** The n characters stored from `from` equal s[i, i + n). */
  private sameChars(from: number, s: string, i: number, n: number): boolean {
    const chars = this.chars;
    for (let k = 0; k < n; k++) if (chars[from + k] !== s.charCodeAt(i + k)) return false;
    return true;
  }
}

const MEMOS = new WeakMap<Lexicon, WordMemo>();
let memoLex: Lexicon | null = null;
let memo = new WordMemo(2);

function useMemo(lex: Lexicon): void {
  let m = MEMOS.get(lex);
  // 8,192 slots (128 KB): room for 4,096 words (the German corpus asks about 3,060), and a
  // table that stays in the cache between sentences; 32,768 slots made most lookups a miss
  if (!m) MEMOS.set(lex, (m = new WordMemo(1 << 13)));
  memoLex = lex;
  memo = m;
}

/**
 * mayStartFigureBefore() for a next token that is a word, from the wordBits() of
 * both words (`flags` those of the first, masked with OPENS).
 */
export function mayStartFigureBeforeWord(flags: number, next: number, lex: Lexicon): boolean {
  if (flags & (NUMBER | HALF)) return true;
  if (flags & RANK && next & (ORDINAL | NUMBER)) return true;
  if (flags & EVERY && next & IS_ORDINAL) return true;
  if (flags & ORDINAL && next & IS_RANK) return true;
  if (!(flags & ARTICLE)) return false;
  return (next & (EXTENDS | JOINS_RANGE)) !== 0 || (lex.articlesTakeUnits !== false && (next & UNIT) !== 0);
}

/** A range word or the connector of a between-range ("bis", "to", "und"): looser than the scanner's articleOpensRange. */
function joinsRange(low: string, lex: Lexicon): boolean {
  if (lex.rangeWords.has(low)) return true;
  for (const connector of lex.between.values()) if (connector === low) return true;
  return false;
}

/**
 * Can figureAt() read anything at a word with openerFlags() `flags`, followed by a
 * token of type `nextType` (0: none, and then `next` is "") and text `next`?
 */
export function mayStartFigureBefore(flags: number, nextType: Tok | 0, next: string, lex: Lexicon): boolean {
  if (flags & (NUMBER | HALF)) return true;
  if (nextType === 0) return false;
  const low = next.toLowerCase();
  const word = nextType === Tok.Word;
  if (flags & RANK && (nextType === Tok.Num || (word && openerFlags(low, lex) & (ORDINAL | NUMBER)))) return true;
  if (flags & EVERY && lex.ordinals.has(low)) return true;
  if (flags & ORDINAL && lex.rankWords.has(low)) return true;
  if (!(flags & ARTICLE)) return false;
  return (word && (extendsArticle(low, lex) || joinsRange(low, lex))) || (lex.articlesTakeUnits !== false && (lex.units.starts.has(low) || lex.unitSymbols.has(next)));
}
