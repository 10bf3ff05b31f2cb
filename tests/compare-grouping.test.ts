import { describe, expect, it } from 'vitest';
import { compare, groupId, parseRate, type ComparisonGroup } from '../src/compare/index.js';
import { metricFamily, relateMetrics } from '../src/compare/metric-relations.js';
import type { Claim } from '../src/types.js';
import { claim, seedTrade } from './compare-claims.js';
import { analyse } from '../src/pipeline/analyse.js';

const claimOfText = (text: string, figure: string) => {
  const c = analyse({ path: 't.txt', text }, { lang: 'en' }).claims.find((x) => x.text === figure);
  if (!c) throw new Error(`no claim ${figure}`);
  return c;
};

const run = (claims: Claim[], extra: Partial<Parameters<typeof compare>[1]> = {}) => compare(claims, { tolerance: 0.02, rates: [], ...extra });
const groupOf = (groups: ComparisonGroup[], c: Claim) => groups.find((g) => g.claims.includes(c.id))!;

describe('grouping', () => {
  it('never mixes dimensions: a share in %, a change in pp and an amount in EUR of one metric are three groups', () => {
    const pct = claim({ doc: 'a.txt', sentence: 'Die Inflationsrate in Österreich hat im Oktober unverändert 0,7 Prozent betragen.', text: '0,7 Prozent', value: 0.7, unit: '%', precision: 0.05, period: '2015-10', metric: 'inflation.rate', entities: ['AT'] });
    const pp = claim({ doc: 'b.txt', sentence: 'Die Inflationsrate stieg im Oktober um 0,3 Prozentpunkte.', text: '0,3 Prozentpunkte', value: 0.3, unit: 'pp', precision: 0.05, period: '2015-10', metric: 'inflation.rate', entities: ['AT'] });
    const pct2 = claim({ doc: 'c.txt', sentence: 'Im Oktober lag die Teuerung in Österreich bei 0,7 Prozent.', text: '0,7 Prozent', value: 0.7, unit: '%', precision: 0.05, period: '2015-10', metric: 'inflation.rate', entities: ['AT'] });
    const groups = run([pct, pp, pct2]);
    expect(groups).toHaveLength(2);
    const percent = groupOf(groups, pct);
    expect(percent.claims).toEqual([pct.id, pct2.id]);
    expect(percent.verdict).toBe('consistent');
    const points = groupOf(groups, pp);
    expect(points.verdict).toBe('single');
    expect(percent.links).toEqual([expect.objectContaining({ group: points.id, relation: 'unit' })]);
  });

  it('converts tonnes and kilograms into one group', () => {
    const t = claim({ doc: 'a.txt', sentence: 'The plant produced 1.2 million tonnes of steel in 2024.', text: '1.2 million tonnes', value: 1.2e6, unit: 't', precision: 0.05e6, period: '2024', metric: 'steel.output', entities: ['ACME'] });
    const kg = claim({ doc: 'b.txt', sentence: 'Its output was 1.2 billion kg of steel in 2024.', text: '1.2 billion kg', value: 1.2e9, unit: 'kg', precision: 0.05e9, period: '2024', metric: 'steel.output', entities: ['ACME'] });
    const groups = run([t, kg]);
    expect(groups).toHaveLength(1);
    expect(groups[0].verdict).toBe('consistent');
    // shown in the more common unit; on a tie the first alphabetically, so the choice never depends on input order
    expect(groups[0].unit).toBe('kg');
    expect(groups[0].figures.map((f) => [f.value, f.unit])).toEqual([[1.2e9, 'kg'], [1.2e9, 'kg']]);
  });

  it('different entities are different groups: German and French unemployment', () => {
    const de = claim({ doc: 'a.txt', sentence: 'compared with 12.1% in Germany, 10.4% in Spain and 9.7% in France.', text: '12.1%', value: 12.1, unit: '%', period: '2004-11', metric: 'unemployment.rate', entities: ['DE'] });
    const fr = claim({ doc: 'a.txt', sentence: 'compared with 12.1% in Germany, 10.4% in Spain and 9.7% in France.', text: '9.7%', value: 9.7, unit: '%', period: '2004-11', metric: 'unemployment.rate', entities: ['FR'] });
    const groups = run([de, fr]);
    expect(groups).toHaveLength(2);
    expect(groups.every((g) => g.verdict === 'single')).toBe(true);
  });

  it('a figure without entities joins its own article\'s entity set, never another article\'s', () => {
    const sameDoc = claim({ doc: 'seeds/001.txt', line: 14, sentence: 'Der Handel lag zuletzt bei rund 3,5 Milliarden Dollar.', text: '3,5 Milliarden Dollar', value: 3.5e9, unit: 'USD', precision: 0.05e9, qualifier: 'about', hedge: 'rund', period: '2024', metric: 'trade.volume' });
    const otherDoc = claim({ doc: 'other/x.txt', sentence: 'Der Handel lag zuletzt bei 3,5 Milliarden Dollar.', text: '3,5 Milliarden Dollar', value: 3.5e9, unit: 'USD', precision: 0.05e9, period: '2024', metric: 'trade.volume' });
    const groups = run([seedTrade.y2024, sameDoc, otherDoc]);
    expect(groupOf(groups, sameDoc).claims).toEqual([seedTrade.y2024.id, sameDoc.id]);
    expect(groupOf(groups, otherDoc).claims).toEqual([otherDoc.id]);
    // not linked either: a figure naming no country is only a neighbour within its own article
    expect(groupOf(groups, otherDoc).links).toEqual([]);
  });

  it('figures naming no country are compared within their article only, unless asked', () => {
    const de = claim({ doc: 'de/a.txt', sentence: 'Die Inflation lag im Oktober bei 2,1 Prozent.', text: '2,1 Prozent', value: 2.1, unit: '%', precision: 0.05, period: '2015-10', metric: 'inflation' });
    const at = claim({ doc: 'at/b.txt', sentence: 'Die Inflationsrate hat im Oktober unverändert 0,7 Prozent betragen.', text: '0,7 Prozent', value: 0.7, unit: '%', precision: 0.05, period: '2015-10', metric: 'inflation' });
    expect(run([de, at]).map((g) => g.verdict)).toEqual(['single', 'single']);
    expect(run([de, at], { matchWithoutEntities: true }).map((g) => g.verdict)).toEqual(['conflict']);
  });

  it('leaves boilerplate out unless asked', () => {
    const body = seedTrade.y2024;
    const ad = claim({ doc: 'seeds/001.txt', line: 40, sentence: 'Jetzt 3,5 Milliarden Dollar Handel entdecken!', text: '3,5 Milliarden Dollar', value: 3.5e9, unit: 'USD', precision: 0.05e9, period: '2024', metric: 'trade.volume', entities: ['RU', 'US'], section: 'boilerplate' });
    expect(run([body, ad]).flatMap((g) => g.claims)).toEqual([body.id]);
    expect(run([body, ad], { includeBoilerplate: true })[0].claims).toHaveLength(2);
  });

  it('reads the same claim twice (overlapping shards) once', () => {
    expect(run([seedTrade.h1, { ...seedTrade.h1 }])[0].claims).toEqual([seedTrade.h1.id]);
  });
});

