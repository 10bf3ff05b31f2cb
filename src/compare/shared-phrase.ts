import type { Claim } from '../types.js';

/**
 * Two reports of one fact are often not one sentence printed word for word (cluster.ts,
 * verbatimText) but a sentence reworded around one phrase kept as it was: "its first hike in
 * nine years", "manufacturing output fell 0.1% in November". Such a phrase ties the figure it
 * holds in two articles as a whole sentence does, however small or common its value: the
 * words around it say which item it is. Counted in words on both sides of the figure, never
 * the figure's own; the phrase needs enough letters, and one word a stock phrase lacks (a name, a
 * long word or a number: "for the first time in more than a decade" ties nothing).
 */

/** Words besides the figure's own that the two sentences share around it, in a row (on one side or both). */
const SHARED_WORDS = 6;
/** Letters those shared words must hold: "up by ... per cent in the" is a stock phrase. */
const SHARED_LETTERS = 20;

/** The shortest sentence whose word-for-word repeat in another article ties its figures ("Three dead." ties nothing). */
export const VERBATIM_SENTENCE = 40;

/** A word this long marks a phrase as a report's own ("manufacturing"); shorter ones are any text's. */
const MARKED_LENGTH = 8;

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
  // the whole sentence printed word for word ties its figures whatever its words (verbatimText in cluster.ts)
  const keys: string[] = s.length >= VERBATIM_SENTENCE ? [`${c.text}\u0000=${s}`] : [];
  for (let k = Math.max(0, SHARED_WORDS - after.length); k <= Math.min(SHARED_WORDS, before.length); k++) {
    const words = [...before.slice(0, k).reverse(), ...after.slice(0, SHARED_WORDS - k)];
    if (words.reduce((n, w) => n + w.text.length, 0) < SHARED_LETTERS || !words.some((w) => w.marked)) continue;
    keys.push(`${c.text}\u0000${k}\u0000${words.map((w) => w.text).join(' ')}`);
  }
  return keys;
}

interface PhraseWord {
  /** lower case */
  text: string;
  /** a name (capitalised, not opening the sentence), a number or a long word: no stock phrase is made of none */
  marked: boolean;
}

/** Up to SHARED_WORDS words of `s` from `from` on (`step` 1) or before it (-1, nearest first). */
function wordsFrom(s: string, from: number, step: 1 | -1): PhraseWord[] {
  const words: PhraseWord[] = [];
  let i = step === 1 ? from : from - 1;
  const inside = (k: number) => k >= 0 && k < s.length;
  // a word the figure's text begins or ends inside ("5" in "25") is not the figure's neighbour
  while (inside(i) && isWordCode(s.charCodeAt(i))) i += step;
  while (words.length < SHARED_WORDS) {
    while (inside(i) && !isWordCode(s.charCodeAt(i))) i += step;
    if (!inside(i)) break;
    const start = i;
    while (inside(i) && isWordCode(s.charCodeAt(i))) i += step;
    const [a, b] = step === 1 ? [start, i] : [i + 1, start + 1];
    words.push({ text: s.slice(a, b).toLowerCase(), marked: markedWord(s, a, b) });
  }
  return words;
}

/** Is s[a, b) a long word, a number, or a capitalised word that does not open the sentence? */
function markedWord(s: string, a: number, b: number): boolean {
  if (b - a >= MARKED_LENGTH) return true;
  const c = s.charCodeAt(a);
  if (c >= 48 && c <= 57) return true;
  if (s[a] === s[a].toLowerCase()) return false;
  for (let k = a - 1; k >= 0; k--) if (isWordCode(s.charCodeAt(k))) return true;
  return false;
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
  // each set's articles, listed once it takes another in: a set holds one figure per article ("9% of
  // those who have dial-up" and "9% of those who don't" in one article are two figures)
  const docs = new Map<number, Set<string>>();
  const docsOf = (r: number) => docs.get(r) ?? new Set([candidates[r].doc]);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  // (a sentence printed in many articles is read once: an archive's copies of one report)
  const keysOf = new Map<string, string[]>();
  candidates.forEach((c, i) => {
    const at = `${c.text}\u0000${c.sentence}`;
    let keys = keysOf.get(at);
    if (!keys) keysOf.set(at, (keys = phraseKeys(c)));
    for (const key of keys) {
      const j = first.get(key);
      if (j === undefined) first.set(key, i);
      else if (candidates[j].doc !== c.doc && candidates[j].value === c.value && candidates[j].unit === c.unit) {
        const a = root(i);
        const b = root(j);
        const [keep, gone] = a < b ? [a, b] : [b, a];
        const kept = docsOf(keep);
        const joining = docsOf(gone);
        if (a === b || [...joining].some((d) => kept.has(d))) continue;
        parent[gone] = keep;
        for (const d of joining) kept.add(d);
        docs.set(keep, kept);
        docs.delete(gone);
      }
    }
  });
  // (a set of two or more is one that took another in: it has its articles listed)
  const twins = new Map<string, number>();
  candidates.forEach((c, i) => {
    const r = root(i);
    if (docs.has(r)) twins.set(c.id, r);
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
 * figure, whatever metric each article's wording let the resolver find. A member whose reading
 * is less known (`standing`: higher is better) takes the best-known reading among them (ties go to
 * the first in `claims`' order: of two known metrics, the first article's), and, naming no entity,
 * the entities of that reading. Returns the claims, copies where a reading changed.
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
