import { describe, expect, it } from 'vitest';
import { grown } from '../src/typed-arrays.js';

describe('grown', () => {
  it('doubles a typed array of the same kind and keeps what it held', () => {
    const a = Int32Array.from([3, -1, 7]);
    const b = grown(a);
    expect(b).toBeInstanceOf(Int32Array);
    expect(b.length).toBe(6);
    expect(Array.from(b.subarray(0, 3))).toEqual([3, -1, 7]);
    expect(grown(Uint16Array.from([65535]))).toBeInstanceOf(Uint16Array);
  });

  it('makes room for a size beyond twice the length', () => {
    const b = grown(Uint8Array.from([1, 2]), 100);
    expect(b.length).toBe(100);
    expect([b[0], b[1], b[2]]).toEqual([1, 2, 0]);
  });
});
