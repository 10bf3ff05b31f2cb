// A third review of session 31's rules, each on the sentence shape it broke. Sentences written
// for these tests unless named.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';
import { decode } from '../src/read/decode.js';
import { found, texts } from './extract-helpers.js';
import { sources } from './attribution-helpers.js';

const claims = (text: string, options: { lang?: 'de' | 'en'; date?: string } = {}) =>
  analyse(decode('x.txt', Buffer.from(text)), options).claims.map((c) => [c.text, c.unit, c.period ?? null]);

describe('third review', () => {
  it('"2m of the poorest households" are millions, with an adjective before the counted noun', () => {
    expect(found('Nearly 2m of the poorest households will benefit.', 'en').map((m) => [m.value, m.unit])).toEqual([[2_000_000, '']]);
    expect(found('The final 400m of the pipeline to homes in the village was laid last week.', 'en').map((m) => [m.value, m.unit])).toEqual([[400, 'm']]);
  });

  it('a German headline with "in" stays German (its number formats decide before "in" does)', () => {
    expect(claims('Wahl in Spanien: Podemos holt 20 Prozent')).toEqual([['20 Prozent', '%', null]]);
    expect(claims('Ryanair in $4bn Boeing plane deal')).toEqual([['$4bn', 'USD', null]]);
  });

  it('a range after a verb with an object stays a range past an attribute, however far apart', () => {
    expect(texts('The plan could add 10,000 to 50,000 new jobs.', 'en')).toEqual(['10,000 to 50,000']);
    expect(texts('Membership rose 2,000 to 30,000 registered users last year.', 'en')).toEqual(['2,000', '30,000']);
  });

  it('"A survey of UK manufacturers found" is the survey\'s', () => {
    expect(sources('A survey of UK manufacturers found that 40% expect to cut jobs.', ['40%'], 'en')).toEqual(['survey']);
  });

  it('"wird in zehn Jahren 500 Mitarbeiter haben" is ahead; "soll ... veruntreut haben" is not', () => {
    expect(claims('Das Unternehmen wird in zehn Jahren 500 Mitarbeiter haben.', { lang: 'de', date: '2015-08-20' })).toEqual([['500', '', '2025']]);
    expect(claims('Der Angeklagte soll in zehn Jahren rund 2,5 Millionen Euro veruntreut haben.', { lang: 'de', date: '2015-08-20' })).toEqual([
      ['2,5 Millionen Euro', 'EUR', null],
    ]);
  });
});
