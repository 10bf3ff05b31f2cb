// What holdout107's blind run showed: "grew slower in January than at any time in 17 months" lost
// its record span (read as the period of counted events, like "the third time in five years").
// Sentences written for these tests unless named.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';

const figures = (text: string) => analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang: 'en' }).claims.map((c) => [c.text, c.unit]);

describe('"than at any time in N months"', () => {
  it('is the span of a record, the figure asserted', () => {
    // holdout107, business-072 (shortened)
    expect(figures('Exports grew slower in January than at any time in 17 months.')).toEqual([['17 months', 'month']]);
    expect(figures('Prices rose faster than at any time in six years.')).toEqual([['six years', 'year']]);
  });

  it('while the span of counted events stays no figure', () => {
    expect(figures('It was the third time in five years that the bridge closed.')).toEqual([]);
  });
});

