// What the blind set holdout36 showed, as general rules, on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { found, texts } from './extract-helpers.js';
import { periods } from './period-helpers.js';

describe('German "in" right before a whole duration', () => {
  it('is a point ahead or another figure\'s period, no claim: "erst in zwei Wochen", "in sechs Jahren 1.600 Fälle"', () => {
    expect(texts('Die Kulisse soll erst in zwei Wochen vorgestellt werden.')).toEqual([]);
    expect(texts('Die Kommission entschied in sechs Jahren rund 1.600 Fälle.')).toEqual(['1.600']);
  });

  it('keeps a time taken, hedged or on a clock: "in guten 30 Minuten", "in 1:35 Stunden", "in 9,79 Sekunden"', () => {
    expect(texts('Den See erreicht man zu Fuß in guten 30 Minuten.')).toEqual(['30 Minuten']);
    expect(texts('Bolt gewann das Finale über 100 m in 9,79 Sekunden.')).toContain('9,79 Sekunden');
    expect(texts('Er setzte sich in 1:35 Stunden durch.')).toEqual(['1:35 Stunden']);
  });
});

describe('English "tons"', () => {
  it('are metric tonnes, "short tons" the US ton', () => {
    expect(found("China's oil imports will be 110m tons.", 'en').map((m) => [m.value, m.unit])).toEqual([[110e6, 't']]);
    expect(found('The ship carries 5,000 short tons of coal.', 'en').map((m) => m.unit)).toEqual(['ton']);
  });
});

describe('a present word right after a figure', () => {
  it('keeps a time stated elsewhere off it: "compared to about 137,000 currently"', () => {
    const text = 'By 2007 there will be almost 2.5 million robots in homes, compared to about 137,000 currently.';
    expect(periods(text, ['2.5 million', '137,000'], null, 'en')).toEqual(['2007', null]);
    expect(periods('Bis 2020 sollen es 500 Anlagen werden, gegenüber 120 derzeit.', ['500', '120'], null, 'de')).toEqual(['2020', null]);
  });
});

describe('a year glued to its part (holdout34)', () => {
  it('dates "50 orders ... by mid-2005"; "since the scheme began in mid-2003" stays an open start', () => {
    expect(periods('Airbus hopes to have 50 orders in place for the A350 by mid-2005.', ['50'], null, 'en')).toEqual(['2005']);
    expect(periods('Savings reached £100m since the scheme began in mid-2003.', ['£100m'], null, 'en')).toEqual([null]);
  });
});

describe('German "in" before a time taken (review)', () => {
  it('keeps hours and minutes: "in vier Stunden schaffen", "lief die 10 Kilometer in 35 Minuten"', () => {
    expect(texts('Der ICE soll die 600 Kilometer in vier Stunden schaffen.')).toEqual(['600 Kilometer', 'vier Stunden']);
    expect(texts('Sie lief die 10 Kilometer in 35 Minuten.')).toEqual(['10 Kilometer', '35 Minuten']);
  });
});
