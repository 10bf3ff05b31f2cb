import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detached } from '../src/lang/detach.js';

describe('detached', () => {
  it('is the same text, whatever it was cut from', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.nat(30), (s, cut) => {
        const part = s.slice(Math.min(cut, s.length));
        expect(detached(part)).toBe(part);
      }),
    );
  });
});
