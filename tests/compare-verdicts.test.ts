import { describe, expect, it } from 'vitest';
import { compare, type ComparisonGroup } from '../src/compare/index.js';
import type { Claim } from '../src/types.js';
import { claim, seedTrade } from './compare-claims.js';

const options = { tolerance: 0.02, rates: [] };
const run = (claims: Claim[], extra: Partial<Parameters<typeof compare>[1]> = {}) => compare(claims, { ...options, ...extra });
const groupOf = (groups: ComparisonGroup[], c: Claim) => groups.find((g) => g.claims.includes(c.id))!;

describe('verdicts over the seeds\' trade figures', () => {
  const groups = run(Object.values(seedTrade));

  it('trade volume 2015, 2024 and 2025-H1 are one group with a different_period verdict, in time order with the changes', () => {
    const g = groupOf(groups, seedTrade.h1);
    expect(g.claims).toEqual([seedTrade.y2015.id, seedTrade.y2024.id, seedTrade.h1.id]);
    expect(g.verdict).toBe('different_period');
    expect(g.reason).toBe('12.8 bn USD (2015) -> ≈3.5 bn USD (2024): -73 % -> 2.8 bn USD (2025-H1): -20 %; part-year and full-year figures, not annualised');
  });

  it('US exports are a group of their own, linked to trade volume as a part of it', () => {
    const exports = groupOf(groups, seedTrade.exports2024);
    const volume = groupOf(groups, seedTrade.h1);
    expect(exports.id).not.toBe(volume.id);
    expect(exports.claims).toEqual([seedTrade.exportsPeak.id, seedTrade.exports2024.id]);
    expect(exports.verdict).toBe('different_period');
    expect(volume.related).toContain(exports.id);
    expect(volume.links.find((l) => l.group === exports.id)!.relation).toBe('whole');
    expect(exports.links.find((l) => l.group === volume.id)!.relation).toBe('part');
  });

  it('"Höhepunkt 2013" in the headline and "Höhepunkt … im Mai 2014" in the body are a date conflict', () => {
    const g = groupOf(groups, seedTrade.peakBody);
    expect(g.claims).toEqual([seedTrade.peakHeadline.id, seedTrade.peakBody.id]);
    expect(g.verdict).toBe('conflict');
    expect(g.reason).toBe('dates disagree: 2013 (001.txt:9) vs 2014-05 (001.txt:12)');
  });

  it('conflicts come first, then different periods', () => {
    expect(groups.map((g) => g.verdict)).toEqual(['conflict', 'different_period', 'different_period']);
  });
});

describe('dates', () => {
  it('English: a firm\'s dates in two articles are not one event unless the firm is named', () => {
    const a = claim({ doc: 'bbc/business-099.txt', sentence: 'In 2003, the firm launched an ambitious plan to triple US sales by 2007.', text: '2003', value: 2003, kind: 'date', period: '2003', metric: 'revenue', entities: ['US'] });
    const b = claim({ doc: 'bbc/business-466.txt', sentence: 'Both said high fuel bills would continue to pressure revenues in 2005.', text: '2005', value: 2005, kind: 'date', period: '2005', metric: 'revenue', entities: ['US'] });
    expect(run([a, b]).map((g) => g.verdict)).toEqual(['single', 'single']);
  });

  it('"um 2013" (about) allows a year either side', () => {
    const a = { ...seedTrade.peakHeadline, qualifier: 'about' as const, hedge: 'um' };
    expect(run([a, seedTrade.peakBody])[0].verdict).toBe('consistent');
  });
});

