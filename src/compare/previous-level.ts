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

/**
 * Each claim introduced by a previous-level word, mapped to the claim whose earlier level it
 * is: the figure right after it across "to"/"auf" ("von 9,1 auf 9,5 Prozent", "cut from 2.5%
 * to 2%"), else the nearest figure before it that is no earlier level itself ("rose to 4.7%
 * from 4.6%", "11,1 Prozent gegenüber 11,2 Prozent"). Claim ids both ways.
 */
export function changePartners(claims: readonly Claim[]): Map<string, string> {
  const out = new Map<string, string>();
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
    const at = list.map((c) => {
      const k = seen.get(c.text) ?? 0;
      seen.set(c.text, k + 1);
      return occurrence(c.sentence, c.text, k);
    });
    const earlier = list.map((c, i) => at[i] >= 0 && introduced(c.sentence.slice(Math.max(0, at[i] - LONGEST - (c.hedge?.length ?? 0) - 4), at[i]), c.hedge));
    for (let i = 0; i < list.length; i++) {
      if (!earlier[i]) continue;
      const c = list[i];
      let partner = -1;
      if (i + 1 < list.length && at[i + 1] >= 0 && NEW_LEVEL.test(c.sentence.slice(at[i] + c.text.length, at[i + 1]))) partner = i + 1;
      else for (let j = i - 1; j >= 0 && partner < 0; j--) if (!earlier[j]) partner = j;
      if (partner >= 0) out.set(c.id, list[partner].id);
    }
  }
  return out;
}

/** Between an earlier level and the new one after it: "von 9,1 auf 9,5", "from 2.5% to about 2%". */
const NEW_LEVEL = /^\s*(?:to|auf)\s+(?:[\p{L}.]+\s+){0,2}$/iu;

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
