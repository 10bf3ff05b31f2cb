import { describe, expect, it } from 'vitest';
import { numberLanguageHint } from '../src/extract/lang-hint.js';
import { found, only, texts } from './extract-helpers.js';

describe('English number formats', () => {
  it('reads the thousands comma and the decimal point', () => {
    expect(only('US firms added only 146,000 jobs in January.', 'en').value).toBe(146_000);
    expect(only('The index rose to 1,234.5 points.', 'en').value).toBe(1234.5);
    expect(only('In late trading the dollar reached $1.2871 against the euro.', 'en').value).toBe(1.2871);
    expect(only('The price was 4.800 on Monday.', 'en').value).toBe(4.8);
  });

  it.each([
    ['Give me 10k.', 1e4],
    ['The deal is worth $3.5bn.', 3.5e9],
    ['It spent 59.2 trillion rupiah on fuel subsidies.', 59.2e12],
    ['That account revenue target is US$ 1MM', 1e6],
    ['Coyle has £20m.', 20e6],
    ['The total is 1.3e6.', 1.3e6],
    ['The result is .08 precisely.', 0.08],
    ['The scheme will cost three lakh crore rupees.', 3e12],
    ['Officials spoke of a thousand million pounds.', 1e9],
  ])('%s', (sentence, value) => {
    expect(only(sentence, 'en').value).toBeCloseTo(value, 9);
  });
});

