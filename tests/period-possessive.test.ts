// A year written as a possessive ("2003's 784m euro figure") determines the noun phrase after it:
// it dates that phrase's figure, and a figure after a new predicate ("... and were below forecasts
// of ...") is not of that year. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';

const periods = (text: string) => analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang: 'en' }).claims.map((c) => [c.text, c.period]);

describe('a possessive year dates its own noun phrase', () => {
  it("dates the figure it determines, not one after 'and were'", () => {
    expect(periods("Quarterly profit lagged 2001's $40m total and was short of forecasts of $52m.")).toEqual([['$40m', '2001'], ['$52m', null]]);
  });

  it('still dates a later figure of its own clause', () => {
    expect(periods("Profit missed 2001's target of $40m by $3m.")).toEqual([['$40m', '2001'], ['$3m', '2001']]);
  });

  it('a year without the possessive still dates the conjunct after it', () => {
    expect(periods('In 2001 profit was $40m and was short of forecasts of $52m.')).toEqual([['$40m', '2001'], ['$52m', '2001']]);
  });
});
