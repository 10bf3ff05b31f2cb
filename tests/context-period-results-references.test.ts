// Results stories: a bare "in the quarter" / "im Quartal" takes the window of that length
// named before; "the same period in 2003" / "im Vergleichszeitraum 2003" is that part of the
// other year; a year in a phrase about another event ("founded in 1998", "die 1998
// gegründete Firma") does not date a figure outside it.
import { describe, expect, it } from 'vitest';
import { periods } from './period-helpers.js';

describe('bare definite references to a window named before', () => {
  it('gives "In the quarter" the quarter the sentence before named', () => {
    const text = 'Vantor Shipping said its net profit dropped 62% in the last three months of 2011. In the quarter, it earned $74m, against $196m in the same period in 2010.';
    expect(periods(text, ['62%', '$74m', '$196m'], null, 'en')).toEqual(['2011-Q4', '2011-Q4', '2010-Q4']);
  });

  it('gives "im Quartal" and "im Halbjahr" the window of that length (de)', () => {
    const q = 'Der Umsatz der Brauerei sank im dritten Quartal 2019 um 7 Prozent. Im Quartal verdiente sie 41 Millionen Euro, nach 55 Millionen im Vorjahresquartal.';
    expect(periods(q, ['7 Prozent', '41 Millionen Euro', '55 Millionen'])).toEqual(['2019-Q3', '2019-Q3', '2018-Q3']);
    const h = 'Im ersten Halbjahr 2019 stieg der Absatz um 4 Prozent. Im Halbjahr setzte die Brauerei 2,3 Millionen Hektoliter ab.';
    expect(periods(h, ['4 Prozent', '2,3 Millionen Hektoliter'])).toEqual(['2019-H1', '2019-H1']);
  });

  it('never takes a window of another length', () => {
    const text = 'Im ersten Halbjahr 2019 stieg der Absatz um 4 Prozent. Im Quartal setzte die Brauerei 1,2 Millionen Hektoliter ab.';
    expect(periods(text, ['4 Prozent', '1,2 Millionen Hektoliter'])).toEqual(['2019-H1', null]);
    const en = 'Sales rose 4% in the first half of 2019. In the quarter, the brewer sold 1.2 million hectolitres.';
    expect(periods(en, ['4%', '1.2 million hectolitres'], null, 'en')).toEqual(['2019-H1', null]);
  });

  it('prefers the quarter whose year the text writes over one read from the context', () => {
    const text = 'For the three months to 31 March 2012, the carrier made £40m. The chief executive said costs rose by £9m in a fourth quarter of high fuel prices. Revenue for the quarter rose 3% to £900m.';
    expect(periods(text, ['£40m', '£9m', '3%', '£900m'], null, 'en').slice(2)).toEqual(['2012-Q1', '2012-Q1']);
  });

  it('leaves "the quarter to June", "a quarter-final" and "a quarter of" alone', () => {
    const base = 'Profit rose 9% in the fourth quarter of 2019. ';
    expect(periods(base + 'In the quarter to June, it sold 300 trucks.', ['9%', '300 trucks'], null, 'en')[1]).not.toBe('2019-Q4');
    expect(periods(base + 'Its team lost 3-1 in the quarter-final, watched by 4,000 fans.', ['9%', '4,000 fans'], null, 'en')[1]).not.toBe('2019-Q4');
    expect(periods(base + 'A quarter of its 800 staff work abroad.', ['9%', '800 staff'], null, 'en')[1]).toBeNull();
  });
});

