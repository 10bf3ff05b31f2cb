// A German compound glued to a figure by a hyphen names what the figure counts by its first part:
// "die 120.000-Einwohner-Stadt" counts inhabitants (it read "exports" from "liefern sich" before,
// or the city). To every other figure the compound is still the thing it names: "Eine
// 3-Zimmer-Wohnung kostet 900 Euro" is a flat's price. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';

const keys = (text: string) => analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang: 'de' }).claims.map((c) => [c.text, c.metric?.key]);

describe('a compound glued to its figure', () => {
  it('"die 40.000-Einwohner-Stadt" counts inhabitants', () => {
    expect(keys('In der 40.000-Einwohner-Stadt liefern sich Polizei und Demonstranten Gefechte.')).toEqual([['40.000', 'population']]);
    expect(keys('Das Wasser floss durch die 700-Einwohner-Gemeinde.')).toEqual([['700', 'population']]);
  });

  it('the compound is still the thing it names to another figure', () => {
    expect(keys('Eine 4-Zimmer-Wohnung kostet dort 1.200 Euro.')).toContainEqual(['1.200 Euro', 'price.property']);
  });

  it('a unit inside the figure keeps the compound\'s head: "die 20-Kilometer-Strecke"', () => {
    expect(keys('Die 15-Kilometer-Strecke bleibt gesperrt.')).toEqual([['15-Kilometer', 'distance']]);
  });
});
