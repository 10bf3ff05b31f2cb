// Computing speed in floating-point operations a second ("70.72 teraflops", "80 megaflops",
// "35 TFLOPS", German "70,72 Teraflops") is a quantity with its unit, not a bare count.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { found } from './extract-helpers.js';

const units = (sentence: string, lang: 'de' | 'en') => found(sentence, lang).map((m) => [m.text, m.value, m.unit]);

describe('flops', () => {
  it('are a unit in English and German', () => {
    expect(units('The machine managed 70.72 teraflops, against 80 megaflops for the old one.', 'en')).toEqual([
      ['70.72 teraflops', 70.72, 'TFLOPS'],
      ['80 megaflops', 80, 'MFLOPS'],
    ]);
    expect(units('It runs at 35 TFLOPS.', 'en')).toEqual([['35 TFLOPS', 35, 'TFLOPS']]);
    expect(units('Der Rechner schafft 70,72 Teraflops.', 'de')).toEqual([['70,72 Teraflops', 70.72, 'TFLOPS']]);
  });

  it('are "calculations per second" and "operations a second" written out', () => {
    expect(units('The chip can do 12.5 trillion calculations per second.', 'en')).toEqual([['12.5 trillion calculations per second', 12.5e12, 'FLOPS']]);
    expect(units('The old one managed 40 million operations a second.', 'en')).toEqual([['40 million operations a second', 4e7, 'FLOPS']]);
    expect(units('Der Rechner schafft 3 Billionen Rechenoperationen pro Sekunde.', 'de')).toEqual([['3 Billionen Rechenoperationen pro Sekunde', 3e12, 'FLOPS']]);
  });

  it('while calculations without a time stay a count', () => {
    expect(units('He did 500 calculations by hand.', 'en')).toEqual([['500', 500, '']]);
  });
});
