// Whether a straight quote opens is read by code unit; it must answer like the
// regexes it replaced, or quotations (and so speakers) would be found differently.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { opensStraight } from '../src/context/attribution-quotes.js';

/** The regex test the code-unit one replaced. */
function reference(text: string, i: number, blockStart: number): boolean {
  const before = i > blockStart ? text[i - 1] : ' ';
  const after = text[i + 1] ?? ' ';
  return /[\s(\[–—-]/.test(before) && /[^\s.,;:!?)]/.test(after);
}

describe('straight quotes', () => {
  it('open like the regex test, whatever stands around them', () => {
    const pieces = ['"', 'a', 'Z', '3', ' ', '\u00a0', '\u2009', '\u3000', '\n', '(', '[', '–', '—', '-', '.', ',', ';', ':', '!', '?', ')', '„', '\uD83D', '\uDE00', 'ä'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 12 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join('');
        const i = a % text.length;
        const blockStart = b % (i + 1);
        expect(opensStraight(text, i, blockStart)).toBe(reference(text, i, blockStart));
      }),
      { numRuns: 3000 },
    );
  });
});
