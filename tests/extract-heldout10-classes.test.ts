// Error classes from the blind held-out set 10 (sentences of our own): a range printed high end
// first, the elided compound of a range ("14- bis 29-Jährigen"), and a dollar's cents named by
// their country ("65 Canadian cents").
import { describe, expect, it } from 'vitest';
import { found } from './extract-helpers.js';

const brief = (s: string, lang: 'de' | 'en' = 'de') =>
  found(s, lang).map((m) => [m.text, m.value, m.high, m.unit, m.qualifier]);

describe('ranges', () => {
  it('"zwischen 64 und 50 Prozent" is the range 50 to 64, as "between 5% and 3%" is 3 to 5', () => {
    expect(brief('Der Anteil pendelte zwischen 64 und 50 Prozent.')).toEqual([['64 und 50 Prozent', 50, 64, '%', 'range']]);
    expect(brief('Growth was between 5% and 3% a year.', 'en')).toEqual([['5% and 3%', 3, 5, '%', 'range']]);
  });

  it('"from 4.5 to 3.5 per cent" stays a change from one level to another (guard)', () => {
    expect(brief('Unemployment fell from 4.5 to 3.5 per cent.', 'en').length).toBe(2);
  });

  it('an elided compound is one range, not a bare count before it', () => {
    expect(brief('Bei den 14- bis 29-Jährigen sind es 41 Prozent.')[0]).toEqual(['14- bis 29-Jährigen', 14, 29, 'year', 'range']);
    expect(brief('It is built for the 200- to 300-seat market.', 'en')[0].slice(1, 3)).toEqual([200, 300]);
    // the elided thousands of the low end (fourth review)
    expect(brief('Erwartet werden 10- bis 15.000 Besucher.')[0].slice(1, 3)).toEqual([10000, 15000]);
  });
});

describe('a dollar\'s cents named by its country', () => {
  it('"65 Canadian cents" is 0.65 Canadian dollars', () => {
    expect(brief('Shares lost 65 Canadian cents to 1.90 Canadian dollars.', 'en')).toEqual([
      ['65 Canadian cents', 0.65, null, 'CAD', 'exact'],
      ['1.90 Canadian dollars', 1.9, null, 'CAD', 'exact'],
    ]);
  });
});
