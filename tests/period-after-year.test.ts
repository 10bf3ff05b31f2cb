// "after 2000", "nach 2011": an open span after the year, which dates no figure (the guidelines:
// open spans with an unknown end are null). Before, the year itself was taken as the period.
// Sentences written for these tests unless named.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';

const periods = (text: string, lang: 'en' | 'de' = 'en') =>
  analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang }).claims.map((c) => [c.text, c.period]);

describe('a year after "after" or "nach" opens a span, no period', () => {
  it('German "nach 2011", "nach dem Jahr 2011"', () => {
    // holdout75, test-942 (shortened)
    expect(periods('Bei seinem zweiten München-Sieg nach 2011 benötigte der Spanier insgesamt 271 Schläge.', 'de')).toEqual([['271', null]]);
    expect(periods('Nach dem Jahr 2011 stieg die Zahl der Fälle auf 300.', 'de')).toEqual([['300', null]]);
    expect(periods('Im Jahr 2011 stieg die Zahl der Fälle auf 300.', 'de')).toEqual([['300', '2011']]);
  });
  it('English "after 2000"', () => {
    // holdout48, entertainment-351
    expect(periods('It has also shot up, from 5% before the 1980s, to 45% after 2000.')).toEqual([['5%', null], ['45%', null]]);
  });
});
