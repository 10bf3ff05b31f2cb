// What holdout71's blind run showed: a future span in years ("in 35 Jahren") dates a clause about
// the future, a report's topic after it is no source ("A National Audit Office report on the 20
// biggest projects says"), and a participle between an article and its noun is no verb of
// saying ("durch das erwartete Bevölkerungswachstum"). Sentences written for these tests unless named.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';
import { decode } from '../src/read/decode.js';
import { sources } from './attribution-helpers.js';

const periods = (text: string, date: string) =>
  analyse(decode('x.txt', Buffer.from(text)), { lang: 'de', date }).claims.map((c) => [c.text, c.period ?? null]);

describe('"in N Jahren"', () => {
  it('dates a clause about the future that far ahead of the document date', () => {
    // holdout71, test-808
    expect(periods('9,8 Milliarden Menschen sollen in 35 Jahren die Erde bewohnen.', '2015-08-20')).toEqual([['9,8 Milliarden', '2050']]);
    expect(periods('In zwei Jahren soll der Umsatz 5 Millionen Euro erreichen.', '2015-08-20')).toEqual([['5 Millionen Euro', '2017']]);
  });

  it('is a span of the past in a clause without a future', () => {
    expect(periods('Die Kommission entschied in sechs Jahren rund 1.600 Fälle.', '2015-08-20')).toEqual([['1.600', null]]);
    // (second review) "soll ... haben" is what someone allegedly did; "erstmals in 20 Jahren" looks back;
    // a relative clause without a future is no future either
    expect(periods('Der Angeklagte soll in zehn Jahren rund 2,5 Millionen Euro veruntreut haben.', '2015-08-20')).toEqual([['2,5 Millionen Euro', null]]);
    expect(periods('Erstmals in 20 Jahren wird die Arbeitslosenquote unter 5 Prozent fallen.', '2015-08-20')).toEqual([['5 Prozent', null]]);
    expect(periods('Die Firma, die in zehn Jahren 500 Stellen abbaute, wird nun verkauft.', '2015-08-20')).toEqual([['500', null]]);
  });
});

describe("English \"in five years' time\"", () => {
  const english = (text: string, date: string) =>
    analyse(decode('x.txt', Buffer.from(text)), { lang: 'en', date }).claims.map((c) => [c.text, c.period ?? null]);

  it('dates its clause that far ahead; "the highest in five years" looks back', () => {
    expect(english("The firm expects sales to reach £5bn in five years' time.", '2005-01-10')).toEqual([['£5bn', '2010']]);
    expect(english('Sales hit their highest level in five years at £5bn.', '2005-01-10')).toEqual([['five years', null], ['£5bn', null]]);
  });
});

describe('a report with its topic before the verb', () => {
  it('is the report, with its owner, not the topic or its figure', () => {
    // holdout71, politics-076
    const nao = 'A National Audit Office report on the 20 biggest projects says costs have risen by £1.7bn in the past year.';
    expect(sources(nao, ['£1.7bn'], 'en')).toEqual(['National Audit Office']);
    expect(sources('A report on the ten largest councils says debts have risen by £2bn.', ['£2bn'], 'en')).toEqual(['report']);
    // a figure's own people without a report stay nobody's
    expect(sources('69% of over-55s say they will vote.', ['69%'], 'en')).toEqual([null]);
    // "of" before an article names the author, not a topic (second review)
    expect(sources('A report of the public accounts committee says costs have risen by £1.7bn.', ['£1.7bn'], 'en')).toEqual(['committee']);
  });
});

describe('a participle after a preposition and its article', () => {
  it('is an adjective in German ("durch das erwartete Wachstum"), no speaker', () => {
    expect(sources('Durch das erwartete Wachstum steigen die Steuereinnahmen um 2 Milliarden Euro.', ['2 Milliarden Euro'])).toEqual([null]);
    // the verb after a subject still speaks
    expect(sources('Das Wifo erwartete ein Wachstum von 2 Prozent.', ['2 Prozent'])).toEqual(['Wifo']);
    // "Über das berichtete die Zeitung": an article after it makes the word a verb (second review)
    expect(sources('Über das berichtete die Zeitung, demnach seien 300 Stellen betroffen.', ['300'])).toEqual(['Zeitung']);
  });
});
