// A decade written as an attribute describes a thing, it dates no figure: "a tale about a 1950s
// backstreet abortionist, is nominated in 11 categories" (compare-holdout15's Vera Drake was dated
// the 1950s). "In the 1990s" and "during the 1980s" still are periods. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';

const periods = (text: string) => analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang: 'en' }).claims.map((c) => [c.text, c.period]);

describe('a decade as an attribute', () => {
  it('"a 1960s sports car" dates no price', () => {
    expect(periods('A restored 1960s sports car sold for $2m at the auction.')).toEqual([['$2m', null]]);
    expect(periods('The novel, about a 1920s jazz singer, has sold 400,000 copies.')).toEqual([['400,000', null]]);
  });

  it('a place after it: "set in 1930s Berlin" is a setting', () => {
    expect(periods('The drama, set in 1930s Berlin, took $8m in its first week.')).toEqual([['$8m', null]]);
  });

  it('"in the 1990s", "during the 1980s" are still periods', () => {
    expect(periods('Exports grew 40% in the 1990s.')).toEqual([['40%', '1990..1999']]);
    expect(periods('During the 1980s prices rose 20%.')).toEqual([['20%', '1980..1989']]);
  });
});
