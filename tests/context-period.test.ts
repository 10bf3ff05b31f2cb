// Period of each figure, on real sentences from the seeds and the corpora.
import { describe, expect, it } from 'vitest';
import { periods } from './period-helpers.js';


describe('periods stated next to the figure (German)', () => {
  it('gives each of two figures its own year or half-year (seed 000)', () => {
    const text =
      'Die nackten Zahlen sprechen eine deutliche Sprache: Mit einem Handelsvolumen von lediglich 2,8 Milliarden Dollar im ersten Halbjahr 2025 bewegt sich der Warenaustausch zwischen beiden Ländern auf einem geradezu lächerlichen Niveau. Zum Vergleich: Noch 2015 belief sich das Volumen auf 12,8 Milliarden Dollar.';
    expect(periods(text, ['2,8 Milliarden Dollar', '12,8 Milliarden Dollar'])).toEqual(['2025-H1', '2015']);
  });

  it('reads decades and the first months of a year as spans (seed 000)', () => {
    expect(periods('Selbst in den wirtschaftlich erfolgreichen 1980er Jahren dümpelte der US-Anteil am sowjetischen Außenhandel bei mageren 1,5 bis 2 Prozent.', ['1,5 bis 2 Prozent'])).toEqual(['1980..1989']);
    expect(periods('Die EU-Technokraten nutzen diese Gelder schamlos zur Finanzierung ihrer Ukraine-Abenteuer – allein in den ersten sieben Monaten 2025 flossen 10,1 Milliarden Euro aus den Erträgen dieser eingefrorenen Vermögen nach Kiew.', ['10,1 Milliarden Euro'])).toEqual(['2025-01..2025-07']);
  });

  it('reads month-to-month spans and carries them to "im gleichen Zeitraum" (test-523)', () => {
    const text = 'Insgesamt 147 Werbeaufträge und Medienkooperationen vereinbarte die BIG von Juli 2012 bis September 2014. Die ARE, eine Tochtergesellschaft der BIG, buchte im gleichen Zeitraum um 266.016,99 Euro.';
    expect(periods(text, ['147', '266.016,99 Euro'])).toEqual(['2012-07..2014-09', '2012-07..2014-09']);
  });

  it('a change "von X auf Y" borrowing a span\'s two ends from the sentence before: X of its start, Y of its end (holdout54)', () => {
    const text = 'Bei der kleinen Pauschale lag der Anteil 2008 noch bei 47,4 Prozent, 2014 waren es schon 51,8 Prozent. Bei der großen Pauschale stieg der Anteil im gleichen Zeitraum von 37,6 auf 43,7 Prozent.';
    expect(periods(text, ['47,4 Prozent', '51,8 Prozent', '37,6', '43,7 Prozent'])).toEqual(['2008', '2014', '2008', '2014']);
    // one period before: both ends take it
    const one = 'Der Anteil lag 2014 bei 51,8 Prozent. Bei der großen Pauschale stieg der Anteil im gleichen Zeitraum von 37,6 auf 43,7 Prozent.';
    expect(periods(one, ['51,8 Prozent', '37,6', '43,7 Prozent'])).toEqual(['2014', '2014', '2014']);
  });

  it('reads half-years and quarters (test-832, test-128)', () => {
    expect(periods('Ö3 kam etwa laut Radiotest im zweiten Halbjahr 2015 auf eine Reichweite von fast 35 Prozent bei Hörern ab 10 Jahren.', ['35 Prozent'])).toEqual(['2015-H2']);
    // a quarter without its year takes the year stated just before; after that year's last quarter,
    // a first quarter is the next year's, as a January is (holdout74's gold for test-128: 2016-Q1)
    const text = 'Im vierten Quartal 2015 wuchs die Wirtschaft um 0,3 Prozent. Auch die Bruttoanlageinvestitionen trugen zum BIP-Wachstum bei, sie stiegen im ersten Quartal um 0,6 Prozent.';
    expect(periods(text, ['0,3 Prozent', '0,6 Prozent'])).toEqual(['2015-Q4', '2016-Q1']);
    expect(periods('Im dritten Quartal 2015 wuchs die Wirtschaft um 0,3 Prozent. Im ersten Quartal waren es 0,6 Prozent.', ['0,3 Prozent', '0,6 Prozent'])).toEqual(['2015-Q3', '2015-Q1']);
  });

  it('gives a date figure its own date (seed 001)', () => {
    expect(periods('Höhepunkt 2013 – seitdem fahren die USA den Handel mit Russland zurück', [{ text: '2013', kind: 'date', value: 2013 }])).toEqual(['2013']);
    expect(periods('Seinen Höhepunkt hatte der Handel zwischen den USA und Russland im Mai 2014.', [{ text: 'Mai 2014', kind: 'date' }])).toEqual(['2014-05']);
  });
});

