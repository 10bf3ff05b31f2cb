// Error class from a blind held-out comparison set: news articles convert amounts for their
// readers ("$900m (£479m)"), and without configured rates the two currencies never met, so
// one tax bill printed in dollars in one article and in pounds in another formed two groups.
// The rate a text states is used when no configured rate covers the pair, and named.
import { describe, expect, it } from 'vitest';
import { compare, parseRate, type ComparisonGroup } from '../src/compare/index.js';
import { statedRates } from '../src/compare/text-rates.js';
import type { Claim } from '../src/types.js';
import { claim } from './compare-claims.js';

const run = (claims: Claim[], extra: Partial<Parameters<typeof compare>[1]> = {}) => compare(claims, { tolerance: 0.02, rates: [], ...extra });
const groupOf = (groups: ComparisonGroup[], c: Claim) => groups.find((g) => g.claims.includes(c.id))!;

const billSentence = 'Yukos faces a tax bill of $27.5bn (£14.5bn), the ministry said.';
const billUsd = claim({ doc: 'a.txt', sentence: billSentence, text: '$27.5bn', value: 27.5e9, unit: 'USD', precision: 0.05e9, metric: 'tax.owed', entities: ['RU'], period: '2004' });
const billGbp = claim({ doc: 'a.txt', sentence: billSentence, text: '£14.5bn', value: 14.5e9, unit: 'GBP', precision: 0.05e9, metric: 'tax.owed', entities: ['RU'], period: '2004' });
const otherGbp = claim({ doc: 'b.txt', sentence: 'The firm owes £14.6bn in back taxes.', text: '£14.6bn', value: 14.6e9, unit: 'GBP', precision: 0.05e9, metric: 'tax.owed', entities: ['RU'], period: '2004' });

describe('rates the texts state', () => {
  it('are read from a figure and its converted amount in brackets, also after a hedge or a semicolon', () => {
    const s = 'Tax revenue reached 2.572 trillion yuan ($311bn; about £165bn) last year.';
    const yuan = claim({ doc: 'c.txt', sentence: s, text: '2.572 trillion yuan', value: 2.572e12, unit: 'CNY', metric: 'tax.revenue' });
    const usd = claim({ doc: 'c.txt', sentence: s, text: '$311bn', value: 311e9, unit: 'USD', metric: 'tax.revenue' });
    const gbp = claim({ doc: 'c.txt', sentence: s, text: '£165bn', value: 165e9, unit: 'GBP', metric: 'tax.revenue' });
    const rates = statedRates([yuan, usd, gbp]).all;
    expect(rates.map((r) => [r.from, r.to, r.rate])).toEqual([['CNY', 'GBP', 0.06415], ['CNY', 'USD', 0.1209]]);
    expect(rates[1].source).toBe('stated in the text: 2.572 trillion yuan ($311bn)');
  });

  it('read every conversion in the bracket, after "or" or a colon too: "($2.3bn or £1.2bn)", "($106m:£54.6m)"', () => {
    for (const s of ['Varig owes 6.5 billion reais ($2.3bn or £1.2bn) to creditors.', 'Varig owes 6.5 billion reais ($2.3bn:£1.2bn) to creditors.']) {
      const reais = claim({ doc: 'v.txt', sentence: s, text: '6.5 billion reais', value: 6.5e9, unit: 'BRL', metric: 'debt' });
      const usd = claim({ doc: 'v.txt', sentence: s, text: '$2.3bn', value: 2.3e9, unit: 'USD', metric: 'debt' });
      const gbp = claim({ doc: 'v.txt', sentence: s, text: '£1.2bn', value: 1.2e9, unit: 'GBP', metric: 'debt' });
      expect(new Map(statedRates([reais, usd, gbp]).convertedFrom)).toEqual(new Map([[usd.id, reais.id], [gbp.id, reais.id]]));
      expect(run([reais, usd, gbp])).toHaveLength(1);
    }
    // "or" between two figures outside a bracket is no conversion
    const s = 'The fine could be $2m or £3m.';
    const a = claim({ doc: 'w.txt', sentence: s, text: '$2m', value: 2e6, unit: 'USD', metric: 'fine' });
    const b = claim({ doc: 'w.txt', sentence: s, text: '£3m', value: 3e6, unit: 'GBP', metric: 'fine' });
    expect(statedRates([a, b]).convertedFrom.size).toBe(0);
  });

  it('are not read from two amounts that merely share a sentence', () => {
    const s = 'Exports rose to $5bn while imports fell to £2bn.';
    const usd = claim({ doc: 'd.txt', sentence: s, text: '$5bn', value: 5e9, unit: 'USD', metric: 'exports' });
    const gbp = claim({ doc: 'd.txt', sentence: s, text: '£2bn', value: 2e9, unit: 'GBP', metric: 'imports' });
    expect(statedRates([usd, gbp]).all).toEqual([]);
  });

  it('put a figure and its conversion in one group, and join the same amount in another article', () => {
    const groups = run([billUsd, billGbp, otherGbp]);
    const g = groupOf(groups, billUsd);
    expect(g.claims).toHaveLength(3);
    expect(g.verdict).toBe('consistent');
    expect(g.reason).toMatch(/converted at 1 GBP = 1\.897 USD \(2004, stated in the text: \$27\.5bn \(£14\.5bn\)\)/);
  });

  it('still let a different amount conflict', () => {
    const wrong = claim({ doc: 'e.txt', sentence: 'The firm owes $40bn in back taxes.', text: '$40bn', value: 40e9, unit: 'USD', precision: 0.5e9, metric: 'tax.owed', entities: ['RU'], period: '2004' });
    expect(groupOf(run([billUsd, billGbp, otherGbp, wrong]), wrong).verdict).toBe('conflict');
  });

  it('give way to a configured rate, and can be turned off', () => {
    const configured = run([billUsd, billGbp], { rates: [parseRate('GBP/USD=1.9@2004-12-31', 'config')] });
    expect(configured[0].reason).toMatch(/1 GBP = 1\.9 USD \(2004-12-31, config\)/);
    expect(run([billUsd, billGbp], { statedRates: false })).toHaveLength(2);
  });
});

