// Attribution rules from holdout119 and the corpus, each with sentences written for these tests:
// police and military ranks are titles; a place and its region inside a relative clause do not cut
// the subject off its verb; the publisher of "figures showing ..." is their source; "the bank" is
// never answered by an earlier bare "the firm"; "media group X ..., the group said" is X.
import { describe, expect, it } from 'vitest';
import { claimSources } from './attribution-helpers.js';

const sources = (text: string) => claimSources(text, 'en');

describe('ranks as titles', () => {
  it('takes the name after a rank, in an apposition too', () => {
    expect(sources('"At least 300 cars were stolen," said Detective Inspector Jane Rowe.')).toEqual([['300', 'Jane Rowe']]);
    expect(sources('"At least 300 cars were stolen," the head of the unit, Acting Chief Superintendent, Tom Hale, said.')).toEqual([['300', 'Tom Hale']]);
  });
});

describe('a place and its region in an aside', () => {
  it('reads the subject before "who ... in Dayton, Ohio,"', () => {
    expect(sources('The prosecutors, who have charged five men in Dayton, Ohio, estimate the scheme cost $9m.')).toEqual([['five', null], ['$9m', 'prosecutors']]);
  });
});

describe('the publisher of a document', () => {
  it('"X released figures showing ..." is X\'s', () => {
    expect(sources('On Friday Oxfam published new figures showing that 40% of aid was wasted.')).toEqual([['40%', 'Oxfam']]);
    expect(sources('The statistics office released data suggesting prices rose 3%.')).toEqual([['3%', 'office']]);
  });

  it('figures showing without a publisher name none', () => {
    expect(sources('Sales rose, with figures showing a 3% gain.')).toEqual([['3%', null]]);
  });
});

describe('one body for another', () => {
  it('"the central bank" after "the firm said" is the bank', () => {
    expect(sources('Zeta is looking for a partner, the firm told reporters. The central bank said it expected 4% growth.')).toEqual([['4%', 'bank']]);
  });

  it('still answers "the bank" with the bank named before', () => {
    expect(sources('Zeta Bank said profits rose. The bank said it expected 4% growth.')).toEqual([['4%', 'Zeta Bank']]);
  });

  it('"media group X ..., the group said" is X, in the same sentence only', () => {
    expect(sources('Sales at media group Nordwind fell 8% last year, the group said.')).toEqual([['8%', 'Nordwind']]);
  });
});