describe('conflict', () => {
  it('German: two articles give different bilateral trade for 2024', () => {
    const a = seedTrade.y2024;
    const b = claim({
      doc: 'fixtures/b.txt', line: 3,
      sentence: 'Der Warenaustausch zwischen Russland und den USA belief sich 2024 auf 2,1 Milliarden Dollar.',
      text: '2,1 Milliarden Dollar', value: 2.1e9, unit: 'USD', precision: 0.05e9, period: '2024', metric: 'trade.volume', entities: ['RU', 'US'],
    });
    const [g] = run([a, b]);
    expect(g.verdict).toBe('conflict');
    expect(g.reason).toBe('for 2024: 2.1 bn USD (b.txt:3) vs ≈3.5 bn USD (001.txt:10) differ by 40 %, beyond stated precision, hedges and 2 % tolerance');
  });

  it('English: the German unemployment rate for one month, 10.8 % vs 12.1 %', () => {
    const a = claim({
      doc: 'bbc/business-022.txt', line: 2,
      sentence: 'German unemployment rose 7,000 in November to 4.464 million people, or 10.8% of the workforce.',
      text: '10.8%', value: 10.8, unit: '%', precision: 0.05, period: '2004-11', metric: 'unemployment.rate', entities: ['DE'],
    });
    const b = claim({
      doc: 'bbc/business-061.txt', line: 4,
      sentence: "While the UK's jobless rate rose to 4.7% from 4.6% in the previous quarter, the rate still remains one of the lowest in the world, compared with 12.1% in Germany, 10.4% in Spain and 9.7% in France.",
      text: '12.1%', value: 12.1, unit: '%', precision: 0.05, period: '2004-11', metric: 'unemployment.rate', entities: ['DE'],
    });
    const [g] = run([a, b]);
    expect(g.verdict).toBe('conflict');
    expect(g.reason).toMatch(/^for 2004-11: 10\.8 % \(business-022\.txt:2\) vs 12\.1 % \(business-061\.txt:4\)/);
  });
});

describe('consistent', () => {
  it('English: "about 10%" and "close to 10%" agree with 9.9 %', () => {
    const mk = (doc: string, sentence: string, text: string, value: number, qualifier: Claim['qualifier'], hedge: string | null) =>
      claim({ doc, sentence, text, value, unit: '%', precision: 0.5, qualifier, hedge, period: '2004', metric: 'unemployment.rate', entities: ['DE'] });
    const groups = run([
      mk('bbc/business-023.txt', 'But unemployment remains high at about 10%.', '10%', 10, 'about', 'about'),
      mk('bbc/business-066.txt', 'On top of that, the unemployment rate has been stuck at close to 10% and manufacturing firms have been negotiating with unions.', '10%', 10, 'about', 'close to'),
      claim({ doc: 'bbc/business-182.txt', sentence: 'Official figures showed on Friday that unemployment was unchanged at 9.9% last month.', text: '9.9%', value: 9.9, unit: '%', precision: 0.05, period: '2004', metric: 'unemployment.rate', entities: ['DE'] }),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0].verdict).toBe('consistent');
    expect(groups[0].reason).toBe('3 figures agree for 2004: ≈10 %, 9.9 %');
  });

  it('German: a headline rounding the body figure is consistent', () => {
    const headline = claim({
      doc: 'de/lufthansa.txt', line: 1, sentence: 'Lufthansa setzt rund 30 Milliarden Euro um', text: '30 Milliarden Euro',
      value: 30e9, unit: 'EUR', precision: 0.5e9, qualifier: 'about', hedge: 'rund', period: '2014', metric: 'company.revenue', entities: ['Lufthansa'],
    });
    const body = claim({
      doc: 'de/lufthansa.txt', line: 5, sentence: 'Der Umsatz des Konzerns stieg 2014 auf 30,0 Milliarden Euro.', text: '30,0 Milliarden Euro',
      value: 30.0e9, unit: 'EUR', precision: 0.05e9, period: '2014', metric: 'company.revenue', entities: ['Lufthansa'],
    });
    const [g] = run([headline, body]);
    expect(g.verdict).toBe('consistent');
  });
});