describe('a local price in brackets', () => {
  it('is no conversion when the bracket names its place, nor is a parallel bracket of the same currencies', () => {
    const s = 'The iPod shuffle comes in two versions, 512mb for $99 (£69 in the UK) and one gigabyte for $149 (£99).';
    const mk = (text: string, value: number, unit: string) => claim({ doc: 'i.txt', sentence: s, text, value, unit, metric: 'price' });
    const figures = [mk('$99', 99, 'USD'), mk('£69', 69, 'GBP'), mk('$149', 149, 'USD'), mk('£99', 99, 'GBP')];
    const found = statedRates(figures);
    expect(found.convertedFrom.size).toBe(0);
    expect(found.all).toEqual([]);
  });
});

describe('an amount and its conversion meet other articles in the printed currency', () => {
  it('"$427bn (£230bn)" in one article and "$427bn in 2005" in another: one figure, counted in dollars', () => {
    const s1 = 'Bush presented a budget to lower a record deficit projected to peak at $427bn (£230bn) this year.';
    const usd = claim({ doc: 'a.txt', sentence: s1, text: '$427bn', value: 427e9, unit: 'USD', precision: 0.5e9, metric: 'budget.deficit' });
    const gbp = claim({ doc: 'a.txt', sentence: s1, text: '£230bn', value: 230e9, unit: 'GBP', precision: 0.5e9, metric: 'budget.deficit' });
    const other = claim({ doc: 'b.txt', sentence: 'The shortfall is projected to rise to $427bn in 2005.', text: '$427bn', value: 427e9, unit: 'USD', precision: 0.5e9, metric: 'budget.deficit', period: '2005' });
    const groups = run([usd, gbp, other]);
    const g = groupOf(groups, other);
    expect(g.claims.sort()).toEqual([usd.id, gbp.id, other.id].sort());
    expect(g.unit).toBe('USD');
  });

  it('two articles printing one rare conversion alike restate it, whatever rate converts it', () => {
    const s1 = 'The mill was sold in June 2004 for $800m (£424m), well below other offers.';
    const s2 = 'A steel mill was sold to a consortium for $800m (£424m) despite higher bids.';
    const a = claim({ doc: 'a.txt', sentence: s1, text: '$800m', value: 800e6, unit: 'USD', metric: 'offer', entities: ['Krivorizhstal'] });
    const b = claim({ doc: 'a.txt', sentence: s1, text: '£424m', value: 424e6, unit: 'GBP', metric: 'offer', entities: ['Krivorizhstal'] });
    // (an article about another organisation: the very same rare value is needed, "£424m", not "$800m")
    const c = { ...claim({ doc: 'b.txt', sentence: s2, text: '$800m', value: 800e6, unit: 'USD', metric: 'offer' }), organisation: 'Leonid Kuchma' };
    const d = { ...claim({ doc: 'b.txt', sentence: s2, text: '£424m', value: 424e6, unit: 'GBP', metric: 'offer' }), organisation: 'Leonid Kuchma' };
    const groups = run([a, b, c, d]);
    expect(groupOf(groups, a)).toBe(groupOf(groups, c));
    expect(groupOf(groups, a).claims).toHaveLength(4);
  });
});