describe('total and part', () => {
  it('German: revenue and profit in one sentence are separate groups linked as whole and part', () => {
    const sentence = 'Der Lufthansa-Konzern erwirtschaftete 2014 rund 30 Milliarden Euro Umsatz, erzielte jedoch nur einen Mini-Gewinn von 55 Millionen Euro.';
    const revenue = claim({ doc: 'de/test-399.txt', sentence, text: '30 Milliarden Euro', value: 30e9, unit: 'EUR', precision: 0.5e9, qualifier: 'about', hedge: 'rund', period: '2014', metric: 'company.revenue', entities: ['Lufthansa'] });
    const profit = claim({ doc: 'de/test-399.txt', sentence, text: '55 Millionen Euro', value: 55e6, unit: 'EUR', precision: 0.5e6, period: '2014', metric: 'company.profit', entities: ['Lufthansa'] });
    const groups = run([revenue, profit]);
    expect(groups).toHaveLength(2);
    expect(groupOf(groups, revenue).links).toEqual([expect.objectContaining({ group: groupOf(groups, profit).id, relation: 'whole' })]);
    expect(groupOf(groups, profit).related).toEqual([groupOf(groups, revenue).id]);
  });

  it('exports and imports of one country pair are counterparts, not one group', () => {
    const ex = claim({ doc: 'en/a.txt', sentence: 'US exports to Russia fell to $526m in 2024.', text: '$526m', value: 526e6, unit: 'USD', period: '2024', metric: 'trade.exports', entities: ['RU', 'US'] });
    const im = claim({ doc: 'en/a.txt', sentence: 'Imports from Russia came to $3bn in 2024.', text: '$3bn', value: 3e9, unit: 'USD', period: '2024', metric: 'trade.imports', entities: ['RU', 'US'] });
    const groups = run([ex, im]);
    expect(groups).toHaveLength(2);
    expect(groupOf(groups, ex).links[0].relation).toBe('counterpart');
  });
});

