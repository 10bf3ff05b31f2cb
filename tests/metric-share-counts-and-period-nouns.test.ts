// A number of shares is no share price: "sold 7 million shares" counts shares, while "shares climbed
// to 717,000" is still a price in an unnamed currency (the word "shares" before the figure). "apiece"
// and German period nouns ("Vergleichszeitraum", "Sommermonaten") measure nothing. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';

const keys = (text: string, lang: 'de' | 'en' = 'en') =>
  analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang }).claims.map((c) => [c.text, c.metric?.key]);

describe('shares counted and priced', () => {
  it('a figure before "shares" counts them', () => {
    expect(keys('The state sold 12 million shares in the bank last month.')).toEqual([['12 million', 'shares.count']]);
    expect(keys('Der Staat verkaufte 12 Millionen Aktien der Bank.', 'de')).toEqual([['12 Millionen', 'shares.count']]);
  });

  it('a bare figure the shares rose to is their price', () => {
    expect(keys('Its shares climbed by 3.1% to 624,000.')).toEqual([['3.1%', 'stock.price.change'], ['624,000', 'stock.price']]);
  });
});

describe('words that measure nothing', () => {
  it('"apiece" is no metric', () => {
    expect(keys('The investors paid £40,000 apiece.')).not.toContainEqual(['£40,000', expect.stringMatching(/apiec/)]);
  });

  it('German period nouns are no metric', () => {
    expect(keys('Im Mai kamen 900 Flüchtlinge, das sind 40 Prozent mehr als im Vergleichszeitraum 2015.', 'de'))
      .not.toContainEqual(['40 Prozent', 'noun:vergleichszeitraum']);
  });
});
