// Two English words that are metric words only sometimes. A given name that is also a noun
// ("Bill", "Mark") starts a person's name when written capitalised before another capitalised
// word: "co-written by Bill Cosby ... taking $12.7m" measured "costs" (compare-holdout17's box-office
// reports). An ordinal share word outside a figure is a position: "came third with $7.6m" measured
// a "share". Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';

const metrics = (text: string) => analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang: 'en' }).claims.map((c) => [c.text, c.metric?.key ?? null]);

describe('a given name before a surname is no metric noun', () => {
  it('"Bill Cosby" names no bill, so the verb says what the figure is', () => {
    expect(metrics('The comedy, co-written by Bill Cosby, took $12.7m.')).toEqual([['$12.7m', 'revenue']]);
    expect(metrics('Bill Gates paid $5bn.')).toEqual([['$5bn', 'payment']]);
  });

  it('but the noun written in lower case, or capitalised alone, is still the noun', () => {
    expect(metrics('The tax bill of $27bn was paid.')).toEqual([['$27bn', 'tax.owed']]);
    expect(metrics('Mr Cosby said the bill was $5m.')).toEqual([['$5m', 'costs']]);
  });
});

describe('an ordinal outside a figure is no share', () => {
  it('"came third with $7.6m" is no share of anything', () => {
    const [[, key]] = metrics('The Aviator came third with $7.6m.');
    expect(key).not.toBe('share');
    expect(metrics('The film finished third with $7.6m.')[0][1]).not.toBe('share');
  });

  it('while "a third" and "two thirds" are still fractions', () => {
    expect(metrics('A third of the budget went to roads.')).toEqual([['A third', 'budget.share']]);
    expect(metrics('Two thirds of voters said no.')).toEqual([['Two thirds', 'votes.share']]);
  });
});
