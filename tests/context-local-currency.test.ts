// A currency word several countries use ("pesos", "dinars") is the currency of the country the
// article names: holdout12 read Argentine pesos as Mexican and Algerian dinars as no money at all.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';
import type { Lang } from '../src/types.js';

const units = (text: string, lang: Lang) =>
  analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang }).claims.map((c) => [c.text, c.unit]);

describe('a bare currency word of several countries', () => {
  it('is the currency of the country the article names', () => {
    expect(units('Argentina wants the firm to invest 400m pesos in the water network.', 'en')).toEqual([['400m pesos', 'ARS']]);
    expect(units('Argentinien investiert 400 Millionen Pesos in die Bahn.', 'de')).toEqual([['400 Millionen Pesos', 'ARS']]);
    expect(units('In Algeria the price of gas rose to 200 dinars.', 'en')).toEqual([['200 dinars', 'DZD']]);
  });

  it('keeps the table code without a country, and a country the figure names itself', () => {
    expect(units('The firm will spend 400m pesos.', 'en')).toEqual([['400m pesos', 'MXN']]);
    expect(units('The Argentine firm paid 30m Mexican pesos.', 'en')).toEqual([['30m Mexican pesos', 'MXN']]);
  });
});

describe('era years through the whole pipeline (second review)', () => {
  it('"753 v.Chr." is a year, not a claim', () => {
    expect(units('Rom wurde 753 v.Chr. gegründet.', 'de')).toEqual([]);
  });
});

describe('third review: the figure names its country only by a country word', () => {
  it('a scale word of any kind before the currency word leaves it bare', () => {
    expect(units('Colombia will spend 2 trillion pesos.', 'en')).toEqual([['2 trillion pesos', 'COP']]);
    expect(units('Argentinien gibt 200 bis 300 Millionen Pesos aus.', 'de')).toEqual([['200 bis 300 Millionen Pesos', 'ARS']]);
    expect(units('Jordanian officials approved 200m dinars.', 'en')).toEqual([['200m dinars', 'JOD']]);
  });
});

describe('the CFA franc (holdout116: "1bn CFA francs" was a bare count)', () => {
  it('is money, West Africa\'s unless the article is on a Central African country', () => {
    expect(units('The road will cost 40bn CFA francs, the minister said.', 'en')).toEqual([['40bn CFA francs', 'XOF']]);
    expect(units('Gabon says fraud in its customs service costs it 2bn CFA francs ($4m) a year.', 'en')[0]).toEqual(['2bn CFA francs', 'XAF']);
    expect(units('Mali will spend 600m CFA francs on wells.', 'en')).toEqual([['600m CFA francs', 'XOF']]);
    expect(units('Kamerun verliert jeden Monat eine Milliarde CFA-Francs.', 'de')).toEqual([['eine Milliarde CFA-Francs', 'XAF']]);
  });

  it('a scale letter before it is million, not metres', () => {
    expect(units('The dam cost 500m CFA francs.', 'en')).toEqual([['500m CFA francs', 'XOF']]);
  });

  it('"Central African" or "West African" says which, whatever the article\'s country', () => {
    expect(units('In Senegal the bank lent 20bn Central African CFA francs.', 'en')).toEqual([['20bn Central African CFA francs', 'XAF']]);
    expect(units('Chad paid 3bn West African francs.', 'en')).toEqual([['3bn West African francs', 'XOF']]);
    expect(units('Senegal zahlt 500 Millionen zentralafrikanische CFA-Francs.', 'de')).toEqual([['500 Millionen zentralafrikanische CFA-Francs', 'XAF']]);
  });
});

describe('a bare franc', () => {
  it('is France\'s unless the article is on another country of francs', () => {
    expect(units('The Paris firm sold the plant for 30m francs in 1998.', 'en')).toEqual([['30m francs', 'FRF']]);
    expect(units('Switzerland\'s biggest bank earned 6bn francs.', 'en')).toEqual([['6bn francs', 'CHF']]);
    expect(units('Die Schweiz zahlt 5 Millionen Francs.', 'de')).toEqual([['5 Millionen Francs', 'CHF']]);
  });

  it('a country word before it says which', () => {
    expect(units('Switzerland\'s bank paid 2bn French francs.', 'en')).toEqual([['2bn French francs', 'FRF']]);
  });
});

describe('currencies of Africa, Asia, Latin America and Europe\'s past', () => {
  it('are money, not bare counts', () => {
    expect(units('Ghana raised 5m cedis from the sale.', 'en')).toEqual([['5m cedis', 'GHS']]);
    expect(units('Peru paid 30m nuevos soles for the plant.', 'en')).toEqual([['30m nuevos soles', 'PEN']]);
    expect(units('Die Schulden werden auf 800 Millionen Lewa geschätzt.', 'de')).toEqual([['800 Millionen Lewa', 'BGN']]);
    expect(units('Athen zahlte damals 90 Milliarden Drachmen.', 'de')).toEqual([['90 Milliarden Drachmen', 'GRD']]);
  });

  it('a bare shilling, kwacha or leu is the currency of the article\'s country', () => {
    expect(units('Uganda will spend 500bn shillings on roads.', 'en')).toEqual([['500bn shillings', 'UGX']]);
    expect(units('Malawi\'s budget gives 200m kwacha to schools.', 'en')).toEqual([['200m kwacha', 'MWK']]);
    expect(units('Moldova borrowed 3bn lei.', 'en')).toEqual([['3bn lei', 'MDL']]);
  });

  it('a shilling without a scale is no East African money ("5 shillings in 1890")', () => {
    expect(units('A loaf cost 5 shillings in 1890.', 'en')[0][1]).not.toBe('KES');
  });
});