describe('which expression belongs to which figure', () => {
  it('does not reach across a dash into the next statement (test-147)', () => {
    const text = 'Weitere Abschreibungen neben den bekannten IT-Impairments – Dennoch sinkt Dividende nur von 1,40 auf 0,60 Euro/Aktie – 2016 soll EGT auf bis zu 400 Mio. Euro zumindest verdoppelt werden.';
    expect(periods(text, ['1,40', '0,60 Euro', '400 Mio. Euro'])).toEqual([null, null, '2016']);
  });

  it('keeps a time in parentheses to the figure it follows (test-689)', () => {
    const text = 'Auf Rang zehn folgen Deutschland (2,84) und die USA mit 2,74 Prozent (Daten aus dem Jahr 2013).';
    expect(periods(text, ['2,84', '2,74 Prozent'])).toEqual([null, '2013']);
  });

  it('gives an up-front year to every figure after it, a trailing one only to its own (business-055)', () => {
    const text = 'Mr Manuel added that inflation fell to 4.3% in 2004 and is expected to remain at between 3% and 6% from now until at least 2008.';
    expect(periods(text, ['4.3%', '3% and 6%'], null, 'en')).toEqual(['2004', '2008']);
    const german = 'Für 2013 bedeutete dies eine Pensionserhöhung um 1,8 Prozent anstelle der vollen Inflationsabgeltung um 2,8 Prozent und für 2014 um 1,6 statt der Inflationsabgeltung um 2,4 Prozent.';
    expect(periods(german, ['1,8 Prozent', '2,8 Prozent', '1,6', '2,4 Prozent'])).toEqual(['2013', '2013', '2014', '2014']);
  });

  it('does not give a comparison base to the change measured against it (de-web-mieten)', () => {
    const text = 'Bei Altbauwohnungen fiel der Anstieg geringer aus: Sie kosteten zwischen Jänner und Juni durchschnittlich 11,90 Euro pro Quadratmeter, um 4,8 Prozent mehr als im ersten Halbjahr 2023.';
    expect(periods(text, ['11,90 Euro', '4,8 Prozent'], '2024-09-12')).toEqual(['2024-01..2024-06', '2024-01..2024-06']);
  });

  it('reads "up 4% on the previous year", "up 10% on 2003" as a comparison base (business-247, -221, -505)', () => {
    const renault = 'Renault sold more than 2.4 million vehicles in 2004, an increase of 4% on the previous year.';
    expect(periods(renault, ['4%'], null, 'en')).toEqual(['2004']);
    expect(periods('BP put production for the year at 3.997 billion barrels of oil, up 10% on 2003.', ['10%'], null, 'en')).toEqual([null]);
    expect(periods('In December, the surplus grew 1.8% on a year ago to 1.14 trillion yen.', ['1.8%'], '2005-01-27', 'en')).toEqual(['2004-12']);
    expect(periods('Renault sold 2.4 million vehicles in 2004, an increase of 4 per cent on the previous year.', ['4 per cent'], null, 'en')).toEqual(['2004']);
    // a day after "on" is when it happened, and "the year to March" is the figure's own period
    expect(periods('Shares in the firm rose 2% on Tuesday.', ['2%'], '2005-02-02', 'en')).toEqual(['2005-02-01']);
    expect(periods('House prices were up 10% on the year to March.', ['10%'], '2005-05-01', 'en')).toEqual(['2004-04..2005-03']);
  });

  it('a conjunction with a new subject ends the reach of a time before it, comma or not', () => {
    expect(periods('Federated expects the merger to boost earnings from 2007 but the deal will cost it $1bn in charges.', ['$1bn'], null, 'en')).toEqual([null]);
    expect(periods('The first call was made in 1973 but it took 10 years for the first service to launch.', ['10 years'], null, 'en')).toEqual([null]);
    // the same subject goes on: its verb keeps the time
    expect(periods('Sales rose 5% in 2004 but fell 3% in the second half.', ['5%', '3%'], null, 'en')).toEqual(['2004', '2004-H2']);
  });

  it('reads "seit" before an event of a year or month as a span from then ("seit Ausbruch der Unruhen im April 2015")', () => {
    expect(periods('Seit Ausbruch der Unruhen im April 2015 seien 439 Menschen getötet worden.', ['439'], '2016-03-19')).toEqual(['2015-04..2016-03']);
    expect(periods('Seit Ausbruch der Krise 2008 sind 500 Firmen pleite gegangen.', ['500'], '2016-03-19')).toEqual(['2008..2016']);
    // without the article's date the span has no end: no period
    expect(periods('Seit Ausbruch der Unruhen im April 2015 seien 439 Menschen getötet worden.', ['439'])).toEqual([null]);
  });

  it('reads "since" after a record ("den ersten Erfolg seit 1995", "the highest level since 2008") as no period of the figures', () => {
    expect(periods('Der Profi sorgte für den ersten französischen Erfolg seit 1995, er sprintete nach 295 km zum Sieg.', ['295 km'], '2016-03-19')).toEqual([null]);
    expect(periods('Die Arbeitslosigkeit stieg auf 8 Prozent, den höchsten Stand seit 2008.', ['8 Prozent'], '2016-03-19')).toEqual([null]);
    expect(periods('Der Dax erreichte mit 12.000 Punkten den Höchststand seit 2008.', ['12.000 Punkten'], '2016-03-19')).toEqual([null]);
    expect(periods('Unemployment rose to 8%, the highest level since 2008.', ['8%'], '2016-03-19', 'en')).toEqual([null]);
    // a time after "first" is a period, and so is "since" without a record
    expect(periods('In den ersten Jahren seit 2010 stieg der Umsatz um 5 Prozent.', ['5 Prozent'], '2016-03-19')).toEqual(['2010..2016']);
    expect(periods('Seit 1995 hat die Firma 295 Filialen eröffnet.', ['295'], '2016-03-19')).toEqual(['1995..2016']);
    expect(periods('Sales have risen 20% since 2008.', ['20%'], '2016-03-19', 'en')).toEqual(['2008..2016']);
  });

  it('reads "up 27% from its 2003 performance" as a comparison base, after a word of change and a figure only', () => {
    expect(periods('It posted a profit of $3.36bn, up 27% from its 2003 performance.', ['27%'], null, 'en')).toEqual([null]);
    expect(periods('Net income for 2004 was $3.5bn - up nearly $3bn from 2003 - while turnover rose $7.2bn to $170.8bn.', ['$3bn', '$7.2bn'], null, 'en'))
      .toEqual(['2004', '2004']);
    expect(periods('Sales were 10% higher compared with their 2003 level.', ['10%'], null, 'en')).toEqual([null]);
    // a German main clause that opens with its year dates its own figures, not those before its comma
    expect(periods('Die Firma hatte zuletzt rund 700 Beschäftigte, Ende 2014 war der Abbau von 110 Stellen bekanntgegeben worden.', ['rund 700', '110']))
      .toEqual([null, '2014']);
    expect(periods('Der Umsatz stieg im Jahr 2014 um 5 Prozent, 2015 um 3 Prozent.', ['5 Prozent', '3 Prozent'])).toEqual(['2014', '2015']);
    // a pronoun and an auxiliary between "than" and the base
    expect(periods('Oil ended the year 30% higher than it was in January 2004.', ['30%'], null, 'en')).toEqual([null]);
    expect(periods('Gamers spent almost 7% more than they did in 2003.', ['7%'], null, 'en')).toEqual([null]);
    expect(periods('Profits were up 12.5% from their 2003 level.', ['12.5%'], null, 'en')).toEqual([null]);
    // "from" as the start of a span, and a possessive period that is the next figure's own
    expect(periods('The firms expect savings of at least $2bn from 2008.', ['$2bn'], null, 'en')).toEqual(['2008']);
    expect(periods('Rates went up five times from November 2003.', ['five'], null, 'en')).toEqual(['2003-11']);
    expect(periods('Spending grew 4.2% in the fourth quarter of 2004, down from the third quarter\'s 5.1%.', ['4.2%', '5.1%'], null, 'en'))
      .toEqual(['2004-Q4', '2004-Q3']);
  });

  it('does not read an agency trailer as the time of a figure (test-953)', () => {
    const text = 'Sollten mindestens fünf Prozent der Sitze frei werden, was 28 Abgeordneten entspricht, muss nach der Verfassung in diesen Wahlbezirken nachgewählt werden. (APA, dpa, 20.5.2016)';
    expect(periods(text, ['fünf Prozent', '28'])).toEqual([null, null]);
  });
});

