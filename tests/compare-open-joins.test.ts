// Found through blind held-out comparison sets (oil prices, WorldCom, Airbus): figures that
// name no country were compared within their own article only, so "$41.48", the 2004 average
// oil price printed by two articles, formed two groups; and an amount and the conversion its
// sentence prints ("1bn euros ($1.3bn; £690m)") stayed apart when the metric was vague or the
// amount an open bound ("up to $35bn (£18.8bn)").
import { describe, expect, it } from 'vitest';
import { compare, type ComparisonGroup } from '../src/compare/index.js';
import type { Claim } from '../src/types.js';
import { claim, type ClaimSpec } from './compare-claims.js';

const run = (claims: Claim[]) => compare(claims, { tolerance: 0.02, rates: [] });
const groupOf = (groups: ComparisonGroup[], c: Claim) => groups.find((g) => g.claims.includes(c.id))!;
type Spec = Partial<ClaimSpec> & Pick<ClaimSpec, 'doc' | 'sentence' | 'text' | 'value'>;
const oil = (s: Spec) => claim({ unit: 'USD', metric: 'price.oil', precision: 0.005, ...s });

describe('figures that name no country join another article only on a distinctive value', () => {
  it('the same price to the cent, for the same year, in two articles is one figure', () => {
    const a = oil({ doc: 'a.txt', sentence: 'Oil averaged $41.48 a barrel in 2004.', text: '$41.48', value: 41.48, period: '2004' });
    const b = oil({ doc: 'b.txt', sentence: 'The average price in 2004 was $41.48.', text: '$41.48', value: 41.48, period: '2004' });
    const g = groupOf(run([a, b]), a);
    expect(g.claims).toHaveLength(2);
    expect(g.verdict).toBe('consistent');
  });

  it('never for another year, nor for a round value many things share', () => {
    const a = oil({ doc: 'a.txt', sentence: 'Oil averaged $41.48 a barrel in 2004.', text: '$41.48', value: 41.48, period: '2004' });
    const b = oil({ doc: 'b.txt', sentence: 'Oil averaged $41.48 a barrel in 2005.', text: '$41.48', value: 41.48, period: '2005' });
    expect(run([a, b])).toHaveLength(2);
    const inflation = (doc: string) =>
      claim({ doc, sentence: 'Die Inflation lag bei 2,1 Prozent.', text: '2,1 Prozent', value: 2.1, unit: '%', precision: 0.05, metric: 'inflation' });
    expect(run([inflation('de.txt'), inflation('at.txt')])).toHaveLength(2);
    const half = (doc: string, sentence: string) => claim({ doc, sentence, text: 'half', value: 50, unit: '%', metric: 'population.share' });
    expect(run([half('a.txt', 'Malays make up half the population.'), half('b.txt', 'About half the population is poor.')])).toHaveLength(2);
  });

  it('a fee paid in 2003 is not, on two digits alone, an undated fee in another article', () => {
    const fee = (doc: string, sentence: string, period: string | null) =>
      claim({ doc, sentence, text: '£6.5m', value: 6.5e6, unit: 'GBP', precision: 0.05e6, metric: 'price', period });
    const transfer = fee('a.txt', 'He moved to Lancashire in 2003 for £6.5m.', '2003');
    const licence = fee('b.txt', 'The firm will receive an initial fee of £6.5m.', null);
    expect(run([transfer, licence])).toHaveLength(2);
    const again = fee('c.txt', 'Rosneft paid £6.5m for the unit.', null);
    expect(groupOf(run([licence, again]), licence).claims).toHaveLength(2);
  });

  it('two articles that disagree about one year are not joined on a value they share elsewhere', () => {
    const a04 = oil({ doc: 'a.txt', line: 1, sentence: 'Oil averaged $41.48 in 2004.', text: '$41.48', value: 41.48, period: '2004' });
    const a05 = oil({ doc: 'a.txt', line: 2, sentence: 'It averaged $52.10 in 2005.', text: '$52.10', value: 52.1, period: '2005' });
    const b04 = oil({ doc: 'b.txt', line: 1, sentence: 'The 2004 average was $41.48.', text: '$41.48', value: 41.48, period: '2004' });
    const b05 = oil({ doc: 'b.txt', line: 2, sentence: 'In 2005 it was $38.20.', text: '$38.20', value: 38.2, period: '2005' });
    expect(run([a04, a05, b04, b05]).some((g) => g.verdict === 'conflict')).toBe(false);
  });
});

