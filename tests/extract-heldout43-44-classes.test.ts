// What the blind sets holdout43 and holdout44 showed about reading figures, as general rules, on
// sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { found, texts } from './extract-helpers.js';

describe('an adverb before the adjective of a counted noun', () => {
  it('keeps a number after a time word a count: "am Wochenende 33 illegal eingereiste Menschen"', () => {
    expect(texts('Dort sind am Wochenende 33 illegal eingereiste Menschen aufgegriffen worden.')).toEqual(['33']);
    expect(texts('Dort sind im Mai 33 sehr alte Menschen gestorben.')).toEqual(['33']);
  });

  it('a name with a number stays a name', () => {
    expect(texts('Im Vergleich zum Nexus 6 ist die Kamera schneller.')).toEqual([]);
    expect(texts('Darüber diskutierte sie in ORF 2 mit folgenden Gästen.')).toEqual([]);
  });
});

describe('English "a"/"an" before a unit after a hedge is one of it', () => {
  it('"at least a month", "more than a year", "less than a minute"', () => {
    expect(found('He is unlikely to play for at least a month.', 'en').map((m) => [m.text, m.value, m.unit, m.qualifier])).toEqual([['a month', 1, 'month', 'at_least']]);
    expect(found('Yukos has been battling the authorities for more than a year.', 'en').map((m) => [m.value, m.unit, m.qualifier])).toEqual([[1, 'year', 'more_than']]);
    expect(found('The adaptations could be removed in less than a minute.', 'en').map((m) => [m.value, m.unit])).toEqual([[1, 'minute']]);
  });

  it('not without a hedge of two words, nor "a" as "per", nor the "A" of "A$"', () => {
    expect(texts('The fund gives aid over a decade.', 'en')).toEqual([]);
    expect(texts('It was only a second defeat.', 'en')).toEqual([]);
    expect(texts('He has been out for a month.', 'en')).toEqual([]);
    expect(texts('Oil costs more than $50 a barrel.', 'en')).toEqual(['$50']);
    expect(found('Sales will dip by at least A$30m.', 'en').map((m) => [m.text, m.unit])).toEqual([['A$30m', 'AUD']]);
  });
});

describe('an adjective between an article and a scale word', () => {
  it('"eine weitere Million", "a further million"', () => {
    expect(found('Es kamen eine weitere Million Menschen.').map((m) => [m.text, m.value])).toEqual([['eine weitere Million', 1e6]]);
    expect(found('The government will give a further million pounds.', 'en').map((m) => [m.value, m.unit])).toEqual([[1e6, 'GBP']]);
  });

  it('not a hedge read as an adjective, nor an adjective before another noun', () => {
    expect(texts('Eine weitere Woche verging.')).toEqual([]);
    expect(texts('A further 300 jobs will go.', 'en')).toEqual(['300']);
  });
});

describe('a quarter of a scale written as one word', () => {
  it('"fast eine Viertelmillion Menschen", "eine Dreiviertelmillion"', () => {
    expect(found('Seit Jahresbeginn sind fast eine Viertelmillion Menschen geflohen.').map((m) => [m.value, m.qualifier])).toEqual([[250000, 'at_most']]);
    expect(found('Es kamen eine Dreiviertelmillion Besucher.').map((m) => m.value)).toEqual([750000]);
  });
});

describe('holdout45: part markers', () => {
  it('a fraction alone in brackets after a title is the part of a series', () => {
    expect(texts('Auf Pilgerpfaden durch Japan (1/2) Der älteste Pilgerweg.')).toEqual([]);
    expect(texts('Er trank (1/2 Liter) Wasser.')).toEqual(['1/2 Liter']);
  });
});

describe('holdout46: a reference noun that has its number already, the Brazilian real', () => {
  it('"in der 11. Runde zwei Tore" counts goals; "in Runde 18" names the round', () => {
    expect(texts('Sulimani hatte in der 11. Runde zwei Tore geschossen.')).toEqual(['zwei']);
    expect(texts('Salzburg zeigte auch in Runde 18 Schwächen.')).toEqual([]);
  });

  it('"300 Reais" (not "Real": "drei Real-Spieler", "72 Real" in a table of points)', () => {
    expect(found('Er kostet 300 Reais.').map((m) => m.unit)).toEqual(['BRL']);
    expect(found('Im Kader stehen nur noch drei Real-Spieler.').map((m) => m.unit)).toEqual(['']);
  });

  it('a scale adjective before a compound is none: "eine weitere Millionen-Investition"', () => {
    expect(texts('Das Land plant eine weitere Millionen-Investition.')).toEqual([]);
  });
});

describe('holdout47: ranges of durations in time expressions, names with a point, hedges before an article', () => {
  it('"in the next one to two weeks", "two to three years ago" are times; "it took two to three weeks" is a claim', () => {
    expect(texts('It is likely in the next one to two weeks.', 'en')).toEqual([]);
    expect(texts('It happened two to three years ago.', 'en')).toEqual([]);
    expect(texts('It took two to three weeks.', 'en')).toEqual(['two to three weeks']);
    expect(texts('Der Bau dauert zwei bis drei Jahre.')).toEqual(['zwei bis drei Jahre']);
  });

  it('"SAT.1 Österreich" is a name', () => {
    expect(texts('Die Sender ProSieben Austria, SAT.1 Österreich und Puls 4 senden.')).toEqual([]);
  });

  it('a hedge of two words or more before "a"/"an" qualifies the figure; one word is a preposition', () => {
    expect(found('Nintendo has more than a 90% share.', 'en').map((m) => m.qualifier)).toEqual(['more_than']);
    expect(found('It will supply gas over a 25 year period.', 'en').map((m) => m.qualifier)).toEqual(['exact']);
  });
});
