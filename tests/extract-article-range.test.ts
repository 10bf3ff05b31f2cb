// "ein bis drei Prozentpunkte" (GUIDELINES' own example of a range) and "it takes one to two
// years": a low end that alone would be an article or a weak "one" is still the range's low end.
import { describe, expect, it } from 'vitest';
import { found, texts } from './extract-helpers.js';

const ranges = (sentence: string, lang: 'de' | 'en' = 'de') =>
  found(sentence, lang).map((m) => [m.text, m.value, m.high, m.unit, m.qualifier]);

describe('an article as the low end of a range', () => {
  it('"ein bis drei Prozentpunkte", "eine bis zwei Millionen", "ein bis eineinhalb Jahren"', () => {
    expect(ranges('Die Verzerrung soll im Bereich von ein bis drei Prozentpunkten liegen.')).toEqual([['ein bis drei Prozentpunkten', 1, 3, 'pp', 'range']]);
    expect(ranges('Es kamen eine bis zwei Millionen Menschen.')).toEqual([['eine bis zwei Millionen', 1e6, 2e6, '', 'range']]);
    expect(ranges('Dafür wird ein Vorlauf von ein bis eineinhalb Jahren benötigt.')).toEqual([['ein bis eineinhalb Jahren', 1, 1.5, 'year', 'range']]);
    expect(ranges('Das Wachstum lag bei ein bis 2,5 Prozent.')).toEqual([['ein bis 2,5 Prozent', 1, 2.5, '%', 'range']]);
  });

  it('after "zwischen": "zwischen einem und zwei Prozent"', () => {
    expect(ranges('Die Mieten stiegen zwischen einem und zwei Prozent.')).toEqual([['einem und zwei Prozent', 1, 2, '%', 'range']]);
  });

  it('not an article before a noun, a date or another article, nor a time expression', () => {
    expect(texts('Das Programm läuft ein Jahr bis 2020.')).toEqual([]);
    expect(texts('Er bleibt ein bis 2020 befristetes Mitglied.')).toEqual([]);
    expect(texts('In den nächsten ein bis zwei Wochen will man sich zusammensetzen.')).toEqual([]);
    expect(texts('Sie trafen sich zwischen einem und einem anderen Termin.')).toEqual([]);
  });
});

describe('a weak "one" as the low end of a range of durations', () => {
  it('"it takes one to two years" is a range, as "two to three years" is', () => {
    expect(ranges('It takes one to two years to train a pilot.', 'en')).toEqual([['one to two years', 1, 2, 'year', 'range']]);
    expect(ranges('The repairs will take one to three months.', 'en')).toEqual([['one to three months', 1, 3, 'month', 'range']]);
  });

  it('"one year" alone stays a phrase, and a time expression stays none', () => {
    expect(texts('He served one year in prison.', 'en')).toEqual([]);
    expect(texts('It is likely in the next one to two weeks.', 'en')).toEqual([]);
  });
});
