import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextWord, wordBefore } from '../src/extract/elided-units.js';

// The regexes the hand-written readers replaced: they must agree on any text.
const NEXT = /[ \t\u00a0]*([\p{L}][\p{L}\p{M}'-]*)?/uy;
const BEFORE = /([\p{L}]+)[ \t\u00a0]*$/u;
const byRegexAfter = (text: string, from: number): string => {
  NEXT.lastIndex = from;
  return NEXT.exec(text)?.[1] ?? '';
};
const byRegexBefore = (text: string, end: number): string => BEFORE.exec(text.slice(Math.max(0, end - 20), end))?.[1] ?? '';

// letters of several scripts, marks, blanks, other spaces, digits, punctuation, astral letters and emoji, a lone surrogate
const PIECES = ['a', 'Z', 'ä', 'ß', 'Ω', '日', ' ', '\t', '\u00a0', '\n', '\u2009', '-', "'", '\u0301', '1', '.', ',', '𝔘', '😀', '\ud800'];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
const withOffset = texts.chain((text) => fc.tuple(fc.constant(text), fc.integer({ min: 0, max: text.length })));

describe('elided units: the words beside a figure', () => {
  it('nextWord reads what /[ \\t\\u00a0]*([\\p{L}][\\p{L}\\p{M}\'-]*)?/uy captures', () => {
    fc.assert(fc.property(withOffset, ([text, from]) => nextWord(text, from) === byRegexAfter(text, from)), { numRuns: 20000 });
    expect(nextWord('50 davon werden', 2)).toBe('davon');
    expect(nextWord('50 Mrd.', 2)).toBe('Mrd');
  });

  it('wordBefore reads what /([\\p{L}]+)[ \\t\\u00a0]*$/u captures in the 20 characters before', () => {
    fc.assert(fc.property(withOffset, ([text, end]) => wordBefore(text, end) === byRegexBefore(text, end)), { numRuns: 20000 });
    expect(wordBefore('davon 50', 6)).toBe('davon');
    expect(wordBefore('eine sehr lange Zeichenkette davon 50', 35)).toBe('davon');
    expect(wordBefore('x'.repeat(30) + ' 5', 31)).toBe('x'.repeat(19));
  });
});
