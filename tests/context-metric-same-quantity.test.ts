// One quantity, one metric key, however an article words it: a tax bill and
// back taxes, a sale price and an auction, a loan and money lent, a trade
// deficit named only as "the deficit" next to exports. And the near misses
// that must keep their own key (tax revenue, a budget deficit, a total over
// all partners), so that compare never merges different things.
import { describe, expect, it } from 'vitest';
import { resolveMetrics } from '../src/context/metric.js';
import type { Lang } from '../src/types.js';
import { contextInput, metricKeys, type FigureSpec } from './context-metric-support.js';

const keyOf = (text: string, lang: Lang, figure: string | FigureSpec) => resolveMetrics(contextInput(text, lang, [figure]))[0].metric.key;

describe('taxes owed', () => {
  it('gives a tax bill, back taxes, unpaid taxes and a tax claim one key', () => {
    expect(keyOf('The miner was handed a $3.2bn tax bill by the revenue service.', 'en', '$3.2bn')).toBe('tax.owed');
    expect(keyOf('The miner owes $3bn in unpaid taxes and penalties.', 'en', '$3bn')).toBe('tax.owed');
    expect(keyOf('Prosecutors filed back tax claims of $3.2bn against the miner.', 'en', '$3.2bn')).toBe('tax.owed');
    expect(keyOf('Die Steuerbehörde erhob Steuernachforderungen von 1,4 Milliarden Euro gegen den Konzern.', 'de', '1,4 Milliarden Euro')).toBe('tax.owed');
    expect(keyOf('Die Steuerschulden der Reederei beliefen sich auf 1,4 Milliarden Euro.', 'de', '1,4 Milliarden Euro')).toBe('tax.owed');
  });

  it('keeps what the state takes in and a tax rate apart from what a taxpayer owes', () => {
    expect(keyOf('Tax revenue rose to $410bn last year.', 'en', '$410bn')).toBe('tax.revenue');
    expect(keyOf('Die Steuereinnahmen stiegen auf 410 Milliarden Euro.', 'de', '410 Milliarden Euro')).toBe('tax.revenue');
    expect(keyOf('The building costs reached $3bn.', 'en', '$3bn')).toBe('costs');
  });
});

describe('the price an asset was sold for', () => {
  it('reads "sold for", "fetched", an auction and "ersteigert" as the price', () => {
    expect(keyOf('The refinery was sold for $2.1bn to a state-run rival.', 'en', '$2.1bn')).toBe('price');
    expect(keyOf('Critics called the $2.1bn auction a giveaway.', 'en', '$2.1bn')).toBe('price');
    expect(keyOf('The sculpture fetched £4m at a London sale.', 'en', { text: '£4m', kind: 'currency', unit: 'GBP' })).toBe('price');
    expect(keyOf('Ein Sammler hat das Gemälde für 3 Millionen Euro ersteigert.', 'de', '3 Millionen Euro')).toBe('price');
    expect(keyOf('Der Verkaufspreis der Raffinerie lag bei 2 Milliarden Euro.', 'de', '2 Milliarden Euro')).toBe('price');
  });

  it('reads a price still to come: "to sell for", "will retail for", "verkaufen" (compare-holdout15)', () => {
    expect(keyOf('Apple expects the Mac mini to sell for £339 in the UK.', 'en', '£339')).toBe('price');
    expect(keyOf('The console will retail for $149 in the US.', 'en', '$149')).toBe('price');
    expect(keyOf('In shops the PS2 is supposed to sell for £104.99.', 'en', '£104.99')).toBe('price');
    expect(keyOf('Die Firma will die Geräte für 499 Euro verkaufen.', 'de', '499 Euro')).toBe('price');
  });

  it('leaves units sold and the revenue of sales alone', () => {
    expect(keyOf('The firm sold 5 million last year.', 'en', { text: '5 million', kind: 'count' })).toBe('sales.units');
    expect(keyOf('The firm sold 5 million phones last year.', 'en', { text: '5 million', kind: 'count' })).not.toBe('price');
    expect(keyOf('Sales rose to $8bn in 2023.', 'en', '$8bn')).toBe('revenue');
  });
});

