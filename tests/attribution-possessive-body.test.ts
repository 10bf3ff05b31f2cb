// holdout117: "is to be released in 50 countries around the world, its distributor has said" had no
// source. A body's noun after a possessive ("its distributor", "its publisher") is that body, as after
// "the"; a possessive before anything else still points back to the source before. Sentences written
// for these tests.
import { describe, expect, it } from 'vitest';
import { claimSources } from './attribution-helpers.js';

const sources = (text: string) => claimSources(text, 'en');

describe('a possessive before a body\'s noun', () => {
  it('"its distributor has said" names the distributor', () => {
    expect(sources('The cartoon will open in 30 countries next spring, its distributor has said.')).toEqual([['30', 'distributor']]);
  });

  it('"its publisher said", "the label said"', () => {
    expect(sources('The memoir has sold 200,000 copies, its publisher said.')).toEqual([['200,000', 'publisher']]);
    expect(sources('The album sold 90,000 copies in its first week, the label said.')).toEqual([['90,000', 'label']]);
  });

  it('"studio estimates" stay the document they are', () => {
    expect(sources('The sequel took $31m over the weekend, according to studio estimates.')).toEqual([['$31m', 'studio estimates']]);
  });
});
