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