describe('different_period', () => {
  it('a half-year figure next to the full year is not a conflict, even though H1 lies inside the year', () => {
    const year = claim({
      doc: 'x/a.txt', sentence: 'Im Gesamtjahr 2025 setzte der Konzern 12 Milliarden Euro um.', text: '12 Milliarden Euro',
      value: 12e9, unit: 'EUR', precision: 0.5e9, period: '2025', metric: 'company.revenue', entities: ['X'],
    });
    const half = claim({
      doc: 'x/b.txt', sentence: 'Im ersten Halbjahr 2025 setzte der Konzern 5,9 Milliarden Euro um.', text: '5,9 Milliarden Euro',
      value: 5.9e9, unit: 'EUR', precision: 0.05e9, period: '2025-H1', metric: 'company.revenue', entities: ['X'],
    });
    const [g] = run([year, half]);
    expect(g.verdict).toBe('different_period');
    expect(g.reason).toBe('5.9 bn EUR (2025-H1) -> 12 bn EUR (2025): +103 %; part-year and full-year figures, not annualised');
  });

  it('a month and the year it lies in are two quantities, not one series', () => {
    const year = claim({
      doc: 'x/a.txt', sentence: 'The US trade deficit hit a record $617.7bn in 2004.', text: '$617.7bn',
      value: 617.7e9, unit: 'USD', precision: 0.05e9, period: '2004', metric: 'trade.deficit', entities: ['US'],
    });
    const month = claim({
      doc: 'x/a.txt', sentence: 'On a monthly basis the gap narrowed by 4.9% in December to $56.4bn.', text: '$56.4bn', sentenceIndex: 3,
      value: 56.4e9, unit: 'USD', precision: 0.05e9, period: '2004-12', metric: 'trade.deficit', entities: ['US'],
    });
    expect(run([year, month]).map((g) => [g.claims.length, g.verdict])).toEqual([[1, 'single'], [1, 'single']]);
  });

  it('a figure without a period that matches none of the others stays apart: a change and a contradiction cannot be told apart', () => {
    const undated = claim({
      doc: 'x/c.txt', sentence: 'Der Handel zwischen Russland und den USA beträgt 20 Milliarden Dollar.', text: '20 Milliarden Dollar',
      value: 20e9, unit: 'USD', precision: 0.5e9, period: null, metric: 'trade.volume', entities: ['RU', 'US'],
    });
    const groups = run([seedTrade.y2024, undated]);
    expect(groups.map((g) => [g.claims.length, g.verdict])).toEqual([[1, 'single'], [1, 'single']]);
  });

  it('a figure without a period that matches a dated one is consistent with it', () => {
    const undated = claim({
      doc: 'x/c.txt', sentence: 'Der Handel zwischen Russland und den USA beträgt 3,5 Milliarden Dollar.', text: '3,5 Milliarden Dollar',
      value: 3.5e9, unit: 'USD', precision: 0.05e9, period: null, metric: 'trade.volume', entities: ['RU', 'US'],
    });
    const [g] = run([seedTrade.y2024, undated]);
    expect(g.verdict).toBe('consistent');
    expect(g.reason).toBe('2 figures agree for 2024: ≈3.5 bn USD, 3.5 bn USD (no period stated for 1)');
  });

  it('a from-to sentence ("von 12,8 auf 2,8 Milliarden") with one period for both is a change, never a conflict', () => {
    const sentence = 'Der Handel schrumpfte von 12,8 auf 2,8 Milliarden Dollar.';
    const a = claim({ doc: 'x/d.txt', sentence, text: '12,8', value: 12.8e9, unit: 'USD', precision: 0.05e9, period: '2025', metric: 'trade.volume', entities: ['RU', 'US'] });
    const b = claim({ doc: 'x/d.txt', sentence, text: '2,8 Milliarden Dollar', value: 2.8e9, unit: 'USD', precision: 0.05e9, period: '2025', metric: 'trade.volume', entities: ['RU', 'US'] });
    expect(run([a, b]).map((g) => g.verdict)).toEqual(['different_period']);
  });

  it('a time series in one article is one group: revenue 2014 and 2015', () => {
    const a = claim({ doc: 'de/lh.txt', line: 2, sentence: 'Der Lufthansa-Konzern erwirtschaftete 2014 rund 30 Milliarden Euro Umsatz.', text: '30 Milliarden Euro', value: 30e9, unit: 'EUR', precision: 0.5e9, qualifier: 'about', hedge: 'rund', period: '2014', metric: 'revenue', entities: ['Lufthansa'] });
    const b = claim({ doc: 'de/lh.txt', line: 3, sentence: '2015 stieg der Umsatz auf 32,1 Milliarden Euro.', text: '32,1 Milliarden Euro', value: 32.1e9, unit: 'EUR', precision: 0.05e9, period: '2015', metric: 'revenue', entities: ['Lufthansa'] });
    const [g] = run([a, b]);
    expect(g.verdict).toBe('different_period');
    expect(g.reason).toBe('≈30 bn EUR (2014) -> 32.1 bn EUR (2015): +7 %');
  });

  it('a year\'s rise and the rises of its second half and last quarter are three quantities, not a series', () => {
    const mk = (text: string, value: number, period: string, sentence: string, line: number) =>
      claim({ doc: 'en/halifax.txt', line, sentence, text, value, unit: '%', precision: 0.05, period, metric: 'price.change', entities: ['GB'] });
    const groups = run([
      mk('15.1%', 15.1, '2004', 'House prices rose 15.1% in 2004, Halifax said.', 1),
      mk('2.8%', 2.8, '2004-H2', 'Prices rose by 2.8% in the second half of the year.', 2),
      mk('0.1%', 0.1, '2004-Q4', 'In the last three months of 2004 prices edged up 0.1%.', 3),
      mk('0.3%', 0.3, '2005-Q1', 'In the first quarter of 2005 they rose 0.3%.', 4),
    ]);
    // the two quarters follow one another: a series; the year and the half-year stand alone
    expect(groups.map((g) => g.claims.length).sort()).toEqual([1, 1, 2]);
    expect(groups.find((g) => g.claims.length === 2)!.verdict).toBe('different_period');
  });

  it("a year's growth is no earlier level of the next quarters', overlapping or not", () => {
    const mk = (doc: string, text: string, value: number, period: string, sentence: string, line: number) =>
      claim({ doc, line, sentence, text, value, unit: '%', precision: 0.05, period, metric: 'gdp.change', entities: ['SG'] });
    const article = (doc: string) => [
      mk(doc, '8.1%', 8.1, '2004', "Singapore's economy grew by 8.1% in 2004.", 1),
      mk(doc, '3.0%', -3.0, '2005-Q3', 'In the third quarter it fell 3.0%.', 2),
      mk(doc, '2.4%', 2.4, '2005-Q4', 'In the fourth quarter GDP rose at an annual rate of 2.4%.', 3),
    ];
    const groups = run([...article('en/a.txt'), ...article('en/b.txt')]);
    // the year in both articles is one figure; the two quarters are a series of their own
    const sizes = groups.map((g) => g.claims.length).sort();
    expect(sizes).toEqual([2, 4]);
    expect(groups.find((g) => g.claims.length === 2)!.verdict).toBe('consistent');
  });
});