describe('related metrics in the resolver\'s key scheme', () => {
  it('knows totals, parts, counterparts, directions and refinements', () => {
    expect(relateMetrics('exports@US>RU', 'trade.volume')).toBe('part');
    expect(relateMetrics('trade.volume', 'imports@RU>US')).toBe('whole');
    expect(relateMetrics('exports@US>RU', 'imports@RU>US')).toBe('counterpart');
    expect(relateMetrics('exports@US>RU', 'exports@RU>US')).toBe('direction');
    expect(relateMetrics('exports@US>RU', 'exports@US>')).toBe('scope');
    expect(relateMetrics('exports~stahl@DE>CN', 'exports@DE>CN')).toBe('part');
    expect(relateMetrics('exports~chemikali@RU>US', 'trade.volume')).toBe('part');
    expect(relateMetrics('exports@US>RU', 'exports~chemikali@RU>US')).toBeNull();
    expect(relateMetrics('reserves.fx', 'reserves')).toBe('narrower');
    expect(relateMetrics('profit.operating', 'revenue')).toBe('part');
    expect(relateMetrics('deaths', 'casualties')).toBe('part');
    expect(relateMetrics('trade.exports', 'trade.volume')).toBe('part');
    // unrelated, or a change next to a level
    expect(relateMetrics('reserves.oil', 'reserves.gas')).toBeNull();
    expect(relateMetrics('gdp', 'exports@US>RU')).toBeNull();
    expect(relateMetrics('trade.volume.change', 'trade.volume')).toBeNull();
    expect(relateMetrics('trade.volume', 'trade.volume')).toBeNull();
  });

  it('puts related keys in one family, so linking only looks within families', () => {
    expect(metricFamily('exports@US>RU')).toBe(metricFamily('trade.volume'));
    expect(metricFamily('deaths')).toBe(metricFamily('births'));
    expect(metricFamily('reserves.fx')).toBe(metricFamily('reserves'));
    expect(metricFamily('gdp')).not.toBe(metricFamily('trade.volume'));
  });

  it('links the seeds\' US exports to trade volume as a part', () => {
    const ex = { ...seedTrade.exports2024, metric: { key: 'exports@US>RU', label: 'exports US to RU' } };
    const groups = run([seedTrade.y2024, ex]);
    expect(groupOf(groups, seedTrade.y2024).links).toEqual([expect.objectContaining({ group: groupOf(groups, ex).id, relation: 'whole' })]);
  });
});

