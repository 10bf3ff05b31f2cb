// What holdout74's blind run showed: "um 0,5 statt 0,4 Prozent" shares its unit, "strike for one
// day on 5 November" is a day's strike, and a first quarter after "Ende 2015" is 2016's (a span
// of years in parentheses is no year the text goes on in). Sentences written for these tests unless named.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';
import { decode } from '../src/read/decode.js';
import { found, texts } from './extract-helpers.js';

const periods = (lang: 'de' | 'en', text: string) =>
  analyse(decode('x.txt', Buffer.from(text)), { lang }).claims.map((c) => [c.text, c.period ?? null]);

describe('"statt" after a verb of change', () => {
  it('pairs two changes in one unit, percent too', () => {
    expect(found('Das BIP legte gegenüber dem Vorquartal um 0,5 statt 0,4 Prozent zu.').map((m) => [m.value, m.unit])).toEqual([[0.5, '%'], [0.4, '%']]);
    // a change before a new level in percent stays in points
    expect(found('Die Quote stieg um 0,5 auf 4 Prozent.').map((m) => [m.value, m.unit])).toEqual([[0.5, ''], [4, '%']]);
  });
});

describe('"for one day"', () => {
  it('counts the day, a date after it too; "for one minute" stays an idiom', () => {
    // holdout74, politics-084
    expect(texts('Union members have already voted to strike over cuts for one day on 5 November.', 'en')).toEqual(['one day']);
    expect(texts('Staff will strike for two days on 5 November.', 'en')).toEqual(['two days']);
    expect(texts("I don't suggest for one minute that it matters.", 'en')).toEqual([]);
  });
});

describe('a yearless quarter', () => {
  it('after the end of a year is the next year\'s', () => {
    expect(periods('de', 'Ende 2015 war die Lage schwierig. Der Konsum stieg im ersten Quartal um 0,3 Prozent.')).toEqual([['0,3 Prozent', '2016-Q1']]);
  });

  it('takes no year from a span of years in parentheses before it', () => {
    // holdout74, test-128 (shortened)
    const text = 'Der Anstieg lag über dem Schnitt (2013/15: +0,1 Prozent). Die Investitionen stiegen im ersten Quartal um 0,6 Prozent.';
    expect(periods('de', text)).toEqual([['+0,1 Prozent', '2013..2015'], ['0,6 Prozent', null]]);
  });
});
