// What holdout105's blind run showed: "six out of every 10 planes" read as two counts, and a month
// without a year after "the second half of 2004" dated 2004. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { claimPeriods as periods } from './period-helpers.js';
import { sources } from './attribution-helpers.js';
import { found } from './extract-helpers.js';

describe('a share with "every" before its base', () => {
  it('"six out of every 10 planes", "one in every five adults" are shares, as without "every"', () => {
    expect(found('The airline flies six out of every 10 planes using the airport.', 'en').map((m) => [m.text, m.value, m.unit])).toEqual([['six out of every 10', 60, '%']]);
    expect(found('About one in every five adults smokes.', 'en').map((m) => [m.text, m.value, m.unit, m.qualifier])).toEqual([['one in every five', 20, '%', 'about']]);
    expect(found('Two out of every 16 dancers left.', 'en').map((m) => [m.value, m.unit])).toEqual([[12.5, '%']]);
  });

  it('but "every" after a count of events stays a rate of them', () => {
    expect(found('He scored nine in every 10 games.', 'en').map((m) => m.text)).not.toContain('nine in every 10');
  });
});

describe('a month without a year after a second half-year', () => {
  it('is the next year\'s, as after "the end of 2004" or its fourth quarter', () => {
    const text = 'Sales were strong in the second half of 2004, the economist said. Sales fell 0.6% in January.';
    expect(periods(text)).toEqual([['0.6%', '2005-01']]);
    expect(periods('Im zweiten Halbjahr 2015 lief es gut. Im Jänner sank der Umsatz um drei Prozent.', 'de')).toEqual([['drei Prozent', '2016-01']]);
  });

  it('a month of the second half stays in that year', () => {
    expect(periods('Sales were strong in the second half of 2004. They rose 2% in November.')).toEqual([['2%', '2004-11']]);
  });
});

// holdout4's en-business-035 (a leftover): "which it said" gave the pronoun itself as the source.

describe('a neuter pronoun in a relative clause of saying', () => {
  it('is never the source itself: the speaker of the main clause, else a body named before, else none', () => {
    expect(sources('Revenues were £4.3bn while margins were 14.1%, which it said could reach 14.8% by 2006.', ['£4.3bn', '14.1%', '14.8%'], 'en')).toEqual([null, null, null]);
    expect(sources('Tesco said sales rose 5%, which it said would go on.', ['5%'], 'en')).toEqual(['Tesco']);
  });
});
