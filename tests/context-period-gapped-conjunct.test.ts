// A time after two coordinated figures dates both when the second is a conjunct with its verb
// left out ("Exports rose 5% and imports 3% in 2015"); a new subject, pronoun or auxiliary after
// "and"/"und" opens a predicate of its own, whose time is not the first figure's.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';
import { decode } from '../src/read/decode.js';

const periods = (lang: 'de' | 'en', text: string) =>
  analyse(decode(`x.${lang}.txt`, Buffer.from(text))).claims.map((c) => [c.text, c.period ?? null]);

describe('a time after a gapped conjunct', () => {
  it('dates both figures of "X rose 5% and Y 3% in 2015"', () => {
    expect(periods('en', 'Exports rose 5% and imports 3% in 2015.')).toEqual([['5%', '2015'], ['3%', '2015']]);
    expect(periods('en', 'The brewer made £5m in profit and £20m in sales in 2015.')).toEqual([['£5m', '2015'], ['£20m', '2015']]);
    expect(periods('en', 'He served for seven years and 43 days between 1908 and 1915.')).toEqual([
      ['seven years', '1908..1915'],
      ['43 days', '1908..1915'],
    ]);
  });

  it('dates both in German ("und die Importe um 3 Prozent im Jahr 2015")', () => {
    expect(periods('de', 'Die Exporte stiegen um 5 Prozent und die Importe um 3 Prozent im Jahr 2015.')).toEqual([
      ['5 Prozent', '2015'],
      ['3 Prozent', '2015'],
    ]);
  });

  it('does not reach past a new predicate or a figure of another kind', () => {
    expect(periods('en', 'Sales were £5m and it expects £20m in 2016.')).toEqual([['£5m', null], ['£20m', '2016']]);
    expect(periods('en', 'The firm employs 500 people and plans to hire 100 more in 2016.')).toEqual([['500', null], ['100', '2016']]);
    expect(periods('de', 'Die Firma hat 500 Mitarbeiter und will 100 weitere im Jahr 2016 einstellen.')).toEqual([['500', null], ['100', '2016']]);
    expect(periods('en', 'Sales rose 5% and the firm hired 300 people in 2016.')).toEqual([['5%', null], ['300', '2016']]);
  });
});

describe('the year of a comparison base', () => {
  it('is not the period of a figure compared with "the price fixed ... for 2004"', () => {
    expect(periods('en', 'But the new price is still $14 higher than the price fixed in the contract for 2004.')).toEqual([['$14', null]]);
    expect(periods('en', 'Profits were £5m higher than expected in 2005.')).toEqual([['£5m', '2005']]);
  });
});
