// Found through blind comparison sets on economic news: "the third quarter" made a
// growth figure a share ("third" and "quarter" are share words), and "US growth",
// "das österreichische Wachstum" gave only a bare change, so growth figures of one
// country never met across articles.
import { describe, expect, it } from 'vitest';
import { resolveMetrics } from '../src/context/metric.js';
import type { Lang } from '../src/types.js';
import { contextInput } from './context-metric-support.js';

const key = (text: string, lang: Lang, figure: string) => resolveMetrics(contextInput(text, lang, [figure]), [])[0].metric.key;

describe('a part of the year after an ordinal is a period, not a share', () => {
  it('English quarters and halves', () => {
    expect(key('The economy grew 3.7% in the third quarter.', 'en', '3.7%')).toBe('gdp.change');
    expect(key('Sales surged to $805.9m in the third quarter.', 'en', '$805.9m')).toBe('revenue');
    expect(key('Consumer spending grew at 4.6% in the final quarter.', 'en', '4.6%')).toBe('spending.change');
  });

  it('German halves and quarters', () => {
    expect(key('Der Umsatz stieg in der ersten Hälfte auf 5,2 Milliarden Euro.', 'de', '5,2 Milliarden Euro')).toBe('revenue');
  });

  it('a real share keeps its role', () => {
    expect(key('In the third quarter, 25% of voters backed him.', 'en', '25%')).toBe('votes.share');
    expect(key('Im dritten Quartal stimmten 33 Prozent der Wähler dafür.', 'de', '33 Prozent')).toBe('votes.share');
  });
});

describe('the growth of a country is its economic growth', () => {
  it('a country or its adjective before "growth" / "Wachstum"', () => {
    expect(key('US growth would reach 4.4% in 2004.', 'en', '4.4%')).toBe('gdp.change');
    expect(key('Japanese growth slowed to 0.3% last year.', 'en', '0.3%')).toBe('gdp.change');
    expect(key('Das österreichische Wachstum lag im Vorjahr bei 1,5 Prozent.', 'de', '1,5 Prozent')).toBe('gdp.change');
  });

  it('not the growth of something the phrase names', () => {
    expect(key('US sales growth was 4.4% in 2004.', 'en', '4.4%')).toBe('revenue.change');
    expect(key('Das Wachstum der Firma lag bei 5 Prozent.', 'de', '5 Prozent')).not.toBe('gdp.change');
  });
});

describe('a term of several words among the modifiers is one modifier', () => {
  it('"the gross domestic product figure" is GDP, "income tax cuts" income tax', () => {
    expect(key('The gross domestic product figure was ahead of the 3.1% the government estimated.', 'en', '3.1%')).toBe('gdp.change');
    expect(key('Five interest rate rises since November have cut demand.', 'en', 'Five')).toBe('interest.rate.change');
  });

  it('the rate of a change is that change ("the economic growth rate")', () => {
    expect(key('The EU\'s economic growth rate is projected to be 2% this year.', 'en', '2%')).toBe('gdp.change');
  });
});