describe('periods from the sentences before', () => {
  it('follows "Damals" and "Dabei" back to the time just stated (seed 001)', () => {
    const text =
      'Seinen Höhepunkt hatte der Handel zwischen den USA und Russland im Mai 2014. Damals hatten die Exporte der USA nach Russland rund 12,5 Milliarden US-Dollar betragen.\nIm Jahr 2024 erreichte der bilaterale Handel zwischen Russland und den USA rund 3,5 Milliarden US-Dollar. Dabei blieben die US-Exporte mit knapp 526 Millionen US-Dollar weit hinter den im Gegenzug aus Russland stammenden Exporten zurück.';
    expect(periods(text, ['12,5 Milliarden US-Dollar', '3,5 Milliarden US-Dollar', '526 Millionen US-Dollar'])).toEqual(['2014-05', '2024', '2024']);
  });

  it('gives a figure without any time none, even after a dated sentence (seed 000)', () => {
    const text = 'Zum Vergleich: Noch 2015 belief sich das Volumen auf 12,8 Milliarden Dollar.\nDie Arktis als Goldgrube der Zukunft\nDie Gasreserven von 3,5 Billionen Kubikmetern unterstreichen das gewaltige Potenzial.';
    expect(periods(text, ['3,5 Billionen Kubikmetern'])).toEqual([null]);
  });
});

