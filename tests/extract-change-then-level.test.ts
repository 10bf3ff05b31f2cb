// A bare change before a new level written with its unit ("rose by 0.5 to 54.1 points", "um 0,5
// auf 54,1 Punkte") is two figures in that unit, the change and the level, not a range 0.5-54.1
// (holdout58). Close values, a scale written once or a percentage keep the range reading: "rose by
// 5 to 10%", "by 5 to 20 million units". Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { found, texts } from './extract-helpers.js';
import { analyse } from '../src/pipeline/analyse.js';
import { decode } from '../src/read/decode.js';

const figures = (sentence: string, lang: 'de' | 'en') => found(sentence, lang).map((m) => [m.text, m.value, m.unit, m.qualifier]);

describe('a change and the new level', () => {
  it('English: "rose by 0.5 to 54.1 points", "fell 25.3 to 4,820.1 points"', () => {
    expect(figures('The index rose by 0.5 to 54.1 points in June.', 'en')).toEqual([['0.5', 0.5, 'pt', 'exact'], ['54.1 points', 54.1, 'pt', 'exact']]);
    expect(figures('The FTSE 100 fell 25.3 to 4,820.1 points.', 'en')).toEqual([['25.3', 25.3, 'pt', 'exact'], ['4,820.1 points', 4820.1, 'pt', 'exact']]);
  });

  it('German: "um 0,5 auf 54,1 Punkte" lends the unit to the change; before a percentage it does not', () => {
    expect(figures('Der Index kletterte im Juni um 0,5 auf 54,1 Punkte.', 'de')).toEqual([['0,5', 0.5, 'pt', 'exact'], ['54,1 Punkte', 54.1, 'pt', 'exact']]);
    expect(figures('Der Umsatz stieg um 2 auf 10 Millionen Euro.', 'de').map((f) => f.slice(0, 3))).toEqual([['2', 2e6, 'EUR'], ['10 Millionen Euro', 10e6, 'EUR']]);
    expect(figures('Die Quote stieg um 0,5 auf 4,5 Prozent.', 'de').map((f) => f[2])).toEqual(['', '%']);
  });

  // holdout63: "up 23,600 to 27,700" was one range; after a verb of change bare counts are two figures
  it('bare counts after a verb of change: "fell 11,000 to 813,200", "up 23,600 to 27,700"', () => {
    expect(figures('The claimant total fell 11,000 to 813,200 last month.', 'en')).toEqual([['11,000', 11000, '', 'exact'], ['813,200', 813200, '', 'exact']]);
    expect(figures('Applications rose by 17%, up 23,600 to 27,700.', 'en').map((f) => f[0])).toEqual(['17%', '23,600', '27,700']);
    expect(figures('The death toll rose by 5 to 50.', 'en').map((f) => f[0])).toEqual(['5', '50']);
    // (a counted noun after them: the verb's object, a range; German "um ... bis": a range of the change; review)
    expect(figures('Economists expect employers to add 150,000 to 200,000 jobs in March.', 'en').map((f) => f[3])).toEqual(['range']);
    expect(figures('Die Zahl der Anträge könnte um 10.000 bis 50.000 steigen.', 'de').map((f) => f[3])).toEqual(['range']);
    // (an adverb after the level is no counted noun: review)
    expect(figures('The death toll rose 1,200 to 15,400 according to officials.', 'en').map((f) => f[3])).toEqual(['exact', 'exact']);
    // ("by" and close values: the change's own range)
    expect(figures('The number rose by 2,000 to 3,000.', 'en').map((f) => f[3])).toEqual(['range']);
    expect(figures('Between 2,000 to 3,000 people came.', 'en').map((f) => f[3])).toEqual(['range']);
  });

  it('keeps ranges that are ranges', () => {
    expect(figures('Prices rose by 5 to 10%.', 'en')).toEqual([['5 to 10%', 5, '%', 'range']]);
    expect(figures('Sales rose by 5 to 20 million units.', 'en').map((f) => f[3])).toEqual(['range']);
  });
});

// holdout61: "793,000 barrels of oil per day" was barrels, not a daily rate; "rupees" in a Sri Lanka story are LKR.
describe('rates and local currencies', () => {
  it('reads a rate past what the unit measures', () => {
    expect(figures('Iraq pumps 793,000 barrels of oil per day.', 'en')).toEqual([['793,000 barrels of oil per day', 793000, 'bbl/d', 'exact']]);
    expect(figures('Der Irak fördert 793.000 Barrel Öl pro Tag.', 'de')).toEqual([['793.000 Barrel Öl pro Tag', 793000, 'bbl/d', 'exact']]);
  });

  it('gives a bare rupee the country its article names', () => {
    const units = (text: string) => analyse(decode('x.en.txt', Buffer.from(text))).claims.map((c) => c.unit);
    expect(units("Sri Lanka's central bank said the 5bn rupees plan will help.")).toEqual(['LKR']);
    expect(units("India's government will spend 5bn rupees.")).toEqual(['INR']);
  });
});