describe('a figure that names no place joins one that does only on the very same rare value', () => {
  const rate = (doc: string, sentence: string, text: string, value: number, entities: string[] = [], line = 1) =>
    claim({ doc, line, sentence, text, value, unit: '%', precision: 0.005, metric: 'interest.rate', entities });

  it('"4.75%" in an article naming the Bank of England and in one naming no place is one figure', () => {
    const named = rate('a.txt', 'The Bank of England left rates on hold at 4.75%.', '4.75%', 4.75, ['GB']);
    const open = rate('b.txt', 'Base rates will probably stay on hold at 4.75%.', '4.75%', 4.75);
    const g = groupOf(run([named, open]), open);
    expect(g.claims).toHaveLength(2);
    expect(g.entities).toEqual(['GB']);
    expect(g.verdict).toBe('consistent');
  });

  it('an article that names the place elsewhere for the same metric lends it first (no change there)', () => {
    const named = rate('a.txt', 'The Bank of England left rates on hold at 4.75%.', '4.75%', 4.75, ['GB']);
    const unnamed = rate('a.txt', 'Rates have stayed at 4.75% since August.', '4.75%', 4.75, [], 2);
    expect(groupOf(run([named, unnamed]), unnamed).claims).toHaveLength(2);
  });

  it('never on two digits or on values that are only close: "$44bn" of a market is not "$43.7bn" of sales', () => {
    const money = (doc: string, sentence: string, text: string, value: number, precision: number, entities: string[] = []) =>
      claim({ doc, sentence, text, value, unit: 'USD', precision, metric: 'revenue', entities });
    const sales = money('a.txt', 'GE sales came in at $43.7bn.', '$43.7bn', 43.7e9, 0.05e9);
    const market = money('b.txt', 'The banking market has annual revenues of $44bn.', '$44bn', 44e9, 0.5e9, ['KR']);
    expect(groupOf(run([sales, market]), sales).claims).toHaveLength(1);
    const loss = (doc: string, entities: string[]) =>
      claim({ doc, sentence: 'Losses narrowed to £1.2m.', text: '£1.2m', value: 1.2e6, unit: 'GBP', precision: 0.05e6, metric: 'loss', entities });
    expect(groupOf(run([loss('a.txt', ['GB']), loss('b.txt', [])]), loss('b.txt', [])).claims).toHaveLength(1);
  });

  it('nor where the two disagree for one period', () => {
    const named04 = rate('a.txt', 'Rates stood at 4.75% in 2004.', '4.75%', 4.75, ['GB']);
    const named05 = rate('a.txt', 'They were 5.25% in 2005.', '5.25%', 5.25, ['GB'], 2);
    const open04 = rate('b.txt', 'Rates were 4.75% in 2004.', '4.75%', 4.75);
    const open05 = rate('b.txt', 'They were 4.50% in 2005.', '4.50%', 4.5, [], 2);
    const withPeriods = [
      { ...named04, period: '2004' }, { ...named05, period: '2005' }, { ...open04, period: '2004' }, { ...open05, period: '2005' },
    ];
    expect(run(withPeriods).some((g) => g.verdict === 'conflict')).toBe(false);
    // each article's rates stay its own series
    expect(groupOf(run(withPeriods), withPeriods[2]).claims).not.toContain(withPeriods[0].id);
  });
});

