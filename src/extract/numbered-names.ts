// Names with a number inside ("BBC 6 Music", "BBC 5 Live") are read as names where a capitalised
// word stands before the number, but an article often shortens them later: "digital radio
// station 6 Music", "questions from 6 Music listeners". The scanner sees one sentence and takes
// the bare "6 Music" for a count of music; this pass, over a document's mentions, drops a bare
// count whose number and capitalised word the document also prints after a capitalised word,
// where it read no figure.
import type { Lang, Mention } from '../types.js';
import { lexicon, type ExtraUnitWords } from './lexicon.js';

/** A bare number (up to three digits), a space and a capitalised word right after it (group 1). */
const NUMBER_AND_NAME = / (\p{Lu}[\p{L}\p{N}]*)(?![\p{L}\p{N}])/uy;
const DIGITS = /^\d{1,3}$/;
/** A capitalised word ending right before a space (group 1): the name's first part. */
const NAME_BEFORE = /(\p{Lu}[\p{L}\p{N}.&-]*) $/u;
/** How far back NAME_BEFORE looks. */
const NAME_REACH = 24;

/** Removes the mentions that are a shortened numbered name printed in full elsewhere in the text. Mutates `found`. */
export function dropNumberedNames(
  text: string,
  found: Array<{ mention: Mention; sentenceIndex: number }>,
  lang: Lang,
  extraUnits?: ExtraUnitWords,
): void {
  if (found.length === 0) return;
  const lex = lexicon(lang, extraUnits);
  // only where capitals mark names alone: where every noun is capitalised, "6 Tore" is a count
  if (!lex.capitalisedNames) return;
  // (where figures start: built only for a document with a candidate, most have none)
  let starts: Set<number> | null = null;
  const figureAt = (at: number) => (starts ??= new Set(found.map((f) => f.mention.aStart))).has(at);
  let kept = 0;
  for (let i = 0; i < found.length; i++) {
    const m = found[i].mention;
    if (!(m.kind === 'count' && m.unit === '' && m.aEnd - m.aStart <= 3 && DIGITS.test(text.slice(m.aStart, m.aEnd)) && printedAsName(text, m, figureAt, lex.months.map))) {
      found[kept++] = found[i];
    }
  }
  found.length = kept;
}

/** Does the text print the mention's number and the capitalised word after it after a name word elsewhere, with no figure read there? */
function printedAsName(text: string, m: Mention, figureAt: (at: number) => boolean, months: ReadonlyMap<string, unknown>): boolean {
  NUMBER_AND_NAME.lastIndex = m.aEnd;
  const after = NUMBER_AND_NAME.exec(text);
  if (!after) return false;
  const shortName = text.slice(m.aStart, m.aEnd) + after[0];
  for (let at = text.indexOf(shortName); at >= 0; at = text.indexOf(shortName, at + 1)) {
    if (at === m.aStart || figureAt(at)) continue;
    // (whole words only: not "16 Music" for "6 Music", nor "6 Musicals")
    if (/[\p{L}\p{N}]/u.test(text.charAt(at - 1)) || /[\p{L}\p{N}]/u.test(text.charAt(at + shortName.length))) continue;
    const before = NAME_BEFORE.exec(text.slice(Math.max(0, at - NAME_REACH), at));
    // (a month before the number makes a date: "March 30 Britons")
    if (before && !months.has(before[1].toLowerCase())) return true;
  }
  return false;
}
