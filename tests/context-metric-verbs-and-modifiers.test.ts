// Three ways a word near a figure was taken for the noun it measures, though English grammar says
// otherwise: a verb after "help" ("to help pay off $27.5bn in unpaid taxes" was a wage), a noun
// that only modifies the noun after it ("their investment vehicle" was an investment, "Budget
// airline Ryanair" gave its order a budget), and "grow" said of a firm or a market (GDP growth
// for "the company grew 5%"). Each split one figure of two reports into two groups or gave a
// firm's figure an economy's key (compare-holdout, -5, -6, -8).
import { describe, expect, it } from 'vitest';
import { analysedClaims, metricKeys as keys } from './context-metric-support.js';

describe('a verb after "help" is no noun', () => {
  it('the sum paid off is the tax the sentence names, not a wage', () => {
    expect(keys('Yugansk was auctioned to help pay off $27.5bn (£14.5bn) in unpaid taxes.', 'en', ['$27.5bn', '£14.5bn'])).toEqual(['tax.owed', 'tax.owed']);
    expect(keys('The firm was sold to help pay a $27bn back tax bill.', 'en', ['$27bn'])).toEqual(['tax.owed']);
  });
  it('a noun after "help" is still a noun', () => {
    expect(keys('The state offered help worth £3m to the firm.', 'en', ['£3m'])).not.toEqual(['unknown']);
  });
});

describe('"investment" before a holder only modifies it', () => {
  it('owning a share through an investment vehicle is a stake', () => {
    expect(keys('The brothers own 29% of United through their investment vehicle Cubic Expression.', 'en', ['29%'])).toEqual(['stake']);
  });
  it('an investment bank is no investment', () => {
    expect(keys('Earnings at Barclays Capital investment bank rose 25% to £1.04bn.', 'en', ['25%', '£1.04bn'])).toEqual(['profit.change', 'profit']);
  });
  it('a budget airline has no budget', () => {
    expect(keys('Budget airline Ryanair has placed an order in a deal valued at $4bn.', 'en', ['$4bn'])).not.toEqual(['budget']);
    expect(keys('The budget was £20m.', 'en', ['£20m'])).toEqual(['budget']);
  });
  it('an investment of a sum still is one', () => {
    expect(keys('The investment of £20m was approved.', 'en', ['£20m'])).toEqual(['investment']);
  });
});

describe('"grow" of a firm or a market is no GDP growth', () => {
  it('a firm or a market that grew keeps its own noun', () => {
    expect(keys('The company grew 5% last year.', 'en', ['5%'])).not.toEqual(['gdp.change']);
    expect(keys("India's mobile market is likely to grow by about 40% a year.", 'en', ['40%'])).not.toEqual(['gdp.change']);
    expect(keys('Der Markt wuchs um 5 Prozent.', 'de', ['5 Prozent'])).not.toEqual(['gdp.change']);
  });
  it('an economy, a country or a region that grew is GDP growth, as before', () => {
    expect(keys('The economy grew 5% last year.', 'en', ['5%'])).toEqual(['gdp.change']);
    expect(keys('The region grew by 5.5% this year.', 'en', ['5.5%'])).toEqual(['gdp.change']);
    expect(keys('Österreich wuchs 2015 um 1 Prozent.', 'de', ['1 Prozent'])).toEqual(['gdp.change']);
  });
});

describe('"in" after an amount names what the money is (grammar.amountPartitives)', () => {
  it('a bill of a sum in back taxes is the taxes owed, not a cost', () => {
    expect(keys('Yukos was hit with a bill of more than $27bn in back taxes and unpaid fines.', 'en', ['$27bn'])).toEqual(['tax.owed']);
  });
  it('a form of payment after "in" leaves the noun before', () => {
    expect(keys('He paid a fine of $1m in cash.', 'en', ['$1m'])).toEqual(['fine']);
    expect(keys('They made an offer of $5bn in cash and shares.', 'en', ['$5bn'])).toEqual(['offer']);
  });
});

describe('a percentage after "worth" with "of" and a known metric is a share of that metric (grammar.valueLinks)', () => {
  it('"bonds worth 12% of the debts" is a share of the debt, not of the bonds\' price', () => {
    expect(keys('Lenders will receive bonds worth roughly 12% of the debts they hold.', 'en', ['12%'])).toEqual(['debt.share']);
  });
  it('"worth 5% of the company" keeps the noun valued when the partitive names no known metric', () => {
    expect(keys('The stake is worth 5% of the company.', 'en', ['5%'])).toEqual(['stake']);
  });
});

describe('a conversion in brackets stands between a figure and its noun at no cost', () => {
  it('the noun after the conversion is what the amount counts or names', () => {
    expect(keys('Fiat reached a $2bn (£1.05bn) settlement with GM.', 'en', ['$2bn', '£1.05bn'])).toEqual(['noun:settlement', 'noun:settlement']);
    expect(keys('Nissan turned a loss into a 331bn yen ($2.7bn) profit the following year.', 'en', ['331bn yen', '$2.7bn'])).toEqual(['profit', 'profit']);
    expect(analysedClaims('Mr Spector is currently free on $1m (£535,000) bail.', 'en').map((c) => c.key)).toEqual(['noun:bail', 'noun:bail']);
  });
  it('a noun further on still pays for the conversion', () => {
    expect(keys('The Incredibles took $300m (£160m) outside the US.', 'en', ['$300m', '£160m'])).toEqual(['revenue', 'revenue']);
  });
});
