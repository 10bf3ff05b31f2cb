import crypto from 'node:crypto';

/**
 * Stable claim ids: derived from what the claim says and where it sits in the
 * prose (document, sentence text, figure text, and which repetition of that
 * figure in that sentence it is), never from offsets, so an edit elsewhere in
 * the document leaves the id alone. A sentence repeated verbatim in one
 * document (a teaser repeating the lead) is told apart by its occurrence count.
 *
 * Two steps, so that a sentence is hashed once however many figures it holds
 * (hashing it again per figure is quadratic in a sentence of many figures).
 *
 * The digests are SHA-1 over the UTF-8 of `doc \0 sentence` and of
 * `sentenceKey \0 text \0 occurrence`. The parts are written into one scratch
 * buffer, not joined into a string: hashing a joined string copies it flat
 * first, a copy of every sentence with a figure.
 */
export function claimId(doc: string, sentence: string, text: string, occurrence: number): string {
  return figureId(sentenceKey(doc, sentence), text, occurrence);
}

/** The identity of a sentence in a document: a digest of both (hash it once per sentence). */
export function sentenceKey(doc: string, sentence: string): string {
  reserve(doc.length + sentence.length + 1);
  let n = scratch.write(doc, 0, 'utf8');
  scratch[n++] = 0;
  n += scratch.write(sentence, n, 'utf8');
  return digest(n);
}

/** The id of one figure of the sentence with key `sentence` (from sentenceKey). */
export function figureId(sentence: string, text: string, occurrence: number): string {
  const count = String(occurrence);
  reserve(sentence.length + text.length + count.length + 2);
  let n = scratch.write(sentence, 0, 'utf8');
  scratch[n++] = 0;
  n += scratch.write(text, n, 'utf8');
  scratch[n++] = 0;
  n += scratch.write(count, n, 'latin1');
  const hex = digest(n);
  // 'c' and the first 15 hex digits as one flat string (a slice and a join would be two strings more)
  return String.fromCharCode(
    99, hex.charCodeAt(0), hex.charCodeAt(1), hex.charCodeAt(2), hex.charCodeAt(3), hex.charCodeAt(4),
    hex.charCodeAt(5), hex.charCodeAt(6), hex.charCodeAt(7), hex.charCodeAt(8), hex.charCodeAt(9),
    hex.charCodeAt(10), hex.charCodeAt(11), hex.charCodeAt(12), hex.charCodeAt(13), hex.charCodeAt(14),
  );
}

let scratch = Buffer.allocUnsafeSlow(4096);
/**
 * views[n]: the first n bytes of the scratch, kept for inputs up to VIEW_MAX
 * bytes (a few hundred lengths occur): crypto.hash takes no length, and a new
 * view per digest would be garbage again.
 */
let views: Uint8Array[] = [];
const VIEW_MAX = 1024;

/** room for `units` UTF-16 code units as UTF-8 (at most 3 bytes each) */
function reserve(units: number): void {
  if (3 * units <= scratch.length) return;
  scratch = Buffer.allocUnsafeSlow(Math.max(3 * units, 2 * scratch.length));
  views = [];
}

/**
 * SHA-1 hex digest of the first n scratch bytes. crypto.hash() (Node >= 20.12)
 * skips the Hash object, whose construction costs more than hashing a sentence.
 */
function digest(n: number): string {
  const bytes = n <= VIEW_MAX ? (views[n] ??= new Uint8Array(scratch.buffer, scratch.byteOffset, n)) : scratch.subarray(0, n);
  return typeof crypto.hash === 'function'
    ? crypto.hash('sha1', bytes, 'hex')
    : crypto.createHash('sha1').update(bytes).digest('hex');
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