describe('different items of one metric are not compared', () => {
  it('German: the votes of three lists in one article are three figures, not a contradiction', () => {
    const mk = (text: string, value: number, sentence: string, line: number) =>
      claim({ doc: 'de/test-655.txt', line, sentence, text, value, period: '2016', metric: 'votes', entities: ['AT'] });
    const groups = run([
      mk('304', 304, 'Nach STANDARD-Infos holte die Liste von Christiana Jankovics 304 Stimmen (mehr als 52 Prozent).', 1),
      mk('231', 231, 'Die Liste Klartext von Stefan Jung kommt mit 231 Stimmen wie schon bisher auf zwei Mandate.', 2),
      mk('43', 43, 'Mit 43 Stimmen geht sich für die Liste KommuniAktion diesmal kein Mandat aus.', 3),
    ]);
    expect(groups.map((g) => g.verdict)).toEqual(['single', 'single', 'single']);
  });

  it('English: "two deaths" in two unrelated articles is not one figure', () => {
    const a = claim({ doc: 'en/a.txt', sentence: 'Officials said two US citizens had been killed.', text: 'two', value: 2, metric: 'deaths', entities: ['US'] });
    const b = claim({ doc: 'en/b.txt', sentence: 'Two people died in South Carolina after the floods, officials said.', text: 'Two', value: 2, metric: 'deaths', entities: ['US'] });
    expect(run([a, b]).map((g) => g.verdict)).toEqual(['single', 'single']);
  });

  it('the seats of two parties in one sentence are two figures', () => {
    const sentence = 'Die PSOE kam auf 89 Sitze, Podemos stellt 65 und Ciudadanos 40 Sitze.';
    const a = claim({ doc: 'de/test-540.txt', sentence, text: '65', value: 65, precision: 0.5, metric: 'seats', entities: ['ES'] });
    const b = claim({ doc: 'de/test-540.txt', sentence, text: '40 Sitze', value: 40, precision: 0.5, metric: 'seats', entities: ['ES'] });
    expect(run([a, b]).map((g) => g.verdict)).toEqual(['single', 'single']);
  });

  it('an open bound ("bis zu 2.000 Menschen") does not make an undated figure agree with another', () => {
    const a = claim({ doc: 'de/test-430.txt', sentence: 'Bis zu 2.000 Menschen kommen täglich nach Serbien.', text: '2.000', value: 2000, qualifier: 'at_most', hedge: 'bis zu', metric: 'people', entities: ['RS'] });
    const b = claim({ doc: 'de/test-602.txt', sentence: 'Die rund 650 Menschen plagt die Ungewissheit.', text: '650', value: 650, qualifier: 'about', hedge: 'rund', metric: 'people', entities: ['RS'] });
    expect(run([a, b]).map((g) => g.verdict)).toEqual(['single', 'single']);
  });

  it('a whole number of things is exact: 129 deaths do not agree with 125', () => {
    const a = claim({ doc: 'de/a.txt', sentence: 'Bei den Anschlägen in Paris starben 129 Menschen.', text: '129', value: 129, precision: 0.5, period: '2015-11', metric: 'deaths', entities: ['FR'] });
    const b = claim({ doc: 'de/b.txt', sentence: 'Die Anschläge von Paris forderten im November 125 Tote.', text: '125', value: 125, precision: 0.5, period: '2015-11', metric: 'deaths', entities: ['FR'] });
    const [g] = run([a, b], { tolerance: 0 });
    expect(g.verdict).toBe('conflict');
  });

  it('crowds of people in two articles are not one figure, even in the same words', () => {
    const a = claim({ doc: 'de/test-455.txt', sentence: 'Bisher haben etwa 150.000 Flüchtlinge Europa auf dem Seeweg erreicht.', text: '150.000', value: 150000, qualifier: 'about', hedge: 'etwa', metric: 'refugees', entities: ['EU'] });
    const b = claim({ doc: 'de/test-510.txt', sentence: 'Seit Jahresbeginn seien insgesamt 150.000 Flüchtlinge über die Balkanroute in die EU gelangt.', text: '150.000', value: 150000, metric: 'refugees', entities: ['EU'] });
    expect(run([a, b]).map((g) => g.verdict)).toEqual(['single', 'single']);
  });

  it('English: two firms\' profit changes in one region are not one figure unless the firm is named', () => {
    const renault = claim({ doc: 'bbc/business-247.txt', sentence: 'Strong sales outside western Europe helped Renault boost its profits by more than 40% in 2004.', text: '40%', value: 40, unit: '%', qualifier: 'more_than', hedge: 'more than', period: '2004', metric: 'profit.change', entities: ['EU'] });
    const gm = claim({ doc: 'bbc/business-467.txt', sentence: 'General Motors (GM) saw its net profits fall 37% in the last quarter of 2004.', text: '37%', value: -37, unit: '%', period: '2004', metric: 'profit.change', entities: ['EU'] });
    expect(run([renault, gm]).map((g) => g.verdict)).toEqual(['single', 'single']);
    const named = run([{ ...renault, entities: ['EU', 'Renault'] }, { ...gm, id: 'cgm', entities: ['EU', 'Renault'] }]);
    expect(named.map((g) => g.verdict)).toEqual(['conflict']);
  });

  it('but a large undated figure repeated across articles is one figure', () => {
    const a = claim({ doc: 'de/a.txt', sentence: 'Russische Vermögenswerte im Wert von 280 Milliarden Dollar sind eingefroren.', text: '280 Milliarden Dollar', value: 280e9, unit: 'USD', precision: 0.5e9, metric: 'assets.frozen', entities: ['RU'] });
    const b = claim({ doc: 'en/b.txt', sentence: 'Some $280bn of Russian assets remain frozen.', text: '$280bn', value: 280e9, unit: 'USD', precision: 0.5e9, qualifier: 'about', hedge: 'some', metric: 'assets.frozen', entities: ['RU'] });
    const [g] = run([a, b]);
    expect(g.verdict).toBe('consistent');
  });
});

