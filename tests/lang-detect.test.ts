import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MARKERS, detectLanguage } from '../src/lang/detect.js';

/** The definition the hand-written scan must agree with: marker words among the runs of [a-zäöüß] in the lower-cased sample. */
function referenceLanguage(text: string): 'de' | 'en' | null {
  let de = 0;
  let en = 0;
  for (const word of text.slice(0, 20000).toLowerCase().match(/[a-zäöüß]+/g) ?? []) {
    if (MARKERS.de.has(word)) de++;
    if (MARKERS.en.has(word)) en++;
  }
  if (de === en) return null;
  return de > en ? 'de' : 'en';
}

describe('detectLanguage', () => {
  const words = [...MARKERS.de, ...MARKERS.en];
  const piece = fc.oneof(
    fc.constantFrom(...words),
    fc.constantFrom(...words).map((w) => w.toUpperCase()),
    fc.constantFrom(...words).map((w) => w + 'x'),
    fc.constantFrom(...words).map((w) => w.slice(1)),
    fc.constantFrom(' ', ', ', '.\n', '-', '2024', '\u2013', 'İ', 'İn', 'dİe', '\u212a', '\u1e9e', 'Ä', 'ÜBER', 'verwaltungsgerichte', 'é', '\ud83d\ude00'),
    fc.string({ unit: 'grapheme', maxLength: 8 }),
  );
  it('counts the same marker words as lower-casing and splitting the sample', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.constantFrom(0, 19970, 19995), (parts, pad) => {
        const text = 'x'.repeat(pad) + ' ' + parts.join('');
        expect(detectLanguage(text)).toBe(referenceLanguage(text));
      }),
      { numRuns: 2000 },
    );
  });
});
