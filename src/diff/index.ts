import type { Claim } from '../types.js';

export interface ClaimChange {
  old: Claim;
  new: Claim;
  /** which of value, high, unit, kind, qualifier, period, metric changed */
  fields: string[];
}

export interface ClaimDiff {
  added: Claim[];
  removed: Claim[];
  changed: ClaimChange[];
  moved: Array<{ old: Claim; new: Claim }>;
}

export interface DiffOptions {
  /** doc name on the OLD side -> doc name on the NEW side; unpaired docs keep their name */
  docPairs?: Map<string, string>;
  ignoreMoved?: boolean;
}

const COMPARED: Array<keyof Claim> = ['value', 'high', 'unit', 'kind', 'qualifier', 'period'];

/**
 * Added, removed, changed and moved claims between two claim sets.
 * 1. The same figure in the same sentence (identity: document, sentence text,
 *    figure text, n-th repetition) is the same claim; if its line differs it moved.
 * 2. Of what is left, a claim in a sentence that was edited (most words shared)
 *    or with the same metric at the same position in the document's claim order is
 *    the same claim with new content: changed, with the fields that differ.
 * 3. The rest is added or removed.
 */
export function diffClaims(oldClaims: Claim[], newClaims: Claim[], options: DiffOptions = {}): ClaimDiff {
  const docOf = (c: Claim) => options.docPairs?.get(c.doc) ?? c.doc;
  const identity = occurrenceKeys((c) => `${docOf(c)}\u0000${c.sentence}\u0000${c.text}`);
  const oldKeys = identity(oldClaims);
  const newIdentity = occurrenceKeys((c) => `${c.doc}\u0000${c.sentence}\u0000${c.text}`);
  const newKeys = newIdentity(newClaims);

  const newByKey = new Map<string, Claim>();
  newClaims.forEach((c, i) => newByKey.set(newKeys[i], c));
  const result: ClaimDiff = { added: [], removed: [], changed: [], moved: [] };
  const matchedNew = new Set<Claim>();
  const leftOld: Claim[] = [];

  oldClaims.forEach((o, i) => {
    const n = newByKey.get(oldKeys[i]);
    if (!n) {
      leftOld.push(o);
      return;
    }
    matchedNew.add(n);
    const fields = changedFields(o, n);
    if (fields.length) result.changed.push({ old: o, new: n, fields });
    else if (o.line !== n.line && !options.ignoreMoved) result.moved.push({ old: o, new: n });
  });

  // Edited sentences: pair leftovers in the same document by sentence similarity.
  const leftNew = newClaims.filter((c) => !matchedNew.has(c));
  const used = new Set<Claim>();
  for (const o of leftOld) {
    let best: Claim | null = null;
    let bestScore = 0;
    for (const n of leftNew) {
      if (used.has(n) || n.doc !== docOf(o) || n.kind !== o.kind) continue;
      const score = similarity(o.sentence, n.sentence) + (n.metric.key === o.metric.key ? 0.1 : 0);
      if (score > bestScore) {
        best = n;
        bestScore = score;
      }
    }
    if (best && bestScore >= 0.6) {
      used.add(best);
      // The sentence was edited around an unchanged figure: not a change of the claim.
      const fields = changedFields(o, best);
      if (fields.length) result.changed.push({ old: o, new: best, fields: o.text !== best.text ? [...fields, 'text'] : fields });
      else if (o.line !== best.line && !options.ignoreMoved) result.moved.push({ old: o, new: best });
    } else result.removed.push(o);
  }
  result.added = leftNew.filter((n) => !used.has(n));
  return result;
}

export const isEmptyDiff = (d: ClaimDiff) => !d.added.length && !d.removed.length && !d.changed.length && !d.moved.length;

function changedFields(a: Claim, b: Claim): string[] {
  const out = COMPARED.filter((f) => a[f] !== b[f]).map(String);
  if (a.metric.key !== b.metric.key) out.push('metric');
  return out;
}

/** Keys that tell repeated identical figures apart by their order of appearance. */
function occurrenceKeys(base: (c: Claim) => string): (claims: Claim[]) => string[] {
  return (claims) => {
    const seen = new Map<string, number>();
    return claims.map((c) => {
      const k = base(c);
      const n = seen.get(k) ?? 0;
      seen.set(k, n + 1);
      return `${k}\u0000${n}`;
    });
  };
}

/** Share of words two sentences have in common (Dice coefficient over word sets). */
function similarity(a: string, b: string): number {
  const words = (s: string) => new Set(s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  const wa = words(a);
  const wb = words(b);
  if (!wa.size || !wb.size) return 0;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return (2 * common) / (wa.size + wb.size);
}
