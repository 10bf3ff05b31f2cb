import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOT_KEPT, keepsUnit, normaliseCharacters } from '../src/normalise/characters.js';

// V8 runs the NOT_KEPT search differently on one-byte and two-byte strings: both
// must clean a text the same way.
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
  it('finds every UTF-16 unit the pass does not keep with one regex search', () => {
    const atStart = new RegExp(NOT_KEPT.source, 'y');
    const missed: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      atStart.lastIndex = 0;
      if (!keepsUnit(c) && !atStart.test(String.fromCharCode(c) + '\u2013')) missed.push(c);
    }
    expect(missed).toEqual([]);
  });
  it('cleans two-byte characters between kept text', () => {
    const s = 'Zahl\u2009\u2013\u20095\u200b%\u2028neu\u202a\u0080\ufeff\u3000x\u180e';
    expect(normaliseCharacters(s).text).toBe('Zahl \u2013 5%\nneu\u202a\u0080 x');
  });
  it('drops a soft hyphen and turns a no-break space into a space in plain English', () => {
    expect(normaliseCharacters('The 10\u00a0% rise in power\u00adful exports').text).toBe('The 10 % rise in powerful exports');
  });
});
