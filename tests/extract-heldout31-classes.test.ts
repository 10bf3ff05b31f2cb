// What the blind set holdout31 showed, as general rules, on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { found, only, texts } from './extract-helpers.js';
import { sources } from './attribution-helpers.js';
import { analyse } from '../src/pipeline/analyse.js';
import { decode } from '../src/read/decode.js';

const periods = (lang: 'de' | 'en', text: string) =>
  analyse(decode(`x.${lang}.txt`, Buffer.from(text))).claims.map((c) => [c.text, c.period ?? null]);

describe('German plural data units', () => {
  it('reads "Terabytes", "Gigabytes", "Petabytes" as units', () => {
    const m = only('Mit einer Kapazität von 15,36 Terabytes ist sie die größte SSD der Welt.');
    expect([m.value, m.unit]).toEqual([15.36, 'TB']);
    expect(only('Das Archiv umfasst 3 Petabytes an Daten.').unit).toBe('PB');
    expect(only('Das Handy speichert 64 Gigabytes.').unit).toBe('GB');
  });
});

describe('a hedged article figure beside another figure', () => {
  it('keeps "mehr als einer Minute" as a claim; "Ein Barrel kostete 80 Dollar" stays a reference quantity', () => {
    expect(texts('Die Übertragung brach nach mehr als einer Minute ab, erhofft waren zwei Stunden.')).toEqual(['einer Minute', 'zwei Stunden']);
    expect(found('Die Übertragung brach nach mehr als einer Minute ab, erhofft waren zwei Stunden.')[0].qualifier).toBe('more_than');
    expect(texts('Ein Barrel kostete 80 Dollar.')).toEqual(['80 Dollar']);
  });
});

describe('"über" of a verb in the Konjunktiv of reported speech', () => {
  it('reads "verfüge der Lander über 24 Watt" as exact', () => {
    expect(only('Derzeit verfüge der Lander über 24 Watt, sagte der Sprecher.').qualifier).toBe('exact');
    expect(only('Der Lander habe über 24 Watt zur Verfügung, sagte der Sprecher.').qualifier).toBe('more_than');
  });
});

describe('"Nach X-Infos" names a source', () => {
  it('gives "Nach STANDARD-Infos" and "Nach Infos des STANDARD" to the paper', () => {
    expect(sources('Nach STANDARD-Infos holte die Liste 304 Stimmen.', ['304'])).toEqual(['STANDARD']);
    expect(sources('Nach Infos des ORF holte die Liste 304 Stimmen.', ['304'])).toEqual(['ORF']);
  });
});

describe('"wie schon 2012" compares', () => {
  it('does not date the figure with the year it is compared with', () => {
    expect(periods('de', 'Die SPÖ kommt mit 231 Stimmen wie schon 2012 auf fünf Mandate.')).toEqual([['231', null], ['fünf', null]]);
    expect(periods('de', 'Im Jahr 2012 kam die SPÖ auf fünf Mandate.')).toEqual([['fünf', '2012']]);
  });
});

describe('what the holdout31 rules must not take (review of session 21)', () => {
  it('keeps "such as 2020" a time and a headline noun before "über" a hedge', () => {
    expect(periods('de', 'In Krisenjahren wie 2020 sank der Umsatz um 5 Prozent.')).toEqual([['5 Prozent', '2020']]);
    expect(only('Klage über 2 Millionen Euro eingereicht.').qualifier).toBe('more_than');
    expect(only('Der Fahrer gab an, er führe oft über 130 km/h.').qualifier).toBe('more_than');
    // (a negation caps only a comparison with "als"/"than": "über" is as often "about" as "over")
    expect(only('Der Fahrer gab an, er führe nie über 130 km/h.').qualifier).toBe('more_than');
  });
});

describe('what holdout33 showed', () => {
  it('reads milliseconds and exabytes as units', () => {
    expect(only('Entscheidend ist die kurze Reaktionszeit von nur einer Millisekunde.').unit).toBe('millisecond');
    expect(only('With IPTV, the delay is 15 milliseconds.', 'en').unit).toBe('millisecond');
    expect(only('Dann werden 30,6 Exabytes pro Monat verbraucht.').unit).toBe('EB');
  });

  it('reads "4m DS consoles" as millions (a product name before a counted noun), "4m high" as metres', () => {
    expect(only('Nintendo has sold almost 4m DS consoles.', 'en').value).toBe(4_000_000);
    expect(only('The wall is 4m high.', 'en').unit).toBe('m');
    // a figure at the very end of the text
    expect(only('The wall is 4m', 'en').unit).toBe('m');
  });

  it('reads "Über ein Jahr betrachtet" as a viewing window, no duration', () => {
    expect(texts('Über ein Jahr betrachtet fiel die Quote in 22 EU-Staaten.')).toEqual(['22']);
  });
});

describe('what holdout34 showed', () => {
  it('reads "7E7" as a model, while scientific notation keeps its value', () => {
    expect(texts('Japan Airlines ordered 50 of its forthcoming 7E7 planes.', 'en')).toEqual(['50']);
    expect(texts('The value is 1e10 and 3E01.', 'en')).toEqual(['1e10', '3E01']);
  });

  it('reads a tie-break in brackets after a set score as part of the score', () => {
    expect(texts('Thiem gewann mit einem 7:6 (4), 7:6 (3)-Sieg gegen Kovalik.')).toEqual([]);
    expect(texts('Der Umsatz stieg um 7 Prozent (4 Prozent im Vorjahr).')).toEqual(['7 Prozent', '4 Prozent']);
  });
});
