// A list of years is their span: "in 2001, 2002 and 2003" dates a figure 2001..2003, not the
// last two years alone, and in German the comma inside "2001, 2002 und 2003" opens no clause
// (a main clause opening with its year after a comma does: "…, 2014 war der Abbau …").
// Found over the English corpus (the Electoral Commission's party donations); sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';
import { decode } from '../src/read/decode.js';

const periods = (lang: 'de' | 'en', text: string) =>
  analyse(decode(`x.${lang}.txt`, Buffer.from(text))).claims.map((c) => [c.text, c.period ?? null]);

describe('a list of years', () => {
  it('is the span from the first to the last, in English', () => {
    expect(periods('en', 'The parties received £68m in donations in 2001, 2002 and 2003.')).toEqual([['£68m', '2001..2003']]);
    expect(periods('en', 'In 2001, 2002, and 2003 the parties received £68m.')).toEqual([['£68m', '2001..2003']]);
    // two years stay the two years
    expect(periods('en', 'The parties received £68m in donations in 2002 and 2003.')).toEqual([['£68m', '2002..2003']]);
  });

  it('is the span in German, and its commas open no clause', () => {
    expect(periods('de', 'Die Parteien erhielten in den Jahren 2001, 2002 und 2003 insgesamt 68 Millionen Euro an Spenden.')).toEqual([
      ['68 Millionen Euro', '2001..2003'],
    ]);
    expect(periods('de', 'Der Betrieb hat 700 Beschäftigte, 2014 war der Abbau von 110 Stellen bekanntgegeben worden.')).toEqual([
      ['700', null],
      ['110', '2014'],
    ]);
  });

  it('a main clause that opens with years after a comma still breaks (review)', () => {
    expect(periods('de', 'Der Umsatz betrug zuletzt 3,5 Milliarden Euro, 2016 bis 2018 soll er jährlich kräftig wachsen.')).toEqual([['3,5 Milliarden Euro', null]]);
    expect(periods('de', 'Österreich hat rund 8,7 Millionen Einwohner, 2015 und 2016 kamen viele Flüchtlinge ins Land.')).toEqual([['8,7 Millionen', null]]);
  });

  it('pairs with figures listed as respective, before or after them', () => {
    expect(periods('en', 'Acme reported profits of £5m, £6m and £7m in 2001, 2002 and 2003 respectively.')).toEqual([
      ['£5m', '2001'], ['£6m', '2002'], ['£7m', '2003'],
    ]);
    expect(periods('en', 'In 2001, 2002 and 2003 Acme reported profits of £5m, £6m and £7m respectively.')).toEqual([
      ['£5m', '2001'], ['£6m', '2002'], ['£7m', '2003'],
    ]);
    expect(periods('en', 'Acme reported profits of £5m and £6m in 2002 and 2003 respectively.')).toEqual([['£5m', '2002'], ['£6m', '2003']]);
  });
});

// holdout61: "since the start of the 1990s" and "since early 2004" were read as the period itself.
describe('"since" before a decade or a part of a year', () => {
  it('is no period of the figure', () => {
    expect(periods('en', 'India produces about 793,000 barrels of oil per day, little changed since the start of the 1990s.')).toEqual([['793,000 barrels of oil per day', null]]);
    expect(periods('en', 'Sales have risen 20% since early 2004.')).toEqual([['20%', null]]);
  });
});
