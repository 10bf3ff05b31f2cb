// A number word near a figure is another figure or part of a time ("in the three months to
// September", "five years ago", "two of the three drugs"): it was read as the noun the figure
// counts, so "0.1%" of GDP growth became noun:three.change and "£10" a "five". Number words
// are never a metric noun (src/lang/en/metrics.ts takes the lexer's cardinals).
import { describe, expect, it } from 'vitest';
import { metricKeys as keys } from './context-metric-support.js';

describe('a number word is never the noun a figure measures', () => {
  it('a span of time after the figure leaves the metric to the rest of the sentence', () => {
    expect(keys("Japan's economy grew by just 0.1% in the three months to September.", 'en', ['0.1%'])).toEqual(['gdp.change']);
    expect(keys('It plans to invest £10bn in the next five years.', 'en', ['£10bn'])).toEqual(['investment']);
    expect(keys('The film took £788,439 in its first three days on release.', 'en', ['£788,439'])).toEqual(['revenue']);
  });
  it('"two of their last three visits" counts visits, not "three"', () => {
    expect(keys('Wales have beaten France on two of their last three visits to Paris.', 'en', ['two'])).toEqual(['noun:visit']);
    expect(keys('Five of the eight critics tipped Scorsese to win.', 'en', ['Five'])).toEqual(['noun:critic']);
  });
});
