// A sentence that opens with a look back ("A year earlier, ...", "Im Vorquartal ...", "Ein Quartal
// zuvor ...") goes on from the period the sentence before stated; "a year ago" counts from the time
// of writing and does not. "ein Quartal zuvor" and "a quarter earlier" shift by a quarter.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { claimPeriods } from './period-helpers.js';

describe('a sentence opening with a look back', () => {
  it('shifts the period of the sentence before (English)', () => {
    expect(claimPeriods('In the third quarter of 2015, 857 million texts were sent. A year earlier the figure was 949 million.')).toEqual([
      ['857 million', '2015-Q3'],
      ['949 million', '2014-Q3'],
    ]);
    expect(claimPeriods('In the third quarter of 2015, 857 million texts were sent. A quarter earlier the figure was 949 million.')).toEqual([
      ['857 million', '2015-Q3'],
      ['949 million', '2015-Q2'],
    ]);
  });

  it('and in German', () => {
    expect(claimPeriods('Im 3. Quartal 2015 wurden 857 Millionen SMS verschickt. Im Vorquartal waren es noch 949,3 Millionen.', 'de')).toEqual([
      ['857 Millionen', '2015-Q3'],
      ['949,3 Millionen', '2015-Q2'],
    ]);
    expect(claimPeriods('Im 3. Quartal 2015 wurden 857 Millionen SMS verschickt. Ein Quartal zuvor waren es noch 949,3 Millionen.', 'de')).toEqual([
      ['857 Millionen', '2015-Q3'],
      ['949,3 Millionen', '2015-Q2'],
    ]);
  });

  it('but "a year ago" counts from the time of writing', () => {
    expect(claimPeriods('Debt fell to 35bn euros, after a loss of 364m euros in 2003.\nA year ago, debt was more than 11bn euros higher.')).toEqual([
      ['35bn euros', null],
      ['364m euros', '2003'],
      ['11bn euros', null],
    ]);
  });
});

describe('"ein Quartal zuvor" and "a quarter earlier" in the same sentence', () => {
  it('are the quarter before the one stated', () => {
    expect(claimPeriods('Im 3. Quartal 2015 wurden 857 Millionen SMS verschickt, ein Quartal zuvor 949,3 Millionen.', 'de')).toEqual([
      ['857 Millionen', '2015-Q3'],
      ['949,3 Millionen', '2015-Q2'],
    ]);
    expect(claimPeriods('Sales were $5m in the third quarter of 2004, up from $4m a quarter earlier.')).toEqual([
      ['$5m', '2004-Q3'],
      ['$4m', '2004-Q2'],
    ]);
  });
});
