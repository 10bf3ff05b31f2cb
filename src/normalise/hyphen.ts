// A hyphen at the end of a wrapped line either splits a word for the layout
// ("Verhand-\nlungen") or belongs to the text: a compound ("Trump-\nAdministration",
// "US-\nInvestoren") or a suspended compound before a conjunction ("Ein-\nund
// Ausfuhr"). No hyphenation library tells these apart for news German and
// English, so the decision reads the continuation, the first part and the
// document's own vocabulary.
import type { LanguageRules } from '../segment/language.js';
import { isLetterAt, isLowerAt, isUpperAt } from '../segment/chars.js';
import { Join } from './join.js';

/** Lower-cased words of the document, hyphenated compounds as written. */
export type Vocabulary = ReadonlySet<string>;

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

export function buildVocabulary(text: string): Vocabulary {
  const words = new Set<string>();
  for (const m of text.matchAll(WORD)) words.add(m[0].toLowerCase());
  return words;
}

/**
 * `hyphenAt` is the hyphen ending a line, `nextStart` the first character of
 * the continuation. Returns Glue (keep the hyphen, no space), DropHyphen, or
 * Space (keep the hyphen and a space: "Ein- und").
 */
export function decideHyphen(
  text: string,
  hyphenAt: number,
  nextStart: number,
  rules: LanguageRules,
  vocabulary: () => Vocabulary,
): Join {
  let p = hyphenAt;
  while (p > 0 && (isLetterAt(text, p - 1) || /[0-9]/.test(text[p - 1]))) p--;
  const prefix = text.slice(p, hyphenAt);
  let q = nextStart;
  while (q < text.length && isLetterAt(text, q)) q++;
  const next = text.slice(nextStart, q);

  if (next === '' || !isLowerAt(text, nextStart)) return Join.Glue; // "US-\nInvestoren", "COVID-\n19"
  if (rules.hyphenConjunctions.has(next.toLowerCase())) return Join.Space; // "Ein-\nund Ausfuhr"
  if (/[0-9]/.test(prefix) || hasInnerCapital(text, p, hyphenAt)) return Join.Glue; // "US-\namerikanisch"
  const words = vocabulary();
  const joined = (prefix + next).toLowerCase();
  const hyphenated = `${prefix}-${next}`.toLowerCase();
  if (words.has(hyphenated) && !words.has(joined)) return Join.Glue;
  if (words.has(joined)) return Join.DropHyphen;
  if (rules.hyphenKeepPrefixes.has(prefix.toLowerCase())) return Join.Glue; // "well-\nknown"
  return Join.DropHyphen;
}

/** An upper-case letter after the first: an acronym ("US", "EU", "iPhone"). */
function hasInnerCapital(text: string, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (isUpperAt(text, i)) return true;
  return false;
}
