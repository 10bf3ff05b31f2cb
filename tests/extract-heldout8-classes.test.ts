// Error classes from the blind held-out set 8 (sentences of our own): figures listed inside a
// relative time expression, tech units, two figures sharing a unit across a slash, game scores
// in tennis prose, and a spelled duration after "up to" in a "will be ... before" clause.
import { describe, expect, it } from 'vitest';
import { found } from './extract-helpers.js';

const brief = (s: string, lang: 'de' | 'en' = 'de') =>
  found(s, lang).map((m) => [m.text, m.value, m.unit, m.qualifier]);

describe('a list of figures sharing a relative time expression', () => {
  it.each([
    ['Vor 40, 50 und 60 Jahren sah der Hafen anders aus.'],
    ['Die Brücke wurde vor zwei oder drei Jahren saniert.'],
    ['Wie vor 10, 20 oder 30 Monaten blieb alles beim Alten.'],
    ['In den letzten vier oder fünf Wochen regnete es kaum.'],
  ])('German: %s holds no claim', (s) => expect(brief(s)).toEqual([]));

  it.each([
    ['The mill closed 50, 60 and 70 years ago.'],
    ['It rained less over the past three or four weeks.'],
    ['The club was founded 15 or 20 years earlier.'],
  ])('English: %s holds no claim', (s) => expect(brief(s, 'en')).toEqual([]));

  it('a list of durations outside such an expression stays a list of claims', () => {
    expect(brief('Die Häftlinge saßen 5, 8 und 12 Jahre.')).toEqual([
      ['5', 5, 'year', 'exact'], ['8', 8, 'year', 'exact'], ['12 Jahre', 12, 'year', 'exact']]);
    expect(brief('The sentences were 6, 9 and 14 years.', 'en')).toEqual([
      ['6', 6, 'year', 'exact'], ['9', 9, 'year', 'exact'], ['14 years', 14, 'year', 'exact']]);
  });
});
