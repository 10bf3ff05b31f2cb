// Document-wide name knowledge for attribution: the full form of a surname
// ("Trump" -> "Donald Trump"), the person behind a bare role ("Außenminister"
// -> "Sergej Lawrow"), and whether a capitalised sentence opener is a name at all
// (German capitalises every noun, so only mid-sentence use tells "Trump" from "Dabei").
// One pass over the text collects capitalised words and the word before each,
// on first use; no search per name, so a long text costs no more per question.
import type { PhraseReader } from './attribution-phrase.js';

const CAPITALISED = /\p{Lu}[\p{L}\p{N}'’-]*/gu;
const LOWER = /\p{Ll}/u;
const LETTER = /[\p{L}\p{N}]/u;
const GIVEN_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
const SURNAME = /^\p{Lu}[\p{L}'’-]+$/u;

interface Occurrence {
  /** the capitalised word just before (one space between), if any */
  before: string | null;
  /** whether that word stands in mid-sentence */
  beforeMid: boolean;
  /** the capitalised word just after, if any */
  after: string | null;
}

export class NameIndex {
  private words: Map<string, Occurrence[]> | null = null;
  /** capitalised words seen in mid-sentence (after a lower-case word, comma or quote) */
  private mid: Set<string> | null = null;
  private readonly expanded = new Map<string, string>();

  constructor(private readonly text: string, private readonly reader: PhraseReader) {}

  private build(): void {
    const words = new Map<string, Occurrence[]>();
    const mid = new Set<string>();
    const text = this.text;
    let prev: { word: string; end: number; mid: boolean; occ: Occurrence } | null = null;
    CAPITALISED.lastIndex = 0;
    for (let m = CAPITALISED.exec(text); m; m = CAPITALISED.exec(text)) {
      const start = m.index;
      if (start > 0 && LETTER.test(text[start - 1])) continue;
      const word = m[0].replace(/['’-]+$/, '');
      const before2 = text.slice(Math.max(0, start - 2), start);
      const isMid = before2.length === 2 && before2[1] === ' ' && (LOWER.test(before2[0]) || /[,„“"(]/.test(before2[0]));
      if (isMid) mid.add(word);
      const adjacent = prev !== null && prev.end === start - 1 && text[start - 1] === ' ';
      const occ: Occurrence = { before: adjacent ? prev!.word : null, beforeMid: adjacent ? prev!.mid : false, after: null };
      if (adjacent) prev!.occ.after = word;
      const list = words.get(word);
      if (list) list.push(occ);
      else words.set(word, [occ]);
      prev = { word, end: start + m[0].length, mid: isMid, occ };
    }
    this.words = words;
    this.mid = mid;
  }

  /** True when `word` also occurs capitalised in mid-sentence. */
  isNameLike(word: string): boolean {
    if (!this.mid) this.build();
    return this.mid!.has(word);
  }

  /** The fullest form of a source the document gives; the source itself otherwise. */
  expand(name: string): string {
    const hit = this.expanded.get(name);
    if (hit !== undefined) return hit;
    if (!this.words) this.build();
    let result = name;
    const occurrences = this.words!.get(name) ?? [];
    if (this.reader.roleOnly(name)) {
      // "Außenminister" -> the person the text introduces with that role
      for (const occ of occurrences) {
        const given = occ.after;
        if (!given || !GIVEN_NAME.test(given) || this.reader.isTitleOrRole(given)) continue;
        const surname = (this.words!.get(given) ?? []).find((o) => o.before === name)?.after;
        if (surname && SURNAME.test(surname)) { result = `${given} ${surname}`; break; }
      }
    } else if (SURNAME.test(name) && name.length > 2) {
      // "Trump" -> "Donald Trump": the most frequent given name in front of it
      const counts = new Map<string, number>();
      for (const occ of occurrences) {
        const given = occ.before;
        if (!given || !GIVEN_NAME.test(given) || this.reader.isTitleOrRole(given)) continue;
        // a sentence opener ("Doch Trump") counts only if the word is a name elsewhere too
        if (!occ.beforeMid && !this.isNameLike(given)) continue;
        counts.set(given, (counts.get(given) ?? 0) + 1);
      }
      let best = 0;
      for (const [given, n] of counts) if (n > best) { best = n; result = `${given} ${name}`; }
    }
    this.expanded.set(name, result);
    return result;
  }
}
