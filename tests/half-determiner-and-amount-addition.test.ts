// "Half those pupils" is a share as "half the pupils" and "half of the pupils" are (a determiner
// after "half" does the partitive's work), and "another 550m" after an amount of money is more of
// that money, not metres. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';

const figures = (text: string) =>
  analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang: 'en' }).claims.map((c) => [c.text, c.value, c.unit]);

describe('half before a determiner', () => {
  it('"half those voters", "half their income" are 50 %', () => {
    expect(figures('Almost half those voters backed the plan.')).toEqual([['half', 50, '%']]);
    expect(figures('Families spend half their income on rent.')).toEqual([['half', 50, '%']]);
  });

  it('"half an hour" stays no share', () => {
    expect(figures('The meeting lasted half an hour.')).toEqual([]);
  });
});

describe('an addition to an amount of money', () => {
  it('"another 300m" after euros is 300 million euros', () => {
    expect(figures('The bank will pay 2bn euros this year, with another 300m due in 2027.')).toEqual([
      ['2bn euros', 2e9, 'EUR'],
      ['300m', 3e8, 'EUR'],
    ]);
  });

  it('"a further 40 million" after dollars is dollars', () => {
    expect(figures('It raised $90m in May and a further 40 million later.')).toEqual([
      ['$90m', 9e7, 'USD'],
      ['40 million', 4e7, 'USD'],
    ]);
  });

  it('a counted noun after it keeps it a count, and metres after a distance stay metres', () => {
    expect(figures('It raised $90m, and another 2m shares were sold.')).toEqual([
      ['$90m', 9e7, 'USD'],
      ['2m', 2e6, ''],
    ]);
    expect(figures('She ran 400m and then another 200m.')).toEqual([
      ['400m', 400, 'm'],
      ['200m', 200, 'm'],
    ]);
  });
});
