import { createHash } from 'node:crypto';

/**
 * Stable claim ids: derived from what the claim says and where it sits in the
 * prose (document, sentence text, figure text, and which repetition of that
 * figure in that sentence it is), never from offsets, so an edit elsewhere in
 * the document leaves the id alone. A sentence repeated verbatim in one
 * document (a teaser repeating the lead) is told apart by its occurrence count.
 */
export function claimId(doc: string, sentence: string, text: string, occurrence: number): string {
  const h = createHash('sha1');
  h.update(doc);
  h.update('\u0000');
  h.update(sentence);
  h.update('\u0000');
  h.update(text);
  h.update('\u0000');
  h.update(String(occurrence));
  return 'c' + h.digest('hex').slice(0, 15);
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