describe('English numbers in words', () => {
  it.each([
    ['Eight people were hurt.', 8],
    ['Twenty-six people die in accident at Techiman', 26],
    ['There were one hundred and sixty-one entries.', 161],
    ['Two thousand and two hundred runners started.', 2200],
    ['Some twenty-one trillion three hundred were counted.', 21_000_000_000_300],
    ['There are five and a half million fishes in this lake', 5_500_000],
    ['And one-and-a-half million hard working families were paying.', 1_500_000],
    ['He signed a three-and-a-half year contract.', 3.5],
    ['Sophos said that two e-mail messages made the list.', 2],
    ['The firm lost two million and three fifths', 2_600_000],
    ['a dozen', 12],
    [' half a  dozen', 6],
    ['It costs quarter million us dollars.', 250_000],
    ['The answer is minus one', -1],
    ['two hundred point seventy-one', 200.71],
  ])('%s', (sentence, value) => {
    expect(only(sentence, 'en').value).toBeCloseTo(value, 6);
  });

  it('reads "X million and Y million" as two numbers, a range after "between" (holdout54)', () => {
    const r = only('Viewers compared with between 100 million and 118 million in recent years.', 'en');
    expect([r.value, r.high, r.qualifier]).toEqual([100_000_000, 118_000_000, 'range']);
    expect([only('Between five million and six million people voted.', 'en').value, only('Between five million and six million people voted.', 'en').high]).toEqual([5_000_000, 6_000_000]);
    expect(only('Es waren zwischen fünf Millionen und sechs Millionen Menschen.', 'de').high).toBe(6_000_000);
    // a smaller scale after "and" still completes the number
    expect(only('It was two million and five hundred thousand.', 'en').value).toBe(2_500_000);
  });

  it('reads fractions, and shares of a group as percent', () => {
    // a fraction with nothing after it is the number itself
    expect(only('one-eighth', 'en').value).toBe(0.125);
    const m = only("The G20 nations account for two thirds of the world's population.", 'en');
    expect([m.text, m.unit]).toEqual(['two thirds', '%']);
    expect(m.value).toBeCloseTo(66.667, 2);
    const q = only('The Fed raised interest rates by a quarter of a point.', 'en');
    expect([q.text, q.value, q.unit]).toEqual(['a quarter of a point', 0.25, 'pt']);
  });

  it('reads a fraction before a unit: "a quarter percentage point", "a quarter point", "half a percentage point"', () => {
    const q = found('The Federal Reserve raised its key rate by a quarter percentage point to 2%.', 'en')[0];
    expect([q.text, q.value, q.unit]).toEqual(['a quarter percentage point', 0.25, 'pp']);
    const p = found('MPC member Paul Tucker voted for a quarter point rise in interest rates.', 'en');
    expect(p.map((m) => [m.text, m.value])).toEqual([['a quarter point', 0.25]]);
    const h = only('The bank cut rates by half a percentage point.', 'en');
    expect([h.text, h.value, h.unit]).toEqual(['half a percentage point', 0.5, 'pp']);
  });

  it('reads "lifted interest rates 0.25% to 5.5%" as a change and its new level, "rise 2% to 3%" as a range', () => {
    expect(texts('The Reserve Bank of Australia lifted interest rates 0.25% to 5.5%, their first move in a year.', 'en')).toEqual(['0.25%', '5.5%']);
    expect(texts('Sales are expected to rise 2% to 3% next year.', 'en')).toEqual(['2% to 3%']);
    expect(texts('The ECB raised its key rate 0.25% to 4.5%.', 'en')).toEqual(['0.25%', '4.5%']);
    // past an object that is no rate, or across a comma, "X% to Y%" stays a range
    expect(texts('Retailers expect to cut prices 5% to 50% in the sales.', 'en')).toEqual(['5% to 50%']);
    expect(texts('Prices rose, 1% to 5% in most regions.', 'en')).toEqual(['1% to 5%']);
  });

  it('does not read ordinals or a count of rises as fractions of a unit', () => {
    expect(texts('The album stayed at number one for a third week in a row.', 'en')).not.toContain('a third week');
    expect(texts('Borders had edged ahead with a sixth-minute penalty.', 'en')).toEqual([]);
    expect(texts('The Fed has pushed through three quarter-point rate rises since June.', 'en')).not.toContain('three quarter-point');
    expect(texts('He waited half an hour for the bus.', 'en')).toEqual([]);
  });

  it('reads "one in five" as a share', () => {
    const m = only('One in five Britons is obese.', 'en');
    expect([m.text, m.value, m.unit]).toEqual(['One in five', 20, '%']);
  });

  it('reads a currency named in full before the figure: "Australian dollars 648m"', () => {
    const m = only('Qantas made a profit of Australian dollars 648m last year.', 'en');
    expect([m.text, m.value, m.unit]).toEqual(['Australian dollars 648m', 648e6, 'AUD']);
    expect(texts('It costs 5 US dollars 3 times a day.', 'en')).toEqual(['5 US dollars', '3 times']);
    expect(only('It holds Swiss francs 2bn in reserves.', 'en').unit).toBe('CHF');
    // a unit after the number wins over the currency word before it
    expect(texts('Prices in US dollars 12% higher were reported.', 'en')).toEqual(['12%']);
  });

  it('reads "four in ten" and "nine out of 10" as shares, with their hedge', () => {
    const m = only('PricewaterhouseCoopers said four in ten business leaders were very confident.', 'en');
    expect([m.text, m.value, m.unit]).toEqual(['four in ten', 40, '%']);
    expect(only('Nine out of 10 cats prefer it.', 'en').value).toBe(90);
    const hedged = only('About one in five adults smoke.', 'en');
    expect([hedged.value, hedged.qualifier, hedged.hedge]).toEqual([20, 'about', 'About']);
    // a year is no base
    expect(texts('He created Brookside and another one in 1982.', 'en')).toEqual([]);
    // events counted, not people: "nine in 10 games"; "In Britain four in ten adults" is a share
    expect(texts('Rooney has scored nine in 10 games this season.', 'en')).toEqual(['nine', '10']);
    expect(texts('In Britain four in ten adults smoke.', 'en')).toEqual(['four in ten']);
    expect(texts('Around one in 2000 babies is affected.', 'en')).toEqual(['one in 2000']);
    // a round is a reference, not a share's numerator
    expect(texts('He has never been beyond round four in eight attempts.', 'en')).toEqual(['eight']);
  });

  it('counts after a possessive ("his four dogs", "their two election defeats"), not after an article', () => {
    expect(texts('He used his four dogs to chase away deer.', 'en')).toEqual(['four']);
    expect(texts('They have learned nothing from their two election defeats.', 'en')).toEqual(['two']);
    expect(texts('The two companies merged.', 'en')).toEqual([]);
    expect(texts('The firm is owned by its 10 largest shareholders and its best two managers.', 'en')).toEqual([]);
  });

  it('reads "following" without a determiner as a preposition: "following 10 days of talks"', () => {
    expect(texts('The report was published following 10 days of talks.', 'en')).toEqual(['10 days']);
    expect(texts('It will rain for the following three days.', 'en')).toEqual([]);
  });

  it('reads "twenty-first" as an ordinal, "a seven-second delay" as a duration', () => {
    expect(texts('He celebrated a twenty-first birthday party with 50 guests.', 'en')).toEqual(['50']);
    expect(texts('It was broadcast with a seven-second time delay.', 'en')).toEqual(['seven-second']);
  });

  it('does not count a ranked group: "the world\'s 500 largest companies", "the best two players"', () => {
    expect(texts("Bosses of a fifth of the world's 500 largest companies were there.", 'en')).toEqual(['a fifth']);
    expect(texts('The 20 biggest projects and the best two players.', 'en')).toEqual([]);
    expect(texts("The firm's 500 staff were sacked.", 'en')).toEqual(['500']);
  });

  it('does not read articles, "one of" or ordinal words as numbers', () => {
    expect(texts('One of the firms had a plan for a third term.', 'en')).toEqual([]);
    expect(texts('It was the first time in a decade.', 'en')).toEqual([]);
    expect(texts('a', 'en')).toEqual([]);
  });

  it('reads the dollars and cents of one amount together', () => {
    expect(only('it only cost thirteen dollars and forty-five cents', 'en').value).toBeCloseTo(13.45, 9);
    expect(only('es kostet nur 15 Dollar und 15 Cent.').value).toBeCloseTo(15.15, 9);
    expect(only('A ticket costs 4 pounds and 20 pence.', 'en').value).toBeCloseTo(4.2, 9);
  });

  it('reads "12 euro zone countries" as twelve countries, not twelve euros', () => {
    const amounts = (s: string) => found(s, 'en').map((m) => [m.text, m.unit]);
    expect(amounts('The 16 euro area members agreed to the plan.')).toEqual([['16', '']]);
    expect(amounts('Growth in the 16 Euro zone economies slowed.')).toEqual([['16', '']]);
    expect(amounts('A ticket costs 16 euro.')).toEqual([['16 euro', 'EUR']]);
  });

  it('keeps two amounts in cents, or cents of another currency, apart', () => {
    const amounts = (s: string, lang?: 'en') => found(s, lang).map((m) => [m.text, m.value, m.unit]);
    expect(amounts('Tickets rose from 80 cents and 95 cents to a dollar.', 'en').slice(0, 2)).toEqual([['80 cents', 0.8, 'USD'], ['95 cents', 0.95, 'USD']]);
    expect(amounts('He gave 4 dollars and 20 pence.', 'en')).toEqual([['4 dollars', 4, 'USD'], ['20 pence', 0.2, 'GBP']]);
    expect(amounts('Die Gebühr stieg von 15 Cent und 20 Cent auf 30 Cent.').map((m) => m[1])).toEqual([0.15, 0.2, 0.3]);
  });

  it('keeps the currency a cent amount names against a dollar amount in its sentence', () => {
    const units = (s: string) => found(s, 'en').map((m) => [m.text, m.unit]);
    expect(units('The payout rose to 40 euro cents ($0.52) from 32 euro cents.')).toEqual([['40 euro cents', 'EUR'], ['$0.52', 'USD'], ['32 euro cents', 'EUR']]);
    expect(units('It pays 80 Canadian cents (US$0.61) a share.')).toEqual([['80 Canadian cents', 'CAD'], ['US$0.61', 'USD']]);
    // a bare "cents" still takes the currency its sentence names
    expect(units('The shares fell 3 cents to €1.20.')).toEqual([['3 cents', 'EUR'], ['€1.20', 'EUR']]);
  });

  it('keeps several figures of one sentence apart', () => {
    const ms = found('Quarterly profits at TimeWarner jumped 76% to $1.13bn (£600m) for the three months to December, from $639m year-earlier.', 'en');
    expect(ms.map((m) => m.text)).toEqual(['76%', '$1.13bn', '£600m', '$639m']);
  });
});

