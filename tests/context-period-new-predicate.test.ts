// A time after a figure that a coordinated new predicate introduces ("… 30 Kilometer und wurde
// vor einem Jahr entdeckt") dates that predicate, not the figure; a catalogue designation
// ("2014 MU69") or a series number ("Anleihe 6/2015") is a name, not a year.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';
import { decode } from '../src/read/decode.js';

const periods = (lang: 'de' | 'en', text: string) =>
  analyse(decode(`x.${lang}.txt`, Buffer.from(text))).claims.map((c) => [c.text, c.period ?? null]);

describe('a time in a coordinated new predicate', () => {
  it('leaves the figure before "und wurde …" undated (German)', () => {
    const p = periods('de', 'Der Komet hat einen Durchmesser von 30 bis 45 Kilometern und wurde erst vor einem Jahr entdeckt. (red, 2.9.2015)');
    expect(p).toEqual([['30 bis 45 Kilometern', null]]);
  });

  it('leaves the figure before "and was …" undated (English)', () => {
    expect(periods('en', 'The firm employs 300 people and was founded in 2010.')).toEqual([['300', null]]);
  });

  it('leaves the figure before "and quit/joined …" (a career\'s next step) undated', () => {
    expect(periods('en', 'Johnson won 84 England caps and quit Test rugby at the start of 2004.')).toEqual([['84', null]]);
    expect(periods('en', 'He scored 20 goals and joined Chelsea in 2004.')).toEqual([['20', null]]);
  });

  it('still dates figures whose own time follows them or stands in the next conjunct with its figure', () => {
    expect(periods('de', 'Der Umsatz stieg um 5 Prozent und hat 2014 erstmals 3 Millionen Euro überschritten.')).toEqual([
      ['5 Prozent', null],
      ['3 Millionen Euro', '2014'],
    ]);
    expect(periods('en', 'Sales rose 5% in 2014 and 3% in 2013.')).toEqual([
      ['5%', '2014'],
      ['3%', '2013'],
    ]);
    expect(periods('de', 'Die Exporte stiegen um 4 Prozent im Jahr 2014 und waren damit so hoch wie nie.')).toEqual([['4 Prozent', '2014']]);
  });
});

describe('catalogue designations are not years', () => {
  it('does not date a figure by "2014 MU69"', () => {
    expect(periods('de', 'Der Asteroid 2014 MU69 ist nur 40 Kilometer groß.')).toEqual([['40 Kilometer', null]]);
  });

  it('does not date a figure by a series number ("Anleihe 6/2015", "issue 3/2004")', () => {
    expect(periods('de', 'Die Tilgungsanleihe 6/2015 zahlt einen Kupon von 1,25 Prozent.')).toEqual([['1,25 Prozent', null]]);
    expect(periods('en', 'Issue 3/2004 of the magazine sold 40,000 copies.')).toEqual([['40,000', null]]);
    expect(periods('de', 'Die Anleihe 2015 zahlt einen Kupon von 1,25 Prozent.')).toEqual([['1,25 Prozent', '2015']]);
  });

  it('still reads a sentence-initial bare year', () => {
    expect(periods('de', '2014 stieg der Umsatz um 5 Prozent.')).toEqual([['5 Prozent', '2014']]);
    expect(periods('en', 'In 2014 the company sold 5 million cars.')).toEqual([['5 million', '2014']]);
  });
});

describe('a rare space between a time word and its year', () => {
  it('reads U+1680 as a space, as the 4-character start index did', () => {
    const ogham = '\u1680';
    const text = `Der Umsatz stieg seit${ogham}dem Jahr 2010 um 40 Prozent. Juni${ogham}2015 stieg er um 5 Prozent.`;
    const plain = text.replaceAll(ogham, ' ');
    expect(periods('de', text)).toEqual(periods('de', plain));
    expect(periods('de', text)).toEqual([['40 Prozent', null], ['5 Prozent', '2015-06']]);
  });
});

describe('a clause brought back to the present (holdout30)', () => {
  it('leaves "and has a 6,932 majority" after "won the seat in 1997" undated', () => {
    expect(periods('en', "Labour's Elizabeth Blackman won the seat in 1997 and has a 6,932 majority.")).toEqual([['6,932', null]]);
    expect(periods('en', 'The firm was founded in 1997 and now employs 500 people.')).toEqual([['500', null]]);
  });
  it('gives "jetzt" after "Damals" no borrowed year, the figure before it keeps it', () => {
    const text = 'Das Gesetz stamme aus dem Jahr 1956. Damals lagen die Beiträge bei 10 bis 11 Prozent, jetzt bei 22 Prozent.';
    expect(periods('de', text)).toEqual([['10 bis 11 Prozent', '1956'], ['22 Prozent', null]]);
  });
  it('keeps the year of a subject that "now" follows without a comma or conjunction', () => {
    const text = 'The deficit for the first eleven months of 2004 now stands at £36.3bn.';
    expect(periods('en', text)).toEqual([['£36.3bn', '2004-01..2004-11']]);
    expect(periods('en', 'Sales rose in 2004 and reached 500 units.')).toEqual([['500', '2004']]);
  });
});

describe('a present word inside an aside (review of session 21)', () => {
  it('keeps the year for a figure after ", now part of Google,"', () => {
    expect(periods('en', 'In 2019 the startup, now part of Google, had 300 staff.')).toEqual([['300', '2019']]);
    expect(periods('de', 'Im Jahr 2019 hatte das Startup, jetzt Teil von Google, 300 Mitarbeiter.')).toEqual([['300', '2019']]);
  });
});

