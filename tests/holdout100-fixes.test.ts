// What holdout100's blind run showed: "in the area of £325m" read as exact, and "The company pointed
// out" given to the unnamed spokesman of the sentence before. Sentences written for these tests unless named.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';

const claims = (text: string) => analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang: 'en' }).claims;

describe('"in the area of"', () => {
  it('hedges like "in the region of"', () => {
    // holdout100, politics-241 (shortened)
    expect(claims('The executive requires efficiency savings in the area of £325m.').map((c) => c.qualifier)).toEqual(['about']);
    expect(claims('The executive requires efficiency savings in the region of £325m.').map((c) => c.qualifier)).toEqual(['about']);
  });
});

describe('"the company" after an unnamed spokesman', () => {
  it('is the firm that spoke before, not the spokesman\'s role', () => {
    // holdout100, business-029 (shortened)
    const text = 'The Vestey Group said it had owned the land since 1920. But a spokesman added: "We are confident." ' +
      'The company pointed out that the farm, which employs 300 workers, provides meat for the local market.';
    expect(claims(text).map((c) => [c.text, c.attribution])).toEqual([['300', 'Vestey Group']]);
  });

  it('while a firm that spoke just before is still the company', () => {
    const text = 'Tesco said sales rose 5%. The company said it would open 30 stores.';
    expect(claims(text).map((c) => c.attribution)).toEqual(['Tesco', 'Tesco']);
  });
});