describe('relative times against the document date', () => {
  it('resolves "im Vorjahr", "heuer" and "vor acht Jahren"', () => {
    expect(periods('Gegen das Projekt hatten Anrainer im Vorjahr knapp 400 Einwendungen eingebracht.', ['400'], '2024-03-07')).toEqual(['2023']);
    expect(periods('Heuer sollen es rund zwei Milliarden Euro sein.', ['zwei Milliarden Euro'], '2016-03-01')).toEqual(['2016']);
    expect(periods('Vor acht Jahren waren es noch 7 Milliarden Euro.', ['7 Milliarden Euro'], '2025-01-21')).toEqual(['2017']);
  });

  it('leaves them open without a document date instead of borrowing another time', () => {
    const text = 'Im Jahr 2014 lagen die Kosten bei 442 Millionen Euro. Heuer sollen es rund zwei Milliarden Euro sein.';
    expect(periods(text, ['442 Millionen Euro', 'zwei Milliarden Euro'])).toEqual(['2014', null]);
  });

  it('dates an event by its weekday but not a statement by the day it was made', () => {
    expect(periods('Mehr als zwei Drittel der Parlamentarier stimmten am Freitag in Ankara für den umstrittenen Vorstoß.', ['zwei Drittel'], '2016-05-20')).toEqual(['2016-05-20']);
    const text = 'Die neuen Anlagen sollen zusammen eine Leistung von 88 Megawatt haben und jährlich rund 190 Gigawattstunden Strom erzeugen, teilte das Unternehmen am Mittwoch mit.';
    expect(periods(text, ['88 Megawatt', '190 Gigawattstunden'], '2024-03-07')).toEqual([null, null]);
  });

  it('reads full dates through chrono-node (test-174)', () => {
    const text = 'Demgemäß werden Anleger am 20.11.2025 aus dem verbleibenden Kapitaleinsatz von 1.000 Euro einen Zinskupon in Höhe von 12,50 Euro erhalten.';
    expect(periods(text, ['12,50 Euro'])).toEqual(['2025-11-20']);
  });
});

describe('English periods (BBC corpus)', () => {
  it('reads "the last three months of 2004" and "the year to March 2005"', () => {
    expect(periods('The number of people out of work rose 32,000 to 1.41 million in the last three months of 2004, even as 90,000 more people were in employment.', ['32,000 to 1.41 million'], null, 'en')).toEqual(['2004-Q4']);
    const quote = '"For the year to March 2005, the total revenue outlook is slightly better than previous guidance with a 3% to 3.5% improvement anticipated," BA chairman Martin Broughton said.';
    expect(periods(quote, ['3% to 3.5%'], null, 'en')).toEqual(['2004-04..2005-03']);
  });

  it('shifts "a year earlier" from the period stated before it and lets conversions follow their figure', () => {
    const text = 'Reporting its results for the three months to 31 December 2004, the airline made a pre-tax profit of £75m ($141m) compared with £125m a year earlier.';
    expect(periods(text, ['£75m', '$141m', '£125m'], null, 'en')).toEqual(['2004-Q4', '2004-Q4', '2003-Q4']);
    const wmc = 'WMC said it made net profits of 1.33bn Australian dollars ($1bn; £550m) in 2004, up from A$246bn the year before.';
    expect(periods(wmc, ['1.33bn Australian dollars', '$1bn', '£550m', '$246bn'], null, 'en')).toEqual(['2004', '2004', '2004', '2003']);
  });

  it('resolves "last year" with chrono-node against the document date', () => {
    const text = 'The clash between Yukos and the Kremlin came to a head last year when Yukos was hit with a bill of more than $27bn in back taxes and unpaid fines.';
    expect(periods(text, ['$27bn'], '2005-01-26', 'en')).toEqual(['2004']);
    expect(periods(text, ['$27bn'], null, 'en')).toEqual([null]);
  });

  it('reads "between 2001 and 2003" and a plain "in 2000"', () => {
    const text = 'The economy cooled markedly between 2001 and 2003 after enjoying spectacular growth of more than 10% in 2000.';
    expect(periods(text, ['10%'], null, 'en')).toEqual(['2000']);
    expect(periods('Between 2001 and 2003 growth slowed to 2.5% a year.', ['2.5%'], null, 'en')).toEqual(['2001..2003']);
  });
});
