// Days listed before or after a month name are a date, not counts ("on 4 or 5 April"); units and hedges of a word: "Höhenmeter", "gegen".
import { describe, expect, it } from 'vitest';
import { found, only, texts } from './extract-helpers.js';

describe('lists of days', () => {
  it('days joined by "or", "and" or commas before a month are no figures', () => {
    expect(texts('Voting is on 4 or 5 April 2005.', 'en')).toEqual([]);
    expect(texts('The Dublin dates on June 24 and 25 form part of the tour.', 'en')).toEqual([]);
    expect(texts('The shows are on 12, 13 and 14 June.', 'en')).toEqual([]);
    expect(texts('A second reading could follow on 16 or 17 March.', 'en')).toEqual([]);
  });

  it('days after a month name are no figures either: "May 4 or 5"', () => {
    expect(texts('Polls open on May 4 or 5.', 'en')).toEqual([]);
  });

  it('counts in a list stay counts when no month closes it', () => {
    expect(texts('He scored 4 and 5 goals in April.', 'en')).toEqual(['4', '5']);
    // (alternatives before what they count are one range: extract-alternatives.test.ts)
    expect(texts('Es kamen 4 oder 5 Gäste im Mai.', 'de')).toEqual(['4 oder 5']);
  });
});

describe('words of climbing and of exchange', () => {
  it('"Höhenmeter" are metres', () => {
    const [climb] = found('Er fuhr 2.200 Kilometer und 30.000 Höhenmeter.', 'de').filter((m) => m.text.startsWith('30.000'));
    expect([climb.text, climb.unit, climb.kind]).toEqual(['30.000 Höhenmeter', 'm', 'quantity']);
  });

  it('"gegen" before money is "in exchange for", before other figures "against" (all nine in the German corpus; holdout57)', () => {
    expect(only('Diesmal wurden gegen 70.000 Euro Kapital Gewinne versprochen.').qualifier).toBe('exact');
    expect(only('Gegen drei Mitarbeiter leitete die Justiz Verfahren ein.').qualifier).toBe('exact');
  });
});

describe('vague times', () => {
  it('"a year or two", "an hour or two" hold no count', () => {
    expect(texts('He should be back within a year or two.', 'en')).toEqual([]);
    expect(texts('We play online for an hour or two a day.', 'en')).toEqual([]);
    expect(texts('He has a son or two daughters.', 'en')).toEqual(['two']);
  });
});

describe('a new level after "from ... to"', () => {
  it('a bare figure after "from <duration> to" is in the same unit', () => {
    const en = found('The limit was cut from 24 weeks to 20.', 'en');
    expect(en.map((m) => [m.text, m.unit])).toEqual([['24 weeks', 'week'], ['20', 'week']]);
    const de = found('Die Frist wurde von 24 Wochen auf 20 verkürzt.', 'de');
    expect(de.map((m) => [m.text, m.unit])).toEqual([['24 Wochen', 'week'], ['20', 'week']]);
  });

  it('not when something else is counted after it, and "the three months to 31 December" stays a period', () => {
    expect(found('Die Quote stieg von 5 Prozent auf 7 Mitarbeiter.', 'de').map((m) => m.unit)).toEqual(['%', '']);
    expect(texts('Sales rose 5% in the three months to 31 December.', 'en')).toEqual(['5%']);
    expect(texts('Sales rose 5% in the 12 months to 2005.', 'en')).toEqual(['5%']);
  });
});

describe('names and markers', () => {
  it('a model suffix after the number keeps it a name: "Lumia 950 XL"', () => {
    expect(texts('Es erscheinen das Lumia 950 und Lumia 950 XL.')).toEqual([]);
    expect(texts('Laut Polizei 300 Pro-Kopf-Zahlungen.')).toEqual(['300']);
  });

  it('a list marker inside a sentence, with no bracket opened before it, is no figure', () => {
    expect(texts('Heute mit Clarissa Stadler mit 1) Vor der Morgenröte: Josef Hader.')).toEqual([]);
    expect(texts('Die Zahl der Toten (12) stieg.')).toEqual(['12']);
  });
});