describe('a value restated under two places or two firms', () => {
  const rate = (doc: string, sentence: string, entities: string[] = []) =>
    claim({ doc, sentence, text: '4.75%', value: 4.75, unit: '%', precision: 0.005, metric: 'interest.rate', entities, period: '2006' });

  it('names neither place when two restate it: the figure that names none stays alone, whatever the file names', () => {
    const us = rate('a-us.txt', 'The Federal Reserve raised the rate to 4.75% in 2006.', ['US']);
    const gb = rate('b-gb.txt', 'The Bank of England kept the rate at 4.75% in 2006.', ['GB']);
    const open = rate('c-open.txt', 'The central bank kept the rate at 4.75% in 2006.');
    expect(groupOf(run([us, gb, open]), open).claims).toEqual([open.id]);
    const renamed = rate('z-us.txt', 'The Federal Reserve raised the rate to 4.75% in 2006.', ['US']);
    expect(groupOf(run([renamed, gb, open]), open).claims).toEqual([open.id]);
  });

  it('joins two firms\' articles only on the very same three-digit value', () => {
    const loss = (doc: string, organisation: string) => ({
      ...claim({ doc, sentence: 'Losses narrowed to £1.2m.', text: '£1.2m', value: 1.2e6, unit: 'GBP', precision: 0.05e6, metric: 'loss' }),
      organisation,
    });
    expect(groupOf(run([loss('a.txt', 'Laura Ashley'), loss('b.txt', 'Sunderland')]), loss('b.txt', 'Sunderland')).claims).toHaveLength(1);
    const sale = (doc: string, organisation: string) => ({
      ...claim({ doc, sentence: 'The mill was sold for £424m.', text: '£424m', value: 424e6, unit: 'GBP', precision: 0.5e6, metric: 'offer' }),
      organisation,
    });
    expect(groupOf(run([sale('a.txt', 'Krivorizhstal'), sale('b.txt', 'Kuchma')]), sale('b.txt', 'Kuchma')).claims).toHaveLength(2);
  });
});

describe("a firm's figure that names nobody is the firm's its article is about", () => {
  const debt = (doc: string, sentence: string, text: string, organisation: string, period: string | null = null) => ({
    ...claim({ doc, sentence, text, value: 14e9, unit: 'EUR', precision: 0.5e9, metric: 'debt', period, qualifier: text.startsWith('about') ? 'about' : 'exact', hedge: text.startsWith('about') ? 'about' : null }),
    organisation,
  });

  it('two articles on one firm: its debt at the collapse and an undated restatement are one figure', () => {
    const dated = debt('a.txt', 'The firm gained protection from creditors in 2003 after revealing debts of 14bn euros.', '14bn euros', 'Zambrano', '2003');
    const undated = debt('b.txt', 'The firm collapsed with debts of about 14bn euros.', 'about 14bn euros', 'Zambrano');
    const g = groupOf(run([dated, undated]), undated);
    expect(g.claims).toHaveLength(2);
    expect(g.entities).toEqual(['Zambrano']);
  });

  it('a firm\'s two-digit stake restated in two articles on the firm is one figure; a country\'s rate is not', () => {
    const stake = (doc: string) => ({
      ...claim({ doc, sentence: 'They own 29% of the club.', text: '29%', value: 29, unit: '%', precision: 0.5, metric: 'stake' }),
      organisation: 'Manchester United',
    });
    expect(groupOf(run([stake('a.txt'), stake('b.txt')]), stake('a.txt')).claims).toHaveLength(2);
    const rate = (doc: string) =>
      claim({ doc, sentence: 'Unemployment stood at 29%.', text: '29%', value: 29, unit: '%', precision: 0.5, metric: 'unemployment.rate', entities: ['ES'] });
    expect(groupOf(run([rate('a.txt'), rate('b.txt')]), rate('a.txt')).claims).toHaveLength(1);
  });

  it('a firm named by two capitals ("GM") is a firm, not a country code', () => {
    const stake = (doc: string, sentence: string) =>
      claim({ doc, sentence, text: '10%', value: 10, unit: '%', precision: 0.5, metric: 'stake', entities: ['GM'], period: '2003' });
    const a = stake('a.txt', "A plan to raise new money in 2003 cut GM's stake in half to 10%.");
    const b = stake('b.txt', "Fiat recapitalised in 2003, halving GM's stake to 10%.");
    expect(groupOf(run([a, b]), a).claims).toHaveLength(2);
  });

  it("never another firm's debt of the same round size", () => {
    const dated = debt('a.txt', 'The firm gained protection from creditors in 2003 after revealing debts of 14bn euros.', '14bn euros', 'Zambrano', '2003');
    const other = debt('b.txt', 'The firm collapsed with debts of about 14bn euros.', 'about 14bn euros', 'Fenwick');
    expect(groupOf(run([dated, other]), other).claims).toHaveLength(1);
  });

  it('a figure that names a country keeps it', () => {
    const national = { ...claim({ doc: 'a.txt', sentence: 'Italy has debts of 14bn euros.', text: '14bn euros', value: 14e9, unit: 'EUR', precision: 0.5e9, metric: 'debt', entities: ['IT'] }), organisation: 'Zambrano' };
    expect(groupOf(run([national]), national).entities).toEqual(['IT']);
  });
});

