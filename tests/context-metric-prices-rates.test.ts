// Metric keys for commodity prices, rates per period and loan counts: figures a
// reader sees as the same metric get the same key, so `compare` can group them.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';

const keys = (text: string, lang: 'de' | 'en') =>
  Object.fromEntries(analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang }).claims.map((c) => [c.text, c.metric?.key]));

describe('commodity prices', () => {
  it('a good quoted per unit is its price, however the sentence names it', () => {
    const k = keys('Texas crude gained 62 cents to $63.17 a barrel on Monday. North Sea Brent slipped $2.04 to $58.30. '
      + 'Crude reached a record $139 a barrel last summer. Copper rose to $8,210 a tonne.', 'en');
    expect(k['$63.17']).toBe('price.oil');
    expect(k['$58.30']).toBe('price.oil');
    expect(k['$139']).toBe('price.oil');
    expect(k['$8,210']).toBe('price.copper');
  });
  it('German: je/pro unit', () => {
    const k = keys('Der Kupferpreis kletterte auf 8200 Dollar je Tonne. Ein Barrel der Sorte WTI kostete 71,20 Dollar.', 'de');
    expect(k['8200 Dollar']).toBe('price.copper');
    expect(k['71,20 Dollar']).toBe('price.oil');
  });
  it('near misses: a named metric of the good keeps its metric', () => {
    const k = keys('Oil exports were worth $12bn last year. The oil company reported revenue of $4bn. '
      + 'The oil company paid $9bn for the field. Workers must be paid at least £6.10 an hour.', 'en');
    expect(k['$12bn']).toBe('exports.oil');
    expect(k['$4bn']).toBe('revenue');
    expect(k['$9bn']).not.toMatch(/^price/);
    expect(k['£6.10']).not.toMatch(/^price/);
  });
});

describe('amounts per share', () => {
  it('an amount per share is the share price, whatever the clause calls it, and names no place', () => {
    const k = keys('A proposal was received last week, pitched at about 300p a share. '
      + 'The Irish duo do not think the price offered - 310p a share - is enough. '
      + 'Euronext could top the LSE\'s 533p a share closing price.', 'en');
    expect(k['300p']).toBe('stock.price');
    expect(k['310p']).toBe('stock.price');
    expect(k['533p']).toBe('stock.price');
    const c = analyse({ path: 'a.txt', text: 'The Irish duo do not think the price offered - 310p a share - is enough.', encoding: 'utf-8' }, { lang: 'en' }).claims[0];
    expect(c.entities).toEqual([]);
  });
  it('a result per share stays the result, per share: never weighed against the total', () => {
    const k = keys('Excluding items, eBay\'s profit was 33 cents a share. Lufthansa will pay a dividend of 0.30 euros per share. '
      + 'Its profit was $1.2bn.', 'en');
    expect(k['33 cents']).toBe('profit.per_share');
    expect(k['0.30 euros']).toBe('dividend.per_share');
    expect(k['$1.2bn']).toBe('profit');
  });
  it('German: je/pro Aktie', () => {
    const k = keys('Der Vorstand schlägt eine Dividende von 0,30 Euro je Aktie vor. Das Angebot liegt bei 45 Euro pro Aktie.', 'de');
    expect(k['0,30 Euro']).toBe('dividend.per_share');
    expect(k['45 Euro']).toBe('stock.price');
  });
  it('another metric per share stays that metric, per share ("book value of $20 per share")', () => {
    const k = keys('It has a book value of $20 per share. Cash flow came in at $3.05 a share.', 'en');
    expect(k['$20']).not.toBe('stock.price');
    expect(k['$3.05']).toMatch(/\.per_share$/);
  });
  it('near miss: "a share" not right after the amount', () => {
    expect(keys('The offer of $2bn values a share of the firm.', 'en')['$2bn']).toBe('offer');
  });
});

describe('rates per period are changes, not shares', () => {
  it('annual rate / Jahresrate', () => {
    expect(keys('Rents climbed at an annual rate of 6.2% in April.', 'en')['6.2%']).toBe('rent.change');
    expect(keys('Die Jahresrate der Teuerung lag im März bei 3,4 Prozent.', 'de')['3,4 Prozent']).not.toMatch(/share/);
  });
  it('a real share stays a share', () => {
    expect(keys('Exports make up a share of 40% of the economy.', 'en')['40%']).toMatch(/share/);
  });
});

describe('loan counts and lending', () => {
  it('approvals are a count of loans, not a poll rating; lending is one key', () => {
    const k = keys('Loan approvals dropped to 62,300 in March. Net mortgage lending slowed to £3.1bn. '
      + 'Net lending to individuals rose to £4.4bn.', 'en');
    expect(k['62,300']).toBe('approvals');
    expect(k['£3.1bn']).toBe('lending');
    expect(k['£4.4bn']).toBe('lending');
  });
  it('an approval rating stays a poll', () => {
    expect(keys('His approval rating fell to 38%.', 'en')['38%']).toBe('poll');
  });
});

