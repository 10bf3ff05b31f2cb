// A scrape that lost the blank after a figure ("between £5,001and £10,000", holdout108
// politics-320) glued a short word to the digits; the figure was dropped as a code.
// Sentences written for these tests unless named.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';

const figures = (text: string, lang: 'en' | 'de' = 'en') =>
  analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang }).claims.map((c) => [c.value, c.high, c.qualifier]);

describe('a short word glued to the digits ends the figure', () => {
  it('English "and" of a range', () => {
    // holdout108, politics-320
    expect(figures('He earns between £5,001and £10,000 for the work.')).toEqual([[5001, 10000, 'range']]);
  });
  it('German "und" of a range', () => {
    expect(figures('Er verdient zwischen 5.001und 10.000 Euro im Monat.', 'de')).toEqual([[5001, 10000, 'range']]);
  });
  it('other glued letters still make a code, not a figure', () => {
    expect(figures('The 3andy model and the 5orbit probe.')).toEqual([]);
    expect(figures('Er fuhr 300undzwanzig Meter.', 'de')).toEqual([]);
  });
});
