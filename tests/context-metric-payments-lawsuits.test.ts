// Error classes a blind held-out comparison set found in business news: a sum
// paid to end a deal got the key of a stray name or noun ("noun:fiat",
// "noun:agreement"), a sum claimed by suing got "noun:sue" or "noun:lawsuit"
// instead of damages, a back-tax bill got "costs" instead of taxes owed.
// Figures about one payment, one claim or one tax debt must share one key.
import { describe, expect, it } from 'vitest';
import { analysedClaims, metricKeys } from './context-metric-support.js';

const keys = metricKeys;

describe('a sum paid is a payment', () => {
  it('"agreed to pay <firm> $N" is a payment, not the firm named as a noun', () => {
    expect(keys('Volvo agreed to pay Renault $1.2bn (950m euros) to leave the venture.', 'en', ['$1.2bn', '950m euros']))
      .toEqual(['payment', 'payment']);
  });
  it('"to pay $N to exit the agreement" is a payment, not the agreement', () => {
    expect(keys('The brewer will have to pay $400m to exit the agreement.', 'en', ['$400m'])).toEqual(['payment']);
  });
  it('"pays $N" is a payment: the verb "pays" is not the noun "pay" (wages)', () => {
    expect(keys('Volvo pays $1.2bn to leave the venture.', 'en', ['$1.2bn'])).toEqual(['payment']);
  });
  it('German "zahlt" is the same payment', () => {
    expect(keys('Der Versicherer zahlt 400 Millionen Dollar, um den Vertrag aufzulösen.', 'de', ['400 Millionen Dollar']))
      .toEqual(['payment']);
  });
  it('what the clause names as paid keeps its metric: a fine, a tax bill, compensation, wages', () => {
    expect(keys('The chemicals group agreed to pay a $2m fine for the spill.', 'en', ['$2m'])).toEqual(['fine']);
    expect(keys('The plant was sold to pay off a $6bn tax bill.', 'en', ['$6bn'])).toEqual(['tax.owed']);
    expect(keys('A court said it must pay 2m yuan in compensation.', 'en', ['2m yuan'])).toEqual(['damages']);
    expect(keys('The workers were paid $30m in wages.', 'en', ['$30m'])).toEqual(['wages']);
    expect(keys('Average pay rose to $900 a week.', 'en', ['$900'])).toEqual(['wages']);
    expect(keys('The ticket costs $40 and other costs are $5bn.', 'en', ['$5bn'])).toEqual(['costs']);
    expect(keys('The owner has received 39 bids so far.', 'en', ['39'])).toEqual(['offer']);
  });
});

describe('a payout is a payment; a dividend only when the phrase says so', () => {
  it('"an $N payout to settle" and "agreed to pay $N to settle" are one payment', () => {
    expect(keys('It blamed an $850m payout to settle a lawsuit brought by the attorney general.', 'en', ['$850m'])).toEqual(['payment']);
    expect(keys('Enron bosses in $168m payout', 'en', ['$168m'])).toEqual(['payment']);
  });
  it('a dividend payout, a shareholder payout and a dividend payment stay dividends', () => {
    expect(keys('The group raised its dividend payout to $2bn.', 'en', ['$2bn'])).toEqual(['dividend']);
    expect(keys('It will deliver a shareholder payout of $6bn.', 'en', ['$6bn'])).toEqual(['dividend']);
    expect(keys('Heineken increased its dividend payment to 40 euro cents.', 'en', ['40 euro cents'])).toEqual(['dividend']);
  });
  it('an aside a dash opens after "pay $N" does not say what is paid', () => {
    expect(keys('Marsh agreed to pay $850m to settle the suit - a figure in line with the fees it collected - and to change its practices.', 'en', ['$850m']))
      .toEqual(['payment']);
    // before the dash the clause still names it
    expect(keys('The firm agreed to pay a $2m fine - a record - for the spill.', 'en', ['$2m'])).toEqual(['fine']);
    // and after the dash that closes the aside (review)
    expect(keys('Citigroup agreed to pay $2bn - about £1.1bn - in compensation to investors.', 'en', ['$2bn'])).toEqual(['damages']);
    expect(keys('The firm will pay $75m - the largest sum yet - as a fine to the SEC.', 'en', ['$75m'])).toEqual(['fine']);
  });
});

describe('a sum claimed by suing is damages', () => {
  it('"sues ... for $N" is damages, and the count of defendants stays theirs', () => {
    expect(keys('The airline sues three banks for $900m.', 'en', ['three', '$900m'])).toEqual(['noun:bank', 'damages']);
  });
  it('"seeking $N in a lawsuit" is damages like "claiming $N in damages"', () => {
    expect(keys('The airline is seeking $900m in a separate lawsuit.', 'en', ['$900m'])).toEqual(['damages']);
    expect(keys('The airline is claiming $900m in damages.', 'en', ['$900m'])).toEqual(['damages']);
  });
  it('German "verklagt ... auf" is damages', () => {
    expect(keys('Die Airline verklagt drei Banken auf 900 Millionen Dollar.', 'de', ['900 Millionen Dollar'])).toEqual(['damages']);
  });
  it('a count of lawsuits stays a count of complaints', () => {
    expect(keys('The firm faces 40 lawsuits.', 'en', ['40'])).toEqual(['complaints']);
  });
});

describe('a back-tax bill is taxes owed', () => {
  it('"a $N back-tax bill" is tax.owed like "unpaid taxes" and "Steuerschuld"', () => {
    expect(keys('The miner faces a $3.1bn back-tax bill.', 'en', ['$3.1bn'])).toEqual(['tax.owed']);
    expect(keys('The miner owes $3.1bn in unpaid taxes.', 'en', ['$3.1bn'])).toEqual(['tax.owed']);
    expect(keys('Die Steuerschuld des Konzerns beträgt 3,1 Milliarden Dollar.', 'de', ['3,1 Milliarden Dollar'])).toEqual(['tax.owed']);
  });
  it('a plain bill stays costs', () => {
    expect(keys('The repair bill came to $3.1bn.', 'en', ['$3.1bn'])).toEqual(['costs']);
  });
});

describe('a term a court sets is a prison sentence (compare-holdout18)', () => {
  const key = (text: string, lang: 'de' | 'en', figure: string) => analysedClaims(text, lang).find((c) => c.text === figure)?.key;
  it('"zu 16 Jahren verurteilt", "was jailed for 12 years": sentence.prison, not a stray name or noun', () => {
    expect(key('Schettino war zu 16 Jahren und einem Monat verurteilt worden.', 'de', '16 Jahren und einem Monat')).toBe('sentence.prison');
    expect(key('Der frühere Kapitän wurde in erster Instanz zu 16 Jahren verurteilt.', 'de', '16 Jahren')).toBe('sentence.prison');
    expect(key('Wang Xuebing was jailed for 12 years in 2003.', 'en', '12 years')).toBe('sentence.prison');
  });
  it('an age beside the verb, or a sum, is none', () => {
    expect(key('Mr Knight, 39, was jailed in October 1996.', 'en', '39')).not.toBe('sentence.prison');
    expect(key('Er wurde zu 5.000 Euro verurteilt.', 'de', '5.000 Euro')).not.toBe('sentence.prison');
    // an age printed with its unit word: the term is the one after "zu"/"to"/"for"
    expect(key('Der 39 Jahre alte Mann wurde verurteilt.', 'de', '39 Jahre')).not.toBe('sentence.prison');
    expect(key('Knight, 39 years old, was jailed.', 'en', '39 years')).not.toBe('sentence.prison');
  });
});
