// What a figure measures across a currency conversion with a semicolon ("(1.53bn euros; £1.05bn)"),
// and which deficit a bare "deficit" is: one with a partner country is a trade deficit, and so is
// one that follows a trade deficit's figure a sentence or two before. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';

const metrics = (text: string) => analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang: 'en' }).claims.map((c) => [c.text, c.metric?.key]);

describe('a conversion bracket with a semicolon is no clause break', () => {
  it('the noun after the bracket is what the figures measure', () => {
    expect(metrics('Acme reached a $3bn (2.3bn euros; £1.6bn) settlement with its partner.')).toEqual([
      ['$3bn', 'noun:settlement'], ['2.3bn euros', 'noun:settlement'], ['£1.6bn', 'noun:settlement'],
    ]);
    expect(metrics('The state will lend 400m euros ($495m; £275m) to the carrier as a loan.').map((m) => m[1])).toEqual(['debt', 'debt', 'debt']);
  });

  it('a semicolon outside a bracket of figures still ends the clause', () => {
    expect(metrics('Fiat made a $2bn profit; costs rose by 3%.')).toEqual([['$2bn', 'profit'], ['3%', 'costs.change']]);
  });
});

describe('which deficit a bare "deficit" is', () => {
  it('a deficit with a partner country is a trade deficit, whatever else the sentence names', () => {
    expect(metrics("According to government data, Canada's deficit with Mexico was $2.1bn in May.")).toEqual([['$2.1bn', 'trade.deficit']]);
    expect(metrics("France's deficit with Germany fell to 4bn euros.")).toEqual([['4bn euros', 'trade.deficit']]);
  });

  it('a deficit after a trade deficit figure is the trade deficit', () => {
    expect(metrics("The trade shortfall was $41bn in March. That pushed the year's deficit to $120bn.").filter((m) => m[0].startsWith('$')))
      .toEqual([['$41bn', 'trade.deficit'], ['$120bn', 'trade.deficit']]);
  });

  it('while a bare deficit is still the budget, and a named budget deficit stays one', () => {
    expect(metrics('The deficit rose to $412bn.')).toEqual([['$412bn', 'budget.deficit']]);
    expect(metrics('The trade gap was $55bn last month. The budget deficit rose to $412bn.').map((m) => m[1])).toEqual(['trade.deficit', 'budget.deficit']);
  });
});

describe('verbs that name money: "fined", "fetch"', () => {
  it('a sum someone is fined is the fine, whoever is named between', () => {
    expect(metrics('The actor has been fined 20,000 euros (£14,000) after a brawl.').map((m) => m[1])).toEqual(['fine', 'fine']);
    expect(metrics('The regulator fined NBC $90,000 in May.')).toEqual([['$90,000', 'fine']]);
  });

  it('what a thing is expected to fetch is its price', () => {
    expect(metrics('A guitar which belonged to the singer is expected to fetch around $80,000.')).toEqual([['$80,000', 'price']]);
  });
});

describe('verbs that name money: "pledged", "taken"', () => {
  it('a sum pledged or promised is a pledge, not the name before it', () => {
    expect(metrics('Rich nations have promised to give $300m (£160m) over the next year.').map((m) => m[1])).toEqual(['pledge', 'pledge']);
    expect(metrics('Japan pledged $20m in loans.')).toEqual([['$20m', 'debt']]);
  });

  it('"pledging" far from the sum says nothing of it', () => {
    expect(metrics('By pledging to raise the limit to £90,000, the party hopes to help savers.')).toEqual([['£90,000', 'noun:limit']]);
  });

  it('what a film "has taken" is its takings', () => {
    expect(metrics('The sequel has taken $52m so far.')).toEqual([['$52m', 'revenue']]);
  });
});
