// "Figures show that ...", "..., new figures show": figures that show with no owner are the cue
// themselves (the guidelines' "A survey ... suggests"), not a figure without a source; an owner,
// an article or a verb before them keeps the old reading. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { claimSources } from './attribution-helpers.js';

describe('bare figures before a verb of showing', () => {
  it('are the source, with the words that describe them', () => {
    expect(claimSources('Figures show that only 8% of people own a car.')).toEqual([['8%', 'Figures']]);
    expect(claimSources('Sales fell 5% in March, new figures show.')).toEqual([['5%', 'new figures']]);
    expect(claimSources('Latest figures suggest it has sold more than 677,000 copies.')).toEqual([['677,000', 'Latest figures']]);
  });

  it('but not figures with an owner or an article, nor the object of a verb', () => {
    expect(claimSources("Fraud totalled £43m, Apacs' figures show.")).toEqual([['£43m', null]]);
    expect(claimSources('Sales fell 5% in March, the figures showed.')).toEqual([['5%', null]]);
    expect(claimSources('The Tories claim government figures show that TB rose 25%.')).toEqual([['25%', 'Tories']]);
  });

  it('and a named author still comes first', () => {
    expect(claimSources('ONS figures show that sales fell 5%.')).toEqual([['5%', 'ONS']]);
  });
});

describe('results that show (holdout131)', () => {
  it('are their owner\'s, or their own when bare', () => {
    expect(claimSources('Intel test results show that the chip runs at 3GHz.')).toEqual([['3GHz', 'Intel']]);
    expect(claimSources('Early results show that waiting times rose by up to 40%.')).toEqual([['40%', 'Early results']]);
  });

  it('but with an article and nobody named before they name nobody', () => {
    expect(claimSources('The results show that waiting times rose by up to 40%.')).toEqual([['40%', null]]);
  });
});

describe('a second speaker after "and" with no figure of their own', () => {
  it('leaves the figure before to the first', () => {
    expect(claimSources("The ONS said China's economy grew by 9.5% in 2004 and experts say the picture remains strong.")).toEqual([['9.5%', 'ONS']]);
    expect(claimSources("On Tuesday, figures showed China's economy grew by 9.5% in 2004 and experts say the picture remains strong.")).toEqual([['9.5%', 'figures']]);
  });
});