describe('currencies', () => {
  const usd = claim({ doc: 'a.txt', sentence: 'In den ersten sieben Monaten 2025 flossen 10,9 Milliarden Dollar nach Kiew.', text: '10,9 Milliarden Dollar', value: 10.9e9, unit: 'USD', precision: 0.05e9, period: '2025-01..2025-07', metric: 'assets.proceeds', entities: ['UA'] });
  const eur = claim({ doc: 'seeds/000.txt', sentence: 'allein in den ersten sieben Monaten 2025 flossen 10,1 Milliarden Euro aus den Erträgen dieser eingefrorenen Vermögen nach Kiew.', text: '10,1 Milliarden Euro', value: 10.1e9, unit: 'EUR', precision: 0.05e9, period: '2025-01..2025-07', metric: 'assets.proceeds', entities: ['UA'] });

  it('without a rate, euros and dollars are not compared: two groups, linked', () => {
    const groups = run([usd, eur]);
    expect(groups).toHaveLength(2);
    const g = groupOf(groups, eur);
    expect(g.unit).toBe('EUR');
    expect(g.links).toEqual([expect.objectContaining({ relation: 'currency', unit: 'USD' })]);
  });

  it('with a rate, they are compared and the reason names the rate', () => {
    const groups = run([usd, eur], { rates: [parseRate('EUR/USD=1.08@2025-01-31', 'config')] });
    expect(groups).toHaveLength(1);
    expect(groups[0].verdict).toBe('consistent');
    expect(groups[0].reason).toMatch(/converted at 1 EUR = 1\.08 USD \(2025-01-31, config\)$/);
    // one figure each: the alphabetically first currency is the group's unit, the other is converted
    expect(groups[0].unit).toBe('EUR');
    expect(groups[0].figures.find((f) => f.claim === usd.id)!.value / 1e9).toBeCloseTo(10.9 / 1.08, 6);
  });

  it('a rate that makes them disagree gives a conflict that names it', () => {
    const groups = run([usd, eur], { rates: [parseRate('EUR/USD=1.30@2025-04-30')] });
    expect(groups[0].verdict).toBe('conflict');
    expect(groups[0].reason).toMatch(/1 EUR = 1\.3 USD \(2025-04-30, --rate\)/);
  });
});

describe('stable group ids', () => {
  it('come from the metric key and member claim ids, not from input order', () => {
    const claims = Object.values(seedTrade);
    const a = run(claims);
    const b = run([...claims].reverse());
    expect(b.map((g) => g.id)).toEqual(a.map((g) => g.id));
    expect(a.map((g) => g.claims)).toEqual(b.map((g) => g.claims));
    const volume = groupOf(a, seedTrade.h1);
    expect(volume.id).toBe(groupId('trade.volume', [seedTrade.y2024.id, seedTrade.h1.id, seedTrade.y2015.id]));
    expect(volume.id).toMatch(/^g[0-9a-f]{12}$/);
  });

  it('do not change when an unrelated figure is added', () => {
    const before = groupOf(run([seedTrade.h1, seedTrade.y2015]), seedTrade.h1).id;
    const after = groupOf(run([seedTrade.h1, seedTrade.y2015, seedTrade.exports2024]), seedTrade.h1).id;
    expect(after).toBe(before);
  });
});

describe('a central bank stands for its currency area', () => {
  it('"the Fed raised its key rate to 2%" and "US interest rates rose to 2%" are one rate, and differ from the euro area\'s', () => {
    const fed = claim({ doc: 'f.txt', sentence: 'The Federal Reserve has raised its key federal funds rate to 2%.', text: '2%', value: 2, unit: '%', precision: 0.5, period: '2004-12', metric: 'interest.rate', entities: ['FED', 'US'] });
    const us = claim({ doc: 'u.txt', sentence: 'US interest rates increased to 2%.', text: '2%', value: 2, unit: '%', precision: 0.5, period: '2004-12', metric: 'interest.rate', entities: ['US'] });
    const ecb = claim({ doc: 'e.txt', sentence: 'The ECB left its key rate at 2%.', text: '2%', value: 2, unit: '%', precision: 0.5, period: '2004-12', metric: 'interest.rate', entities: ['ECB'] });
    const groups = run([fed, us, ecb]);
    expect(groupOf(groups, fed).claims).toEqual([fed.id, us.id]);
    expect(groupOf(groups, ecb).claims).toEqual([ecb.id]);
    expect(groupOf(groups, ecb).entities).toEqual(['EZ']);
  });

  it('not in the bank\'s own figures: "the Fed made a profit of $97bn" is the Fed\'s', () => {
    const a = claim({ doc: 'p.txt', sentence: 'The Fed made a profit of $97bn in 2015.', text: '$97bn', value: 97e9, unit: 'USD', precision: 0.5e9, period: '2015', metric: 'profit', entities: ['FED'] });
    const b = claim({ doc: 'q.txt', sentence: 'The Federal Reserve made a profit of $80bn in 2015.', text: '$80bn', value: 80e9, unit: 'USD', precision: 0.5e9, period: '2015', metric: 'profit', entities: ['FED'] });
    const [g] = run([a, b]);
    expect(g.entities).toEqual(['FED']);
    expect(g.verdict).toBe('conflict');
  });
});