describe('an amount and the conversion its sentence prints are one figure', () => {
  it('also when the metric is too vague to compare anything else', () => {
    const s = 'Air China signed a deal worth 1bn euros ($1.3bn; £690m) with Airbus.';
    const spec = { doc: 'a.txt', sentence: s, metric: 'noun:deal' };
    const eur = claim({ ...spec, text: '1bn euros', value: 1e9, unit: 'EUR', precision: 0.5e9 });
    const usd = claim({ ...spec, text: '$1.3bn', value: 1.3e9, unit: 'USD', precision: 0.05e9 });
    const gbp = claim({ ...spec, text: '£690m', value: 690e6, unit: 'GBP', precision: 0.5e6 });
    const g = groupOf(run([eur, usd, gbp]), eur);
    expect(g.claims).toHaveLength(3);
    expect(g.verdict).toBe('consistent');
    // another vague figure of the same noun in the article stays alone
    const other = claim({ ...spec, line: 2, sentence: 'A second deal was worth $2.4bn.', text: '$2.4bn', value: 2.4e9, unit: 'USD', precision: 0.05e9 });
    expect(groupOf(run([eur, usd, gbp, other]), other).claims).toEqual([other.id]);
  });

  it('also when the amount is an open bound ("up to $35bn (£18.8bn)")', () => {
    const s = 'India will spend up to $35bn (£18.8bn) on aircraft by 2010.';
    const spec = { doc: 'a.txt', sentence: s, metric: 'spending', entities: ['IN'] };
    const usd = claim({ ...spec, text: '$35bn', value: 35e9, unit: 'USD', precision: 0.5e9, qualifier: 'at_most', hedge: 'up to' });
    const gbp = claim({ ...spec, text: '£18.8bn', value: 18.8e9, unit: 'GBP', precision: 0.05e9 });
    expect(groupOf(run([usd, gbp]), usd).claims).toHaveLength(2);
  });
});

describe('figures known only by their counted noun', () => {
  const deal = (doc: string, sentence: string, text: string, value: number, precision: number) =>
    claim({ doc, sentence, text, value, unit: 'USD', precision, metric: 'noun:deal' });

  it('join where two articles restate one rare value', () => {
    const a = deal('a.txt', 'Verizon agreed a deal worth $6.75bn for the firm.', '$6.75bn', 6.75e9, 0.005e9);
    const b = deal('b.txt', 'The $6.75bn deal was approved on Monday.', '$6.75bn', 6.75e9, 0.005e9);
    const g = groupOf(run([a, b]), a);
    expect(g.claims).toHaveLength(2);
    expect(g.verdict).toBe('consistent');
  });

  it('are never weighed against other values of the noun, in one article or two', () => {
    const a = deal('a.txt', 'Verizon agreed a deal worth $6.75bn for the firm.', '$6.75bn', 6.75e9, 0.005e9);
    const b = deal('b.txt', 'A rival deal was worth $7.2bn.', '$7.2bn', 7.2e9, 0.05e9);
    const c = deal('a.txt', 'An earlier deal was worth $3bn.', '$3bn', 3e9, 0.5e9);
    const groups = run([a, b, c]);
    expect(groups.map((g) => g.claims.length)).toEqual([1, 1, 1]);
    expect(groups.every((g) => g.verdict === 'single')).toBe(true);
  });
});

