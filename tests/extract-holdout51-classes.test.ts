// A hedge before a range's high end ("von 1.800 bis über 3.000 Euro"), a scale letter after a
// space behind a currency sign ("$458 m"), product classes ("2-in-1"), shirt numbers ("trägt die
// Nummer zwei"), "bis zur Höhe von" as at most, and a span held "for two weeks after" an event.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { only, texts } from './extract-helpers.js';

describe('ranges and scales', () => {
  it('keeps a range whose high end has a hedge of its own', () => {
    const de = only('Kostenpunkt: Von 1.800 bis über 3.000 Euro.');
    expect([de.text, de.value, de.high, de.unit, de.qualifier]).toEqual(['1.800 bis über 3.000 Euro', 1800, 3000, 'EUR', 'range']);
    const en = only('Prices range from 1,800 to more than 3,000 euros.', 'en');
    expect([en.value, en.high, en.unit]).toEqual([1800, 3000, 'EUR']);
  });

  it('reads a spaced "m" after a currency sign as million, not after a bare number', () => {
    expect(only('It took an estimated $458 m in North America.', 'en').value).toBe(458e6);
    expect(only('The wall is 12 m high.', 'en').unit).toBe('m');
  });

  it('reads "bis zur Höhe von" as at most', () => {
    expect(only('Das Land haftet bis zur Höhe von 225 Millionen Euro.').qualifier).toBe('at_most');
  });
});

describe('numbers that name', () => {
  it('reads "2-in-1" as a product class', () => {
    expect(texts('2-in-1 ist der Begriff für solche Geräte.')).toEqual([]);
    expect(texts('Das 2-in-1-Gerät kostet 500 Euro.')).toEqual(['500 Euro']);
  });

  it('reads a number worn as a label, a ranking as a rank', () => {
    expect(texts('Er trägt die Nummer zwei und gehört zur Mannschaft.')).toEqual([]);
    expect(texts('He wears number 10 for Chelsea.', 'en')).toEqual([]);
    expect(texts('Sie ist die Nummer zwei der Weltrangliste.')).toEqual(['Nummer zwei']);
  });
});

describe('a span held around an event', () => {
  it('is a claim "for two weeks after" an event, a time distance without "for"', () => {
    expect(texts('He was suspended for two weeks after the committee criticised him.', 'en')).toEqual(['two weeks']);
    expect(texts('He left two weeks after the election.', 'en')).toEqual([]);
  });

  it('is a claim after a verb of lasting: "live 16 years after" an age, "stayed 12 years after" a sale', () => {
    expect(texts('Most men can expect to live 19 years after retiring.', 'en')).toEqual(['19 years']);
    expect(texts('She stayed 12 years after the sale of the firm.', 'en')).toEqual(['12 years']);
    expect(texts('Half of patients survived five years after diagnosis.', 'en')).toEqual(['Half', 'five years']);
  });

  it('but a point in time after other verbs', () => {
    expect(texts('He died 16 years after the crash.', 'en')).toEqual([]);
    expect(texts('He returned to work two years after the accident.', 'en')).toEqual([]);
  });
});

describe('holdout52 classes', () => {
  it('reads an angle inside a compound adjective as a kind of thing ("360-Grad-Filmen", "360-degree films")', () => {
    expect(texts('Das Portal zeigt Nachrichten in 360-Grad-Filmen.')).toEqual([]);
    expect(texts('It shows news in 360-degree films.', 'en')).toEqual([]);
    expect(texts('Es war eine 40-Grad-Hitze.')).toEqual(['40-Grad']);
  });

  it('reads a compound ending in "kilometer" as kilometres, not "Parameter" or "Personenkilometer"', () => {
    expect(only('Der Fluss wurde auf 30 Flusskilometer renaturiert.').unit).toBe('km');
    expect(only('Das Modell hat 30 Parameter.').unit).toBe('');
    expect(only('Die Bahn leistete 300 Personenkilometer.').unit).toBe('');
  });
});

describe('exchange rates written as bare numbers', () => {
  it('takes the currency the sentence quotes against the one after "per"/"to the"/"je"', () => {
    expect(only('The yen dropped to 141.60 per euro in afternoon trading.', 'en').unit).toBe('JPY');
    expect(only("China's yuan is pegged to a rate of 8.28 to the dollar.", 'en').unit).toBe('CNY');
    expect(only('Der Yen fiel auf 141,60 je Euro.').unit).toBe('JPY');
  });

  it('leaves a count per thing and a rate with no other currency alone', () => {
    expect(only('Sales rose to 500 per store.', 'en').unit).toBe('');
    expect(only('The ariary was trading at 1,893 to the US dollar.', 'en').unit).toBe('');
  });
});