describe('loans', () => {
  it('gives a loan, money lent and a Kredit one key', () => {
    expect(keyOf('The bank granted the airline a $700m loan.', 'en', '$700m')).toBe('debt');
    expect(keyOf('The $4bn which the state bank lent the airline came from abroad.', 'en', '$4bn')).toBe('debt');
    expect(keyOf('Die Förderbank gewährte einen Kredit über 700 Millionen Euro.', 'de', '700 Millionen Euro')).toBe('debt');
    expect(keyOf('Das Darlehen von 700 Millionen Euro läuft zehn Jahre.', 'de', '700 Millionen Euro')).toBe('debt');
  });

  it('does not read lending words into credit cards or support', () => {
    expect(keyOf('Thieves sold 2 million stolen credit card numbers.', 'en', { text: '2 million', kind: 'count' })).not.toBe('debt');
    expect(keyOf('Campaigners were asked to lend support to two jailed reporters.', 'en', { text: 'two', kind: 'count' })).not.toBe('debt');
  });
});

describe('trade deficit and budget deficit', () => {
  it('reads a bare deficit next to exports or imports as the trade deficit', () => {
    expect(keyOf('Exports to Japan fell sharply and the deficit widened to $41bn.', 'en', '$41bn')).toBe('trade.deficit');
    expect(keyOf('With imports rising faster, the deficit rose to $41bn.', 'en', '$41bn')).toBe('trade.deficit');
    expect(keyOf('The trade shortfall was $41bn in March.', 'en', '$41bn')).toBe('trade.deficit');
    expect(keyOf('Die Exporte brachen ein und das Defizit stieg auf 41 Milliarden Euro.', 'de', '41 Milliarden Euro')).toBe('trade.deficit');
  });

  it('keeps the budget deficit where the sentence names the budget or no trade at all', () => {
    expect(keyOf('The budget deficit widened to $41bn as exports slowed.', 'en', '$41bn')).toBe('budget.deficit');
    expect(keyOf('The government expects the deficit to reach $41bn despite higher exports.', 'en', '$41bn')).toBe('budget.deficit');
    expect(keyOf('The deficit reached $41bn, the treasury said.', 'en', '$41bn')).toBe('budget.deficit');
    expect(keyOf('Der Staat nahm weniger ein als geplant, das Defizit lag bei 41 Milliarden Euro, obwohl die Exporte stiegen.', 'de', '41 Milliarden Euro')).toBe('budget.deficit');
    expect(keyOf('Das Haushaltsdefizit lag bei 41 Milliarden Euro, obwohl die Exporte stiegen.', 'de', '41 Milliarden Euro')).toBe('budget.deficit');
  });
});

describe('a total of a flow', () => {
  it('reads "an annual total" after exports as the exports themselves', () => {
    expect(keyOf('Exports reached an annual total of $310bn.', 'en', '$310bn')).toBe('exports');
    expect(keyOf('Die Exporte beliefen sich auf insgesamt 310 Milliarden Euro.', 'de', '310 Milliarden Euro')).toBe('exports');
  });

  it('keeps total exports (all partners) apart from the flow to one partner', () => {
    const text = 'Total exports were $310bn, of which exports to Brazil were $9bn.';
    const [total, part] = resolveMetrics(contextInput(text, 'en', ['$310bn', '$9bn'])).map((m) => m.metric.key);
    expect(total.startsWith('exports.total')).toBe(true);
    expect(part.startsWith('exports.total')).toBe(false);
  });
});

describe('a figure compared with another keeps a counted noun of its own', () => {
  it('"three wins from four matches": wins and matches; "to 5.1% from 4.9%" one metric', () => {
    expect(metricKeys('Argentina topped the group with three wins from four matches.', 'en', ['three', 'four'])).toEqual(['wins', 'matches']);
    const [a, b] = metricKeys('Unemployment rose to 5.1% from 4.9% in March.', 'en', ['5.1%', '4.9%']);
    expect(a).toBe(b);
  });
});

describe('a figure compared with another keeps a change of a metric it names itself', () => {
  it('"compared with a 0.3% slide in private consumption" is consumption, the figure before it sales', () => {
    expect(metricKeys('Car sales climbed 6.1% in May, compared with a 0.4% slide in private consumption.', 'en', ['6.1%', '0.4%']))
      .toEqual(['revenue.change', 'consumption.change']);
  });

  it('a share of another group restates the first figure ("compared with 38% of students")', () => {
    const [a, b] = metricKeys('Among pensioners, 71% said they would vote, compared with 38% of students.', 'en', ['71%', '38%']);
    expect(b).toBe(a);
  });
});
