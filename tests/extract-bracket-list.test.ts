// A list of shares in brackets that runs on over sentences: "Israel (4,11 Prozent) und Japan
// (3,58). Mit Finnland folgt ... (3,2)." The bare decimals after the first sentence are
// percentages too (fixtures/gold de-test-689 lists five such). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';

const units = (text: string) =>
  analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang: 'de' }).claims.map((c) => [c.text, c.unit]);

describe('a bracketed list of shares over several sentences', () => {
  it('gives the bare decimals in brackets of the next sentences the percent', () => {
    expect(units('Die Quote liegt in Polen bei 7,1 Prozent, vor Italien (6,8 Prozent). Dahinter folgt Spanien (6,2). Frankreich (5,9) und Belgien (5,4) liegen knapp davor.')).toEqual([
      ['7,1 Prozent', '%'], ['6,8 Prozent', '%'], ['6,2', '%'], ['5,9', '%'], ['5,4', '%'],
    ]);
  });

  it('but not when the nearest bracketed figure is no share, or far from its size, or sentences away', () => {
    expect(units('Die Quote liegt bei Italien (6,8 Prozent). Der Preis stieg (40 Euro). Dahinter folgt Spanien (6,2).').at(-1)).toEqual(['6,2', '']);
    expect(units('In Italien (6,8 Prozent) stieg sie. Das Gewicht lag bei (120,5).').at(-1)).toEqual(['120,5', '']);
    expect(units('Italien (6,8 Prozent) führt. Das war so. Es folgte Regen. Dann kam der Herbst. Spanien (6,2) folgt.').at(-1)).toEqual(['6,2', '']);
  });
});
