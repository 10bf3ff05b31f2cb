// What the blind set holdout35 showed about sources and periods, as general rules, on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { sources } from './attribution-helpers.js';
import { periods } from './period-helpers.js';

describe('a subject that opens with the figure', () => {
  it('is the figure\'s own noun phrase, no source: "Fünf Millionen Abos zählt Netflix", "Zwei erwartete Züge"', () => {
    expect(sources('Fünf Millionen Abos zählt Netflix in Lateinamerika.', ['Fünf Millionen'])).toEqual([null]);
    expect(sources('Zwei aus Ungarn erwartete Züge sollen nicht eintreffen.', ['Zwei'])).toEqual([null]);
    // another figure of the sentence keeps the speaker
    expect(sources('Drei Analysten erwarten ein Plus von 5 Prozent.', ['5 Prozent'])).toEqual(['Drei Analysten']);
  });
});

describe('a since-clause dates the start of an open span', () => {
  it('gives "three wins since they joined ... in 2000" no period without a document date', () => {
    expect(periods('Italy have only recorded three wins since they joined the Six Nations in 2000.', ['three'], null, 'en')).toEqual([null]);
    expect(periods('The Tories accuse Labour of raising taxes 66 times since coming to power in 1997.', ['66 times'], null, 'en')).toEqual([null]);
    // a year of its own after "since" has gone by keeps its figure
    expect(periods('Sales rose 5% in 2004 and have since fallen by 3% in 2005.', ['3%'], null, 'en')).toEqual(['2005']);
  });
});
