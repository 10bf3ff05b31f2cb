// How many times something happened ("dreimal", "sechs Mal", "twice", "66 times") and how many
// times as much ("dreimal so viele", "four times more likely": unit x), on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { found, only, texts } from './extract-helpers.js';
import { sources } from './attribution-helpers.js';

const read = (sentence: string, lang: 'de' | 'en' = 'de') =>
  found(sentence, lang).map((m) => [m.text, m.value, m.unit, m.kind, m.qualifier]);

describe('German counts of occasions', () => {
  it('reads one-word counts "viermal", "dreimal", "Sechsmal" with their hedge', () => {
    expect(read('Suarez trifft viermal, Messi dreimal.')).toEqual([
      ['viermal', 4, '', 'count', 'exact'],
      ['dreimal', 3, '', 'count', 'exact'],
    ]);
    expect(read('Das Akkordeon wird maximal dreimal gebraucht.')).toEqual([['dreimal', 3, '', 'count', 'at_most']]);
    expect(only('Sechsmal wurde er zu Fall gebracht.').value).toBe(6);
  });

  it('reads the adjective "zweimalige" after its article', () => {
    expect(read('Der zweimalige Titelträger Finnland gewann gegen Frankreich.')).toEqual([['zweimalige', 2, '', 'count', 'exact']]);
  });

  it('takes "Mal" into the span: "sechs Mal", "20-mal", "zum 10.000 Mal"', () => {
    expect(texts('Er hat in diesem Jahr nur sechs Mal verloren.')).toEqual(['sechs Mal']);
    expect(texts('Würde ich 20-mal jährlich spielen, wäre es zu viel.')).toEqual(['20-mal']);
    expect(texts('Nowitzki traf zum 10.000 Mal in seiner Karriere.')).toEqual(['10.000 Mal']);
  });

  it('leaves "einmal" alone: mostly an adverb', () => {
    expect(texts('Das war erst einmal alles, noch einmal danke.')).toEqual([]);
  });
});

describe('multipliers', () => {
  it('reads "dreimal so viele", "fünfmal höheren", "1.000 Mal schneller" as x', () => {
    expect(read('Es kamen dreimal so viele Besucher wie im Jahr davor.')).toEqual([['dreimal', 3, 'x', 'quantity', 'exact']]);
    expect(only('Sie haben ein fünfmal höheres Unfallrisiko.').unit).toBe('x');
    expect(read('5G soll rund 1.000 Mal schneller als LTE sein.')).toEqual([['1.000 Mal', 1000, 'x', 'quantity', 'about']]);
  });

  it('keeps "zweimal den Titel" a count: an article after it is no comparison', () => {
    expect(read('Er hat zweimal den Titel geholt.')).toEqual([['zweimal', 2, '', 'count', 'exact']]);
  });

  it('reads English "four times more likely", "twice as many", "twice the amount", "10-times faster"', () => {
    expect(read('Those on high income are four times more likely to have players.', 'en')).toEqual([['four times', 4, 'x', 'quantity', 'exact']]);
    expect(only('They created twice as many jobs as expected.', 'en').unit).toBe('x');
    expect(found('Firms created 337,000 jobs last month, twice the amount expected.', 'en').map((m) => m.unit)).toEqual(['', 'x']);
    expect(read('It will run 10-times faster than current chips.', 'en')).toEqual([['10-times', 10, 'x', 'quantity', 'exact']]);
  });

  it('reads a count with a scale word before "times"/"Mal": "five million times faster", "eight million times"', () => {
    expect(read('The new machine will be five million times faster.', 'en')).toEqual([['five million times', 5e6, 'x', 'quantity', 'exact']]);
    expect(read('Firefox has been downloaded almost eight million times.', 'en')).toEqual([['eight million times', 8e6, '', 'count', 'at_most']]);
    expect(read('Das Spiel wurde fast 50 Millionen Mal heruntergeladen.')).toEqual([['50 Millionen Mal', 5e7, '', 'count', 'at_most']]);
    expect(read('Sales were 2 million. The Times sold 3 million copies.', 'en').map((r) => r[0])).toEqual(['2 million', '3 million']);
    // ("2m times": million, not metres)
    expect(read('The clip was viewed 2m times.', 'en')).toEqual([['2m times', 2e6, '', 'count', 'exact']]);
    expect(read('He cleared 2m in the high jump.', 'en')).toEqual([['2m', 2, 'm', 'quantity', 'exact']]);
  });

  it('keeps "four times as Ulster ..." a count: "as" before a name is a conjunction', () => {
    expect(read('The fortress was breached four times as Ulster struggled.', 'en')).toEqual([['four times', 4, '', 'count', 'exact']]);
  });
});

