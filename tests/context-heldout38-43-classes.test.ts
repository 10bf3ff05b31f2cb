// What the blind sets holdout38 to holdout43 showed about sources, as general rules, on sentences
// written for these tests.
import { describe, expect, it } from 'vitest';
import { sources } from './attribution-helpers.js';

describe('verbs of reckoning name their subject as the source', () => {
  it('"rechnen mit", "kalkulieren", plural as well as singular', () => {
    expect(sources('Die Experten rechnen mit 25 bis 60 Millionen Euro.', ['25 bis 60 Millionen Euro'])).toEqual(['Experten']);
    expect(sources('Für die Sammlung kalkulieren die Fachleute 4.000 Euro pro Quadratmeter.', ['4.000 Euro'])).toEqual(['Fachleute']);
    expect(sources('Die Bauern rechneten mit 20 Prozent weniger Ernte.', ['20 Prozent'])).toEqual(['Bauern']);
  });

  it('not "rechnet sich" (it pays off)', () => {
    expect(sources('Die Anlage rechnet sich nach 12 Jahren.', ['12 Jahren'])).toEqual([null]);
  });
});

describe('a first-person subject speaks for the speaker the sentence names', () => {
  it('"Wir erwarten ..., sagte Müller", "We expect ..., said Mr Brown"', () => {
    expect(sources('Wir erwarten 5 Prozent mehr Umsatz, sagte Müller.', ['5 Prozent'])).toEqual(['Müller']);
    expect(sources('Wir rechnen mit 5 Prozent mehr Umsatz, sagte Anna Müller.', ['5 Prozent'])).toEqual(['Anna Müller']);
    expect(sources('We expect 5% more sales, said Mr Brown.', ['5%'], 'en')).toEqual(['Brown']);
  });

  it('is no source of its own: "Wir" is never a name', () => {
    expect(sources('Müller sagte am Montag, die Lage sei gut. Wir erwarten 5 Prozent mehr Umsatz.', ['5 Prozent'])).toEqual(['Müller']);
    expect(sources('Müller sprach am Montag. Wir erwarten 5 Prozent mehr Umsatz.', ['5 Prozent'])).toEqual([null]);
    expect(sources('We expect 5% more sales.', ['5%'], 'en')).toEqual([null]);
  });
});
