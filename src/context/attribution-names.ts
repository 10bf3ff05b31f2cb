// Document-wide name knowledge for attribution: the full form of a surname
// ("Trump" -> "Donald Trump"), the person behind a bare role ("Außenminister"
// -> "Sergej Lawrow"), and whether a capitalised sentence opener is a name at all
// (German capitalises every noun, so only mid-sentence use tells "Trump" from "Dabei").
import type { PhraseReader } from './attribution-phrase.js';

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const GIVEN = '\\p{Lu}[\\p{Ll}]+(?:-\\p{Lu}[\\p{Ll}]+)?';
const SURNAME = "\\p{Lu}[\\p{L}'’]+(?:-\\p{Lu}[\\p{L}]+)?";

export class NameIndex {
  private readonly nameLike = new Map<string, boolean>();
  private readonly expanded = new Map<string, string>();

  constructor(private readonly text: string, private readonly reader: PhraseReader) {}

  /** True when `word` also occurs capitalised in mid-sentence (after a lower-case word or comma). */
  isNameLike(word: string): boolean {
    const hit = this.nameLike.get(word);
    if (hit !== undefined) return hit;
    const re = new RegExp(`[\\p{Ll},] ${escapeRegex(word)}(?![\\p{L}\\p{N}])`, 'u');
    const result = re.test(this.text);
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
      const m = new RegExp(`${escapeRegex(name)} (${GIVEN} ${SURNAME})(?![\\p{L}])`, 'u').exec(this.text);
      if (m) result = m[1];
    } else if (/^\p{Lu}[\p{Ll}'’-]+$/u.test(name) && name.length > 2) {
      // "Trump" -> "Donald Trump": the most frequent given name in front of it
      const counts = new Map<string, number>();
      const re = new RegExp(`(?<![\\p{L}\\p{N}])(${GIVEN}) ${escapeRegex(name)}(?![\\p{L}\\p{N}])`, 'gu');
      for (const m of this.text.matchAll(re)) {
        const given = m[1];
        if (this.reader.isTitleOrRole(given)) continue;
        // a sentence opener ("Doch Trump") counts only if the word is a name elsewhere too
        const before = this.text.slice(Math.max(0, m.index - 2), m.index);
        const midSentence = /[\p{Ll},„“"(] $/u.test(before);
        if (!midSentence && !this.isNameLike(given)) continue;
        counts.set(given, (counts.get(given) ?? 0) + 1);
      }
      let best = 0;
      for (const [given, n] of counts) if (n > best) { best = n; result = `${given} ${name}`; }
    }
    this.expanded.set(name, result);
    return result;
  }
}
