// Periods in articles without a document date: a yearless month after a sentence about the
// end of a year, "the first month of the year", a quarter named by its months, and "next
// year" after the text has said which year is this one. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { periods, relativePeriods } from './period-helpers.js';
import type { Lang } from '../src/types.js';

// language before date here: most figures are English, most texts undated or of one date
const periodsIn = (text: string, figures: string[], lang: Lang, date: string | null = null) => periods(text, figures, date, lang);

describe('a yearless month after a sentence about the end of a year', () => {
  it('is the next year\'s month when it falls in the first half', () => {
    expect(periodsIn('Rents dropped at the end of 2008. The agency said rents climbed 1.2% in February.', ['1.2%'], 'en')).toEqual(['2009-02']);
    expect(periodsIn('Rents dropped in late 2008. The agency said rents climbed 1.2% in February.', ['1.2%'], 'en')).toEqual(['2009-02']);
    expect(periodsIn('Rents dropped in the final quarter of 2008. The agency said rents climbed 1.2% in February.', ['1.2%'], 'en')).toEqual(['2009-02']);
    expect(periodsIn('Rents dropped in December 2008. The agency said rents climbed 1.2% in February.', ['1.2%'], 'en')).toEqual(['2009-02']);
    expect(periodsIn('Die Mieten sanken Ende 2008 deutlich. Im Februar stiegen sie um 1,2 Prozent.', ['1,2 Prozent'], 'de')).toEqual(['2009-02']);
    expect(periodsIn('Die Mieten sanken im Dezember 2008. Im Februar stiegen sie um 1,2 Prozent.', ['1,2 Prozent'], 'de')).toEqual(['2009-02']);
  });

  it('is the next year\'s month also after the year\'s end named earlier in the same sentence', () => {
    expect(periodsIn('After falls at the back end of 2008, the agency said rents climbed 1.2% in February and 0.5% in the first month of the year.', ['1.2%', '0.5%'], 'en')).toEqual(['2009-02', '2009-01']);
  });

  it('stays in that year for a month of the year\'s end, or after a sentence about the whole year', () => {
    expect(periodsIn('Rents dropped in the final quarter of 2008. The agency said rents climbed 1.2% in November.', ['1.2%'], 'en')).toEqual(['2008-11']);
    expect(periodsIn('Rents dropped in 2008. The agency said rents climbed 1.2% in February.', ['1.2%'], 'en')).toEqual(['2008-02']);
    expect(periodsIn('Die Mieten sanken 2008 deutlich. Im Februar stiegen sie um 1,2 Prozent.', ['1,2 Prozent'], 'de')).toEqual(['2008-02']);
  });

  it('is not changed by a target "by the end of" a year', () => {
    expect(periodsIn('The bank wants 500 branches by the end of 2009. In March it had 420 branches.', ['500', '420'], 'en')).toEqual(['2009', '2009-03']);
  });
});

describe('the first month of the year', () => {
  it('is January of the year in focus, a month and not the year', () => {
    expect(periodsIn('Sales rose in 2008. Sales rose 0.8% in the first month of the year.', ['0.8%'], 'en')).toEqual(['2008-01']);
    expect(periodsIn('Die Umsätze stiegen 2008. Im ersten Monat des Jahres sanken sie um 0,8 Prozent.', ['0,8 Prozent'], 'de')).toEqual(['2008-01']);
    expect(periodsIn('Rents dropped at the end of 2008. Rents climbed 1.2% in the first month of the year.', ['1.2%'], 'en')).toEqual(['2009-01']);
  });

  it('is no January where no year is said', () => {
    expect(periodsIn('Sales fell 3% in the first month after the merger.', ['3%'], 'en')).toEqual([null]);
    expect(periodsIn('Sales rose 0.8% in the first month of the year.', ['0.8%'], 'en')).toEqual([null]);
  });
});

describe('a quarter named by its months', () => {
  it('keeps its own quarter inside a sentence about another quarter', () => {
    expect(periodsIn('Unemployment was 9.1% in the fourth quarter of 2008, down from 9.8% in the July-to-September quarter.', ['9.1%', '9.8%'], 'en')).toEqual(['2008-Q4', '2008-Q3']);
    expect(periodsIn('Unemployment was 9.1% in the fourth quarter of 2008, down from 9.8% in the July-September quarter.', ['9.1%', '9.8%'], 'en')).toEqual(['2008-Q4', '2008-Q3']);
  });

  it('leaves a span of months that is no quarter a span', () => {
    expect(periodsIn('Exports rose 4% in the June-to-September period of 2008.', ['4%'], 'en')).toEqual(['2008-06..2008-09']);
    expect(periodsIn('Exports rose 4% between July and September 2008.', ['4%'], 'en')).toEqual(['2008-07..2008-09']);
  });
});