describe('language hint for short texts', () => {
  it('tells the language of a figure from its words', () => {
    expect(numberLanguageHint('twenty percent')).toBe('en');
    expect(numberLanguageHint('zwanzig Prozent')).toBe('de');
    expect(numberLanguageHint('75 Millionen Dollar')).toBe('de');
    expect(numberLanguageHint('100%')).toBe(null);
  });
});

describe('"for the first time in N years" states a record\'s span (compare-holdout23, compare-holdout24)', () => {
  it('reads the span after "the first time in" as a duration, not after a later ordinal', () => {
    expect(texts('Spain won the Davis Cup for the first time in 11 years.', 'en')).toEqual(['11 years']);
    expect(texts('They won for the second time in three years.', 'en')).toEqual([]);
    expect(texts('Zum ersten Mal in zwölf Jahren sank der Umsatz.', 'de')).toEqual(['zwölf Jahren']);
    expect(texts('Zum dritten Mal in zwei Jahren sank der Umsatz.', 'de')).toEqual([]);
  });
});

describe('"N years on" is later, "N years on the case" is time spent (holdout56)', () => {
  it('reads a duration with an object after "on", none where "on" ends the phrase', () => {
    expect(texts('The agency worked for two years on the case.', 'en')).toEqual(['two years']);
    expect(texts('He was jailed for 14 years on charges of spying.', 'en')).toEqual(['14 years']);
    expect(texts('Two years on, the firm is thriving.', 'en')).toEqual([]);
    expect(texts('But 20 years on they share top spot.', 'en')).toEqual([]);
    expect(texts('The real rose to its highest level in more than two years on Friday.', 'en')).toEqual(['two years']);
  });
});

