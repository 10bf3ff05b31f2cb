// "3-to-4 hours", "three-to-four hours": a range word hyphenated to both its ends is a range like
// "3 to 4 hours"; scores, odds and votes written so ("won 3-to-1", "a 10-to-1 shot") stay no figure,
// as "3-1" does. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { found, texts } from './extract-helpers.js';

const ranges = (sentence: string) => found(sentence, 'en').map((m) => [m.text, m.value, m.high, m.unit, m.qualifier]);

describe('a hyphenated range word', () => {
  it('joins digits and number words into one range', () => {
    expect(ranges('He works 3-to-4 hours a day.')).toEqual([['3-to-4 hours', 3, 4, 'hour', 'range']]);
    expect(ranges('He works three-to-four hours a day.')).toEqual([['three-to-four hours', 3, 4, 'hour', 'range']]);
    expect(ranges('Sales rose 5-to-7% last year.')).toEqual([['5-to-7%', 5, 7, '%', 'range']]);
  });

  it('but a score, odds or a vote is no range', () => {
    expect(texts('The side won 3-to-1.', 'en')).toEqual([]);
    expect(texts('He backed a 10-to-1 shot.', 'en')).toEqual([]);
    expect(texts('The jury voted 10-to-2 to convict.', 'en')).toEqual([]);
    expect(texts('He held a one-to-one meeting.', 'en')).toEqual([]);
  });
});
