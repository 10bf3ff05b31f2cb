// A year naming the event a figure was counted at ("in the 2001 census", "bei der
// Nationalratswahl 2013") dates the figures of its clause however far behind them; a bare
// year that far behind does not. Found with holdout66's politics-056; sentences written for
// these tests unless named.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';
import { decode } from '../src/read/decode.js';

const periods = (lang: 'de' | 'en', text: string) =>
  analyse(decode(`x.${lang}.txt`, Buffer.from(text))).claims.map((c) => [c.text, c.period ?? null]);

describe('a year naming a counted event', () => {
  it('dates the figure before it in English (census, election)', () => {
    // holdout66, politics-056
    expect(periods('en', 'Some 8% of the UK population described themselves as coming from a non-white ethnic minority in the 2001 Census.')).toEqual([['8%', '2001']]);
    expect(periods('en', 'Labour won 35% of the vote across the country in the 2005 general election.')).toEqual([['35%', '2005']]);
  });

  it('dates the figure before it in German (Wahl compounds, Zensus)', () => {
    expect(periods('de', 'Die SPÖ kam im ganzen Land auf 39,6 Prozent bei der Landtagswahl 2010.')).toEqual([['39,6 Prozent', '2010']]);
    expect(periods('de', 'In Österreich leben und arbeiten 8,4 Millionen Menschen laut dem Zensus 2011.')).toEqual([['8,4 Millionen', '2011']]);
  });

  it('leaves the year of a film alone', () => {
    expect(periods('en', 'The musical will cost £7m and is based on the story of the 1946 film.')).toEqual([['£7m', null]]);
  });

  it('is no period of a gap to the result it names ("zehn Punkte über ihrem Ergebnis bei der Nationalratswahl 2013")', () => {
    expect(periods('de', 'Die FPÖ liegt in Umfragen bei 30 Prozent und damit zehn Punkte über ihrem Ergebnis bei der Nationalratswahl 2013.')).toEqual([
      ['30 Prozent', null], ['zehn Punkte', null],
    ]);
    // corpus test-315
    expect(periods('de', 'Der Verbrauch lag mit 8,1 Millionen Tonnen um 1,5 Prozent über dem Wert von 2014.')).toEqual([['8,1 Millionen Tonnen', null], ['1,5 Prozent', null]]);
  });

  it('is no period when compared with ("wie letztmals in der Saison 1997")', () => {
    // corpus test-496
    expect(
      periods('de', 'Die Autos werden 20 Zentimeter breiter und erreichen mit 200 Zentimeter wieder Maße wie letztmals in der Saison 1997.'),
    ).toEqual([['20 Zentimeter', null], ['200 Zentimeter', null]]);
  });
});

describe('a year after "before the" / "vor der"', () => {
  it('bounds the figure: no period ("won 51 caps prior to the 2003 World Cup")', () => {
    // holdout68, sport-391
    expect(periods('en', "Healey, who won 51 caps prior to the 2003 World Cup, has been in good form in the Tigers' resurgence this season.")).toEqual([['51', null]]);
    expect(periods('de', 'Er bestritt 51 Länderspiele vor der WM 2006.')).toEqual([['51', null]]);
  });

  it('a bare year after "before" is a deadline ("spend up to £138m before 2014")', () => {
    // holdout3, entertainment-202
    expect(periods('en', 'The corporation plans to spend up to £138m on Freeview before 2014 to ensure people can receive the service.')).toEqual([['£138m', '2014']]);
  });
});