// holdout62: "12 statt 14,5 Milliarden Euro" left the first figure a bare count.
describe('a figure instead of another', () => {
  it('takes its unit and scale', () => {
    expect(figures('Dann stünden 2018 bestenfalls 12 statt 14,5 Milliarden Euro bereit.', 'de').map((f) => f.slice(0, 3))).toEqual([
      ['12', 12e9, 'EUR'], ['14,5 Milliarden Euro', 14.5e9, 'EUR'],
    ]);
    expect(figures('Growth will be 12 rather than 14.5 billion euros.', 'en').map((f) => f.slice(0, 3))).toEqual([
      ['12', 12e9, 'EUR'], ['14.5 billion euros', 14.5e9, 'EUR'],
    ]);
  });

  it('takes them past an article and its adjectives before the other figure', () => {
    expect(figures('Die Stadt bekommt acht statt der ursprünglich zugesagten 9,5 Millionen Euro.', 'de').map((f) => f.slice(0, 3))).toEqual([
      ['acht', 8e6, 'EUR'], ['9,5 Millionen Euro', 9.5e6, 'EUR'],
    ]);
    expect(figures('The city gets 8 instead of the promised 9.5 million pounds.', 'en').map((f) => f.slice(0, 3))).toEqual([
      ['8', 8e6, 'GBP'], ['9.5 million pounds', 9.5e6, 'GBP'],
    ]);
    // a noun after the article belongs to it: no figure of the pair follows
    expect(figures('Er traf 12 statt der Kollegen 14 Mal.', 'de').map((f) => f[2])[0]).toBe('');
  });
});

// An amount right after a verb of change and before "to" and its new level is the change, and the
// level after it is the level, not a second change ("rose $1.64 to $47.10", "fell 11,000 to 813,200").
describe('what the change and the new level measure', () => {
  const metrics = (text: string) => analyse(decode('x.en.txt', Buffer.from(text))).claims.map((c) => [c.text, c.metric?.key]);
  it('marks the change and leaves the level', () => {
    expect(metrics('US light crude rose $1.64 to $47.10 a barrel.')).toEqual([['$1.64', 'price.oil.change'], ['$47.10', 'price.oil']]);
    expect(metrics('Turnover rose $7.2bn to $170.8bn.')).toEqual([['$7.2bn', 'revenue.change'], ['$170.8bn', 'revenue']]);
    const claimant = metrics('The benefit claimant total fell 11,000 to 813,200 last month.');
    expect(claimant[0][1]).toMatch(/\.change$/);
    expect(claimant[1][1]).not.toMatch(/\.change$/);
  });

  it('keeps an earlier level and the new one one series ("from 157,000 to 133,000" jobs gains)', () => {
    const gains = metrics('The Labor Department revised down the jobs gains in December, from 157,000 to 133,000.');
    expect(gains[0][1]).toBe(gains[1][1]);
  });

  it('a noun past the new level in another clause does not name it', () => {
    expect(metrics('News Corp shares fell 25 cents to $17.65 after the share offer was announced.').map((m) => m[1])).toEqual(['stock.price.change', 'stock.price']);
  });
});

// holdout66: "fell one place" was dropped as an article; "to 1,546 trillion rials from 1,070 trillion" left the old level a count.
describe('a step of a rank and an earlier level with its own scale', () => {
  it('counts "one" after a verb of change before a step ("fell one place"), not elsewhere', () => {
    expect(texts('Hide And Seek fell one place.', 'en')).toEqual(['one']);
    expect(texts('The team slipped one notch.', 'en')).toEqual(['one']);
    expect(texts('It will be late when people wake up one morning.', 'en')).toEqual([]);
    expect(texts('They were propping up one another.', 'en')).toEqual([]);
    expect(texts('The council has set up one point of contact.', 'en')).toEqual([]);
    expect(texts('Confidence is forecast to drop one point in the March survey.', 'en')).toEqual(['one point']); // (the point its unit, as in "two points": review)
  });

  it('gives the places a rank moves by the change of the rank', () => {
    const metrics = (text: string) => analyse(decode('x.en.txt', Buffer.from(text))).claims.map((c) => [c.text, c.metric?.key]);
    expect(metrics("Destiny's Child slipped one place to four.")).toEqual([['one', 'rank.change'], ['four', 'rank']]);
    expect(metrics('Il Divo moved up seven places to number three.')[0]).toEqual(['seven', 'rank.change']);
  });

  it('lends the currency of the new level to an earlier level with a scale of its own', () => {
    expect(found('He wanted to raise the budget to 1,546 trillion rials from 1,070 trillion.', 'en').map((m) => m.unit)).toEqual(['IRR', 'IRR']);
    expect(found('Sales rose to $15bn from 12bn.', 'en').map((m) => [m.value, m.unit])).toEqual([[15e9, 'USD'], [12e9, 'USD']]);
    expect(found('Profits fell to $500m from 1.2bn.', 'en').map((m) => m.unit)).toEqual(['USD', 'USD']);
    // (not to a count: "to $15bn from 12bn users" is another quantity)
    expect(found('Revenue rose to $15bn from 12bn users.', 'en').map((m) => m.unit)).toEqual(['USD', '']);
  });
});
