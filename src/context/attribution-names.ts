// Document-wide name knowledge for attribution: the full form of a surname
// ("Trump" -> "Donald Trump"), the person behind a bare role ("Außenminister"
// -> "Sergej Lawrow"), and whether a capitalised sentence opener is a name at all
// (German capitalises every noun, so only mid-sentence use tells "Trump" from "Dabei").
//
// A "capitalised word" is what CAPITALISED finds scanning the text from the start
// (trailing ' ’ - dropped), unless a letter or digit stands right before it. Only
// a few words per document are ever asked about, so each question searches the
// text for that word (indexOf) and checks the spot around each hit, instead of
// indexing every capitalised word of the text; answers are remembered per
// document. A document asked about many words gets the index after all, so a
// long text never costs more than a few passes.
import type { PhraseReader } from './attribution-phrase.js';
import { codePointBefore, isLetterOrDigit } from './attribution-tokens.js';

const CAPITALISED = /\p{Lu}[\p{L}\p{N}'’-]*/gu;
const UPPER = /^\p{Lu}$/u;
const LOWER = /\p{Ll}/u;
const LETTER = /[\p{L}\p{N}]/u;
const GIVEN_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
const SURNAME = /^\p{Lu}[\p{L}'’-]+$/u;
const MID_SENTENCE_MARK = /[,„“"(]/;

/** Whether the code point is an upper-case letter (\p{Lu}). */
function isUpper(cp: number): boolean {
  if (cp < 128) return cp >= 65 && cp <= 90;
  return UPPER.test(String.fromCodePoint(cp));
}

/** Characters a capitalised word goes on with: letters, digits, ' ’ -. */
function isWordChar(cp: number): boolean {
  return cp === 39 || cp === 0x2019 || cp === 45 || isLetterOrDigit(cp);
}

/** Searches of the text before indexing all its capitalised words pays (a search is far cheaper than the index). */
const MAX_SEARCHES = 8;

/** One capitalised word in the text and its neighbours. */
interface Occurrence {
  /** the capitalised word just before (one space between), if any */
  before: string | null;
  /** whether that word stands in mid-sentence */
  beforeMid: boolean;
  /** the capitalised word just after (one space between), if any */
  after: string | null;
  /** the capitalised word just after `after`, if any */
  afterAfter: string | null;
}

interface WordIndex {
  /** where each capitalised word starts, in text order */
  starts: Map<string, number[]>;
  /** capitalised words seen in mid-sentence (after a lower-case word, comma or quote) */
  mid: Set<string>;
}

export class NameIndex {
  /**
   * capitalised words seen in mid-sentence, asked so far; and the names expanded so far.
   * Made on first use: an empty Map made up front per document was garbage where none is asked.
   */
  private mid: Map<string, boolean> | null = null;
  private expanded: Map<string, string> | null = null;
  private searches = 0;
  private index: WordIndex | null = null;

  constructor(private readonly text: string, private readonly reader: PhraseReader) {}

  /** End of the run of word characters starting at i. */
  private runEnd(i: number): number {
    const text = this.text;
    while (i < text.length) {
      const cp = text.codePointAt(i)!;
      if (!isWordChar(cp)) break;
      i += cp > 0xffff ? 2 : 1;
    }
    return i;
  }

  /** The capitalised word (trailing ' ’ - dropped) whose match starts at i. */
  private wordAt(i: number, end = this.runEnd(i)): string {
    let e = end;
    while (e > i) {
      const c = this.text.charCodeAt(e - 1);
      if (c !== 39 && c !== 0x2019 && c !== 45) break;
      e--;
    }
    return this.text.slice(i, e);
  }

  /** Whether a capitalised word is found at i and counted (no letter or digit right before it). */
  private countedAt(i: number): boolean {
    const text = this.text;
    if (!isUpper(text.codePointAt(i)!)) return false;
    if (i === 0) return true;
    if (LETTER.test(text[i - 1])) return false;
    // the scan finds a word at i unless an upper-case letter earlier in the same run started one
    for (let j = i; j > 0; ) {
      const cp = codePointBefore(text, j);
      if (!isWordChar(cp)) break;
      j -= cp > 0xffff ? 2 : 1;
      if (isUpper(cp)) return false;
    }
    return true;
  }

  /** The counted capitalised word that starts after one space at `end` (where a word ends), if any. */
  private wordAfter(end: number): { word: string; end: number } | null {
    const text = this.text;
    // after a space the scan starts a word at any upper-case letter, and nothing is before it
    if (text.charCodeAt(end) !== 32 || end + 1 >= text.length || !isUpper(text.codePointAt(end + 1)!)) return null;
    const e = this.runEnd(end + 1);
    return { word: this.wordAt(end + 1, e), end: e };
  }

  /** Where the counted capitalised word that ends one space before i starts, or -1. */
  private wordStartBefore(i: number): number {
    const text = this.text;
    if (i < 2 || text.charCodeAt(i - 1) !== 32) return -1;
    // the run before the space: the scan's word there starts at its first upper-case letter
    let j = i - 1;
    let first = -1;
    while (j > 0) {
      const cp = codePointBefore(text, j);
      if (!isWordChar(cp)) break;
      j -= cp > 0xffff ? 2 : 1;
      if (isUpper(cp)) first = j;
    }
    if (first < 0) return -1;
    return first === 0 || !LETTER.test(text[first - 1]) ? first : -1;
  }

  /** Whether the word at i stands in mid-sentence (after a lower-case word, comma or quote). */
  private midAt(i: number): boolean {
    if (i < 2 || this.text[i - 1] !== ' ') return false;
    const c = this.text[i - 2];
    return LOWER.test(c) || MID_SENTENCE_MARK.test(c);
  }

  /** The index of all capitalised words, once the searches have cost as much. */
  private indexed(): WordIndex | null {
    if (!this.index && ++this.searches > MAX_SEARCHES) this.index = this.buildIndex();
    return this.index;
  }

  /** One pass over the text: where every capitalised word starts, and which stand in mid-sentence. */
  private buildIndex(): WordIndex {
    const starts = new Map<string, number[]>();
    const mid = new Set<string>();
    const text = this.text;
    CAPITALISED.lastIndex = 0;
    for (let m = CAPITALISED.exec(text); m; m = CAPITALISED.exec(text)) {
      const start = m.index;
      if (start > 0 && LETTER.test(text[start - 1])) continue;
      const word = this.wordAt(start, start + m[0].length);
      if (this.midAt(start)) mid.add(word);
      const list = starts.get(word);
      if (list) list.push(start);
      else starts.set(word, [start]);
    }
    return { starts, mid };
  }

  /** Where `word` starts as a counted capitalised word, in text order. */
  private startsOf(word: string): number[] {
    const index = this.indexed();
    if (index) return index.starts.get(word) ?? [];
    const out: number[] = [];
    if (!word) return out;
    const text = this.text;
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      if (this.countedAt(i) && this.wordAt(i) === word) out.push(i);
    }
    return out;
  }

  /** Every counted occurrence of `word` in the text and its neighbours, in text order. */
  private occurrences(word: string): Occurrence[] {
    // built by push: arrays from Array#map change element kind once the caller is optimised
    const out: Occurrence[] = [];
    for (const i of this.startsOf(word)) {
      const start = this.wordStartBefore(i);
      const next = this.wordAfter(this.runEnd(i));
      out.push({
        before: start >= 0 ? this.wordAt(start) : null,
        beforeMid: start >= 0 && this.midAt(start),
        after: next ? next.word : null,
        afterAfter: next ? this.wordAfter(next.end)?.word ?? null : null,
      });
    }
    return out;
  }

  /** True when `word` also occurs capitalised in mid-sentence. */
  isNameLike(word: string): boolean {
    const mid = (this.mid ??= new Map());
    let hit = mid.get(word);
    if (hit === undefined) {
      hit = this.findMid(word);
      mid.set(word, hit);
    }
    return hit;
  }

  private findMid(word: string): boolean {
    const index = this.indexed();
    if (index) return index.mid.has(word);
    if (!word) return false;
    const text = this.text;
    for (let i = text.indexOf(word, 2); i >= 0; i = text.indexOf(word, i + 1)) {
      // after a space the word is counted whenever it starts with an upper-case letter
      if (this.midAt(i) && isUpper(text.codePointAt(i)!) && this.wordAt(i) === word) return true;
    }
    return false;
  }

  /** "Andrea Fraser" for "Fraser" where the text writes it after a given name `isGiven` knows; else null. */
  withGivenName(surname: string, isGiven: (word: string) => boolean): string | null {
    for (const occ of this.occurrences(surname)) if (occ.before && GIVEN_NAME.test(occ.before) && isGiven(occ.before)) return `${occ.before} ${surname}`;
    return null;
  }

  /** The fullest form of a source the document gives; the source itself otherwise. */
  expand(name: string): string {
    const expanded = (this.expanded ??= new Map());
    const hit = expanded.get(name);
    if (hit !== undefined) return hit;
    let result = name;
    if (this.reader.roleOnly(name)) {
      // "Außenminister" -> the person the text introduces with that role
      const occurrences = this.occurrences(name);
      for (const occ of occurrences) {
        const given = occ.after;
        if (!given || !GIVEN_NAME.test(given) || this.reader.isTitleOrRole(given)) continue;
        // the first "Außenminister <given>" in the text, and the word after it
        const surname = occurrences.find((o) => o.after === given)?.afterAfter;
        if (surname && SURNAME.test(surname)) { result = `${given} ${surname}`; break; }
      }
    } else if (SURNAME.test(name) && name.length > 2) {
      // "Trump" -> "Donald Trump": the most frequent given name in front of it
      const counts = new Map<string, number>();
      for (const occ of this.occurrences(name)) {
        const given = occ.before;
        if (!given || !GIVEN_NAME.test(given) || this.reader.isTitleOrRole(given)) continue;
        // a sentence opener ("Doch Trump") counts only if the word is a name elsewhere too
        if (!occ.beforeMid && !this.isNameLike(given)) continue;
        counts.set(given, (counts.get(given) ?? 0) + 1);
      }
      let best = 0;
      for (const [given, n] of counts) if (n > best) { best = n; result = `${given} ${name}`; }
    }
    expanded.set(name, result);
    return result;
  }
}
