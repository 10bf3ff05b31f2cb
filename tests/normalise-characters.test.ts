import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseCharacters } from '../src/normalise/characters.js';

// One-byte text takes a regex fast path, text with a character above U+00FF the
// character loop: both must clean a text the same way.
describe('normaliseCharacters on one-byte and two-byte text', () => {
  const pieces = ['a', 'Ü', ' ', '\n', '\r\n', '\t', '\u00a0', '\u00ad', '\u0085', '\u0007', '\u007f', '`', '\\n', '&amp;', '&x', '<br>', '<b', '5 %'];
  it('cleans the same characters whatever the rest of the text holds', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const s = parts.join('');
        const one = normaliseCharacters(s);
        const two = normaliseCharacters(s + '„');
        expect(two.text).toBe(one.text + '„');
        expect(Array.from(two.toOriginal.subarray(0, one.text.length))).toEqual(Array.from(one.toOriginal.subarray(0, one.text.length)));
      }),
    );
  });
  it('drops a soft hyphen and turns a no-break space into a space in plain English', () => {
    expect(normaliseCharacters('The 10\u00a0% rise in power\u00adful exports').text).toBe('The 10 % rise in powerful exports');
  });
});
