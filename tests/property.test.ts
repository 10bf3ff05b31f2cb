import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';
import type { Lang } from '../src/types.js';

// `npm run fuzz` runs the same properties with many more cases.
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

/** Text that looks like news: words, figures in both locales, units, hedges, quotes, line breaks, PDF hyphens. */
const newsLike = fc
  .array(
    fc.oneof(
      fc.constantFrom('Der', 'Handel', 'erreichte', 'rund', 'knapp', 'über', 'the', 'trade', 'about', 'Prof.', 'z. B.', 'Mio.', 'Mrd.',
        'Milliarden', 'Dollar', 'Euro', '€', '$', '%', 'Prozent', 'bis', 'zwischen', 'und', 'Barrel', 'pro', 'Tag', 'im', 'Jahr',
        'Mai', 'ersten', 'Halbjahr', '„', '“', '"', '(', ')', '.', ',', ':', '–', '-\n', '\n', '\n\n', '\r\n', ' ', '  ', '\u00ad', '\u00a0'),
      fc.stringMatching(/^\d{1,4}([.,]\d{1,3}){0,3}$/),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(' '));

const anyText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), newsLike);

describe('extraction properties', () => {
  for (const lang of ['de', 'en'] as Lang[]) {
    it(`never throws and every claim's text is the original slice (${lang})`, () => {
      fc.assert(
        fc.property(anyText, (text) => {
          const doc = analyse({ path: 'p.txt', text, encoding: 'utf-8' }, { lang });
          for (const c of doc.claims) {
            expect(c.start).toBeGreaterThanOrEqual(0);
            expect(c.end).toBeLessThanOrEqual(text.length);
            expect(text.slice(c.start, c.end)).toBe(c.text);
            expect(Number.isFinite(c.value)).toBe(true);
          }
          for (const s of doc.sentences) {
            expect(s.start).toBeLessThanOrEqual(s.end);
            expect(s.end).toBeLessThanOrEqual(text.length);
          }
        }),
        { numRuns: RUNS },
      );
    });
  }

  it('gives the same result on every run', () => {
    fc.assert(
      fc.property(newsLike, (text) => {
        const a = analyse({ path: 'p.txt', text, encoding: 'utf-8' });
        const b = analyse({ path: 'p.txt', text, encoding: 'utf-8' });
        expect(b.claims).toEqual(a.claims);
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });
});
