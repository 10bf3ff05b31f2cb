// What holdout76's blind run showed: BBC match reports give the clock as "on 20 minutes".
// Sentences written for these tests unless named.
import { describe, expect, it } from 'vitest';
import { texts } from './extract-helpers.js';

describe('a match\'s clock', () => {
  it('reads "on N minutes" as a point of the game, not a time taken', () => {
    // holdout76, sport-407
    expect(texts('And Scotland capitalised with a third Paterson penalty on 50 minutes.', 'en')).toEqual([]);
    expect(texts('Scotland defended the initial thrusts but on 20 minutes Italy equalised through a De Marigny penalty.', 'en')).toEqual([]);
    expect(texts('On 75 minutes, he scored a horrible own goal.', 'en')).toEqual([]);
    // a time spent on something, or taken
    expect(texts('She focused on 30 minutes of exercise a day.', 'en')).toEqual(['30 minutes']);
    expect(texts('The meeting lasted 65 minutes.', 'en')).toEqual(['65 minutes']);
  });
});