describe('more ties a sentence states', () => {
  it('a range and its converted range are one figure', () => {
    const s = 'Shares were offered at 1,050-1,125 rupees ($24-$26) each.';
    const inr = claim({ doc: 'a.txt', sentence: s, text: '1,050-1,125 rupees', value: 1050, high: 1125, unit: 'INR', qualifier: 'range', metric: 'noun:rang' });
    const usd = claim({ doc: 'a.txt', sentence: s, text: '$24-$26', value: 24, high: 26, unit: 'USD', qualifier: 'range', metric: 'noun:rang' });
    expect(groupOf(run([inr, usd]), inr).claims).toHaveLength(2);
  });

  it('an earlier level after "from the" ("to £198m from the £130m seen a year earlier")', () => {
    const s = 'Profits rose for the year to £198m from the £130m seen a year earlier.';
    const now = claim({ doc: 'a.txt', sentence: s, text: '£198m', value: 198e6, unit: 'GBP', precision: 0.5e6, metric: 'profit' });
    const before = claim({ doc: 'a.txt', sentence: s, text: '£130m', value: 130e6, unit: 'GBP', precision: 0.5e6, metric: 'profit' });
    const g = groupOf(run([now, before]), now);
    expect(g.claims).toEqual([before.id, now.id]);
    expect(g.verdict).toBe('different_period');
  });
});

describe('joins found through blind round 6', () => {
  it('a firm\'s figure without the firm named joins another article\'s on a rare value ("a 28.1% stake")', () => {
    const stake = (doc: string) => claim({ doc, sentence: 'Mr Glazer holds a 28.1% stake in the club.', text: '28.1%', value: 28.1, unit: '%', precision: 0.05, metric: 'stake' });
    expect(run([stake('a.txt'), stake('b.txt')])).toHaveLength(1);
    // a round one does not
    const round = (doc: string) => claim({ doc, sentence: 'The family holds a 30% stake.', text: '30%', value: 30, unit: '%', precision: 0.5, metric: 'stake' });
    expect(run([round('a.txt'), round('b.txt')])).toHaveLength(2);
  });

  it('"priced from £12,556" is a starting price, not an earlier level', () => {
    const s = 'It should fetch at least £8,000, while a used Cooper S is likely to be priced from £12,556.';
    const low = claim({ doc: 'a.txt', sentence: s, text: '£8,000', value: 8000, unit: 'GBP', qualifier: 'at_least', metric: 'price' });
    const from = claim({ doc: 'a.txt', sentence: s, text: '£12,556', value: 12556, unit: 'GBP', metric: 'price' });
    expect(run([low, from]).every((g) => g.verdict !== 'different_period')).toBe(true);
  });

  it('exchange rates are never converted as amounts of money', () => {
    const usd = claim({ doc: 'a.txt', sentence: 'The euro rose to $1.30 against the dollar.', text: '$1.30', value: 1.3, unit: 'USD', precision: 0.005, metric: 'exchange.rate', entities: ['EUR', 'USD'] });
    const eur = claim({ doc: 'b.txt', sentence: 'One dollar buys 0.77 euros, so $1.30 per euro.', text: '0.77 euros', value: 0.77, unit: 'EUR', precision: 0.005, metric: 'exchange.rate', entities: ['EUR', 'USD'] });
    const groups = compare([usd, eur], { tolerance: 0.02, rates: [{ from: 'EUR', to: 'USD', rate: 1.3, date: '', source: 'test' }] });
    expect(groups).toHaveLength(2);
  });
});

describe("one article's open bound and its plain figure of the same value are one figure", () => {
  const jobs = (doc: string, line: number, sentence: string, text: string, value: number, qualifier: Claim['qualifier'] = 'exact', hedge: string | null = null) =>
    claim({ doc, line, sentence, text, value, unit: '', kind: 'count', qualifier, hedge, metric: 'jobs', entities: ['US'] });

  it('the headline drops the "up to" its lead gives', () => {
    const head = jobs('a.txt', 1, 'Mittal Steel cuts 45,000 jobs', '45,000', 45000);
    const lead = jobs('a.txt', 3, 'Mittal Steel could cut up to 45,000 jobs over five years.', '45,000', 45000, 'at_most', 'up to');
    const g = groupOf(run([head, lead]), head);
    expect(g.claims).toHaveLength(2);
    expect(g.verdict).toBe('consistent');
  });

  it('not another value, not two articles, not a small count', () => {
    const head = jobs('a.txt', 1, 'Mittal Steel cuts 45,000 jobs', '45,000', 45000);
    const other = jobs('a.txt', 3, 'Up to 40,000 jobs could go.', '40,000', 40000, 'at_most', 'up to');
    expect(run([head, other])).toHaveLength(2);
    const elsewhere = jobs('b.txt', 3, 'Up to 45,000 jobs could go.', '45,000', 45000, 'at_most', 'up to');
    expect(run([head, elsewhere])).toHaveLength(2);
    const two = jobs('a.txt', 1, 'The firm cuts 20 jobs', '20', 20);
    const upToTwo = jobs('a.txt', 3, 'Up to 20 jobs could go at the plant.', '20', 20, 'at_most', 'up to');
    expect(run([two, upToTwo])).toHaveLength(2);
  });
});