describe('"the same period in 2003" after a part of a year', () => {
  it('is that part of the other year (en)', () => {
    const text = 'Carlow Foods made $58m in the second quarter of 2012, down from $71m in the same period of 2011.';
    expect(periods(text, ['$58m', '$71m'], null, 'en')).toEqual(['2012-Q2', '2011-Q2']);
    const months = 'Prices rose between March and May 2012, after they had fallen by 0.8% in the same period in 2011.';
    expect(periods(months, ['0.8%'], null, 'en')).toEqual(['2011-03..2011-05']);
  });

  it('is that part of the other year (de)', () => {
    const text = 'Von Jänner bis April 2017 kamen 6.200 Touristen, im gleichen Zeitraum 2016 waren es 5.100.';
    expect(periods(text, ['6.200', '5.100'])).toEqual(['2017-01..2017-04', '2016-01..2016-04']);
  });

  it('stays the whole year after a whole year or with nothing before it', () => {
    expect(periods('Im Jahr 2017 kamen 6.200 Touristen, im gleichen Zeitraum 2016 waren es 5.100.', ['6.200', '5.100'])).toEqual(['2017', '2016']);
    expect(periods('Exports totalled $4bn in the same period of 2011.', ['$4bn'], null, 'en')).toEqual(['2011']);
  });
});

describe('a year dating another event', () => {
  it('does not date a figure from a participle phrase between commas', () => {
    expect(periods('The brewery, founded in 1872, employs 640 people.', ['640 people'], null, 'en')).toEqual([null]);
    expect(periods('Die Brauerei, gegründet 1872, beschäftigt 640 Menschen.', ['640 Menschen'])).toEqual([null]);
  });

  it('does not date a figure from a release or publication between commas ("released in 1980,")', () => {
    expect(periods('The original film, released in 1980, has spawned ten sequels.', ['ten'], null, 'en')).toEqual([null]);
    expect(periods('The book, published in May 2003, has sold 40,000 copies.', ['40,000'], null, 'en')).toEqual([null]);
  });

  it('does not date a figure from an attributive participle (de)', () => {
    expect(periods('Die 1872 gegründete Brauerei beschäftigt 640 Menschen.', ['640 Menschen'])).toEqual([null]);
  });

  it('nor from a month and its attributive participle (de), but a month before the finite verb dates the clause', () => {
    expect(periods('Die im Mai 2014 eröffnete Fabrik beschäftigt 300 Mitarbeiter.', ['300'])).toEqual([null]);
    expect(periods('Er war Angeklagter in dem im Juli 2013 begonnenen Prozess um die Havarie, bei der 32 Personen starben.', ['32'])).toEqual([null]);
    expect(periods('Im Mai 2014 eröffnete die Fabrik mit 300 Mitarbeitern.', ['300'])).toEqual(['2014-05']);
    expect(periods('Im Mai 2014 eröffnete Siemens in Wien ein Werk mit 300 Mitarbeitern.', ['300'])).toEqual(['2014-05']);
  });

  it('any participle after an article and a year is attributive (de): "in dem 2011 losgebrochenen Bürgerkrieg"', () => {
    expect(periods('In dem 2011 losgebrochenen Bürgerkrieg starben bisher mehr als 230.000 Menschen.', ['230.000'])).toEqual([null]);
    // a figure counting that noun keeps the year: "7.850 der 2015 eingeleiteten Verfahren"
    expect(periods('7.850 der 2015 eingeleiteten Prüfverfahren wurden abgeschlossen.', ['7.850'])).toEqual(['2015']);
  });

  it('keeps the year where the participle phrase is the figure\'s own', () => {
    expect(periods('Die 2016 eingeführten 40 Busse fahren elektrisch.', ['40 Busse'])).toEqual(['2016']);
    expect(periods('The brewery employed 640 people in 1990.', ['640 people'], null, 'en')).toEqual(['1990']);
    expect(periods('The brewery, which employed 640 people in 1990, closed.', ['640 people'], null, 'en')).toEqual(['1990']);
  });

  it('reads "seit dem Zusammenbruch 2002" and "since the collapse in 2002" as since that year', () => {
    expect(periods('Seit dem Zusammenbruch 2002 hat die Firma 300 Stellen gestrichen.', ['300'], '2005-03-01')).toEqual(['2002..2005']);
    expect(periods('Since the collapse in 2002 the firm has cut 300 jobs.', ['300 jobs'], '2005-03-01', 'en')).toEqual(['2002..2005']);
  });
});
