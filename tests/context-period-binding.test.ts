// Which figure a time expression belongs to when it closes a conjunct ("by 2015 and ..."),
// "thereafter", months relative to "last year", and school years / seasons "2013/14".
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { periods } from './period-helpers.js';


describe('a target year that closes a conjunct', () => {
  it('binds "by 2012" to the figure before it, and "thereafter" gives the next one no period', () => {
    const text = 'Researchers said an extra three million children could have been vaccinated by 2012 and two million thereafter.';
    expect(periods(text, ['three million', 'two million'], null, 'en')).toEqual(['2012', null]);
  });

  it('binds "bis 2010" backwards and "anschließend" has no period (German)', () => {
    const text = 'Der Konzern verkaufte 40 Millionen Geräte bis 2010 und anschließend noch 15 Millionen.';
    expect(periods(text, ['40 Millionen', '15 Millionen'])).toEqual(['2010', null]);
  });

  it('gives the first figure of a list its year even when the next figure is nearer', () => {
    const text = 'The firm employed 500 workers at its plant in 2014 and 700 in 2015.';
    expect(periods(text, ['500', '700'], null, 'en')).toEqual(['2014', '2015']);
  });

  it('still lets a figure share the time stated before it (near miss)', () => {
    const text = 'The report forecast 80 million new users in India by 2010 and 40 million in Indonesia.';
    expect(periods(text, ['80 million', '40 million'], null, 'en')).toEqual(['2010', '2010']);
    // a time right in front of the figure after "und" stays that figure's
    expect(periods('Bis 2020 sollen es 40 Prozent und bis 2030 60 Prozent sein.', ['40 Prozent', '60 Prozent'])).toEqual(['2020', '2030']);
  });

  it('keeps sentence-initial "Danach" (= according to it) from erasing a year (near miss)', () => {
    expect(periods('Danach wurden im Jahr 2015 rund 300 Anträge gestellt.', ['300'])).toEqual(['2015']);
  });
});

describe('a month with "last year" / "vergangenen Jahres"', () => {
  it('takes the year before the document year', () => {
    const text = 'The index climbed to 96.5 in March from 91.2 in November last year.';
    expect(periods(text, ['96.5', '91.2'], '2008-04-02', 'en')).toEqual(['2008-03', '2007-11']);
    expect(periods('Im Oktober vergangenen Jahres lag die Quote bei 7,1 Prozent.', ['7,1 Prozent'], '2016-02-10')).toEqual(['2015-10']);
  });

  it('without a document date, takes the year before the year in context, or nothing', () => {
    const text = 'Sentiment brightened in January 2006. The index climbed to 110.0 in January from 108.0 in October last year.';
    expect(periods(text, ['110.0', '108.0'], null, 'en')).toEqual(['2006-01', '2005-10']);
    expect(periods('The index stood at 108.0 in October last year.', ['108.0'], null, 'en')).toEqual([null]);
  });

  it('reads a relative time at the start of a sentence, capitalised, as in mid-sentence', () => {
    expect(periods('Last year, Britannia members shared £42m.', ['£42m'], '2005-02-01', 'en')).toEqual(['2004']);
    expect(periods('Last month profits were $5.2m.', ['$5.2m'], '2005-02-01', 'en')).toEqual(['2005-01']);
    expect(periods('Two years ago, sales were 1.4 million.', ['1.4 million'], '2005-02-01', 'en')).toEqual(['2003']);
    expect(periods('Vergangenes Jahr stieg der Umsatz auf 42 Millionen Euro.', ['42 Millionen Euro'], '2015-02-01')).toEqual(['2014']);
    expect(periods('Letzten Monat lag die Quote bei 7,1 Prozent.', ['7,1 Prozent'], '2016-02-10')).toEqual(['2016-01']);
    // a sentence's first words give the period they give after "Meanwhile"
    for (const [start, figure] of [['The past three years saw sales of $5.2m.', '$5.2m'], ['So far this year, shares rose 5.5%.', '5.5%']]) {
      const inside = periods(`Meanwhile ${start[0].toLowerCase()}${start.slice(1)}`, [figure], '2005-02-01', 'en');
      expect(inside[0]).not.toBeNull();
      expect(periods(start, [figure], '2005-02-01', 'en')).toEqual(inside);
    }
  });

  it('reads "for March" like "in March"', () => {
    const text = 'Sentiment brightened in March 2007. A gauge edged up in March to 88.4, while a third remained at 73.1 for March.';
    expect(periods(text, ['88.4', '73.1'], null, 'en')).toEqual(['2007-03', '2007-03']);
  });
});

