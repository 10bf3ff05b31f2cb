// Most sentences of news prose (about four in five) hold no figure at all. This
// decides that from the characters alone, before the sentence is tokenized: the
// scanner (scan.ts) reads a figure only where nextCandidate() stops, which is at a
// Num or Frac token or at a word whose wordStartKey() is in lex.wordStarts, and of
// those words it does something only with the number words of the lexicon.
// Everything here is derived from the compiled lexicon, so a new number word or
// unit in src/lang/ is covered without touching this file.
import type { Lexicon } from './lexicon.js';
import { wordStartKey } from './lexicon.js';
import { extendsArticle, openingRole } from './spelled.js';
import { CHAR_CLASS, CharClass, isDigitCode, isFractionChar, isLetterCode, isSpaceCode, startsUrl } from './tokenize.js';

/**
 * False only when findMentions(s) is certainly empty; true means "scan it". Safe
 * because without a digit or a fraction sign the tokenizer makes only Word, Punct
 * and Skip tokens, every Word token is a maximal run of letters, and a word the
 * scanner stops at yields nothing unless wordMayStartFigure() says it might.
 */
export function mayHoldFigure(s: string, lex: Lexicon): boolean {
  const starts = lex.wordStarts;
  const n = s.length;
  let i = 0;
  while (i < n) {
    const cls = PREFILTER_CLASS[s.charCodeAt(i)];
    if (cls === Scan) return true;
    if (cls !== CharClass.Letter) { i++; continue; }
    let e = i + 1;
    while (e < n && CHAR_CLASS[s.charCodeAt(e)] === CharClass.Letter) e++;
    if (starts.has(wordStartKey(s, i, e)) && wordMayStartFigure(s, i, e, lex)) return true;
    i = e;
  }
  return false;
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
 * Can SentenceScanner.figureAt() read anything at the word s[i, e)? The words it
 * tries first (ranks, "jeder Dritte", ordinals, "Hälfte") count as yes; otherwise the
 * word must open a number in words (parseSpelled), and an article ("ein", "a") does
 * so only before a scale, a fraction, "hundert" or "Dutzend", or before a unit in a
 * language where articles take units ("einen Euro").
 */
function wordMayStartFigure(s: string, i: number, e: number, lex: Lexicon): boolean {
  const w = s.slice(i, e).toLowerCase();
  if (lex.rankWords.has(w) || lex.everyWords.has(w) || lex.ordinals.has(w) || lex.halfNouns.has(w)) return true;
  const role = openingRole(w, lex);
  if (role !== 'article') return role === 'number';
  // the token after the article
  let j = e;
  while (j < s.length && isSpaceCode(s.charCodeAt(j))) j++;
  if (j === s.length) return false;
  const c = s.charCodeAt(j);
  if (isLetterCode(c)) {
    if (startsUrl(s, j)) return true;
    let k = j + 1;
    while (k < s.length && isLetterCode(s.charCodeAt(k))) k++;
    const text = s.slice(j, k);
    const low = text.toLowerCase();
    return extendsArticle(low, lex) || (lex.articlesTakeUnits && (lex.units.starts.has(low) || lex.unitSymbols.has(text)));
  }
  if (!lex.articlesTakeUnits) return false;
  // a punctuation token: a surrogate pair, or a run of one repeated mark (as tokenize() cuts it)
  let k = j + 1;
  if (c >= 0xd800 && c <= 0xdbff && k < s.length) k++;
  else while (k < s.length && s.charCodeAt(k) === c) k++;
  const text = s.slice(j, k);
  return lex.units.starts.has(text.toLowerCase()) || lex.unitSymbols.has(text);
}
