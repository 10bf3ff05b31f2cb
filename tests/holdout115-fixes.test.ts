// holdout115's errors, as general rules, on sentences written for these tests:
// - a time closing a figure's phrase is the figure's even when ", X reported" follows it (a
//   statement's time is one before the verb: "In July 2004, the firm announced");
// - "and said it expected ... in 2005" opens a new predicate: its year is not the figure's before it;
// - "according to studio estimates", "police figures", "company data": a trade's or a body's
//   anonymous document names them as the source;
// - "the administrator said" is a body's noun, and "It said" after it goes on with it.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';

const claims = (text: string) => analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang: 'en' }).claims.map((c) => [c.text, c.period, c.attribution]);

describe('periods', () => {
  it('"to 41% by March 2004, the bank reported" is March 2004', () => {
    expect(claims('Its share of the market rose from 35% at the end of 2002 to 41% by March 2004, the bank reported.'))
      .toEqual([['35%', '2002', 'bank'], ['41%', '2004-03', 'bank']]);
  });

  it('a time before its comma and the verb of saying is the statement\'s', () => {
    expect(claims('In May 2004, Aldi said it would open a $200m store.')[0][1]).toBeNull();
  });

  it('"and said it expected ... in 2006" dates nothing before it', () => {
    expect(claims('The brewer said profits for 2005 rose 12% to 900m euros, and said it expected further growth in 2006.'))
      .toEqual([['12%', '2005', 'brewer'], ['900m euros', '2005', 'brewer']]);
  });
});

describe('whose anonymous document it is', () => {
  it('a trade: "studio estimates", "industry figures"', () => {
    expect(claims('The film took $12.3m over the weekend, according to studio estimates.')[0][2]).toBe('studio estimates');
    expect(claims('Sales reached $5m, according to industry figures.')[0][2]).toBe('industry figures');
  });

  it('a generic source or a body: "police figures", "company figures"', () => {
    expect(claims('Crime fell 4%, according to police figures.')[0][2]).toBe('police');
    expect(claims('Sales reached $5m, according to company figures.')[0][2]).toBe('company');
  });

  it('an adjective names nobody: "according to early estimates"', () => {
    expect(claims('Sales reached $5m, according to early estimates.')[0][2]).toBeNull();
  });
});

describe('an administrator is a source', () => {
  it('"The administrator said", and "It said" in the sentence after', () => {
    const got = claims('The administrator said the costs were too high. It said it hoped to save some 60 jobs.');
    expect(got).toEqual([['60', null, 'administrator']]);
  });
});
