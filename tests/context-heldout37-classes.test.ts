// What the blind set holdout37 showed, as general rules, on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { found } from './extract-helpers.js';
import { sources } from './attribution-helpers.js';

describe('the German percent adjective', () => {
  it('reads "90-prozentiger", "0,45-prozentige" as percent', () => {
    expect(found('Wir können mit mehr als 90-prozentiger Wahrscheinlichkeit sagen, dass es so ist.').map((m) => [m.text, m.value, m.unit, m.qualifier]))
      .toEqual([['90-prozentiger', 90, '%', 'more_than']]);
    expect(found('Die Arbeitgeber zahlen einen 0,45-prozentigen Zuschlag.').map((m) => [m.value, m.unit])).toEqual([[0.45, '%']]);
  });
});

describe('"laut eigenem Bekunden", "laut eigenen Angaben"', () => {
  it('give the figure to the clause\'s subject', () => {
    expect(sources('Maria Großbauer besucht laut eigenem Bekunden seit 30 Jahren die Oper.', ['30 Jahren'])).toEqual(['Maria Großbauer']);
    expect(sources('Die Firma Agrana hat laut eigenen Angaben 300 Mitarbeiter.', ['300'])).toEqual(['Firma Agrana']);
  });
});

describe('"demnach" with a speaker named in the same sentence', () => {
  it('gives the figure to that speaker, not to the source of the sentence before', () => {
    const text = 'Die Partei SPD will eine Abgabe. Bei 95 Gramm wäre demnach ein Beitrag von 50 Euro zu zahlen, sagte Hendricks dem Magazin.';
    expect(sources(text, ['95 Gramm', '50 Euro'])).toEqual(['Hendricks', 'Hendricks']);
  });

  it('keeps pointing back when the other phrase is a described person ("der Mann hatte demnach angekündigt")', () => {
    const text = 'Das teilte die Staatsanwaltschaft Schwerin mit. Der Mann hatte demnach angekündigt, 30 Häuser anzuzünden.';
    expect(sources(text, ['30'])).toEqual(['Staatsanwaltschaft Schwerin']);
  });
});

describe('a site named by its lower-case domain (holdout34)', () => {
  it('gives "schreibt golem.de", "laut heise.de" a source', () => {
    expect(sources('Der Gegenstandwert wird mit 50.000 Euro angegeben, schreibt golem.de.', ['50.000 Euro'])).toEqual(['golem']);
    expect(sources('Laut heise.de kostet das Gerät 300 Euro.', ['300 Euro'])).toEqual(['heise']);
    // a lower-case word before a full stop that ends the sentence stays a word
    expect(sources('Das Gerät kostet 300 Euro, sagt man. De facto ist es teurer.', ['300 Euro'])).toEqual([null]);
  });
});