describe('single', () => {
  it('a metric stated once is single, and an unrecognised metric is never grouped', () => {
    const reserves = claim({
      doc: 'seeds/000.txt', sentence: 'Mit nachgewiesenen Ölreserven von 3,4 Milliarden Barrel spielt Alaska in der obersten Liga.', text: '3,4 Milliarden Barrel',
      value: 3.4e9, unit: 'bbl', precision: 0.05e9, metric: 'oil.reserves', entities: ['US-AK'],
    });
    const u1 = claim({ doc: 'a.txt', sentence: 'Es waren 12 Leute da.', text: '12', value: 12, metric: 'unknown' });
    const u2 = claim({ doc: 'b.txt', sentence: 'Es waren 15 Leute da.', text: '15', value: 15, metric: 'unknown' });
    const groups = run([reserves, u1, u2]);
    expect(groups.map((g) => [g.claims.length, g.verdict])).toEqual([[1, 'single'], [1, 'single'], [1, 'single']]);
    expect(groupOf(groups, reserves).reason).toBe('stated once: 3.4 bn bbl');
    expect(groupOf(groups, u1).reason).toBe('no metric recognised: not compared');
  });
});

describe('a change is weighed with its direction', () => {
  const change = (doc: string, line: number, sentence: string, text: string, value: number, direction: 'up' | 'down' | null, period: string | null = null) =>
    claim({ doc, line, sentence, text, value, unit: '%', precision: 0.5, period, metric: 'exports.change', entities: ['DE'], direction });

  it('"rose 3%" in one article and "fell 3%" in another, for one year, are a conflict', () => {
    const a = change('a.txt', 1, 'German exports rose 3% in 2004.', '3%', 3, 'up', '2004');
    const b = change('b.txt', 1, 'German exports fell 3% in 2004.', '3%', 3, 'down', '2004');
    const [g] = run([a, b]);
    expect(g.claims).toHaveLength(2);
    expect(g.verdict).toBe('conflict');
    expect(g.reason).toContain('-3 %');
  });

  it('"sanken um 3 Prozent" agrees with "minus 3 Prozent"; "slumped 27%" is not "up 27%" in one article', () => {
    const fell = change('de.txt', 1, 'Die Exporte sanken um 3 Prozent.', '3 Prozent', 3, 'down');
    const minus = change('de.txt', 3, 'Die Exporte lagen bei minus 3 Prozent.', 'minus 3 Prozent', -3, 'down');
    const [g] = run([fell, minus]);
    expect(g.claims).toHaveLength(2);
    expect(g.verdict).toBe('consistent');
    const slump = change('en.txt', 1, 'Exports at the film unit slumped 27%.', '27%', 27, 'down');
    const up = change('en.txt', 3, 'Group exports were up 27% on the year.', '27%', 27, 'up');
    expect(run([slump, up])).toHaveLength(2);
  });
});
