// Two readings a fact-checker would notice, on sentences written for these tests:
// - an earlier level after "from" with a scale letter of its own is money when it follows an
//   amount of money with a scale: "77m euros, up from 38m" is 38 million euros, not 38 metres;
// - "Its shares surge 4.9% to a new high of 583p": a change word right before its figure after a
//   plural noun is the verb, so the level after it is the price, not a change;
// - "Commerce" in a body's name ("the Commerce Department", "the Department of Commerce")
//   measures no trade.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';

const figures = (text: string) =>
  analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang: 'en' }).claims.map((c) => [c.text, c.value, c.unit]);
const keys = (text: string) =>
  analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang: 'en' }).claims.map((c) => [c.text, c.metric?.key]);

describe('an earlier level in the currency of the amount before it', () => {
  it('", up from 38m" after "77m euros" is 38 million euros', () => {
    expect(figures('Net income was 77m euros, up from 38m a year earlier.'))
      .toEqual([['77m euros', 77e6, 'EUR'], ['38m', 38e6, 'EUR']]);
  });

  it('past the amount\'s conversions in brackets', () => {
    expect(figures('Operating profit reached £42m ($80m; 61m euros), down from 55m in 2003.').at(-1))
      .toEqual(['55m', 55e6, 'GBP']);
  });

  it('"fell to $500m from 700m": the level reached, then where it came from', () => {
    expect(figures('Its debt fell to $500m from 700m.')).toEqual([['$500m', 500e6, 'USD'], ['700m', 700e6, 'USD']]);
  });

  it('"38 million" written out takes the currency too', () => {
    expect(figures('Turnover was 90m euros, up from 38 million.').at(-1)).toEqual(['38 million', 38e6, 'EUR']);
  });

  it('not a length: "rose to 300m, up from 250m" stays in metres', () => {
    expect(figures('The dam rose to 300m, up from 250m.')).toEqual([['300m', 300, 'm'], ['250m', 250, 'm']]);
  });

  it('not something counted: "up from 38m customers"', () => {
    expect(figures('Its revenue was $77m, up from 38m customers.').at(-1)).toEqual(['38m', 38e6, '']);
  });
});

describe('a metric word in a body\'s name', () => {
  it('"announced by the Commerce Department" is no trade figure', () => {
    expect(keys('The new output figure, announced by the Commerce Department on Monday, beat the 2.1% growth rate economists expected.')[0][1])
      .not.toMatch(/^trade/);
    expect(keys('The quarterly figure, released by the Commerce Department on Thursday, was 2.9%.')[0][1]).not.toMatch(/^trade/);
  });

  it('"the Department of Commerce" neither', () => {
    expect(keys('The figure, released by the Department of Commerce, was 1.2%.')[0][1]).not.toMatch(/^trade/);
  });

  it('trade itself still is', () => {
    expect(keys('Commerce between the two countries rose 5% to $3bn.')).toEqual([['5%', 'trade.volume.change'], ['$3bn', 'trade.volume']]);
  });
});

describe('a present-tense change verb after a plural noun', () => {
  it('"shares surge 4.9% to a new high of 583p": the high is the share price', () => {
    expect(keys('Its shares surge 4.9% to a new high of 583p.')).toEqual([['4.9%', 'stock.price.change'], ['583p', 'stock.price']]);
    expect(keys('Bank shares jump 3% to a record of 740p.')).toEqual([['3%', 'stock.price.change'], ['740p', 'stock.price']]);
  });

  it('a noun of change keeps its role: "a surge of 4.9%"', () => {
    expect(keys('The shares saw a surge of 4.9% on Monday.')).toEqual([['4.9%', 'stock.price.change']]);
  });
});
