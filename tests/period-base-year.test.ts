// The level a change starts from ("down from £2.6bn in January 2004", "von 5 Millionen Euro im Mai
// 2014 auf ...") is dated by its own time, but that time is the comparison's base, not the year the
// text goes on in: a bare month after it does not take the base's year. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { claimPeriods } from './period-helpers.js';

describe('a bare month after a change from a dated level', () => {
  it('does not take the year of the level the change started from', () => {
    expect(claimPeriods('Sales were £2bn, down from £2.6bn in January 2004.\nSales rose by £4bn in January.')).toEqual([
      ['£2bn', null],
      ['£2.6bn', '2004-01'],
      ['£4bn', null],
    ]);
    expect(claimPeriods('Der Umsatz sank von 5 Millionen Euro im Mai 2014 auf 4 Millionen Euro.\nIm Juni stieg er um 3 Prozent.', 'de')).toEqual([
      ['5 Millionen Euro', '2014-05'],
      ['4 Millionen Euro', null],
      ['3 Prozent', null],
    ]);
  });

  it('but takes the year the sentence states for its own figure', () => {
    expect(claimPeriods('Sales were £2bn in January 2005, down from £2.6bn in January 2004.\nSales rose by £4bn in January.')).toEqual([
      ['£2bn', '2005-01'],
      ['£2.6bn', '2004-01'],
      ['£4bn', '2005-01'],
    ]);
  });

  it('and the year a change ends in', () => {
    expect(claimPeriods('Sales rose from £2bn in 2003 to £3bn in 2004.\nSales rose by £4bn in January.')).toEqual([
      ['£2bn', '2003'],
      ['£3bn', '2004'],
      ['£4bn', '2004-01'],
    ]);
  });
});