describe('a traded good quoted in a city is its country\'s price', () => {
  it('"US crude ... $53.09 a barrel in New York" and "US light crude rose to $53.03" are one price; house prices in New York stay New York\'s', () => {
    const ny = claim({ doc: 'a.txt', sentence: 'US light crude jumped to $53.09 a barrel in New York on Monday.', text: '$53.09', value: 53.09, unit: 'USD', precision: 0.005, period: '2005-03-14', metric: 'price.oil', entities: ['US-NY'] });
    const us = claim({ doc: 'b.txt', sentence: 'US crude rose to $53.10 on Monday.', text: '$53.10', value: 53.1, unit: 'USD', precision: 0.005, period: '2005-03-14', metric: 'price.oil', entities: ['US'] });
    const groups = run([ny, us]);
    expect(groupOf(groups, ny).claims).toEqual([ny.id, us.id]);
    expect(groupOf(groups, ny).entities).toEqual(['US']);
    const house = claim({ doc: 'c.txt', sentence: 'House prices in New York reached $500,000 in 2004.', text: '$500,000', value: 5e5, unit: 'USD', precision: 0.5, period: '2004', metric: 'price.property', entities: ['US-NY'] });
    const usHouse = claim({ doc: 'd.txt', sentence: 'US house prices averaged $510,000 in 2004.', text: '$510,000', value: 5.1e5, unit: 'USD', precision: 0.5, period: '2004', metric: 'price.property', entities: ['US'] });
    const houses = run([house, usHouse]);
    expect(groupOf(houses, house).claims).toEqual([house.id]);
  });
});

describe('the UK\'s nations are places of their own', () => {
  it('"house prices in Wales rose 23%" is Wales\'s, "the Bank of England" is the UK\'s', () => {
    expect(claimOfText('The biggest gains were made in Wales, where house prices were up by 23% in the fourth quarter.', '23%').entities).toEqual(['GB-WLS']);
    expect(claimOfText('Unemployment in Scotland fell to 5.6%.', '5.6%').entities).toEqual(['GB-SCT']);
    // the central bank, which stands for the UK in its rates (areaScope), not England
    expect(claimOfText('The Bank of England raised its key rate to 4.75%.', '4.75%').entities).toEqual(['BOE']);
  });

  it('an article on the UK and one of its nations gives its unplaced figures to the UK', () => {
    const spec = { unit: '%', precision: 0.05, metric: 'price.property.change' };
    const uk = claim({ ...spec, doc: 'a.txt', sentence: 'UK house prices rose 0.7% in December.', text: '0.7%', value: 0.7, period: '2004-12', entities: ['GB'] });
    const wales = claim({ ...spec, doc: 'a.txt', sentence: 'In Wales, house prices were up by 23% in the fourth quarter.', text: '23%', value: 23, period: '2004-Q4', entities: ['GB-WLS'] });
    const halifax = claim({ ...spec, doc: 'a.txt', sentence: 'Halifax said prices rose by 0.8% in January.', text: '0.8%', value: 0.8, period: '2005-01', entities: [] });
    const other = claim({ ...spec, doc: 'b.txt', sentence: 'UK house prices rose by 0.8% in January, Halifax said.', text: '0.8%', value: 0.8, period: '2005-01', entities: ['GB'] });
    const groups = run([uk, wales, halifax, other]);
    expect(groupOf(groups, halifax).claims).toEqual(expect.arrayContaining([halifax.id, other.id]));
    expect(groupOf(groups, wales).claims).toEqual([wales.id]);
    // an article on two regions of a country alone keeps its unplaced figures to itself
    const tirol = claim({ ...spec, doc: 'c.txt', sentence: 'In Tirol stiegen die Preise um 5 Prozent.', text: '5 Prozent', value: 5, period: '2004', entities: ['AT-7'] });
    const salzburg = claim({ ...spec, doc: 'c.txt', sentence: 'In Salzburg stiegen sie um 3 Prozent.', text: '3 Prozent', value: 3, period: '2004', entities: ['AT-5'] });
    const bare = claim({ ...spec, doc: 'c.txt', sentence: 'Im Jänner stiegen sie um 0,8 Prozent.', text: '0,8 Prozent', value: 0.8, period: '2005-01', entities: [] });
    const austria = claim({ ...spec, doc: 'd.txt', sentence: 'In Österreich stiegen die Preise im Jänner um 0,8 Prozent.', text: '0,8 Prozent', value: 0.8, period: '2005-01', entities: ['AT'] });
    expect(groupOf(run([tirol, salzburg, bare, austria]), bare).claims).toEqual([bare.id]);
  });
});

