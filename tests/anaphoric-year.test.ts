// "In 1999, when BMW still owned Rover, the Oxford factory was producing the Rover 75. During that
// year, 3,500 people produced 56,000 cars." (compare-holdout6): a sentence that opens with "that year"
// or "the same year" is about the year named before, as "at the time" was. Sentences written for
// these tests. "the following year", "im Jahr darauf" are the year after the one named before.
import { describe, expect, it } from 'vitest';
import { claimPeriods as periods } from './period-helpers.js';

const BEFORE = 'The plant opened in 2001 to build the new model. ';

describe('"that year" and "the same year" refer back to the year named before', () => {
  it('at the opening of a sentence', () => {
    for (const opening of ['During that year', 'In that year', 'That year', 'That same year', 'The same year', 'In the same year', 'Later that year']) {
      expect(periods(`${BEFORE}${opening}, 300 people made 5,000 cars.`), opening).toEqual([['300', '2001'], ['5,000', '2001']]);
    }
  });

  it('in the middle of one', () => {
    expect(periods(`${BEFORE}Its 300 workers made 5,000 cars during that year.`)).toEqual([['300', '2001'], ['5,000', '2001']]);
    expect(periods(`${BEFORE}Its workforce grew to 300 later that year.`)).toEqual([['300', '2001']]);
  });

  it('but not "the same year that ...", which names its own event, nor "year-on-year"', () => {
    expect(periods(`${BEFORE}The same year that England won, Wales lost all five matches.`)).toEqual([['five', null]]);
    expect(periods(`${BEFORE}That year-on-year rise of 5% surprised analysts.`)).toEqual([['5%', null]]);
  });
});

describe('"the following year" is the year after the one named before', () => {
  it('in the same sentence and in the next', () => {
    expect(periods('Nissan turned a 684bn yen loss in 2000 into a 331bn yen profit the following year.')).toEqual([['684bn yen', '2000'], ['331bn yen', '2001']]);
    expect(periods(`${BEFORE}The following year, 300 people made 5,000 cars.`)).toEqual([['300', '2002'], ['5,000', '2002']]);
    expect(periods(`${BEFORE}In the year after, it made 5,000 cars.`)).toEqual([['5,000', '2002']]);
  });

  it('in German too', () => {
    expect(periods('2010 baute die Firma 300 Autos, im Jahr darauf 400.', 'de')).toEqual([['300', '2010'], ['400', '2011']]);
    expect(periods('Das Werk baute 2010 genau 300 Autos. Im Folgejahr waren es 400 Autos.', 'de')).toEqual([['300', '2010'], ['400', '2011']]);
  });

  it('but "the year after next" is not that year', () => {
    expect(periods(`${BEFORE}The firm hopes to make 5,000 cars the year after next.`)).not.toEqual([['5,000', '2002']]);
  });
});
