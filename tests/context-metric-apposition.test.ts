// A dash after a noun opens an apposition that describes it ("The BDO optimism index - a leading
// indicator of GDP growth - edged up to 102.5"): the figure after it is the noun's, not GDP
// growth's. An index level read as GDP growth put two indices in one comparison group
// (compare-holdout3); "consumer spending - which drives two thirds of the US economy - grew
// 0.2%" was GDP growth too.
import { describe, expect, it } from 'vitest';
import { metricKeys as keys } from './context-metric-support.js';

describe('an apposition between a noun and its figure', () => {
  it('is skipped when closed by a second dash', () => {
    expect(keys('Consumer spending - which drives two thirds of the US economy - grew just 0.2% last month.', 'en', ['0.2%'])).toEqual(['spending.change']);
    expect(keys('The output index - which predicts GDP movements a quarter in advance - remained at 100.8 for January.', 'en', ['100.8'])).toEqual(['index~output']);
  });
  it('without a closing dash, ends at the verb after its article', () => {
    expect(keys('The BDO optimism index - a leading indicator of GDP growth two quarters ahead edged up in January to 102.5.', 'en', ['102.5'])).toEqual(['index']);
  });
  it('keeps a figure that stands inside the apposition with it', () => {
    // the verb after "that" is the apposition's own: the club grows, not the centenarians
    expect(keys("He is one of Japan's 23,000 centenarians - a club that is growing by 13% annually.", 'en', ['13%'])).toEqual(['noun:club.change']);
    // (the rise is the sales' own, and stays so)
    expect(keys('Sales - a rise of 5% on last year - beat forecasts.', 'en', ['5%'])).toEqual(['revenue.change']);
  });
});
