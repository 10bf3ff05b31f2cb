// The extract stage: every numeric figure in one sentence, as Mentions.
export type { ExtraUnitWords } from './lexicon.js';
export { lendElidedUnits } from './elided-units.js';
export { rankParallels } from './parallel-ranks.js';
export { lendResultTimes } from './result-times.js';
export { dropNumberedNames } from './numbered-names.js';
import type { Lang, Mention } from '../types.js';
import { lexicon, type ExtraUnitWords, type Lexicon } from './lexicon.js';
import { figureStart } from './prefilter.js';
import { nextCandidate, scannerFor } from './scan.js';
import { tokenize } from './tokenize.js';

/**
 * Every numeric figure in `text` (one sentence of analysis text), offsets relative to `text`.
 * Years, dates, times of day, codes, scores, paragraphs and relative time expressions are
 * left out: they are context, not claims.
 */
export function findMentions(text: string, lang: Lang, extraUnits?: ExtraUnitWords): readonly Mention[] {
  return findMentionsIn(text, 0, text.length, lang, extraUnits);
}

/**
 * findMentions(text.slice(start, end)) with offsets in `text`. The sentence is read
 * where it stands, never sliced: a slice costs a string per scanned sentence and
 * makes every character read of the pre-check, the tokenizer and the scanner go
 * through it to its parent.
 */
export function findMentionsIn(text: string, start: number, end: number, lang: Lang, extraUnits?: ExtraUnitWords): readonly Mention[] {
  // the lexicon first: compiling it tokenizes its phrases, which must not reuse the scratch buffers mid-sentence
  const lex = lexicon(lang, extraUnits);
  // four in five news sentences hold no figure, and most of those are seen to from their characters
  const from = figureStart(text, lex, start, end);
  if (from < 0) return NONE;
  return scanSentence(text, lex, from, start, end);
}

/** The answer for most sentences: one shared empty list rather than a new one per sentence (read-only by type). */
const NONE: readonly Mention[] = [];

/**
 * findMentions without the character pre-check (exported for the test that proves the
 * pre-check safe). `from`: figureStart() of the text, or its start; the sentence is
 * text[start, end), and offsets are in `text`.
 */
export function scanSentence(text: string, lex: Lexicon, from = 0, start = 0, end = text.length): readonly Mention[] {
  const toks = tokenize(text, true, start, end);
  // the pre-check has cleared every word whose next token ends by `from`: nextCandidate() need not ask again
  let k = 0;
  while (k + 1 < toks.length && toks.endAt(k + 1) <= from) k++;
  const first = nextCandidate(text, toks, lex, k);
  if (first === toks.length) return NONE;
  return scannerFor(text, toks, lex).scan(first);
}
