// Error class from a blind held-out set: a bare figure, a bracket holding only the comparison
// figure (after a year, a label such as "Vorjahr" or nothing), then the scale and unit written
// once for both ("8,42 (2016: 7,15) Millionen Euro"). Both figures take that scale and unit.
import { describe, expect, it } from 'vitest';
import { found } from './extract-helpers.js';

const brief = (s: string, lang: 'de' | 'en' = 'de') =>
  found(s, lang).map((m) => [m.text, m.value, m.unit, m.kind]);

describe('a comparison figure in brackets shares the scale and unit written after it', () => {
  it.each([
    ['Der Jahresüberschuss kletterte auf 8,42 (2016: 7,15) Millionen Euro.',
      [['8,42', 8420000, 'EUR', 'currency'], ['7,15', 7150000, 'EUR', 'currency']]],
    ['Die Erlöse betrugen 245,8 (Vorjahr: 231,4) Mio. Euro.',
      [['245,8', 245800000, 'EUR', 'currency'], ['231,4', 231400000, 'EUR', 'currency']]],
    ['Die Eigenkapitalquote erreichte 17,3 (16,8) Prozent.',
      [['17,3', 17.3, '%', 'percent'], ['16,8', 16.8, '%', 'percent']]],
    ['Das Kreditvolumen wuchs auf 3,2 (Vj. 2,9) Mrd. Euro.',
      [['3,2', 3200000000, 'EUR', 'currency'], ['2,9', 2900000000, 'EUR', 'currency']]],
  ])('%s', (s, want) => expect(brief(s)).toEqual(want));

  it('reads English annual-report style', () => {
    expect(brief('Group revenue reached 342.7 (2016: 318.9) million euros.', 'en'))
      .toEqual([['342.7', 342700000, 'EUR', 'currency'], ['318.9', 318900000, 'EUR', 'currency']]);
    expect(brief('Operating margin was 9.4 (prior year: 8.7) per cent.', 'en'))
      .toEqual([['9.4', 9.4, '%', 'percent'], ['8.7', 8.7, '%', 'percent']]);
  });
});

describe('brackets that are no shared-unit comparison stay as they were', () => {
  it('keeps a conversion in brackets with its own unit', () => {
    expect(brief('Der Konzern erlöste 4,15 Mrd. Dollar (3,71 Mrd. Euro).')).toEqual([
      ['4,15 Mrd. Dollar', 4150000000, 'USD', 'currency'], ['3,71 Mrd. Euro', 3710000000, 'EUR', 'currency']]);
    expect(brief('Pre-tax profit was £8.1m (2016: £7.4m).', 'en')).toEqual([
      ['£8.1m', 8100000, 'GBP', 'currency'], ['£7.4m', 7400000, 'GBP', 'currency']]);
  });

  it('does not lend the outer unit when the bracketed figure carries its own', () => {
    expect(brief('Der Gewinn stieg auf 5,6 Millionen Euro (2016: 4,9 Millionen Euro).')).toEqual([
      ['5,6 Millionen Euro', 5600000, 'EUR', 'currency'], ['4,9 Millionen Euro', 4900000, 'EUR', 'currency']]);
    const got = brief('Der Gewinn stieg auf 5,6 (2016: 4,9 Mio. Euro) Millionen Euro.');
    expect(got.find((m) => m[0] === '4,9 Mio. Euro')).toEqual(['4,9 Mio. Euro', 4900000, 'EUR', 'currency']);
  });

  it('does not read a bare year in brackets as a comparison figure', () => {
    const got = brief('Die Quote lag laut Studie bei 9,5 (2018) Prozent.');
    expect(got.some((m) => m[1] === 2018)).toBe(false);
  });

  it('leaves legal references and list markers without a unit alone', () => {
    expect(found('Das regelt Absatz 3 (1) der Verordnung.').every((m) => m.unit === '')).toBe(true);
    expect(found('Er verwies auf Paragraf 12 (2) des Gesetzes.').some((m) => m.unit !== '')).toBe(false);
  });
});
