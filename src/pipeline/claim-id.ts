import { createHash } from 'node:crypto';

/**
 * Stable claim ids: derived from what the claim says and where it sits in the
 * prose (document, sentence text, figure text, and which repetition of that
 * figure in that sentence it is), never from offsets, so an edit elsewhere in
 * the document leaves the id alone. A sentence repeated verbatim in one
 * document (a teaser repeating the lead) is told apart by its occurrence count.
 *
 * Two steps, so that a sentence is hashed once however many figures it holds
 * (hashing it again per figure is quadratic in a sentence of many figures).
 */
export function claimId(doc: string, sentence: string, text: string, occurrence: number): string {
  return figureId(sentenceKey(doc, sentence), text, occurrence);
}

/** The identity of a sentence in a document: a digest of both (hash it once per sentence). */
export function sentenceKey(doc: string, sentence: string): string {
  // one update() per hash: each call into the native hash costs more than hashing a sentence
  return createHash('sha1').update(`${doc}\u0000${sentence}`).digest('hex');
}

/** The id of one figure of the sentence with key `sentence` (from sentenceKey). */
export function figureId(sentence: string, text: string, occurrence: number): string {
  return 'c' + createHash('sha1').update(`${sentence}\u0000${text}\u0000${occurrence}`).digest('hex').slice(0, 15);
}

/** Counts repeated keys in order of appearance: 0 for the first, 1 for the second… */
export class OccurrenceCounter {
  private counts = new Map<string, number>();
  next(key: string): number {
    const n = this.counts.get(key) ?? 0;
    this.counts.set(key, n + 1);
    return n;
  }
}