describe('"by X to Y" with a bracketed range converting it is one range (holdout55)', () => {
  it('reads "by $3.8m to $4.9m (£2m to £2.6m)" as a range, "by $3.8m to $4.9m" alone as a change and a level', () => {
    expect(texts('The move would cut its profits by $3.8m to $4.9m (£2m to £2.6m).', 'en')).toEqual(['$3.8m to $4.9m', '£2m to £2.6m']);
    expect(texts('Profits fell by $3.8m to $4.9m.', 'en')).toEqual(['$3.8m', '$4.9m']);
  });
});

describe('review: a bracketed range after "from X to Y" or far-apart values', () => {
  it('keeps a change and its level', () => {
    expect(texts('Revenue rose from $3m to $4m (£2m to £3m) last year.', 'en').slice(0, 2)).toEqual(['$3m', '$4m']);
    expect(texts('The firm raised the price by $10 to $50 (£8 to £40).', 'en').slice(0, 2)).toEqual(['$10', '$50']);
  });
});

describe('a year past 2100 after the noun "year"', () => {
  // Sentences written for this test.
  it('names a year (a date or a title), no count', () => {
    expect(texts('Their hits include Year 3000 and Summer Rain.', 'en')).toEqual([]);
    expect(texts('Im Jahr 2500 wird es 300 Städte geben.', 'de')).toEqual(['300']);
    expect(texts('By the year 2050 some 9,000 people will live there.', 'en')).toEqual(['9,000']);
  });
});
