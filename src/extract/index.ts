// The extract stage: every numeric figure in one sentence, as Mentions.
export type { ExtraUnitWords } from './lexicon.js';
import type { Lang, Mention } from '../types.js';
import { lexicon, type ExtraUnitWords } from './lexicon.js';
import { SentenceScanner } from './scan.js';
import { tokenize } from './tokenize.js';

/**
 * Every numeric figure in `text` (one sentence of analysis text), offsets relative to `text`.
 * Years, dates, times of day, codes, scores, paragraphs and relative time expressions are
 * left out: they are context, not claims.
 */
export function findMentions(text: string, lang: Lang, extraUnits?: ExtraUnitWords): Mention[] {
  // the lexicon first: compiling it tokenizes its phrases, which must not reuse the scratch buffers mid-sentence
  const lex = lexicon(lang, extraUnits);
  return new SentenceScanner(text, tokenize(text, true), lex).scan();
}
