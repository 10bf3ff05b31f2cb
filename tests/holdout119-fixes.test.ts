// holdout119's spurious claim as a general rule: "in five years" opening a clause whose verb is a
// prospect ("will be stronger") is a point ahead, a period expression, as "will double in three
// years" already was; a time taken stays a claim. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';

const texts = (text: string) => analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang: 'en' }).claims.map((c) => c.text);

describe('a point ahead opening its clause', () => {
  it('"we believe that in ten years the euro will ..." has no claim', () => {
    expect(texts('"We believe that in ten years the euro will be weaker," the banker said.')).toEqual([]);
    expect(texts('In three years the plant could employ 400 people.')).toEqual(['400']);
  });

  it('a time taken, or a span of past events, stays', () => {
    expect(texts('The team built the bridge in three years.')).toEqual(['three years']);
  });
});