describe('school years and seasons', () => {
  it('reads "2013/14", "2015/2016" and "2014-15" as spans over both years', () => {
    expect(periods('Rund 41.200 Schüler besuchten 2011/12 eine Grundschule.', ['41.200'])).toEqual(['2011..2012']);
    expect(periods('In der Saison 2015/2016 kamen 12.000 Zuschauer pro Spiel.', ['12.000'])).toEqual(['2015..2016']);
    expect(periods('In the 2014-15 season the club sold 23,000 season tickets.', ['23,000'], null, 'en')).toEqual(['2014..2015']);
    expect(periods('In 2003/2004, 12.5% of the searches were on Asian people.', ['12.5%'], null, 'en')).toEqual(['2003..2004']);
  });

  it('does not read an ISO date as a season (near miss)', () => {
    expect(periods('Sales on 2015-03-12 were 5 million.', ['5 million'], null, 'en')).toEqual(['2015-03-12']);
  });

  it('a bare season far behind the figure is not its time, like a bare year (near miss)', () => {
    expect(periods('The club aims to reach the final for the first time in 12 years, and first time since the 2000/2001 season.', ['12 years'], null, 'en')).toEqual([null]);
  });
});

describe('"beziehungsweise" / "respectively": figures take the listed times in order', () => {
  it('pairs two figures with the two times listed before them', () => {
    const text = 'Die Besucherzahlen der Messen in Hamburg 2008 und 2009 sowie in Köln 2012 und 2013 stiegen um 35 beziehungsweise 22 Prozent.';
    expect(periods(text, ['35', '22 Prozent'])).toEqual(['2008..2009', '2012..2013']);
    const en = 'Sales in Spain in 2012 and in Italy in 2013 fell by 12 and 9 per cent respectively.';
    expect(periods(en, ['12', '9 per cent'], null, 'en')).toEqual(['2012', '2013']);
  });

  it('leaves one shared time, and times of earlier figures, alone (near misses)', () => {
    expect(periods('Im Jahr 2015 stiegen Umsatz und Gewinn um 3 bzw. 4 Prozent.', ['3', '4 Prozent'])).toEqual(['2015', '2015']);
    const text = 'Für 2016 sagten die Institute 1,6 beziehungsweise 1,5 Prozent voraus, für 2017 1,7 beziehungsweise 1,4 Prozent.';
    expect(periods(text, ['1,6', '1,5 Prozent', '1,7', '1,4 Prozent'])).toEqual(['2016', '2016', '2017', '2017']);
    expect(periods('In 2014 sales in Spain and Italy fell by 5 and 7 per cent respectively.', ['5', '7 per cent'], null, 'en')).toEqual(['2014', '2014']);
  });
});

describe('a year labelling a bracketed comparison figure', () => {
  it('belongs to the figure inside the brackets, not to the one before', () => {
    expect(periods('Der Betriebsgewinn stieg auf 3,12 (2013: 2,75) Millionen Euro.', ['3,12', '2,75'])).toEqual([null, '2013']);
    expect(periods('Operating profit rose to £8.1m (2016: £7.4m).', ['£8.1m', '£7.4m'], null, 'en')).toEqual([null, '2016']);
  });

  it('still gives a bracketed year without a label to the figure right before', () => {
    expect(periods('Der Umsatz lag bei 4,2 Millionen Euro (2014).', ['4,2 Millionen Euro'])).toEqual(['2014']);
  });
});

describe('a time attached to one figure dates a later figure close by in its clause', () => {
  it('reaches the level after a change and a figure of the same phrase', () => {
    expect(periods('Overall the unit saw sales jumping by 12.5% during 2004 to 98,000.', ['12.5%', '98,000'], null, 'en')).toEqual(['2004', '2004']);
    expect(periods('The UK singles market grew by 3.2% in 2004 with a record 12.1 million units sold.', ['3.2%', '12.1 million'], null, 'en')).toEqual(['2004', '2004']);
    expect(periods('Die Produktion soll um 2,5 Prozent im Jahr 2016 auf 4,1 Millionen Tonnen steigen.', ['2,5 Prozent', '4,1 Millionen Tonnen'])).toEqual(['2016', '2016']);
  });

  it('not the start level of a change, nor across a conjunct, a dash or a long stretch', () => {
    expect(periods('Losses deepened to £12.6m in 2004 from £3.2m.', ['£12.6m', '£3.2m'], null, 'en')).toEqual(['2004', null]);
    expect(periods('Der Anteil soll von 45 Prozent im April 2015 auf 60 Prozent steigen.', ['45 Prozent', '60 Prozent'])).toEqual(['2015-04', null]);
    expect(periods('It will pay nine months by 2007 and the aim is to reach 12 months.', ['nine months', '12 months'], null, 'en')).toEqual(['2007', null]);
    expect(periods('Sales reached 40,000 in 1984 - a further 750,000 followed.', ['40,000', '750,000'], null, 'en')).toEqual(['1984', null]);
  });
});