describe('a figure known only by its noun joins the one known figure that prints its rare value', () => {
  const pct = (doc: string, line: number, sentence: string, text: string, value: number, metric: string) =>
    claim({ doc, line, sentence, text, value, unit: '%', precision: 0.005, metric });

  it("Khol's 11,12 Prozent in three articles, read as a rank, a noun and a share", () => {
    const a = pct('a.txt', 1, 'Das Wahldebakel von Andreas Khol (11,12 Prozent, fünfter Platz).', '11,12 Prozent', 11.12, 'rank');
    const b = pct('b.txt', 1, 'ÖVP-Kandidat Andreas Khol, der mit 11,12 Prozent auf Platz fünf landete.', '11,12 Prozent', 11.12, 'noun:khol');
    const c = pct('c.txt', 1, 'Nur 11,12 Prozent für ÖVP-Kandidat Andreas Khol.', '11,12 Prozent', 11.12, 'noun:ovp-kandidat.share');
    const g = groupOf(run([a, b, c]), a);
    expect(g.claims).toHaveLength(3);
    expect(g.verdict).toBe('consistent');
  });

  it('one article naming the figure twice with one noun still joins (fourth review)', () => {
    const a = pct('a.txt', 1, 'Andreas Khol erreichte 11,12 Prozent der Stimmen.', '11,12 Prozent', 11.12, 'votes.share');
    const b1 = pct('b.txt', 1, 'Für Andreas Khol (11,12 Prozent) war es ein Debakel.', '11,12 Prozent', 11.12, 'noun:khol');
    const b2 = pct('b.txt', 3, 'Khol (11,12 Prozent) gratulierte dem Sieger.', '11,12 Prozent', 11.12, 'noun:khol');
    expect(groupOf(run([a, b1, b2]), a).claims).toHaveLength(3);
  });

  it('within one article three significant digits are enough', () => {
    const stake = pct('a.txt', 1, 'Foster\'s bought the 18.8% stake from Reline.', '18.8%', 18.8, 'stake');
    const noun = pct('a.txt', 3, 'Foster\'s bought 18.8% of Southcorp.', '18.8%', 18.8, 'noun:southcorp.share');
    expect(groupOf(run([stake, noun]), stake).claims).toHaveLength(2);
  });

  it('not across articles on three digits, not a bound, not two hosts (guards)', () => {
    const a = pct('a.txt', 1, 'BBC Two\'s share of the audience was 11.2%.', '11.2%', 11.2, 'viewers.share');
    const b = pct('b.txt', 1, 'Attacks rose by 11.2% each year.', '11.2%', 11.2, 'noun:attack.change');
    expect(run([a, b])).toHaveLength(2);
    const profit = claim({ doc: 'm.txt', line: 1, sentence: 'It made a $375m profit.', text: '$375m', value: 375e6, unit: 'USD', precision: 0.5e6, metric: 'profit' });
    const savings = claim({ doc: 'm.txt', line: 3, sentence: 'Savings of more than $375m are expected.', text: '$375m', value: 375e6, unit: 'USD', precision: 0.5e6, qualifier: 'more_than', metric: 'noun:save' });
    expect(run([profit, savings])).toHaveLength(2);
    const x = pct('a.txt', 1, 'Sales rose 12.34% in Spain.', '12.34%', 12.34, 'revenue.change');
    const y = pct('a.txt', 2, 'Costs rose 12.34% in Spain.', '12.34%', 12.34, 'costs.change');
    const z = pct('a.txt', 3, 'That is 12.34% of the total.', '12.34%', 12.34, 'noun:total');
    expect(groupOf(run([x, y, z]), z).claims).toHaveLength(1);
  });
});
