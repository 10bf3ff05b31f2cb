// Error classes from the blind held-out set 8 (sentences of our own): figures listed inside a
// relative time expression, tech units, two figures sharing a unit across a slash, game scores
// in tennis prose, and a spelled duration after "up to" in a "will be ... before" clause.
import { describe, expect, it } from 'vitest';
import { found } from './extract-helpers.js';

const brief = (s: string, lang: 'de' | 'en' = 'de') =>
  found(s, lang).map((m) => [m.text, m.value, m.unit, m.qualifier]);

describe('a list of figures sharing a relative time expression', () => {
  it.each([
    ['Vor 40, 50 und 60 Jahren sah der Hafen anders aus.'],
    ['Die Brücke wurde vor zwei oder drei Jahren saniert.'],
    ['Wie vor 10, 20 oder 30 Monaten blieb alles beim Alten.'],
    ['In den letzten vier oder fünf Wochen regnete es kaum.'],
  ])('German: %s holds no claim', (s) => expect(brief(s)).toEqual([]));

  it.each([
    ['The mill closed 50, 60 and 70 years ago.'],
    ['It rained less over the past three or four weeks.'],
    ['The club was founded 15 or 20 years earlier.'],
  ])('English: %s holds no claim', (s) => expect(brief(s, 'en')).toEqual([]));

  it('a list of durations outside such an expression stays a list of claims', () => {
    expect(brief('Die Häftlinge saßen 5, 8 und 12 Jahre.')).toEqual([
      ['5', 5, 'year', 'exact'], ['8', 8, 'year', 'exact'], ['12 Jahre', 12, 'year', 'exact']]);
    expect(brief('The sentences were 6, 9 and 14 years.', 'en')).toEqual([
      ['6', 6, 'year', 'exact'], ['9', 9, 'year', 'exact'], ['14 years', 14, 'year', 'exact']]);
  });
});

describe('tech units', () => {
  it.each([
    ['Der Akku des Tablets fasst 4.200 mAh.', [['4.200 mAh', 4200, 'mAh', 'exact']]],
    ['Die Powerbank liefert 20.000mAh.', [['20.000mAh', 20000, 'mAh', 'exact']]],
    ['Der E-Bike-Akku speichert 625 Wh und wiegt 3 kg.', [['625 Wh', 625, 'Wh', 'exact'], ['3 kg', 3, 'kg', 'exact']]],
    ['Die Starterbatterie hat 70 Ah.', [['70 Ah', 70, 'Ah', 'exact']]],
    ['Die Frontkamera löst mit 16 Megapixel auf.', [['16 Megapixel', 16, 'MP', 'exact']]],
    ['Verbaut ist eine 48-Megapixel-Kamera.', [['48-Megapixel', 48, 'MP', 'exact']]],
    ['Hinten sitzt ein Sensor mit 12 MP.', [['12 MP', 12, 'MP', 'exact']]],
  ])('German: %s', (s, want) => expect(brief(s)).toEqual(want));

  it.each([
    ['The phone packs a 4,500mAh battery.', [['4,500mAh', 4500, 'mAh', 'exact']]],
    ['Its battery is rated at 3,100 mAh.', [['3,100 mAh', 3100, 'mAh', 'exact']]],
    ['The laptop has a 56Wh cell.', [['56Wh', 56, 'Wh', 'exact']]],
    ['The scooter uses a 10Ah pack.', [['10Ah', 10, 'Ah', 'exact']]],
    ['It shoots 24 megapixel stills.', [['24 megapixel', 24, 'MP', 'exact']]],
    ['The rear camera is 50MP.', [['50MP', 50, 'MP', 'exact']]],
  ])('English: %s', (s, want) => expect(brief(s, 'en')).toEqual(want));

  it('a spaced "MP" in English is a member of parliament, and "ein MP" no resolution', () => {
    expect(brief('One MP said that 40 MP signed.', 'en')).toEqual([['40', 40, '', 'exact']]);
    expect(brief('Ein MP aus Bayern sprach.')).toEqual([]);
  });

  it('the other common tech units are read', () => {
    expect(brief('Es hat 8 GB RAM, 1 TB Speicher, 2,4 GHz, 5,8 Zoll und 65 W.').map((m) => m[2])).toEqual(['GB', 'TB', 'GHz', 'in', 'W']);
    expect(brief('It has 512MB, 3.2GHz, 800MHz, a 13-inch screen and a 2kW motor.', 'en').map((m) => m[2])).toEqual(['MB', 'GHz', 'MHz', 'in', 'kW']);
  });
});
