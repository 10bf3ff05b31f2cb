// Which way a change went: the value stays as printed, `direction` says "up" or "down" for
// figures whose metric is a change, so compare can tell "rose 27%" from "slumped 27%".
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';
import type { Lang } from '../src/types.js';

const directions = (text: string, lang: Lang) =>
  analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang }).claims.map((c) => [c.text, c.direction ?? null]);

describe('the direction of a change', () => {
  it('English: a verb before the figure, a noun or comparative right after it', () => {
    expect(directions('Profits slumped 27% last year.', 'en')).toEqual([['27%', 'down']]);
    expect(directions('Full-year profits were up 27%.', 'en')).toEqual([['27%', 'up']]);
    expect(directions('The retailer posted a 3% fall in sales.', 'en')).toEqual([['3%', 'down']]);
    expect(directions('Shares in the bank closed 4% lower.', 'en')).toEqual([['4%', 'down']]);
    expect(directions('Imports rose by 3.4%, while exports decreased by 0.6%.', 'en')).toEqual([['3.4%', 'up'], ['0.6%', 'down']]);
  });

  it('German: verbs before, compounds, and the verb at the end of the clause', () => {
    expect(directions('Die Treibstoffpreise sanken um 16,8 Prozent.', 'de')).toEqual([['16,8 Prozent', 'down']]);
    expect(directions('Es gab einen Umsatzrückgang von 3 Prozent.', 'de')).toEqual([['3 Prozent', 'down']]);
    expect(directions('Der Absatz ist im Jahr um 3,5 Prozent auf 21.758 Gigawattstunden gesunken.', 'de')[0]).toEqual(['3,5 Prozent', 'down']);
    expect(directions('Der Export ging um 2 Prozent zurück.', 'de')).toEqual([['2 Prozent', 'down']]);
  });

  it('a printed sign, and a conversion in brackets, go the way of their figure', () => {
    expect(directions('Die Aktie schloss mit minus 1,74 Prozent.', 'de')).toEqual([['minus 1,74 Prozent', 'down']]);
    expect(directions('Tax cuts worth 6.8bn rand ($1.2bn) were announced.', 'en').map((d) => d[1])).toEqual(['down', 'down']);
  });

  it('hedges and levels say no direction', () => {
    // "up to", "mehr als" are hedges: the verb decides
    expect(directions('Sales fell by up to 5%.', 'en')).toEqual([['5%', 'down']]);
    expect(directions('Der Gewinn sank um mehr als 5 Prozent.', 'de')).toEqual([['5 Prozent', 'down']]);
    // a level after "to" is no amount of change, and a level is no change at all
    expect(directions('Unemployment dropped to 4.7%.', 'en')).toEqual([['4.7%', null]]);
    expect(directions('The company employs 4,000 people.', 'en')).toEqual([['4,000', null]]);
  });

  it('a level after "to", "at", "from", "auf" says none, hedges in between or not (review)', () => {
    expect(directions('Growth in the German economy slowed to 1.6% in 2004.', 'en')).toEqual([['1.6%', null]]);
    expect(directions('Germany\'s economic growth dropped to about 1.6% in 2004.', 'en')).toEqual([['1.6%', null]]);
    expect(directions('Das Wifo hat seine Prognose für das Wachstum 2016 auf 1,5 Prozent gesenkt.', 'de')).toEqual([['1,5 Prozent', null]]);
    expect(directions('Consumer spending grew 4.2% in the final quarter, down from the third quarter\'s 5.1%.', 'en'))
      .toEqual([['4.2%', 'up'], ['5.1%', null]]);
    // but "up to" and "at least" are hedges
    expect(directions('Sales fell by up to 30% in the period.', 'en')).toEqual([['30%', 'down']]);
  });

  it('the verb of another clause or figure is not the figure\'s (review)', () => {
    const two = directions('Der Umsatz stieg um 4 Prozent, der Gewinn ist dagegen um 12 Prozent auf 80 Millionen Euro gesunken.', 'de');
    expect(two.slice(0, 2)).toEqual([['4 Prozent', 'up'], ['12 Prozent', 'down']]);
    const after = directions('Nach einem Umsatzrückgang von 3 Prozent im Vorjahr ist der Umsatz 2015 um 5 Prozent auf 3 Milliarden Euro gestiegen.', 'de');
    expect(after.slice(0, 2)).toEqual([['3 Prozent', 'down'], ['5 Prozent', 'up']]);
    expect(directions('Income fell 7%, although 15% more passengers flew.', 'en')[1]).toEqual(['15%', null]);
  });

  it('past a year, a list and a restatement to the verb', () => {
    expect(directions('Deutschlands Exporte stiegen 2015 um 6 Prozent.', 'de')).toEqual([['6 Prozent', 'up']]);
    expect(directions('Der ATX fiel 15,43 Punkte oder 0,64 Prozent auf 2.411,77 Einheiten.', 'de')[1]).toEqual(['0,64 Prozent', 'down']);
    expect(directions('Sales rose 5%, 3% and 2% in three regions.', 'en').slice(0, 3).map((d) => d[1])).toEqual(['up', 'up', 'up']);
  });

  it('bare German nouns and more verbs of falling', () => {
    expect(directions('Die Regierung legte eine Senkung der Steuern um 5 Prozent fest.', 'de')).toEqual([['5 Prozent', 'down']]);
    expect(directions('German exports plummeted 4.5% in 2004.', 'en')).toEqual([['4.5%', 'down']]);
  });

  it('a level word must govern the figure; the word after it says a rise (second review)', () => {
    expect(directions('Tesco is expected to report a 10% rise in profits.', 'en')).toEqual([['10%', 'up']]);
    expect(directions('The move led to a 26% increase in sales.', 'en')).toEqual([['26%', 'up']]);
    expect(directions('The shares recovered to close 12% down at 120p.', 'en')[0]).toEqual(['12%', 'down']);
    expect(directions('Die Exporte nach Deutschland sind um 6 Prozent gestiegen.', 'de')).toEqual([['6 Prozent', 'up']]);
    expect(directions('Der Umsatz legte um 6,9 Prozent zu.', 'de')).toEqual([['6,9 Prozent', 'up']]);
  });

  it('an elliptical clause after a comma takes the verb before it, a subordinate clause does not', () => {
    expect(directions('Manufacturing output fell 0.8% in February, construction 1.5%.', 'en').map((d) => d[1])).toEqual(['down', 'down']);
    expect(directions('Retail sales rose 0.6% on the month and 6.1% on the year.', 'en').map((d) => d[1])).toEqual(['up', 'up']);
    expect(directions('The shares rose 4p, or nearly 1%, to 548p.', 'en')[1]).toEqual(['1%', 'up']);
    expect(directions('Income fell 7%, although 15% more passengers flew.', 'en')[1][1]).toBe(null);
    expect(directions('Costs fell 5% in 2004, leaving UK car exports 10% ahead of 2003.', 'en')[1][1]).toBe(null);
  });

  it('third review: possessives, adjectives after a level word, restatements after the figure, "als"', () => {
    expect(directions("Like-for-like sales at the group's UK stores fell 2.4% in the quarter.", 'en')).toEqual([['2.4%', 'down']]);
    expect(directions('US growth slowed to an annualised 2.8% in the fourth quarter.', 'en')).toEqual([['2.8%', null]]);
    expect(directions('Die Zahl der Arbeitslosen ist im Jänner um 12.345 Personen oder 3,4 Prozent gestiegen.', 'de').map((d) => d[1])).toEqual(['up', 'up']);
    expect(directions('Der Absatz stieg nach einem Rückgang von 3,5 Prozent im Vorjahr heuer um 2,2 Prozent.', 'de')[1]).toEqual(['2,2 Prozent', 'up']);
    expect(directions('Die Wirtschaft wuchs im dritten Quartal stärker als erwartet um 0,6 Prozent.', 'de')).toEqual([['0,6 Prozent', 'up']]);
    expect(directions('Russland hat sein Budget um 30 Milliarden Rubel (umgerechnet etwa 367 Millionen Euro) gekürzt.', 'de').map((d) => d[1])).toEqual(['down', 'down']);
  });

  it('a rate of change after "at" is a change, and a German noun of change far before the figure still counts', () => {
    expect(directions('Nationally, house prices rose at an annual rate of 10.7% in December.', 'en')).toEqual([['10.7%', 'up']]);
    expect(directions('Auch hier gab es einen Rückgang der Straftaten, und zwar um gleich 18 Prozent.', 'de')).toEqual([['18 Prozent', 'down']]);
  });

  it('fourth review: restatements keep a noun of change, a list stops a level, "als" after a comma opens a clause', () => {
    expect(directions('Es gab ein Plus von rund 115.000 Personen oder 1,3 Prozent gegenüber dem Vorjahr.', 'de')[1]).toEqual(['1,3 Prozent', 'up']);
    expect(directions('Like-for-like sales rose 3% at Tesco and 5% at Asda.', 'en').map((d) => d[1])).toEqual(['up', 'up']);
    expect(directions('Der Umsatz stieg, als das Unternehmen 40 Prozent seiner Filialen schloss.', 'de')[0][1]).toBe(null);
  });

  it('a number glued to an adjective ("46-year") is part of the level phrase, not a figure passed', () => {
    expect(directions('The rate has risen 1.25 percentage points from the 46-year low of 1%.', 'en').at(-1)).toEqual(['1%', null]);
  });
});