describe('English counts of occasions', () => {
  it('reads "twice" and "N times" as counts', () => {
    expect(read('She was twice Fifa women\'s player of the year.', 'en')).toEqual([['twice', 2, '', 'count', 'exact']]);
    expect(read('The Tories accuse Labour of raising taxes 66 times.', 'en')).toEqual([['66 times', 66, '', 'count', 'exact']]);
    expect(texts('He beat four-times finalist Paradorn Srichaphan.', 'en')).toEqual(['four-times']);
  });

  it('reads "the title five times": "times" makes the number no reference ("Title 5")', () => {
    expect(texts('The team has won the title five times.', 'en')).toEqual(['five times']);
  });

  it('leaves idioms and adjectives alone: "think twice", "the twice-taken conversion"', () => {
    expect(texts('I would think twice before I do it.', 'en')).toEqual([]);
    expect(texts("O'Gara missed the twice-taken conversion.", 'en')).toEqual([]);
  });
});

describe('a German reporting verb used reflexively', () => {
  it('"behauptete sich" (held its ground) names no source; "behauptete, ..." does', () => {
    expect(sources('Finnland behauptete sich mit drei Toren gegen Frankreich.', ['drei'])).toEqual([null]);
    expect(sources('Die Firma behauptete, es seien 30 Prozent mehr.', ['30 Prozent'])).toEqual(['Firma']);
  });
});

describe('what the review of these rules found', () => {
  it('keeps counts that a word after merely follows: "four times over the last 12 months", "twice more before", "twice the following season", "twice as prime minister"', () => {
    expect(found('The bank has cut rates four times over the last year.', 'en')[0]!.unit).toBe('');
    expect(found('He scored twice more before half-time.', 'en').map((m) => m.unit)).toEqual(['']);
    expect(found('United won twice the following season.', 'en').map((m) => m.unit)).toEqual(['']);
    expect(found('He served twice as prime minister.', 'en').map((m) => m.unit)).toEqual(['']);
    expect(found('Er hat es dreimal so gemacht.').map((m) => m.unit)).toEqual(['']);
  });

  it('keeps multipliers before a comparison: "ten times more than", "twice the 169,000 forecast", "six times as sharp"', () => {
    expect(found('Profits were ten times more than in the year before.', 'en').map((m) => m.unit)).toEqual(['x']);
    expect(found('Jobs were twice the 169,000 figure forecast.', 'en').map((m) => [m.text, m.unit])).toEqual([['twice', 'x'], ['169,000', '']]);
    expect(found('The picture is six times as sharp as standard TV.', 'en').map((m) => m.unit)).toEqual(['x']);
    expect(found('Der Bleigehalt war 42 Mal so hoch wie der Grenzwert.').map((m) => [m.text, m.unit])).toEqual([['42 Mal', 'x']]);
  });

  it('reads "times" only in lower case, and never a year: "a 2004 Times poll", "In 1990 times were hard"', () => {
    expect(texts('A 2004 Times poll found that 60% of voters backed the plan.', 'en')).toEqual(['60%']);
    expect(texts('In 1990 times were hard for the 300 workers.', 'en')).toEqual(['300']);
    expect(texts('It routes data 2,000 times faster than broadband.', 'en')).toEqual(['2,000 times']);
  });

  it('leaves German idioms and exaggerations alone: "ließ sich nicht zweimal sagen", "hundertmal gesagt"', () => {
    expect(texts('Das ließ sich der Stürmer nicht zweimal sagen.')).toEqual([]);
    expect(texts('Das würde ich mir zweimal überlegen.')).toEqual([]);
    expect(texts('Das habe ich schon hundertmal gesagt.')).toEqual([]);
  });

  it('keeps "äußerte sich", "meldete sich" reporting; only "behauptete sich", "rechnet sich" say nothing', () => {
    expect(sources('Finanzminister Schelling äußerte sich zu den Zahlen: Das Defizit liege bei 1,9 Prozent.', ['1,9 Prozent'])).toEqual(['Schelling']);
  });
});
