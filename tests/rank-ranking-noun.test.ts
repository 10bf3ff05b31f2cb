// A ranking's noun shortly before "at"/"to" makes the bare number after it a place, not a count:
// "With his ranking down at 168" (holdout117's sport-495 read a count of 168). "the rankings at 12
// teams" still counts teams. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';

const kinds = (text: string) => analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang: 'en' }).claims.map((c) => [c.text, c.kind]);

describe('a rank after a ranking noun', () => {
  it('"her ranking down at 212" and "his world ranking rose to 37" are places', () => {
    expect(kinds('With her ranking down at 212, she had to qualify for the event.')).toEqual([['212', 'rank']]);
    expect(kinds('His world ranking rose to 37 after the win.')).toEqual([['37', 'rank']]);
    expect(kinds('Her ranking slipped to 54 last month.')).toEqual([['54', 'rank']]);
  });

  it('a noun after the number is what it counts', () => {
    expect(kinds('The rankings at 12 clubs were published.')).toEqual([['12', 'count']]);
  });

  it('without a ranking noun a bare number after "at" stays a count', () => {
    expect(kinds('His salary was frozen at 40 and nobody complained.')).toEqual([['40', 'count']]);
  });
});
