// Who "they" is, and whose document speaks. Sentences written for these tests:
// - a "they" stands for the plural name its own sentence opens with ("The Greens have pledged ...,
//   who they say ..."), and a "They say" after it goes on with that group, not a party quoted before;
// - a proposal or a manifesto is a document that states figures, and "the government proposal"
//   is the government's, as "the government said" is.
import { describe, expect, it } from 'vitest';
import { claimSources } from './attribution-helpers.js';

const sources = (text: string) => claimSources(text, 'en');

describe('"they" and the group its sentence opens with', () => {
  it('a relative "who they say" is the group the sentence opens with', () => {
    expect(sources('The Greens have pledged help for farmers, who they say would gain £900 a year.')).toEqual([['£900', 'Greens']]);
  });

  it('"They say" in the next sentence goes on with that group, not the party quoted before', () => {
    const text = 'Plaid says it would keep the levy. They say they gave students £50. The Greens have pledged help for farmers, who they say were hit hardest. They say they can raise £2bn.';
    expect(sources(text)).toEqual([['£50', 'Plaid'], ['£2bn', 'Greens']]);
  });

  it('a singular name opening the sentence is no group', () => {
    expect(sources('The Treasury has promised help for farmers, who they say would gain £900 a year.')[0][1]).not.toBe('Treasury');
  });
});

describe('proposals and manifestos state figures', () => {
  it('"The government proposal states" is the government', () => {
    expect(sources('The government proposal states that rents of up to 30% of income will be capped.')).toEqual([['30%', 'government']]);
  });

  it('"The union survey found" is the union; a named owner stays the source', () => {
    expect(sources('The union survey found that 45% of nurses plan to leave.')).toEqual([['45%', 'union']]);
    expect(sources('The Labour manifesto says 20,000 extra police will be hired.')).toEqual([['20,000', 'Labour']]);
  });

  it('a proposal with no owner is the source itself', () => {
    expect(sources('The proposal states that fees will rise by 4%.')).toEqual([['4%', 'proposal']]);
  });
});
