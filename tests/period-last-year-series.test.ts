// "Last year" in an article without a date is the year before the article's own, "[Y-1]", as its
// "this year" is "[Y]" and German "im Vorjahr" was already: the two then order as one series
// instead of leaving the earlier figure undated. A figure that continues a series goes on with the
// item of the nearest sentence. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';
import { compare } from '../src/compare/index.js';

const periods = (text: string, lang: 'en' | 'de' = 'en') =>
  analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang }).claims.map((c) => [c.text, c.period, c.relativePeriod]);

describe('"last year" without a document date', () => {
  it('is the year before the article\'s own, next to "this year"', () => {
    expect(periods('Sales were £5m this year, up from £4m last year.')).toEqual([['£5m', null, '[Y]'], ['£4m', null, '[Y-1]']]);
    expect(periods('Last year, profits were £42m.')).toEqual([['£42m', null, '[Y-1]']]);
  });

  it('"the last year" (the past twelve months) is no calendar year', () => {
    expect(periods('In the last year, profits rose 5%.')).toEqual([['5%', null, null]]);
  });

  it('German "im vergangenen Jahr", "vergangenes Jahr"; not "im letzten Jahr seiner Amtszeit"', () => {
    expect(periods('Der Umsatz stieg im vergangenen Jahr auf 5 Millionen Euro, heuer auf 6 Millionen Euro.', 'de'))
      .toEqual([['5 Millionen Euro', null, '[Y-1]'], ['6 Millionen Euro', null, '[Y]']]);
    expect(periods('Vergangenes Jahr stieg der Umsatz um 5 Prozent.', 'de')).toEqual([['5 Prozent', null, '[Y-1]']]);
    expect(periods('Im letzten Jahr seiner Amtszeit wurden 500 Stellen gestrichen.', 'de')).toEqual([['500', null, null]]);
  });

  it('with a document date, "last year" is the calendar year before it', () => {
    const r = analyse({ path: 'a.txt', text: 'Published: 12 March 2005\n\nProfits rose to £5m last year.', encoding: 'utf-8' }, { lang: 'en' });
    expect(r.claims.map((c) => [c.text, c.period])).toEqual([['£5m', '2004']]);
  });
});

describe('a series goes on with the item of the nearest sentence', () => {
  it("another plant's figure for the same year two sentences before is not the one continued", () => {
    const text = 'In 1999 the Leeds plant produced 56,000 vans. It was a good year for the town. ' +
      'The Derby plant, by contrast, produced 180,000 vans in 1999. Last year the Derby plant produced just 110,000 vans.';
    const r = analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang: 'en' });
    const groups = compare(r.claims, { tolerance: 0.02, rates: [] });
    const textsOf = groups.map((g) => g.claims.map((id) => r.claims.find((c) => c.id === id)!.text));
    expect(textsOf).toContainEqual(['180,000', '110,000']);
    expect(textsOf).toContainEqual(['56,000']);
  });
});
