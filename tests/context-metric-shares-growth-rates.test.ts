// Session 14, from blind comparison sets (an aid target "0.7% of their annual gross national
// income" in two articles, read as a share of revenue): a share of a long noun phrase, of a
// place in the possessive, and of national income.
import { describe, expect, it } from 'vitest';
import { metricKeys } from './context-metric-support.js';

const keys = metricKeys;

describe('a share of a long noun phrase', () => {
  it('reaches the head past a possessive and modifiers: "of the country\'s annual gross domestic product"', () => {
    expect(keys("In Thailand, tourism accounts for about 6% of the country's annual gross domestic product.", 'en', ['6%'])).toEqual(['gdp.share']);
    expect(keys("Public debt is already about 140% of the country's gross domestic product.", 'en', ['140%'])).toEqual(['gdp.share']);
    expect(keys('Agriculture represents 45% of gross domestic product.', 'en', ['45%'])).toEqual(['gdp.share']);
  });

  it('a place in the possessive is a determiner: "5% of Singapore\'s GDP", "about two-thirds of Italy\'s economy"', () => {
    expect(keys("About 5% of Singapore's annual gross domestic product comes from tourism.", 'en', ['5%'])).toEqual(['gdp.share']);
    expect(keys("China accounted for 20.1% of Japan's trade in 2004.", 'en', ['20.1%'])).toEqual(['trade.volume.share']);
  });

  it('but not past a preposition: "up 4% in electronic trading after the close of markets"', () => {
    expect(keys('Shares of Brambleway were up more than 4% in electronic trading after the close of New York markets.', 'en', ['4%'])).toEqual(['stock.price.change']);
  });
});

describe('national income is no revenue and no wage', () => {
  it('"0.7% of gross national income", "0,7 Prozent des Bruttonationaleinkommens"', () => {
    expect(keys('They want to raise the aid they give to 0.7% of their annual gross national income by 2015.', 'en', ['0.7%'])).toEqual(['gni.share']);
    expect(keys('Die Entwicklungshilfe soll 0,7 Prozent des Bruttonationaleinkommens erreichen.', 'de', ['0,7 Prozent'])).toEqual(['gni.share']);
  });
});

describe('growth that names nothing, in a passage about an economy', () => {
  it('is the economy\'s growth when a sentence before names the economy', () => {
    const text = [
      'Japanese industrial output fell in October, casting doubt on the strength of the recovery.',
      '"It is a sign that the economy is losing steam," an official said.',
      'Growth slowed to 0.3% in the quarter ending September 30, down from 6.3% in the first quarter.',
    ].join('\n');
    expect(keys(text, 'en', ['0.3%', '6.3%'])).toEqual(['gdp.change', 'gdp.change']);
  });

  it('not when only a later sentence names the economy, nor without any economy', () => {
    const later = 'Brambleway sold more phones in 2004.\nGrowth slowed to 3% in the fourth quarter.\nThe economy remained strong.';
    expect(keys(later, 'en', ['3%'])).toEqual(['change']);
    const firm = 'Brambleway sold more phones in 2004.\nGrowth slowed to 3% in the fourth quarter.';
    expect(keys(firm, 'en', ['3%'])).toEqual(['change']);
  });
});

describe('a bare rate said of a central bank is its policy rate', () => {
  it('"the Fed raised rates to 2%", "the Bank of England held rates at 4.75%"', () => {
    expect(keys('The Fed raised rates to 2% on Tuesday.', 'en', ['2%'])).toEqual(['interest.rate']);
    expect(keys('The Bank of England held rates at 4.75%.', 'en', ['4.75%'])).toEqual(['interest.rate']);
    expect(keys('The European Central Bank kept rates at 2%.', 'en', ['2%'])).toEqual(['interest.rate']);
  });

  it('not other rates, nor rates without a bank', () => {
    expect(keys('The Bank of England said the jobless rate was 4.7%.', 'en', ['4.7%'])).toEqual(['unemployment.rate']);
    expect(keys('Mortgage rates rose to 5%.', 'en', ['5%'])).toEqual(['interest.rate.mortgage']);
    expect(keys('The firm said response rates rose to 40%.', 'en', ['40%'])).not.toContain('interest.rate');
  });
});

describe('a conversion in brackets between a figure and its noun', () => {
  it('"a $27.5bn (£14.5bn) tax bill" is the tax bill, "the tour\'s £5m ($9.3m) costs" the costs', () => {
    expect(keys('Yugansk was sold to help pay off a $27.5bn (£14.5bn) tax bill.', 'en', ['$27.5bn', '£14.5bn'])).toEqual(['tax.owed', 'tax.owed']);
    expect(keys('She is seeking to be reimbursed for the tour\'s £5m ($9.3m) costs.', 'en', ['£5m', '$9.3m'])).toEqual(['costs', 'costs']);
  });
});

describe('second review: where the new rules must not reach', () => {
  it('a rate is the central bank\'s only right after its verb, with the bank as subject', () => {
    expect(keys('The Fed said the growth rate slowed to 2.1% in 2023.', 'en', ['2.1%'])).not.toContain('interest.rate');
    expect(keys('Mortgage lenders raised rates to 6% in March after the Bank of England decision.', 'en', ['6%'])).not.toContain('interest.rate');
    expect(keys('The Bank of England held rates, while Barclays cut its rates to 3.9%.', 'en', ['3.9%'])).not.toContain('interest.rate');
  });

  it('a central bank with a day or an aside before its verb is still the subject (third review)', () => {
    expect(keys('The Federal Reserve on Wednesday raised rates to 5.5%.', 'en', ['5.5%'])).toEqual(['interest.rate']);
    expect(keys('The Fed, led by Jerome Powell, raised rates to 5.5%.', 'en', ['5.5%'])).toEqual(['interest.rate']);
  });

  it('a firm word after the growth figure does not make it a firm\'s (third review)', () => {
    const text = 'The UK economy grew by 0.4% in 2023.\nGrowth will pick up to 1.2% next year, helping business.';
    expect(keys(text, 'en', ['1.2%'])).toEqual(['gdp.change']);
  });

  it('a firm\'s growth stays the firm\'s in a passage about the economy', () => {
    const text = 'The UK economy grew by 0.4% in 2023.\nThe retailer said its growth slowed to 1.8% in the third quarter of 2024.';
    expect(keys(text, 'en', ['1.8%'])).toEqual(['change']);
    const de = 'Die deutsche Wirtschaft wuchs 2023 um 0,4 Prozent.\nDer Konzern rechnet für 2024 mit einem Wachstum von 5 Prozent.';
    expect(keys(de, 'de', ['5 Prozent'])).not.toContain('gdp.change');
  });
});

describe('a one-off charge is a metric of its own, "charge" alone is not', () => {
  it('"a pre-tax charge of $618m", "a 650m euro write-down", "eine Sonderbelastung von 195 Mio. Euro"', () => {
    expect(keys('Marsh took a pre-tax charge of $618m in the fourth quarter.', 'en', ['$618m'])).toEqual(['charge']);
    expect(keys('Unilever booked a 650m euro write-down on Slim-Fast.', 'en', ['650m euro'])).toEqual(['charge']);
    expect(keys('Das Ergebnis belastete eine Sonderbelastung von 195 Mio. Euro.', 'de', ['195 Mio. Euro'])).toEqual(['charge']);
  });

  it('not "in charge of a £9m budget" nor "settle charges"', () => {
    expect(keys('She was in charge of a £9m budget.', 'en', ['£9m'])).toEqual(['budget']);
    expect(keys('It will pay $300m to settle charges.', 'en', ['$300m'])).not.toContain('charge');
  });
});
