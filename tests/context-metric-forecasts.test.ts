// Forecasts and estimates of growth: the figure is the growth of the place's economy
// ("gdp.change"), whatever word carries it; whether it is a forecast is told by the
// comparison (forecast-cues.ts), not by the metric key.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';
import type { Claim } from '../src/types.js';

/** Each claim the pipeline finds in `text`, by its printed figure, as `pick` shows it. */
const byFigure = <T>(text: string, lang: 'de' | 'en', pick: (c: Claim) => T): Record<string, T> =>
  Object.fromEntries(analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang }).claims.map((c) => [c.text, pick(c)]));
const claims = (text: string, lang: 'de' | 'en') => byFigure(text, lang, (c) => ({ key: c.metric?.key, entities: c.entities }));
const keys = (text: string, lang: 'de' | 'en') => byFigure(text, lang, (c) => c.metric?.key);

describe('growth forecasts', () => {
  it('the forecast word carries the growth it names (English)', () => {
    const k = claims('Forecasts for Japanese growth were also scaled back to 4.0% from 4.4%.', 'en');
    expect(k['4.0%']).toEqual({ key: 'gdp.change', entities: ['JP'] });
    expect(k['4.4%']).toEqual({ key: 'gdp.change', entities: ['JP'] });
    expect(keys('Growth forecasts for Japan were cut to 1.5%.', 'en')['1.5%']).toBe('gdp.change');
    expect(keys('US growth would reach 4.4% in 2004, but fall to 3.3% next year from a previous estimate of 3.7%.', 'en')['3.7%']).toBe('gdp.change');
  });

  it('a German compound forecast carries its growth: "Wachstumsprognose für Japan"', () => {
    const k = claims('Die Wachstumsprognose für Japan wurde auf 1,5 Prozent gesenkt.', 'de');
    expect(k['1,5 Prozent']).toEqual({ key: 'gdp.change', entities: ['JP'] });
  });

  it('the place may follow growth: "growth in Germany", "Wachstum in Deutschland", "Wachstumsrate Chinas"', () => {
    expect(keys('Growth in Germany was 1.1% last year.', 'en')['1.1%']).toBe('gdp.change');
    expect(keys('Das Wachstum in Deutschland lag bei 1,1 Prozent.', 'de')['1,1 Prozent']).toBe('gdp.change');
    expect(keys('Die Wachstumsrate Chinas betrug 6,9 Prozent.', 'de')['6,9 Prozent']).toBe('gdp.change');
  });

  it('the genitive of a forecast compound names who forecasts', () => {
    expect(keys('Die Wachstumsprognose der Regierung für Österreich beträgt 1,5 Prozent.', 'de')['1,5 Prozent']).not.toMatch(/regier/);
  });

  it('near misses: growth of a named metric, and a forecast of a metric named before', () => {
    expect(keys('Sales growth in China was 12%.', 'en')['12%']).toBe('revenue.change');
    const k = keys('Pre-tax profits rose 15% to £546m, ahead of average analysts\' forecasts of £532m.', 'en');
    expect(k['£532m']).toBe('profit.pretax');
    expect(keys('Inflation could climb to 14% compared to a previous estimate of 12%.', 'en')['12%']).toBe('inflation');
  });
});

describe('a change word after "be" or "have" is the verb', () => {
  it('"should be cut from 70% to 49%": the stake, not its change', () => {
    const k = keys("Conservatives in parliament say Turkcell's stake in Irancell, the new network, should be cut from 70% to 49%.", 'en');
    expect(k['70%']).toBe('stake');
    expect(k['49%']).toBe('stake');
  });
});

