// GUIDELINES: "Fiscal quarters follow the text's own definition (BA's third quarter = the three
// months to 31 December 2004 = 2004-Q4)"; the tool read 2004-Q3 (fixtures/gold en-business-004).
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { claimPeriods as periods } from './period-helpers.js';

describe('a window of three months defines the quarter named near it', () => {
  it('"the three months to 31 December 2004" ... "its third quarter": the quarter is October to December', () => {
    const text = 'The carrier reported a profit of £80m for the three months to 31 December 2004. ' +
      'Fuel costs rose by £90m in its third quarter, the company said.';
    expect(periods(text)).toEqual([['£80m', '2004-Q4'], ['£90m', '2004-Q4']]);
  });

  it('every quarter the article names without a year counts from it, aligned with the calendar or not', () => {
    const text = 'It made $300m in the three months to 30 November 2004. ' +
      'Sales rose to $2bn in the second quarter, the firm said. ' +
      'In the first quarter it had made $250m.';
    expect(periods(text)).toEqual([['$300m', '2004-09..2004-11'], ['$2bn', '2004-09..2004-11'], ['$250m', '2004-06..2004-08']]);
  });

  it('a quarter near the window that is the calendar one keeps the calendar for the whole article', () => {
    const text = 'Output grew 0.5% in the three months to December 2004. ' +
      'The fourth quarter was weak, the office said. ' +
      'In the third quarter, output had grown by 0.8%.';
    expect(periods(text)).toEqual([['0.5%', '2004-Q4'], ['0.8%', '2004-Q3']]);
  });

  it('without such a window, or with the quarter far from it, quarters are the calendar\'s', () => {
    expect(periods('The firm made $300m in its third quarter of 2004. In the fourth quarter it made $350m.')).toEqual([['$300m', '2004-Q3'], ['$350m', '2004-Q4']]);
    const far = 'It made $300m in the three months to 30 November 2004. The shares rose. Its chief executive left. ' +
      'A new one was named. In the first quarter of the year it had made $250m.';
    expect(periods(far)[0]).toEqual(['$300m', '2004-09..2004-11']);
    expect(periods(far)[1][1]).not.toBe('2004-06..2004-08');
  });

  it('in German too: "in den drei Monaten bis Ende Dezember 2015" and "im dritten Quartal"', () => {
    const text = 'Der Konzern verdiente in den drei Monaten bis Ende Dezember 2015 rund 80 Millionen Euro. ' +
      'Im dritten Quartal stieg der Umsatz um fünf Prozent.';
    expect(periods(text, 'de')).toEqual([['80 Millionen Euro', '2015-Q4'], ['fünf Prozent', '2015-Q4']]);
  });
});
