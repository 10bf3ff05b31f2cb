// Three error classes of the extract stage: a change and its new level read as one range,
// vague quantifiers before a scale word read as figures, and slash pairs sharing a unit.
import { describe, expect, it } from 'vitest';
import { found, only, texts } from './extract-helpers.js';

const brief = (sentence: string, lang: 'de' | 'en') =>
  found(sentence, lang).map((m) => [m.value, m.high, m.unit]);

describe('a change verb before "X to Y": the change and the new level, not a range', () => {
  it.each([
    ['Brent oil slipped 45 cents to $62.10 a barrel on Friday.', [[0.45, null, 'USD'], [62.1, null, 'USD']]],
    ['Group revenue climbed £300m to £4.2bn.', [[300e6, null, 'GBP'], [4.2e9, null, 'GBP']]],
    ['Mortgage rates fell 0.25% to 3.75%.', [[0.25, null, '%'], [3.75, null, '%']]],
    ['Its shares were up 4p to 212p at the close.', [[0.04, null, 'GBP'], [2.12, null, 'GBP']]],
    ['Exports grew $1.5bn to $20bn last year.', [[1.5e9, null, 'USD'], [20e9, null, 'USD']]],
  ])('%s', (sentence, expected) => {
    expect(brief(sentence, 'en')).toEqual(expected);
  });

  it('keeps real ranges as ranges', () => {
    expect(only('Between 4 and 6 million visitors are expected.', 'en')).toMatchObject({ value: 4e6, high: 6e6 });
    expect(only('Some 4 to 6 million visitors are expected.', 'en')).toMatchObject({ value: 4e6, high: 6e6 });
    expect(only('Margins are typically 8-9%.', 'en')).toMatchObject({ value: 8, high: 9, unit: '%' });
    expect(only('The work will cost $3bn to $4bn.', 'en')).toMatchObject({ value: 3e9, high: 4e9, unit: 'USD' });
    // a forecast change of 2 to 2.5 per cent is a range of the change itself
    expect(only('The economy should grow 2% to 2.5% next year.', 'en')).toMatchObject({ value: 2, high: 2.5, unit: '%' });
    expect(only('Prices rose 6 to 8 per cent.', 'en')).toMatchObject({ value: 6, high: 8, unit: '%' });
    expect(only('Es kamen zwischen 4 und 6 Millionen Besucher.', 'de')).toMatchObject({ value: 4e6, high: 6e6 });
  });

  it('gives German "um X auf Y" two figures', () => {
    expect(brief('Die Aktie stieg um 3 Prozent auf 48,20 Euro.', 'de')).toEqual([[3, null, '%'], [48.2, null, 'EUR']]);
    expect(brief('Der Preis fiel 20 Cent auf 1,45 Euro.', 'de')).toEqual([[0.2, null, 'EUR'], [1.45, null, 'EUR']]);
  });
});

describe('a vague quantifier before a bare scale word is no figure', () => {
  it.each([
    ['Die Seite wurde ein paar tausend Mal aufgerufen.', 'de'],
    ['Der Beitrag bekam einige hundert Antworten.', 'de'],
    ['Mehrere tausend Fans warteten vor dem Stadion.', 'de'],
    ['Etliche hundert Helfer waren im Einsatz.', 'de'],
    ['Mehrere 100 Anwohner protestierten.', 'de'],
    ['Einige zehntausend Menschen demonstrierten.', 'de'],
    ['Das kostet einige hundert Millionen Euro.', 'de'],
    ['A few hundred supporters gathered outside.', 'en'],
    ['Several thousand runners took part.', 'en'],
    ['The repairs will cost several hundred million dollars.', 'en'],
    ['A couple of thousand tickets were left.', 'en'],
  ] as const)('%s', (sentence, lang) => {
    expect(texts(sentence, lang)).toEqual([]);
  });

  it('keeps bare and hedged scale words and hedged digits', () => {
    expect(only('Es kamen hundert Gäste.', 'de').value).toBe(100);
    expect(only('Rund tausend Gäste kamen.', 'de')).toMatchObject({ value: 1000, qualifier: 'about' });
    expect(only('Das Ticket kostet tausend Euro.', 'de')).toMatchObject({ value: 1000, unit: 'EUR' });
    expect(only('A hundred guests came.', 'en').value).toBe(100);
    expect(only('Some 1000 guests came.', 'en')).toMatchObject({ value: 1000, qualifier: 'about' });
    expect(only('Einige 250 Gäste kamen.', 'de').value).toBe(250);
  });
});

describe('two figures joined by a slash share the unit after the second', () => {
  it.each([
    ['Die Sprünge gingen auf (118,5/121,0 Meter).', 'de', [[118.5, null, 'm'], [121, null, 'm']]],
    ['Die Quote lag bei 18/21 Prozent.', 'de', [[18, null, '%'], [21, null, '%']]],
    ['Der Gewinn betrug 2,3/2,6 Mio. Euro.', 'de', [[2.3e6, null, 'EUR'], [2.6e6, null, 'EUR']]],
    ['Forecasts are 3.2/3.4 per cent.', 'en', [[3.2, null, '%'], [3.4, null, '%']]],
  ] as const)('%s', (sentence, lang, expected) => {
    expect(brief(sentence, lang)).toEqual(expected);
  });

  it('leaves seasons, dates, fractions, scores and bare pairs alone', () => {
    expect(texts('In der Saison 2018/19 lief es besser.', 'de')).toEqual([]);
    expect(texts('Im Schuljahr 2019/2020 gab es Probleme.', 'de')).toEqual([]);
    expect(texts('Der Laden ist 24/7 Stunden offen.', 'de')).toEqual([]);
    expect(texts('Sie verlor den Satz 3/6.', 'de')).not.toContain('3/6 Sätze');
    expect(texts('Er kam am 11/05 an.', 'en')).toEqual([]);
    expect(texts('Das Verhältnis ist 12/15.', 'de')).toEqual([]);
    expect(only('Man nehme 3/4 Liter Milch.', 'de')).toMatchObject({ value: 0.75, unit: 'l' });
  });
});

describe('the whole in "X von Y" / "X out of Y" takes no unit from a list after it', () => {
  it('gives the whole no percent, and the list still shares its unit', () => {
    expect(brief('Im Gemeinderat stimmten 310 von 520, 60 Prozent, für den Antrag.', 'de')).toEqual([[310, null, ''], [520, null, ''], [60, null, '%']]);
    expect(brief('Drei von 20, 15 Prozent, kamen.', 'de')).toEqual([[3, null, ''], [20, null, ''], [15, null, '%']]);
    // "out of" makes a share over any base (holdout82: "two out of 16 principal dancers")
    expect(brief('Seven out of 12, 58 per cent, agreed.', 'en')).toEqual([[58.3333333333, null, '%'], [58, null, '%']]);
    expect(brief('Seven out of 10, 70 per cent, agreed.', 'en')).toEqual([[70, null, '%'], [70, null, '%']]);
    expect(brief('Die Preise stiegen um 3, 4 und 5 Prozent.', 'de')).toEqual([[3, null, '%'], [4, null, '%'], [5, null, '%']]);
    // a year before "von" is a time, not a part
    expect(brief('Die Quote sank 2015 von 4,5 und 5 Prozent.', 'de')).toEqual([[4.5, null, '%'], [5, null, '%']]);
  });
});
