// Units a sentence settles: cents in its currency, a glued "m" as million or metres, rate spellings.
import { describe, expect, it } from 'vitest';
import { found } from './extract-helpers.js';

const units = (sentence: string, lang: 'de' | 'en') => found(sentence, lang).map((m) => [m.value, m.unit]);

describe('a figure in cents takes the currency of its sentence', () => {
  it('is in dollars next to a dollar figure, in euros next to a euro figure', () => {
    expect(units('Der Ölpreis fiel um 32 Cent auf 51,43 Dollar je Barrel.', 'de')).toEqual([[0.32, 'USD'], [51.43, 'USD']]);
    expect(units('The euro fell 2 cents to €1.20 on Monday.', 'en')).toEqual([[0.02, 'EUR'], [1.2, 'EUR']]);
  });

  it('keeps the default of its language without another currency with cents', () => {
    expect(units('Eine Briefmarke kostet 80 Cent.', 'de')).toEqual([[0.8, 'EUR']]);
    expect(units('Shares fell 25 cents to $17.65.', 'en')).toEqual([[0.25, 'USD'], [17.65, 'USD']]);
    // pounds have pence, not cents
    expect(units('The stamp costs 60 cents, the letter £1.20.', 'en')).toEqual([[0.6, 'USD'], [1.2, 'GBP']]);
  });

  it('follows the nearest currency when the sentence names two', () => {
    expect(units('Benzin kostete 1,50 Euro, 20 Cent mehr als Diesel; in den USA 3 Dollar.', 'de')).toEqual([[1.5, 'EUR'], [0.2, 'EUR'], [3, 'USD']]);
  });
});

describe('a glued "m" is million before a counted noun or another unit, metres otherwise', () => {
  it('reads BBC-style millions', () => {
    expect(units('Now the network has 14m customers in the UK alone.', 'en')).toEqual([[14e6, '']]);
    expect(units('The firm sold 2.5m phones last year.', 'en')).toEqual([[2.5e6, '']]);
    expect(units('The field produces 5m barrels a day.', 'en')).toEqual([[5e6, 'bbl/d']]);
  });

  it('keeps metres', () => {
    expect(units('The wall is 3m high.', 'en')).toEqual([[3, 'm']]);
    expect(units('She won the 400m hurdles.', 'en')).toEqual([[400, 'm']]);
  });
});

describe('rates per year, month and week use the contract\'s duration names', () => {
  it('spells t/year and keeps bbl/d', () => {
    expect(units('Die Anlage verarbeitet jährlich rund 18.000 Tonnen Müll.', 'de')).toEqual([[18000, 't/year']]);
    expect(units('The refinery handles 400,000 barrels a day.', 'en')).toEqual([[400000, 'bbl/d']]);
  });
});

describe('a capital scale letter after a number (holdout125)', () => {
  it('is a scale when nothing or a mark follows it', () => {
    expect(found('Sales reached 35 M.', 'en').map((m) => m.value)).toEqual([35e6]);
  });

  it('but the first letter of a name glued by a mark is no scale', () => {
    expect(found('A basket of 35 M&S goods cost more.', 'en').map((m) => m.value)).toEqual([35]);
    expect(found('The chain runs 35 B&Q stores.', 'en').map((m) => m.value)).toEqual([35]);
  });

  it('and so is the letter of a time of day ("h") glued to a name, while "1700 h" stays a time', () => {
    expect(found('There are 35 H&M shops in Britain.', 'en').map((m) => m.value)).toEqual([35]);
    expect(found('Gates close at 1700 h on Sundays.', 'en')).toEqual([]);
    expect(found('Anpfiff ist am Dienstag (19 Uhr/live im Radio).', 'de')).toEqual([]);
  });
});
