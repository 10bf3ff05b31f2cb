// What holdout82's blind run showed: "two out of 16" and a part of a sentence served
// ("davon 16"). Sentences written for these tests unless named.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';
import { found, texts } from './extract-helpers.js';

const units = (text: string) => analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang: 'de' }).claims.map((c) => [c.text, c.unit]);

describe('"n out of m"', () => {
  it('is one share whatever the base; events counted stay counts', () => {
    // holdout82, entertainment-022; holdout53, politics-003
    const [share] = found('Currently, only two out of 16 principal dancers at the Royal Ballet are British.', 'en');
    expect([share.text, share.unit, share.value]).toEqual(['two out of 16', '%', 12.5]);
    expect(texts('Only 2% of MPs - 13 out of 659 - are from a visible minority group.', 'en')).toEqual(['2%', '13 out of 659']);
    expect(texts('He won 12 out of 17 matches.', 'en')).toEqual(['12', '17']);
  });
});

describe('a part after "davon"', () => {
  it('takes the unit of the duration or quantity before it', () => {
    // holdout82, test-905
    expect(units('Sie wurde zu 24 Monaten verurteilt, davon 16 auf Bewährung.')).toEqual([['24 Monaten', 'month'], ['16', 'month']]);
    // not a larger one
    expect(units('Sie wurde zu 24 Monaten verurteilt, davon 30 auf Bewährung.')).toEqual([['24 Monaten', 'month'], ['30', '']]);
  });
});

describe('a progressive forecast ("is forecasting")', () => {
  const sources = (text: string) => analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang: 'en' }).claims.map((c) => [c.text, c.attribution]);
  it('names its subject as the source, as "forecasts" does', () => {
    // holdout82, business-459
    expect(sources('Deloitte is forecasting economic growth of 2% this year.')).toEqual([['2%', 'Deloitte']]);
    expect(sources('The IMF is predicting growth of 4% next year.')).toEqual([['4%', 'IMF']]);
    // still the absolute clause after "with"
    expect(sources('With analysts predicting 3% growth, shares rose 5%.')).toEqual([['3%', 'analysts'], ['5%', null]]);
  });

  it('reads "it" as the body that spoke earlier in the same sentence, not the previous sentence\'s source', () => {
    // en-news tech-070
    const text = 'Last year, retailer Dixons said it would stop selling VHS machines. Sky has said it aims to have 25% of its subscribers using Sky Plus by 2010 - it is predicting 10 million total subscribers by that date.';
    expect(sources(text).find(([t]) => t === '10 million')).toEqual(['10 million', 'Sky']);
  });
});
