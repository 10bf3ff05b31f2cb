import type { Claim } from '../types.js';

/**
 * Words that mark a figure as the earlier level of a change or the base of a comparison
 * stated in the same sentence: "fell to 95.5 from 97.5", "down from $1bn", "von 11,2 auf 11,1
 * Prozent", "11,1 Prozent gegenüber 11,2 Prozent im März". The two figures are two periods
 * (or two things), however close their values: never one item that "agrees" with itself.
 * Lower case, as the words stand right before the figure (its hedge aside), by language.
 */
export const PREVIOUS_LEVEL_WORDS: Record<'de' | 'en', readonly string[]> = {
  de: ['von', 'gegenüber', 'nach zuvor', 'nach', 'im vergleich zu', 'verglichen mit', 'statt', 'anstatt', 'zuvor', 'vorher'],
  en: ['from', 'compared with', 'compared to', 'against', 'versus', 'vs', 'vs.', 'as against', 'instead of'],
};

const WORDS = [...PREVIOUS_LEVEL_WORDS.de, ...PREVIOUS_LEVEL_WORDS.en];
const LONGEST = Math.max(...WORDS.map((w) => w.length));
const ENDS_IN_WORD = new RegExp(`(?:^|[^\\p{L}])(?:${WORDS.map((w) => w.replace(/[.]/g, '\\.').replace(/ /g, '\\s+')).join('|')})\\s*$`, 'iu');

/** The ids of the claims introduced by a previous-level word (a hedge may stand between them). */
export function previousLevelIds(claims: readonly Claim[]): Set<string> {
  const out = new Set<string>();
  const bySentence = new Map<string, Claim[]>();
  for (const c of claims) {
    const k = `${c.doc}\u0000${c.sentenceIndex}`;
    const list = bySentence.get(k);
    if (list) list.push(c);
    else bySentence.set(k, [c]);
  }
  for (const list of bySentence.values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => a.start - b.start);
    // the k-th claim printed "2.5%" is the k-th "2.5%" of its sentence
    const seen = new Map<string, number>();
    for (const c of list) {
      const at = occurrence(c.sentence, c.text, seen.get(c.text) ?? 0);
      seen.set(c.text, (seen.get(c.text) ?? 0) + 1);
      if (at >= 0 && introduced(c.sentence.slice(Math.max(0, at - LONGEST - (c.hedge?.length ?? 0) - 4), at), c.hedge)) out.add(c.id);
    }
  }
  return out;
}

function occurrence(s: string, text: string, k: number): number {
  let at = s.indexOf(text);
  for (let i = 0; i < k && at >= 0; i++) at = s.indexOf(text, at + text.length);
  return at;
}

function introduced(before: string, hedge: string | null): boolean {
  if (hedge) {
    const h = before.toLowerCase().lastIndexOf(hedge.toLowerCase());
    if (h >= 0 && before.slice(h + hedge.length).trim() === '') before = before.slice(0, h);
  }
  return ENDS_IN_WORD.test(before);
}
