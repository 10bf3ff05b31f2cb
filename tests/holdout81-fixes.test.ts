// What holdout81's blind run showed: a German recurrence ("alle zwei Jahre stattfindend").
// Sentences written for these tests unless named.
import { describe, expect, it } from 'vitest';
import { sources } from './attribution-helpers.js';
import { texts } from './extract-helpers.js';

describe('how often an event recurs', () => {
  it('is no duration before an attributive participle ("die alle zwei Jahre stattfindende Umfrage")', () => {
    // holdout81, test-48
    expect(texts('Es war der höchste Wert, der je in der alle zwei Jahre stattfindenden Umfrage gemessen wurde.')).toEqual([]);
    expect(texts('Laut FAO wurden für die alle fünf Jahre erscheinende Studie 234 Länder ausgewertet.')).toEqual(['234']);
    // a rate measured stays a claim
    expect(texts('Alle zwei Jahre verdoppelt sich die Zahl.')).toEqual(['zwei Jahre']);
    expect(texts('A blog is created every 5.8 seconds.', 'en')).toEqual(['5.8 seconds']);
  });
});

describe('sources', () => {
  it('a participle between a noun\'s genitive article and its noun describes it ("ein Anstieg der berichtete Vorfälle")', () => {
    // holdout81, test-48
    expect(sources('Bei der Cyberkriminalität gab es einen Anstieg der berichtete Vorfälle um 8 Prozent.', ['8 Prozent'])).toEqual([null]);
    expect(sources('Das meldete Reuters am Montag: 5 Prozent.', ['5 Prozent'])).toEqual(['Reuters']);
  });

  it('"it" after a body its own sentence opens with is that body, not the person quoted before', () => {
    // holdout81, politics-116
    const text = 'Committee chairman Archy Kirkwood said the agency was failing. '
      + 'The committee reached its conclusions after it found that nearly 250,000 cases have yet to be processed.';
    expect(sources(text, ['250,000'], 'en')).toEqual(['committee']);
    // a firm's noun stays the firm the article is about (business-054)
    const firm = 'Hyundai to build new India plant\n\nSouth Korea\'s Hyundai Motor has announced that it plans to build a second plant in India.\n\n'
      + 'The company didn\'t give details of its investment but it said the new plant would produce 150,000 cars a year.';
    expect(sources(firm, ['150,000'], 'en')).toEqual(['South Korea\'s Hyundai Motor']);
  });
});

describe('a standings list', () => {
  it('counts the score after each place and name ("2. Jari-Matti Latvala 114 –")', () => {
    // holdout81, test-75; holdout2, test-965
    expect(texts('Fahrer-Wertung (nach 9 von 13 Läufen): 1. Ogier 207 Pkt. – 2. Jari-Matti Latvala 114 – 3. Andreas Mikkelsen 98'))
      .toEqual(['9', '13', '207 Pkt.', '114', '98']);
    // a name's number elsewhere stays a name ("Windows 10 ist da", "Hannover 96 gewann")
    expect(texts('Windows 10 ist da, Hannover 96 gewann.')).toEqual([]);
  });
});

describe('a broadcast time', () => {
  it('is no count: "Rugby Special, 2340 on BBC Two"', () => {
    // holdout81, sport-419
    expect(texts('For the full interview tune into this Sunday\'s Rugby Special, 2340 on BBC Two.', 'en')).toEqual([]);
    // not a time (no such hour): a count
    expect(texts('The channel had 2480 on BBC forums.', 'en')).toEqual(['2480']);
  });
});
