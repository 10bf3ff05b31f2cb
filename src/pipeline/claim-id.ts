import crypto from 'node:crypto';

/**
 * SHA-1 hex digest of a string. crypto.hash() (Node >= 20.12) skips the Hash
 * object, whose construction costs more than hashing a sentence; identical digests.
 */
const sha1: (s: string) => string =
  typeof crypto.hash === 'function' ? (s) => crypto.hash('sha1', s, 'hex') : (s) => crypto.createHash('sha1').update(s).digest('hex');

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
  return sha1(`${doc}\u0000${sentence}`);
}

/** The id of one figure of the sentence with key `sentence` (from sentenceKey). */
export function figureId(sentence: string, text: string, occurrence: number): string {
  return 'c' + sha1(`${sentence}\u0000${text}\u0000${occurrence}`).slice(0, 15);
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
