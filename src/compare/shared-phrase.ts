import type { Claim } from '../types.js';

/**
 * Two reports of one fact are often not one sentence printed word for word (cluster.ts,
 * verbatimText) but a sentence reworded around one phrase kept as it was: "its first hike in
 * nine years", "manufacturing output fell 0.1% in November". Such a phrase ties the figure it
 * holds in two articles as a whole sentence does, however small or common its value: the
 * words around it say which item it is. Counted in words on both sides of the figure, never
 * the figure's own; the phrase needs enough letters that a stock phrase ("rose by ... in the")
 * is not enough.
 */

/** Words besides the figure's own that the two sentences share around it, in a row (on one side or both). */
const SHARED_WORDS = 6;
/** Letters those shared words must hold: "up by ... per cent in the" is a stock phrase. */
const SHARED_LETTERS = 20;

/** Letters and digits make words; everything else parts them. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) => (WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 0));
const isWordCode = (c: number) => (c < 128 ? ASCII_WORD[c] === 1 : WORD_CHAR.test(String.fromCharCode(c)));

/**
 * The phrases around a figure that would tie it: every run of SHARED_WORDS words besides its own,
 * k before it and the rest after (k = 0 .. SHARED_WORDS), with enough letters, as keys that hold
 * the figure's text. None when the sentence prints the text twice (which one is not known) or the
 * figure is not in it as printed. Two figures share a phrase when they share a key.
 */
export function phraseKeys(c: Claim): string[] {
  const s = c.sentence;
  const at = s.indexOf(c.text);
  if (at < 0 || s.indexOf(c.text, at + c.text.length) >= 0) return [];
  // read outwards from the figure: only the words a key can hold (a word glued to the figure is none)
  const before = wordsFrom(s, at, -1);
  const after = wordsFrom(s, at + c.text.length, 1);
  const keys: string[] = [];
  for (let k = Math.max(0, SHARED_WORDS - after.length); k <= Math.min(SHARED_WORDS, before.length); k++) {
    const words = [...before.slice(0, k).reverse(), '\u0001', ...after.slice(0, SHARED_WORDS - k)];
    if (words.reduce((n, w) => n + (w === '\u0001' ? 0 : w.length), 0) < SHARED_LETTERS) continue;
    keys.push(`${c.text}\u0000${words.join(' ')}`);
  }
  return keys;
}

/** Up to SHARED_WORDS words of `s` from `from` on (`step` 1) or before it (-1, nearest first), lower case. */
function wordsFrom(s: string, from: number, step: 1 | -1): string[] {
  const words: string[] = [];
  let i = step === 1 ? from : from - 1;
  const inside = (k: number) => k >= 0 && k < s.length;
  // a word the figure's text begins or ends inside ("5" in "25") is not the figure's neighbour
  while (inside(i) && isWordCode(s.charCodeAt(i))) i += step;
  while (words.length < SHARED_WORDS) {
    while (inside(i) && !isWordCode(s.charCodeAt(i))) i += step;
    if (!inside(i)) break;
    const start = i;
    while (inside(i) && isWordCode(s.charCodeAt(i))) i += step;
    words.push((step === 1 ? s.slice(start, i) : s.slice(i + 1, start + 1)).toLowerCase());
  }
  return words;
}

/** Figures tied by a phrase: each claim (by id: ids hold their document) to its set's number; claims of no set are not in it. */
export type PhraseTwins = ReadonlyMap<string, number>;


/**
 * The sets of figures of different articles that print one value (and unit) in one phrase (phraseKeys),
 * joined as far as they reach. Only a figure whose text another article prints too is read.
 */
export function findPhraseTwins(claims: readonly Claim[]): PhraseTwins {
  const docOfText = new Map<string, string | null>();
  for (const c of claims) {
    const d = docOfText.get(c.text);
    if (d === undefined) docOfText.set(c.text, c.doc);
    else if (d !== null && d !== c.doc) docOfText.set(c.text, null);
  }
  const candidates = claims.filter((c) => docOfText.get(c.text) === null);
  const first = new Map<string, number>();
  const parent = candidates.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  candidates.forEach((c, i) => {
    for (const key of phraseKeys(c)) {
      const j = first.get(key);
      if (j === undefined) first.set(key, i);
      else if (candidates[j].doc !== c.doc && candidates[j].value === c.value && candidates[j].unit === c.unit) {
        const a = root(i);
        const b = root(j);
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  });
  const twins = new Map<string, number>();
  const size = new Map<number, number>();
  candidates.forEach((_, i) => size.set(root(i), (size.get(root(i)) ?? 0) + 1));
  candidates.forEach((c, i) => {
    if (size.get(root(i))! > 1) twins.set(c.id, root(i));
  });
  return twins;
}

/** The phrase set a claim belongs to, or undefined. */
export const twinOf = (twins: PhraseTwins, c: Claim): number | undefined => twins.get(c.id);

/** Do two figures of different articles, printed alike, stand in one phrase (findPhraseTwins)? */
export function sharePhrase(twins: PhraseTwins, a: Claim, b: Claim): boolean {
  if (a.doc === b.doc) return false;
  const x = twinOf(twins, a);
  return x !== undefined && x === twinOf(twins, b);
}

/**
 * Figures of different articles that print one value in one phrase kept word for word are one
 * figure, whatever metric each article's wording let the resolver find. Each such set takes
 * the best-known reading among its members (`standing`: higher is better; ties go to the first
 * in `claims`' order), and a member that names no entity the entities of that reading. Returns the
 * claims, copies where a reading changed.
 */
export function shareTwinReadings(claims: readonly Claim[], twins: PhraseTwins, standing: (c: Claim) => number): Claim[] {
  if (!twins.size) return [...claims];
  const best = new Map<number, Claim>();
  for (const c of claims) {
    const t = twinOf(twins, c);
    if (t === undefined) continue;
    const b = best.get(t);
    if (!b || standing(c) > standing(b)) best.set(t, c);
  }
  return claims.map((c) => {
    const t = twinOf(twins, c);
    const b = t === undefined ? undefined : best.get(t)!;
    if (!b || b === c || b.metric.key === c.metric.key) return c;
    return { ...c, metric: b.metric, entities: c.entities.length ? c.entities : b.entities };
  });
}
