// What a figure measures across a currency conversion with a semicolon ("(1.53bn euros; £1.05bn)"),
// and which deficit a bare "deficit" is: one with a partner country is a trade deficit, and so is
// one that follows a trade deficit's figure a sentence or two before. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';

const metrics = (text: string) => analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang: 'en' }).claims.map((c) => [c.text, c.metric?.key]);

describe('a conversion bracket with a semicolon is no clause break', () => {
  it('the noun after the bracket is what the figures measure', () => {
    expect(metrics('Fiat reached a $2bn (1.53bn euros; £1.05bn) settlement with GM.')).toEqual([
      ['$2bn', 'noun:settlement'], ['1.53bn euros', 'noun:settlement'], ['£1.05bn', 'noun:settlement'],
    ]);
    expect(metrics('The state will lend 400m euros ($495m; £275m) to the carrier as a loan.').map((m) => m[1])).toEqual(['debt', 'debt', 'debt']);
  });

  it('a semicolon outside a bracket of figures still ends the clause', () => {
    expect(metrics('Fiat made a $2bn profit; costs rose by 3%.')).toEqual([['$2bn', 'profit'], ['3%', 'costs.change']]);
  });
});

describe('which deficit a bare "deficit" is', () => {
  it('a deficit with a partner country is a trade deficit, whatever else the sentence names', () => {
    expect(metrics("According to government figures, the US's deficit with China was $19.6bn in November.")).toEqual([['$19.6bn', 'trade.deficit']]);
    expect(metrics("The UK's deficit with the EU fell to £1.9bn.")).toEqual([['£1.9bn', 'trade.deficit']]);
  });

  it('a deficit after a trade deficit figure is the trade deficit', () => {
    expect(metrics('The trade shortfall was $55.5bn in October. That pushed the 10 month deficit to $500.5bn.').filter((m) => m[0].startsWith('$')))
      .toEqual([['$55.5bn', 'trade.deficit'], ['$500.5bn', 'trade.deficit']]);
  });

  it('while a bare deficit is still the budget, and a named budget deficit stays one', () => {
    expect(metrics('The deficit rose to $412bn.')).toEqual([['$412bn', 'budget.deficit']]);
    expect(metrics('The trade gap was $55bn last month. The budget deficit rose to $412bn.').map((m) => m[1])).toEqual(['trade.deficit', 'budget.deficit']);
  });
});

describe('verbs that name money: "fined", "fetch"', () => {
  it('a sum someone is fined is the fine, whoever is named between', () => {
    expect(metrics('The singer has been fined 50,000 euros (£35,000) after a fight.').map((m) => m[1])).toEqual(['fine', 'fine']);
    expect(metrics('The regulator fined CBS $550,000 last autumn.')).toEqual([['$550,000', 'fine']]);
  });

  it('what a thing is expected to fetch is its price', () => {
    expect(metrics('A trumpet which belonged to Dizzy Gillespie is expected to fetch around $500,000.')).toEqual([['$500,000', 'price']]);
  });
});

describe('verbs that name money: "pledged", "taken"', () => {
  it('a sum pledged or promised is a pledge, not the name before it', () => {
    expect(metrics('Donor nations have promised to give $717m (£379m) over the next six months.').map((m) => m[1])).toEqual(['pledge', 'pledge']);
    expect(metrics('Japan pledged $20m in loans.')).toEqual([['$20m', 'debt']]);
  });

  it('"pledging" far from the sum says nothing of it', () => {
    expect(metrics('By pledging to increase the threshold to £150,000, the party will help buyers.')).toEqual([['£150,000', 'noun:threshold']]);
  });

  it('what a film "has taken" is its takings', () => {
    expect(metrics('The Aviator has taken $75m so far.')).toEqual([['$75m', 'revenue']]);
  });
});