describe('the previous quarter', () => {
  it('is the quarter before the one stated, not the same quarter a year back', () => {
    expect(periodsIn('The firm took a charge of $300m in the October-to-December quarter of 2008, on top of a $100m charge in the previous quarter.', ['$300m', '$100m'], 'en')).toEqual(['2008-Q4', '2008-Q3']);
    expect(periodsIn('Profit was $50m in the first quarter of 2008, against $40m in the previous quarter.', ['$50m', '$40m'], 'en')).toEqual(['2008-Q1', '2007-Q4']);
    expect(periodsIn('Der Gewinn lag im ersten Quartal 2008 bei 50 Millionen Euro, nach 40 Millionen Euro im Vorquartal.', ['50 Millionen Euro', '40 Millionen Euro'], 'de')).toEqual(['2008-Q1', '2007-Q4']);
  });

  it('keeps "the prior year\'s quarter" a year back', () => {
    expect(periodsIn('Profit was $50m in the first quarter of 2008, against $40m in the prior year\'s quarter.', ['$50m', '$40m'], 'en')).toEqual(['2008-Q1', '2007-Q1']);
  });
});

describe('next year after the text named this year', () => {
  it('is the year after the one the text calls this year', () => {
    expect(periodsIn('The fund expects growth of 3.2% this year (2008). It sees 2.7% next year.', ['3.2%', '2.7%'], 'en')).toEqual(['2008', '2009']);
    expect(periodsIn('Der Fonds erwartet für dieses Jahr (2008) ein Wachstum von 3,2 Prozent. Im kommenden Jahr sollen es 2,7 Prozent sein.', ['3,2 Prozent', '2,7 Prozent'], 'de')).toEqual(['2008', '2009']);
    expect(periodsIn('Der Fonds erwartet für dieses Jahr (2008) ein Wachstum von 3,2 Prozent. Nächstes Jahr sollen es 2,7 Prozent sein.', ['3,2 Prozent', '2,7 Prozent'], 'de')).toEqual(['2008', '2009']);
  });

  it('stays unknown where the text never says which year is this one', () => {
    expect(periodsIn('Sales rose in 2008. The firm sees 2.7% growth next year.', ['2.7%'], 'en')).toEqual([null]);
    expect(periodsIn('Prices rose 0.8% in January. Growth will be 3.5% next year.', ['0.8%', '3.5%'], 'en')).toEqual([null, null]);
    expect(periodsIn('Im kommenden Jahr sollen es 2,7 Prozent sein.', ['2,7 Prozent'], 'de')).toEqual([null]);
  });

  it('is the document\'s next year where the article is dated', () => {
    expect(periodsIn('The fund sees 2.7% growth next year.', ['2.7%'], 'en', '2011-05-02')).toEqual(['2012']);
    expect(periodsIn('Im kommenden Jahr sollen es 2,7 Prozent sein.', ['2,7 Prozent'], 'de', '2011-05-02')).toEqual(['2012']);
  });
});

describe('a yearless quarter, half or span of months in an undated article', () => {
  it('is of the article\'s own year: ordered against its other periods, compared with no other article', () => {
    const text = 'The economy grew 3.7% in the third quarter, an improvement on the 3.3% growth seen in the second quarter.';
    expect(relativePeriods(text, ['3.7%', '3.3%'], 'en')).toEqual(['[Y]-Q3', '[Y]-Q2']);
    expect(periodsIn(text, ['3.7%', '3.3%'], 'en')).toEqual([null, null]);
    expect(relativePeriods('The economy grew just 0.1% between October and December.', ['0.1%'], 'en')).toEqual(['[Y]-10..[Y]-12']);
    expect(relativePeriods('Im ersten Halbjahr stieg der Umsatz um 4 Prozent.', ['4 Prozent'], 'de')).toEqual(['[Y]-H1']);
  });

  it('"of last year", "of next year" move it; a bare "first half" is a match\'s as often, and stays without one', () => {
    const text = 'The economy grew 3.7% in the third quarter, after growing 4.1% in the fourth quarter of last year.';
    expect(relativePeriods(text, ['3.7%', '4.1%'], 'en')).toEqual(['[Y]-Q3', '[Y-1]-Q4']);
    expect(relativePeriods('Profits are forecast to rise 3% in the first quarter of next year.', ['3%'], 'en')).toEqual(['[Y+1]-Q1']);
    expect(periodsIn('Profits rose 5% in the first half of last year.', ['5%'], 'en', '2005-03-01')).toEqual(['2004-H1']);
    expect(relativePeriods('Ireland scored 10 points in the first half.', ['10 points'], 'en')).toEqual([null]);
    expect(relativePeriods('Sales rose 8% in the first half of the year.', ['8%'], 'en')).toEqual(['[Y]-H1']);
  });

  it('a dated article still gives its calendar year, and a yearless single month stays without one', () => {
    expect(periodsIn('The economy grew 3.7% in the third quarter.', ['3.7%'], 'en', '2004-11-02')).toEqual(['2004-Q3']);
    // an article names single months of other items too often ("a fine in January") to order them
    expect(relativePeriods('US retail sales fell 0.3% in January.', ['0.3%'], 'en')).toEqual([null]);
  });
});