describe('the new level after a change ("by X to Y")', () => {
  it('is the level of what changed, whatever noun follows it', () => {
    const k = keys('The Federal Reserve has raised its key federal funds rate by a quarter percentage point to 2% in light of mounting evidence that the US economy is regaining steam.', 'en');
    expect(k['a quarter percentage point']).toBe('interest.rate.change');
    expect(k['2%']).toBe('interest.rate');
    expect(keys("Last season, Fox's prime-time audience fell by 600,000 to 5.9 million.", 'en')['5.9 million']).toBe('viewers');
    expect(keys('The jobless rate fell half a percentage point to 5%.', 'en')['5%']).toBe('unemployment.rate');
    expect(keys('Inflation rose half a percentage point to 2.5%.', 'en')['2.5%']).toBe('inflation');
    // a known metric the level has by itself stands: the change was read as sports points
    expect(keys('The unemployment rate fell by 0.1 points to 5.4%.', 'en')['5.4%']).toBe('unemployment.rate');
    expect(keys('Die Arbeitslosenquote stieg um 0,3 Punkte auf 9,1 Prozent.', 'de')['9,1 Prozent']).toBe('unemployment.rate');
  });
  it('also after a verb of change and its object: "lifted interest rates 0.25% to 5.5%"', () => {
    const k = keys('The Reserve Bank of Australia lifted interest rates 0.25% to 5.5%, their first upwards move in more than a year.', 'en');
    expect([k['0.25%'], k['5.5%']]).toEqual(['interest.rate.change', 'interest.rate']);
    const e = keys('The ECB raised its key rate 0.25% to 4.5%.', 'en');
    expect([e['0.25%'], e['4.5%']]).toEqual(['interest.rate.change', 'interest.rate']);
    // an earlier level and the new one are both levels
    const d = keys('Aber auch die Arbeitslosigkeit soll von 9,1 auf 9,5 Prozent zunehmen.', 'de');
    expect([d['9,1'], d['9,5 Prozent']]).toEqual(['unemployment.rate', 'unemployment.rate']);
  });

  it('not when the level has a noun of its own, or the change only a noun near it', () => {
    expect(keys('Car sales rose by 5% to 300 trucks.', 'en')['300']).not.toMatch(/^sales/);
    // "during afternoon trading" names no metric of the change: the price keeps its own
    expect(keys('Shares in Borussia Dortmund dropped by almost 23% to 2.05 euros during afternoon trading.', 'en')['2.05 euros']).toBe('stock.price');
  });
});

describe('a point of a rate is a percentage point', () => {
  const claimsOf = (text: string, lang: 'de' | 'en') => byFigure(text, lang, (c) => `${c.unit} ${c.metric?.key}`);
  it('"a quarter point rise in interest rates", "fell by 0.1 points to 5.4%", "um 0,3 Punkte auf 9,1 Prozent"', () => {
    expect(claimsOf('MPC member Paul Tucker voted for a quarter point rise in interest rates.', 'en')['a quarter point']).toBe('pp interest.rate.change');
    expect(claimsOf('The unemployment rate fell by 0.1 points to 5.4%.', 'en')['0.1 points']).toBe('pp unemployment.rate.change');
    expect(claimsOf('Die Arbeitslosenquote stieg um 0,3 Punkte auf 9,1 Prozent.', 'de')['0,3 Punkte']).toBe('pp unemployment.rate.change');
  });
  it('basis points keep their unit, a change of a change stays one, and the figure becomes a percent', () => {
    expect(claimsOf('The yield rose by 12 basis points to 4.2%.', 'en')['12 basis points']).toBe('bp interest.rate.change');
    expect(claimsOf('The company\'s market share rose by 2 points to 15% last year.', 'en')['2 points']).toBe('pp market.share.change');
    const c = byFigure('The unemployment rate fell by 0.1 points to 5.4%.', 'en', (x) => x)['0.1 points'];
    expect([c.unit, c.kind]).toEqual(['pp', 'percent']);
  });

  it('an index point stays a point, and a score stays a score', () => {
    expect(claimsOf('The consumer price index rose by 2.1 points to 105.3.', 'en')['2.1 points']).toBe('pt inflation.change');
    expect(claimsOf('The FTSE 100 rose 20 points to 4,850.', 'en')['20 points']).toBe('pt index.ftse');
    expect(claimsOf('Der ATX verlor 25 Punkte.', 'de')['25 Punkte']).toBe('pt index.atx');
  });
});
