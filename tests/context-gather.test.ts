import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Gatherer } from '../src/context/gather.js';

describe('Gatherer', () => {
  it('hands out each sentence at its count, untouched by later gathering (small and huge ones)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 12 }), (counts) => {
        const g = new Gatherer<number>(16);
        const taken: number[][] = [];
        counts.forEach((n, s) => {
          for (let k = 0; k < n; k++) g.set(k, s * 1000 + k);
          taken.push(g.take(n));
        });
        counts.forEach((n, s) => expect(taken[s]).toEqual(Array.from({ length: n }, (_, k) => s * 1000 + k)));
      }),
    );
  });
});
