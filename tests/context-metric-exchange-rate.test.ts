// Found through a blind comparison set on currency news: "the dollar reached $1.2871 against the
// euro" had no metric, so one day's exchange rate in two articles was never compared.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';

const claimOf = (text: string, figure: string) => {
  const c = analyse({ path: 't.txt', text }, {}).claims.find((x) => x.text === figure);
  if (!c) throw new Error(`no claim ${figure}`);
  return c;
};

describe('a small amount said of a currency is an exchange rate', () => {
  it('with the two currencies as its entities', () => {
    const c = claimOf('In late trading, the dollar reached $1.2871 against the euro on Friday.', '$1.2871');
    expect(c.metric.key).toBe('exchange.rate');
    expect(c.entities).toEqual(['EUR', 'USD']);
    expect(claimOf('The dollar was trading at 105.28 yen in Tokyo on Monday.', '105.28 yen').entities).toEqual(['JPY', 'USD']);
    expect(claimOf('Der Euro stieg am Freitag in Frankfurt auf 1,12 Dollar.', '1,12 Dollar').metric.key).toBe('exchange.rate');
  });

  it('not an amount and its conversion, nor a large sum, nor "won" the verb', () => {
    expect(claimOf('Der Chip wird für 220 Dollar (rund 198 Euro) online angeboten.', '220 Dollar').metric.key).not.toBe('exchange.rate');
    expect(claimOf('The weak dollar cost the firm $5,000 against the euro.', '$5,000').metric.key).not.toBe('exchange.rate');
    expect(claimOf('Keane won the prize while the single sold for 50 cents a download.', '50 cents').metric.key).not.toBe('exchange.rate');
  });
});

describe('a place with a figure of its own in brackets is not the subject of the other figures', () => {
  it('"in Oberösterreich (1,8 Prozent)" is not the country of the national figure', () => {
    const text = 'Die Wirtschaft wird heuer um 1,5 Prozent wachsen, allen voran in Oberösterreich (1,8 Prozent) und Vorarlberg (1,7 Prozent).';
    expect(claimOf(text, '1,5 Prozent').entities).toEqual([]);
    expect(claimOf(text, '1,7 Prozent').entities).toEqual(['AT-8']);
    expect(claimOf('Österreich liegt mit 402 Zählern klar vor Japan (289) in Führung.', '402 Zählern').entities).toEqual(['AT']);
  });
});
