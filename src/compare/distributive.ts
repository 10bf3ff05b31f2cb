import type { Claim } from '../types.js';
import { allLanguages } from './compare-language.js';

// A value each of several things holds ("Leverkusen, Roma (beide je 5 Punkte)", "they won two
// medals each") names no one figure: another figure of its article with that value ("alle drei
// hätten 5 Punkte") is as likely another holder's. Words in src/lang/<lang>/compare.ts.
const BEFORE = new Set(allLanguages((l) => l.distributives.before));
const AFTER = new Set(allLanguages((l) => l.distributives.after));
const WORDS = /\p{L}+/gu;
/** Characters read around the figure: a word or two. */
const REACH = 24;

/** Is the claim's figure a value each of several holds (a distributive word right before it, or after it or its noun)? */
export function isDistributive(c: Pick<Claim, 'sentence' | 'text'>): boolean {
  const s = c.sentence;
  const at = s.indexOf(c.text);
  if (at < 0) return false;
  const before = s.slice(Math.max(0, at - REACH), at).toLowerCase().match(WORDS);
  if (before && BEFORE.has(before[before.length - 1]!)) return true;
  const end = at + c.text.length;
  const after = s.slice(end, end + REACH).toLowerCase().match(WORDS);
  return !!after && after.slice(0, 2).some((w) => AFTER.has(w));
}
