// Document-wide name knowledge for attribution: the full form of a surname
// ("Trump" -> "Donald Trump"), the person behind a bare role ("Außenminister"
// -> "Sergej Lawrow"), and whether a capitalised sentence opener is a name at all
// (German capitalises every noun, so only mid-sentence use tells "Trump" from "Dabei").
// Plain string search, no regex built per name: one document asks about many words.
import type { PhraseReader } from './attribution-phrase.js';

const LETTER = /[\p{L}\p{N}]/u;
const LOWER = /\p{Ll}/u;
const GIVEN_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
const SURNAME = /^\p{Lu}[\p{L}'’-]+$/u;

const isLetter = (c: string | undefined) => c !== undefined && LETTER.test(c);

export class NameIndex {
  private readonly nameLike = new Map<string, boolean>();
  private readonly expanded = new Map<string, string>();

  constructor(private readonly text: string, private readonly reader: PhraseReader) {}

  /** Every start of `word` in the text as a whole word. */
  private occurrences(word: string): number[] {
    const out: number[] = [];
    for (let at = this.text.indexOf(word); at >= 0; at = this.text.indexOf(word, at + 1)) {
      if (!isLetter(this.text[at - 1]) && !isLetter(this.text[at + word.length])) out.push(at);
    }
    return out;
  }

  /** The word ending just before `at` (skipping one space), or null. */
  private wordBefore(at: number): { word: string; start: number } | null {
    if (this.text[at - 1] !== ' ') return null;
    let k = at - 1;
    while (k > 0 && (isLetter(this.text[k - 1]) || this.text[k - 1] === '-')) k--;
    return k < at - 1 ? { word: this.text.slice(k, at - 1), start: k } : null;
  }

  /** Whether a word starting at `start` stands in mid-sentence (after a lower-case word, a comma or a quote). */
  private midSentence(start: number): boolean {
    const before = this.text.slice(Math.max(0, start - 2), start);
    return before.length === 2 && before[1] === ' ' && (LOWER.test(before[0]) || /[,„“"(]/.test(before[0]));
  }

  /** True when `word` also occurs capitalised in mid-sentence. */
  isNameLike(word: string): boolean {
    const hit = this.nameLike.get(word);
    if (hit !== undefined) return hit;
    const result = this.occurrences(word).some((at) => this.midSentence(at));
    this.nameLike.set(word, result);
    return result;
  }

  /** The fullest form of a source the document gives; the source itself otherwise. */
  expand(name: string): string {
    const hit = this.expanded.get(name);
    if (hit !== undefined) return hit;
    let result = name;
    if (this.reader.roleOnly(name)) {
      // "Außenminister" -> the person the text introduces with that role
      for (const at of this.occurrences(name)) {
        const rest = this.text.slice(at + name.length, at + name.length + 60).match(/^ (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?) (\p{Lu}[\p{L}'’-]+)/u);
        if (rest && !this.reader.isTitleOrRole(rest[1])) { result = `${rest[1]} ${rest[2]}`; break; }
      }
    } else if (SURNAME.test(name) && name.length > 2) {
      // "Trump" -> "Donald Trump": the most frequent given name in front of it
      const counts = new Map<string, number>();
      for (const at of this.occurrences(name)) {
        const before = this.wordBefore(at);
        if (!before || !GIVEN_NAME.test(before.word) || this.reader.isTitleOrRole(before.word)) continue;
        // a sentence opener ("Doch Trump") counts only if the word is a name elsewhere too
        if (!this.midSentence(before.start) && !this.isNameLike(before.word)) continue;
        counts.set(before.word, (counts.get(before.word) ?? 0) + 1);
      }
      let best = 0;
      for (const [given, n] of counts) if (n > best) { best = n; result = `${given} ${name}`; }
    }
    this.expanded.set(name, result);
    return result;
  }
}
