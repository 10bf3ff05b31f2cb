// "grow"/"grew" alone means an economy's growth only when an economy grows: a country, a region,
// "the economy". A common noun or a name that is no place grows itself ("Mozilla browsers have
// grown by 5%" is not economic growth). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';

const keys = (text: string) => analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang: 'en' }).claims.map((c) => [c.text, c.metric?.key]);

describe('what grows', () => {
  it('a country, a region or "the country" growing is economic growth', () => {
    expect(keys('Last year Brazil grew 5.1%.')).toEqual([['5.1%', 'gdp.change']]);
    expect(keys('Analysts expect that Asia will grow 6% this year.')).toEqual([['6%', 'gdp.change']]);
    expect(keys('The country grew by 2.5% in 2004.')).toEqual([['2.5%', 'gdp.change']]);
    expect(keys('The economy had grown by 3% a year, below the Asian average of 5%.')).toEqual([['3%', 'gdp.change'], ['5%', 'gdp.change']]);
  });

  it('plural things growing are their own change', () => {
    expect(keys('Rival browsers have grown by 18% since March.')).toEqual([['18%', 'noun:browser.change']]);
  });

  it('a product named inside the sentence grows itself', () => {
    expect(keys('Rival browsers - including Opera - have grown by 3%.')).toEqual([['3%', 'noun:opera.change']]);
  });
});
