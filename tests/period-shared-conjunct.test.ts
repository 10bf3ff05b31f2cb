// A time that closes one figure's phrase also dates the figure of a conjunct that shares the
// subject ("had sales of $5.2bn in 2004 and made a profit of $901m", holdout109 business-088), and
// a time after the second of two coordinated "noun of figure" phrases dates the first too.
// Sentences written for these tests unless named.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';

const periods = (text: string, lang: 'en' | 'de' = 'en') =>
  analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang }).claims.map((c) => [c.text, c.period]);

describe('a conjunct without a subject of its own shares the time of the one before', () => {
  it('English: "and (made) a profit of" after "in 2004"', () => {
    // holdout109, business-088
    expect(periods('Travelers had sales of $5.2bn in 2004 and made a profit of $901m.')).toEqual([['$5.2bn', '2004'], ['$901m', '2004']]);
    expect(periods('Acme made sales of $3bn in 2004 and a net profit of $1bn.')).toEqual([['$3bn', '2004'], ['$1bn', '2004']]);
  });
  it('German: "und einen Gewinn von" after "im Jahr 2024", whose "von" is no start level', () => {
    expect(periods('Der Konzern machte einen Umsatz von 3 Milliarden Euro im Jahr 2024 und einen Gewinn von 1 Milliarde Euro.', 'de')).toEqual([
      ['3 Milliarden Euro', '2024'],
      ['1 Milliarde Euro', '2024'],
    ]);
  });
  it('a plan, an auxiliary or a new subject after "and" opens a predicate of its own', () => {
    expect(periods('Acme had sales of $3bn in 2004 and expects a profit of $1bn.')).toEqual([['$3bn', '2004'], ['$1bn', null]]);
    expect(periods('Sales rose 5% in 2004 and are expected to rise 3%.')).toEqual([['5%', '2004'], ['3%', null]]);
    expect(periods('Der Konzern machte einen Umsatz von 3 Milliarden Euro im Jahr 2024 und rechnet mit einem Gewinn von 1 Milliarde Euro.', 'de')).toEqual([
      ['3 Milliarden Euro', '2024'],
      ['1 Milliarde Euro', null],
    ]);
  });
  it('a change from one level to another keeps its start level', () => {
    expect(periods('Die Quote stieg von 45 Prozent im April 2015 auf 60 Prozent.', 'de')).toEqual([['45 Prozent', '2015-04'], ['60 Prozent', null]]);
    expect(periods('It rose from 3% in 2004 to 5%.')).toEqual([['3%', '2004'], ['5%', null]]);
  });
});

describe('a time after the second of two "noun of figure" conjuncts dates both', () => {
  it('"sales of $3bn and a profit of $1bn in 2004"', () => {
    expect(periods('Acme made sales of $3bn and a profit of $1bn in 2004.')).toEqual([['$3bn', '2004'], ['$1bn', '2004']]);
  });
  it('but not across a new subject', () => {
    expect(periods('Acme made sales of $3bn and it expects a profit of $1bn in 2005.')).toEqual([['$3bn', null], ['$1bn', '2005']]);
  });
});