describe('"Dann" opening a sentence continues the time of the one before (holdout55)', () => {
  it('dates the figure after "Dann" with the year before, as "Damals" and "Then" do', () => {
    expect(periods('de', 'Für das Jahr 2020 rechnet man mit mehr Pensionisten. Dann wird es 2,46 Millionen Pensionen geben.')).toEqual([
      ['2,46 Millionen', '2020']]);
    expect(periods('de', 'Die Firma baut ein Werk. Dann werden 300 Mitarbeiter eingestellt.')).toEqual([['300', null]]);
  });
});

describe('a time that opens its sentence dates a clause after a clause-opening comma (holdout55)', () => {
  it('reaches past "wobei", "while" and "sondern" from the sentence start, not from inside the first clause', () => {
    expect(periods('de', '2020 werden 27,64 Prozent finanziert, wobei der Bereich 21,18 Prozent erreicht.')).toEqual([
      ['27,64 Prozent', '2020'], ['21,18 Prozent', '2020']]);
    expect(periods('en', 'In 2004, sales rose 5%, while profits fell 3%.')).toEqual([['5%', '2004'], ['3%', '2004']]);
    expect(periods('en', 'Sales rose 5% in 2004, while profits fell 3%.')).toEqual([['5%', '2004'], ['3%', null]]);
  });
});

describe('a relative year the text names itself (holdout55)', () => {
  it('dates "im letzten Jahr 2019" after the figure with 2019', () => {
    expect(periods('de', 'Die Ausgaben stiegen um 7,5 Prozent im letzten Jahr 2019.')).toEqual([['7,5 Prozent', '2019']]);
  });
});

describe('a comma between a figure and a time after it (holdout55)', () => {
  it('leaves the time to the figure of its own clause', () => {
    expect(periods('de', 'Die Ausgaben steigen 2016 um 3,7 Prozent, zwischen 2019 und 2020 um 5,6 Prozent.')).toEqual([
      ['3,7 Prozent', '2016'], ['5,6 Prozent', '2019..2020']]);
    expect(periods('en', 'In 2003, profits rose 20% to £3.8bn, and it has forecast similar gains in 2004, with profits up 18%.')).toEqual([
      ['20%', '2003'], ['£3.8bn', '2003'], ['18%', '2004']]);
    expect(periods('en', 'Profits rose 20%, in 2003.')).toEqual([['20%', '2003']]);
  });
});

describe('a deadline year gives no year to the months after it (holdout56)', () => {
  it('leaves "in May" after "by 2009" undated, after "in 2004" or "by the end of 2004" in that year', () => {
    expect(periods('en', 'Analysts expect 51 million users by 2009.\nThe firm launches in May and charges $12 a month.')).toEqual([
      ['51 million', '2009'], ['$12', null]]);
    expect(periods('en', 'Sales rose 5% in 2004.\nIn May, sales were $12m.')).toEqual([['5%', '2004'], ['$12m', '2004-05']]);
    expect(periods('en', 'The market will be worth $26m by the end of 2004.\nIn October, users grew by 1.4 million.')).toEqual([
      ['$26m', '2004'], ['1.4 million', '2004-10']]);
  });
});

describe('a deadline at the start or middle of a year is one too (holdout124)', () => {
  it('leaves the month after "by early 2006" or "bis Mitte 2015" undated; "bis Ende 2015" stays that year', () => {
    expect(periods('en', 'The country hopes to join the trade body by early 2006.\nA vote could come in December, when its 150 members meet.')).toEqual([
      ['150', null]]);
    expect(periods('en', 'The firm plans to hire 200 staff by mid-2007.\nIn March it sold 20 shops.')).toEqual([['200', '2007'], ['20', null]]);
    expect(periods('de', 'Die Firma will bis Mitte 2015 rund 300 Stellen abbauen.\nIm März sank der Umsatz um 4 Prozent.')).toEqual([
      ['300', '2015'], ['4 Prozent', null]]);
    expect(periods('de', 'Die Firma will bis Ende 2015 rund 300 Stellen abbauen.\nIm März sank der Umsatz um 4 Prozent.')).toEqual([
      ['300', '2015'], ['4 Prozent', '2015-03']]);
    // a past "by": the text goes on in that year
    expect(periods('en', 'By early 1998 the firm employed 500 people.\nIn March it sold 20 shops.')).toEqual([['500', '1998'], ['20', '1998-03']]);
  });
});

describe('a span from a decade to a year (holdout56)', () => {
  it('runs from the decade\'s start to the year', () => {
    expect(periods('en', 'The firm sold 190 shops from the early 1990s to 1997.')).toEqual([['190', '1990..1997']]);
    expect(periods('en', 'It sold 30 shops in the early 1990s.')).toEqual([['30', '1990..1999']]);
  });
});

describe('review of session 28: where the new period rules stop', () => {
  it('a deadline opening the sentence dates its own clause only; a past "by" year carries on', () => {
    expect(periods('en', 'By 2010, the firm wants 30% of its sales online, while its rivals sell 45% of goods on the web.')).toEqual([
      ['30%', '2010'], ['45%', null]]);
    expect(periods('en', 'By 1998 the firm employed 500 people.\nIn March it sold 20 shops.')).toEqual([['500', '1998'], ['20', '1998-03']]);
  });

  it('a time set off by commas as an aside stays the figure\'s before it', () => {
    expect(periods('en', 'The group employed 5,000 people, as of 2004, and made a profit of $20m.')[0]).toEqual(['5,000', '2004']);
    expect(periods('de', 'Die Firma beschäftigt 500 Mitarbeiter, Stand 2015, und erzielte einen Umsatz von 20 Millionen Euro.')[0]).toEqual(['500', '2015']);
  });

  it('"im vergangenen Jahr" before a count with its noun is no year 2000', () => {
    expect(periods('de', 'Die Firma hat im vergangenen Jahr 2000 Stellen gestrichen.').map(([t]) => t)).toEqual(['2000']);
  });
});
