// What holdout75's blind run showed: "The ADB fears that" names the source of the figures after it.
// Sentences written for these tests unless named.
import { describe, expect, it } from 'vitest';
import { sources } from './attribution-helpers.js';

describe('"fears that"', () => {
  it('reports, right before its "that"; the noun "fears of" does not', () => {
    // holdout75, business-434 (shortened)
    expect(sources('The ADB fears that 1 million Indonesians could join them, while in India 645,000 are at risk.', ['1 million', '645,000'], 'en')).toEqual(['ADB', 'ADB']);
    expect(sources('Fears of a slump hit 5% of firms.', ['5%'], 'en')).toEqual([null]);
  });
});
