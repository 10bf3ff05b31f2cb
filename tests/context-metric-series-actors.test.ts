// Error classes a blind held-out comparison set found: figures of one quantity
// listed for several periods in one sentence (the quantity named once), and a
// demonym that tells the nationality of a person or a single firm taken as the
// country a figure concerns. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { analysedClaims } from './context-metric-support.js';
import type { Lang } from '../src/types.js';

const claims = analysedClaims;
const keys = (text: string, lang: Lang) => claims(text, lang).map((c) => c.key);

describe('elliptical figures of a series take the metric of the figure they continue', () => {
  it('verbs of movement and periods between the figures (English)', () => {
    const k = keys('The fund sees total growth of 3.6% in 2004, slowing to 2.9% next year before recovering to 3.1% in 2006.', 'en');
    expect(k).toHaveLength(3);
    expect(new Set(k).size).toBe(1);
    expect(k[0]).not.toMatch(/fund/);
  });
  it('"before picking up again to" continues the series', () => {
    const k = keys('Global output is forecast to grow 4.3% this year, slipping to 3.9% in 2005, before picking up again to 4.4% in 2006.', 'en');
    expect(k).toEqual(['production.change', 'production.change', 'production.change']);
  });
  it('a noun merely near the later figure does not name it', () => {
    const k = keys('The bank expects GDP growth of 2.1% in 2005, easing to 1.8% as member states cut spending.', 'en');
    expect(k[1]).toBe(k[0]);
    expect(k[1]).not.toMatch(/member/);
  });
  it('German: "bei 1,3 Prozent liegen und 2026 bei 1,6 Prozent"', () => {
    const c = claims('Die Wirtschaftsleistung soll 2025 um 1,3 Prozent wachsen und 2026 um 1,6 Prozent.', 'de');
    expect(c).toHaveLength(2);
    expect(c[1].key).toBe(c[0].key);
  });
  it('a later figure with its own metric noun keeps it', () => {
    expect(keys('Exports rose 6% and imports 4% in the quarter.', 'en')).toEqual(['exports.change', 'imports.change']);
    expect(keys('Inflation was 3% and unemployment 7% last year.', 'en')).toEqual(['inflation', 'unemployment.rate']);
    expect(keys('Prices rose 3% in May, pushing inflation to 2.5%.', 'en')[1]).toBe('inflation');
  });
  it('a later figure with a noun of change and a metric after it ("a 2% fall in imports") measures that metric', () => {
    expect(keys('Exports grew 7% in June, with a 3% drop in imports.', 'en')).toEqual(['exports.change', 'imports.change']);
    // a noun of change with a period after it names no metric: the series goes on
    expect(keys('Exports grew 7% in June, with a 3% rise in July.', 'en')).toEqual(['exports.change', 'exports.change']);
  });
  it('a later figure tied to a noun after it ("3% of the staff") is no item of the series', () => {
    const k = keys('Sales rose 4% in May, and 3% of the staff were laid off.', 'en');
    expect(k[0]).toBe('revenue.change');
    expect(k[1]).not.toBe('revenue.change');
  });
  it('another entity between the figures stops the series', () => {
    const c = claims('German growth was 1.1% in 2004, while French growth reached 2.2%.', 'en');
    expect(c.map((x) => x.entities)).toEqual([['DE'], ['FR']]);
  });
  it('a figure of another unit is no item of the series', () => {
    const c = claims('The company paid 3% or $5bn for the stake.', 'en');
    expect(c).toHaveLength(2);
  });
});

describe('a demonym of a person or a single firm is not the scope of a figure', () => {
  const entities = (text: string, lang: Lang) => claims(text, lang).map((c) => c.entities);
  it('tycoon, billionaires, magnate, investor: no country', () => {
    expect(entities("Austrian tycoon Franz Huber's £700m offer for the club was rejected.", 'en')).toEqual([[]]);
    expect(entities('The Swiss football magnate paid £40m for the stake.', 'en')).toEqual([[]]);
    expect(entities('The American investor offered $2bn for the company.', 'en')).toEqual([[]]);
    expect(entities('Irishmen Sean and Pat own 29% of the club.', 'en')).toEqual([[]]);
  });
  it('a single firm described by a demonym: no country', () => {
    expect(entities('Some 3,000 jobs may go if investment by a Japanese car maker goes ahead.', 'en')).toEqual([[]]);
  });
  it('nor is it inherited by the next sentence', () => {
    expect(entities('French billionaire Marc Dupont owns 12% of the club. The offer was worth £300m.', 'en')).toEqual([[], []]);
  });
  it('German: "der österreichische Milliardär"', () => {
    expect(entities('Der österreichische Milliardär Franz Huber bot 700 Millionen Euro für den Verein.', 'de')).toEqual([[]]);
  });
  it('plural firms, economies and goods keep their country', () => {
    expect(entities('US firms added 151,000 jobs in March.', 'en')).toEqual([['US']]);
    expect(entities('Chinese exports rose 21% last year.', 'en')).toEqual([['CN']]);
    expect(entities('The German economy grew 1.2% last year.', 'en')).toEqual([['DE']]);
    expect(entities('Russian assets worth $300bn were frozen.', 'en')).toEqual([['RU']]);
    expect(entities('Die deutsche Wirtschaft wuchs um 1,2 Prozent.', 'de')).toEqual([['DE']]);
  });
});
