// What holdout102's blind run showed: "compared to 2004's Super Bowl weekend when the total box office
// was $73.4m (£38.9m)" gave the figures of the when-clause no period, since a comparison base dates no
// figure. And, looking again at holdout97's "a table drawn up by France's Le Figaro newspaper": German
// documents made by someone ("einer von der OECD erstellten Studie"). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';

const claims = (text: string, lang: 'en' | 'de' = 'en') => analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang }).claims;
const periods = (text: string, lang: 'en' | 'de' = 'en') => claims(text, lang).map((c) => [c.text, c.period]);

describe('a when-clause after a comparison base', () => {
  it('is dated by the base, with the conversion in brackets', () => {
    expect(periods("Ticket sales reached $50m (£27m), compared to 2003's opening weekend when they were $41.2m (£22m).")).toEqual([
      ['$50m', null],
      ['£27m', null],
      ['$41.2m', '2003'],
      ['£22m', '2003'],
    ]);
    expect(periods('Sales rose to $91m, compared to 2004, when they were $73.4m.')).toEqual([['$91m', null], ['$73.4m', '2004']]);
    expect(periods('Der Umsatz stieg auf 91 Millionen Euro, verglichen mit 2004, als er 73 Millionen Euro betrug.', 'de')).toEqual([
      ['91 Millionen Euro', null],
      ['73 Millionen Euro', '2004'],
    ]);
  });

  it('but not a clause that only follows it', () => {
    // (the when-clause is the market's, not the base's)
    expect(periods('Sales rose to $91m, compared with 2003 as the market slowed when rates hit 5%.')).toEqual([['$91m', null], ['5%', null]]);
    // (and the clause ends at its comma)
    expect(periods('Sales rose to $91m, compared to 2004, when they were $73.4m, and now stand at $95m.').at(-1)).toEqual(['$95m', null]);
  });
});

describe('a German document made by someone', () => {
  it('has the maker as its source', () => {
    for (const participle of ['erstellten', 'durchgeführten', 'verfassten', 'erarbeiteten']) {
      const [claim] = claims(`Laut einer von der OECD ${participle} Studie stiegen die Preise um 3 Prozent.`, 'de');
      expect(claim.attribution).toBe('OECD');
    }
    expect(claims('Laut einer vom Bundesamt zusammengestellten Statistik fehlen 40.000 Fachkräfte.', 'de')[0].attribution).toBe('Bundesamt');
  });
});
