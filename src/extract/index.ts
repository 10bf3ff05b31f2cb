// The extract stage: every numeric figure in one sentence, as Mentions.
export type { ExtraUnitWords } from './lexicon.js';
import type { Lang, Mention } from '../types.js';
import { lexicon, type ExtraUnitWords } from './lexicon.js';
import { mayHoldFigure } from './prefilter.js';
import { nextCandidate, SentenceScanner } from './scan.js';
import { tokenize } from './tokenize.js';

/**
 * Every numeric figure in `text` (one sentence of analysis text), offsets relative to `text`.
 * Years, dates, times of day, codes, scores, paragraphs and relative time expressions are
 * left out: they are context, not claims.
 */
export function findMentions(text: string, lang: Lang, extraUnits?: ExtraUnitWords): Mention[] {
  // the lexicon first: compiling it tokenizes its phrases, which must not reuse the scratch buffers mid-sentence
  const lex = lexicon(lang, extraUnits);
  if (!mayHoldFigure(text, lex)) return [];
  const toks = tokenize(text, true);
  // about a third of news sentences hold no word or digit a figure could start with
  if (nextCandidate(text, toks, lex, 0) === toks.length) return [];
  return new SentenceScanner(text, toks, lex).scan();
}
