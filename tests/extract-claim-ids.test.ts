import crypto from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';
import { claimId, figureId, sentenceKey } from '../src/pipeline/claim-id.js';

const run = (text: string, path = 'a.txt') => analyse({ path, text, encoding: 'utf-8' }, { lang: 'de' });

// Claim ids are what `diff` and saved claim sets match on: they must not move when
// the document changes elsewhere, and they are computed from a digest of each
// sentence made once, not one pass over the sentence per figure (a sentence of
// 50,000 figures made that quadratic).
describe('claim ids', () => {
  const lead = 'Der Umsatz stieg um 3,5 Prozent auf 2,8 Milliarden Euro.';

  it('are the documented digest of document, sentence, figure text and occurrence', () => {
    const doc = run(lead);
    expect(doc.claims.map((c) => c.id)).toEqual([
      claimId('a.txt', lead, '3,5 Prozent', 0),
      claimId('a.txt', lead, '2,8 Milliarden Euro', 0),
    ]);
    expect(claimId('a.txt', lead, '3,5 Prozent', 0)).toBe(figureId(sentenceKey('a.txt', lead), '3,5 Prozent', 0));
    expect(doc.claims[0].id).toMatch(/^c[0-9a-f]{15}$/);
  });

  it('are SHA-1 of the joined strings, whatever the characters and lengths (parts written to a scratch buffer)', () => {
    const sha1 = (s: string) => crypto.createHash('sha1').update(s).digest('hex');
    const plain = (doc: string, sentence: string, text: string, occurrence: number) =>
      'c' + sha1(`${sha1(`${doc}\u0000${sentence}`)}\u0000${text}\u0000${occurrence}`).slice(0, 15);
    const chars = fc.constantFrom('a', 'Z', ' ', 'ä', '„', '€', '😀', '\ud800', '\udc00', '\u0000', '9');
    const str = (max: number) => fc.array(chars, { maxLength: max }).map((xs) => xs.join(''));
    fc.assert(fc.property(str(20), fc.oneof(str(40), str(3000)), str(12), fc.nat(1200), (doc, sentence, text, occurrence) => {
      expect(claimId(doc, sentence, text, occurrence)).toBe(plain(doc, sentence, text, occurrence));
    }), { numRuns: 400, seed: 3 });
    // a sentence longer than the scratch buffer, then short ones again
    const long = 'Der Umsatz „stieg“ um 3,5 Prozent. '.repeat(400);
    for (const sentence of [lead, long, lead]) expect(claimId('d.txt', sentence, '3,5 Prozent', 2)).toBe(plain('d.txt', sentence, '3,5 Prozent', 2));
  });

  it('stay the same when text elsewhere in the document changes', () => {
    const before = run(`${lead}\nEtwa 3.000 Menschen arbeiten dort.`).claims.map((c) => c.id);
    const after = run(`Neu: ein Vorspann.\n\n${lead}\nEtwa 3.000 Menschen arbeiten heute dort.`).claims.map((c) => c.id);
    expect(after).toContain(before[0]);
    expect(after).toContain(before[1]);
    expect(after).not.toContain(before[2]);
  });

  it('tell repeated figures and repeated sentences apart, and documents too', () => {
    const twice = run(`${lead}\n${lead}`).claims.map((c) => c.id);
    expect(new Set(twice).size).toBe(4);
    const same = run('Es waren 5 Euro, dann 5 Euro, dann wieder 5 Euro.').claims.map((c) => c.id);
    expect(new Set(same).size).toBe(3);
    expect(run(lead, 'b.txt').claims[0].id).not.toBe(run(lead, 'a.txt').claims[0].id);
  });
});
