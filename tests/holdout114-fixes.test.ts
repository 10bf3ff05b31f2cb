// holdout114's errors, as general rules, on sentences written for these tests: the holder of a noun
// of estimating ("analyst expectations of", "economists' forecasts of") is the source of the figure
// it introduces, and of nothing after its clause; "it said" never stands for a generic plural such as
// "analysts"; a hedge before the opening quote of quoted words still bounds the figure they start with.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';

const claims = (text: string) => analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang: 'en' }).claims.map((c) => [c.text, c.attribution, c.qualifier]);

describe('a noun of estimating names its holder as the source', () => {
  it('"analyst expectations of", "economists\' forecasts of", "the bank\'s prediction of"', () => {
    expect(claims('Earnings fell well short of analyst expectations of $90m.')).toEqual([['$90m', 'analyst', 'exact']]);
    expect(claims("Sales beat economists' forecasts of 3%.")).toEqual([['3%', 'economists', 'exact']]);
    expect(claims("Shares rose after the bank's prediction of a 4% rise, and costs fell 2%.")).toEqual([['4%', 'bank', 'exact'], ['2%', null, 'exact']]);
  });

  it('a noun of estimating with no holder names nobody', () => {
    expect(claims('The forecast of 2% was cut.')).toEqual([['2%', null, 'exact']]);
  });

  it('"it said" in the next sentence is not the analysts', () => {
    const got = claims("Profit was ahead of average analysts' forecasts of £90m. Revenue was £2bn, which it said could reach £3bn by 2008.");
    expect(got[0]).toEqual(['£90m', 'analysts', 'exact']);
    expect(got.slice(1).map((c) => c[1])).not.toContain('analysts');
  });
});

describe('a hedge before an opening quote', () => {
  it('about "27% of ..." is about 27%', () => {
    expect(claims('The chief executive explained that about "40% of users now pay for the service".')).toEqual([['40%', 'chief executive', 'about']]);
    expect(claims("She said nearly '15% of staff' had left.")[0][2]).toBe('at_most');
  });

  it('a quote with no hedge before it stays exact', () => {
    expect(claims('The chief executive said "40% of users now pay".')[0][2]).toBe('exact');
  });
});