describe('interest rates', () => {
  it('the central bank rate has one key however it is worded', () => {
    const k = keys('The Bank of England held the base rate at 3.5%. Interest rates at 3.5% are a record low. The key rate rose to 4%.', 'en');
    expect(k['3.5%']).toBe('interest.rate');
    expect(k['4%']).toBe('interest.rate');
    expect(keys('Die Notenbank senkte den Leitzins auf 2,5 Prozent.', 'de')['2,5 Prozent']).toBe('interest.rate');
  });
  it('a rate the text names as another one stays apart', () => {
    expect(keys('Average mortgage rates climbed to 6.9%.', 'en')['6.9%']).toBe('interest.rate.mortgage');
    expect(keys('Der Einlagenzins liegt bei 3 Prozent.', 'de')['3 Prozent']).toBe('interest.rate.deposit');
  });
});

describe('named indices', () => {
  it('the name says which index', () => {
    expect(keys('The Zew index dropped to 88.4 in May.', 'en')['88.4']).toBe('index~zew');
    expect(keys('Der Zew-Index sank auf 88,4 Punkte.', 'de')['88,4 Punkte']).toBe('index~zew');
    expect(keys('The business climate index rose to 97.1.', 'en')['97.1']).toMatch(/^index~/);
  });
  it('a known index name is that index; a generic index stays generic', () => {
    expect(keys('The Nikkei index lost 120 points to 9,800.', 'en')['9,800']).toBe('index.nikkei');
    expect(keys('The benchmark index closed at 5,210.', 'en')['5,210']).toBe('index');
  });
});

describe('a trading session is when a price was quoted, not trade', () => {
  it('German: "im frühen Handel", "im nachbörslichen Handel"', () => {
    const k = keys('Die Aktie stieg im frühen Handel um 3 Prozent auf 45,20 Euro. Im nachbörslichen Handel fiel der Kurs um 2 Prozent.', 'de');
    expect(k['3 Prozent']).toBe('stock.price.change');
    expect(k['45,20 Euro']).toBe('stock.price');
    expect(k['2 Prozent']).toBe('stock.price.change');
  });
  it('English: "in morning trade", "in electronic trade", "in after-hours trade"', () => {
    const k = keys('Shares in Wimpey were up 6% at 458.5p in morning trade. US crude was trading at $51.39 in electronic trade. '
      + 'EBay stock fell to $92.9 in after-hours trade.', 'en');
    expect(k['458.5p']).toBe('stock.price');
    expect(k['$51.39']).toBe('price.oil');
    expect(k['$92.9']).toBe('stock.price');
  });
  it('not without a preposition before, or with a trade partner after', () => {
    const en = keys('Early trade figures showed a deficit of $5bn. Volatile trade with China fell 10% to $50bn.', 'en');
    expect(en['$5bn']).toBe('trade.deficit');
    expect(en['$50bn']).toBe('trade.volume');
    const de = keys('Den bisherigen Handel mit Russland bezifferte das Amt auf 5 Milliarden Euro. '
      + 'Im bisherigen Handel mit Russland wurden 7 Milliarden Euro umgesetzt.', 'de');
    expect(de['5 Milliarden Euro']).toBe('trade.volume');
    expect(de['7 Milliarden Euro']).toBe('trade.volume');
  });
  it('German compounds: "im Frühhandel", "im Xetra-Handel"', () => {
    const k = keys('Die Aktie legte im Frühhandel um 2 Prozent auf 45 Euro zu. Die Aktie stieg im Xetra-Handel um 3 Prozent auf 45,20 Euro.', 'de');
    expect(k['45 Euro']).toBe('stock.price');
    expect(k['45,20 Euro']).toBe('stock.price');
  });
  it('trade itself keeps its metric', () => {
    expect(keys('Der Handel zwischen beiden Ländern erreichte 3,5 Milliarden Euro.', 'de')['3,5 Milliarden Euro']).toBe('trade.volume');
    expect(keys('The US said its trade with China was worth $155.2bn in 2003.', 'en')['$155.2bn']).toBe('trade.volume');
  });
});

describe('a noun that only modifies the noun after it', () => {
  it('"trade unions", "the trade union\'s members": no trade volume', () => {
    const k = keys('Two of Britain\'s big trade unions could merge. The trade union\'s members earn $500 a week.', 'en');
    expect(k['Two']).toBe('noun:union');
    expect(k['$500']).toBe('noun:union');
  });
  it('keeps trade where "trade" is the subject of a verb ("China\'s trade shows a surplus")', () => {
    expect(keys('China\'s trade shows a surplus of $5bn.', 'en')['$5bn']).toBe('trade.volume');
  });
});