describe('a firm\'s figure never joins another article\'s on a value it happens to share', () => {
  it('an unplaced profit of $1.13bn does not join a "US" profit of $1.13bn in an article on another firm', () => {
    const spec = { unit: 'USD', precision: 0.005e9, metric: 'profit' };
    const media = claim({ ...spec, doc: 'a.txt', sentence: 'Quarterly profits at the media giant jumped 76% to $1.13bn.', text: '$1.13bn', value: 1.13e9, period: null, entities: [] });
    const planes = claim({ ...spec, doc: 'b.txt', sentence: 'Net profit was $186m, compared with $1.13bn in the same period in 2003.', text: '$1.13bn', value: 1.13e9, period: '2003-Q4', entities: ['US'] });
    const groups = run([media, planes]);
    expect(groupOf(groups, media).claims).toEqual([media.id]);
  });
});

describe('second review: places and prices', () => {
  it('"the Bank of England held interest rates" names the bank, not "England"; New South Wales and New England are not the UK\'s', () => {
    expect(claimOfText('The Bank of England held interest rates at 4.75%.', '4.75%').entities).toEqual(['BOE']);
    expect(claimOfText('Unemployment in New England fell to 4.1%.', '4.1%').entities).toEqual(['US']);
    expect(claimOfText('House prices in New South Wales rose 8% in 2023.', '8%').entities).toEqual(['AU-NSW']);
    expect(claimOfText('The Royal Bank of Scotland made a profit of £8bn.', '£8bn').entities).toEqual(['GB']);
  });

  it('a retail fuel price in a state stays the state\'s', () => {
    const spec = { unit: 'USD', precision: 0.005, metric: 'price.fuel', period: '2024-03' };
    const ca = claim({ ...spec, doc: 'a.txt', sentence: 'Petrol prices in California averaged $5.20 a gallon in March 2024.', text: '$5.20', value: 5.2, entities: ['US-CA'] });
    const us = claim({ ...spec, doc: 'b.txt', sentence: 'US petrol prices averaged $3.50 a gallon in March 2024.', text: '$3.50', value: 3.5, entities: ['US'] });
    expect(groupOf(run([ca, us]), ca).claims).toEqual([ca.id]);
  });
});

describe('a lone small count takes no places from its article', () => {
  it('keeps "her three matches" apart from Argentina\'s "three matches" in one report', () => {
    const argentina = claim({ doc: 'a.txt', line: 2, sentence: 'Argentina claimed top spot with three wins from three matches.', text: 'three matches', value: 3, metric: 'matches', entities: ['AR'] });
    const hers = claim({ doc: 'a.txt', line: 5, sentence: 'Hantuchova has won two of her three matches this week.', text: 'three matches', value: 3, metric: 'matches' });
    const groups = run([argentina, hers]);
    expect(groups.map((g) => g.claims.length)).toEqual([1, 1]);
  });

  it('still gives a larger figure the article\'s places ("der Handel" after "Russland und USA")', () => {
    const named = claim({ doc: 'a.txt', line: 2, sentence: 'Der Handel zwischen Russland und den USA betrug 3,5 Milliarden Dollar.', text: '3,5 Milliarden Dollar', value: 3.5e9, unit: 'USD', precision: 0.05e9, metric: 'trade.volume', entities: ['RU', 'US'] });
    const bare = claim({ doc: 'a.txt', line: 6, sentence: 'Der Handel lag damit bei 3,5 Milliarden Dollar.', text: '3,5 Milliarden Dollar', value: 3.5e9, unit: 'USD', precision: 0.05e9, metric: 'trade.volume' });
    const groups = run([named, bare]);
    expect(groups).toHaveLength(1);
    expect(groups[0].claims).toHaveLength(2);
  });
});
