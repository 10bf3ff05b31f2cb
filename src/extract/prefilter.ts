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
import { CHAR_CLASS, CharClass, Tok, isDigitCode, isFractionChar, isLetterCode, isSpaceCode, startsUrl } from './tokenize.js';

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
 * Can SentenceScanner.figureAt() read anything at the word s[i, e)? It tries, in this
 * order: a rank ("Platz drei"), a share ("jeder Dritte"), an ordinal rank ("erster
 * Platz"), a half ("die Hälfte"), and a number in words (parseSpelled), where an
 * article ("ein", "a") counts only before a scale, a fraction, "hundert" or "Dutzend",
 * or before a unit in a language where articles take units ("einen Euro"). Each test
 * here is looser than the scanner's, never stricter.
 */
function wordMayStartFigure(s: string, i: number, e: number, lex: Lexicon): boolean {
  const w = s.slice(i, e).toLowerCase();
  if (!mayOpenFigure(w, lex)) return false;
  const next = tokenAfter(s, e);
  if (next === SCAN) return true;
  return mayStartFigureBefore(w, next === null ? 0 : isLetterCode(next.charCodeAt(0)) ? Tok.Word : Tok.Punct, next, lex);
}

/** Is the lower-cased word one of those figureAt() does anything with, whatever follows it? */
export function mayOpenFigure(w: string, lex: Lexicon): boolean {
  return lex.rankWords.has(w) || lex.everyWords.has(w) || lex.ordinals.has(w) || lex.halfNouns.has(w) || openingRole(w, lex) !== 'none';
}

/**
 * Can figureAt() read anything at the lower-cased word `w`, followed by a token of type
 * `nextType` (0: none) and text `next`? Only call it for words mayOpenFigure() accepts.
 */
export function mayStartFigureBefore(w: string, nextType: Tok | 0, next: string | null, lex: Lexicon): boolean {
  const role = openingRole(w, lex);
  if (role === 'number' || lex.halfNouns.has(w)) return true;
  if (next === null) return false;
  const low = next.toLowerCase();
  const word = nextType === Tok.Word;
  if (lex.rankWords.has(w) && (nextType === Tok.Num || (word && (lex.ordinals.has(low) || openingRole(low, lex) === 'number')))) return true;
  if (lex.everyWords.has(w) && lex.ordinals.has(low)) return true;
  if (lex.ordinals.has(w) && lex.rankWords.has(low)) return true;
  if (role !== 'article') return false;
  return (word && extendsArticle(low, lex)) || (lex.articlesTakeUnits && (lex.units.starts.has(low) || lex.unitSymbols.has(next)));
}

/** Sentinel of tokenAfter(): a token the pre-check does not model (number, URL, hashtag). */
const SCAN = '\u0000scan';

/**
 * The text of the token after position e (null at the end of the sentence), cut as
 * tokenize() cuts it for sentences without digits: a run of letters, a surrogate pair,
 * or a run of one repeated mark. SCAN for anything else.
 */
function tokenAfter(s: string, e: number): string | null {
  let j = e;
  while (j < s.length && isSpaceCode(s.charCodeAt(j))) j++;
  if (j === s.length) return null;
  const c = s.charCodeAt(j);
  if (PREFILTER_CLASS[c] === Scan || (c === 0x2e && isDigitCode(s.charCodeAt(j + 1)))) return SCAN;
  let k = j + 1;
  if (isLetterCode(c)) {
    if (startsUrl(s, j)) return SCAN;
    while (k < s.length && isLetterCode(s.charCodeAt(k))) k++;
  } else if (c >= 0xd800 && c <= 0xdbff && k < s.length) {
    k++;
  } else {
    while (k < s.length && s.charCodeAt(k) === c) k++;
  }
  return s.slice(j, k);
}
