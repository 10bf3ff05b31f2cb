// What holdout107's blind run showed: "grew slower in January than at any time in 17 months" lost
// its record span (read as the period of counted events, like "the third time in five years").
// The year inside an aside between two dashes ("homes - graded by their value in 1991 - because
// they believe seven million ...") dated a figure outside it.
// Sentences written for these tests unless named.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';

const periods = (text: string) => analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang: 'en' }).claims.map((c) => [c.text, c.period]);
const figures = (text: string) => analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang: 'en' }).claims.map((c) => [c.text, c.unit]);

describe('"than at any time in N months"', () => {
  it('is the span of a record, the figure asserted', () => {
    // holdout107, business-072 (shortened)
    expect(figures('Exports grew slower in January than at any time in 17 months.')).toEqual([['17 months', 'month']]);
    expect(figures('Prices rose faster than at any time in six years.')).toEqual([['six years', 'year']]);
  });

  it('while the span of counted events stays no figure', () => {
    expect(figures('It was the third time in five years that the bridge closed.')).toEqual([]);
  });
});

describe('an aside between two dashes', () => {
  it('holds its year: a figure outside it is not of that year', () => {
    // holdout107, politics-317 (shortened)
    expect(periods('They distrust plans to revalue homes - graded by their value in 1991 - because seven million homes could move up a band.'))
      .toEqual([['seven million', null]]);
  });

  it('a figure inside it keeps it, and an aside that is the time itself dates the sentence', () => {
    expect(periods('Inflation - reaching 0.7% in January 2005 - stopped the bank.')).toEqual([['0.7%', '2005-01']]);
    expect(periods('In the space of one year - between 2002 and 2003 - CD album sales fell by 13.8%.')).toEqual([['13.8%', '2002..2003']]);
  });
});
