// From holdout121 (a business survey report): a document "returns" or "records" its results as it
// "shows" them; a body that is not a document does not. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { claimSources } from './attribution-helpers.js';

const sources = (text: string) => claimSources(text, 'en');

describe('a document returns its results', () => {
  it('"the poll returned", "the study recorded" name the document', () => {
    expect(sources('Asked about exports, the poll returned a balance of 12% - the best for six years.')).toEqual([['12%', 'poll'], ['six years', 'poll']]);
    expect(sources('The study recorded a fall of 4% in bus journeys.')).toEqual([['4%', 'study']]);
  });

  it('a firm that returns money is no source', () => {
    expect(sources('The bank returned £3bn to its shareholders.')).toEqual([['£3bn', null]]);
    expect(sources('Exports recorded a 5% rise.')).toEqual([['5%', null]]);
  });
});
