// What holdout84's blind run showed: "the 9-11 Commission Report" read as a range, and "it took
// another 10 years before" read as a relative time. Sentences written for these tests unless named.
import { describe, expect, it } from 'vitest';
import { texts } from './extract-helpers.js';

describe('two numbers joined by a hyphen before a name', () => {
  it('name it after a determiner ("the 9-11 Commission Report")', () => {
    // holdout84, entertainment-024
    expect(texts('The award followed the inclusion of the 9-11 Commission Report looking into the attacks.', 'en')).toEqual([]);
  });

  it('stay a range before a plural, a unit or a common noun', () => {
    expect(texts('The 2-3 Players were fined.', 'en')).toEqual(['2-3']);
    expect(texts('The group has 9-11 members.', 'en')).toEqual(['9-11']);
    expect(texts('Temperatures of 9-11 degrees are expected.', 'en')).toEqual(['9-11 degrees']);
  });
});

describe('a waiting time with "another"', () => {
  it('is a claim, as without it', () => {
    // holdout84, politics-143
    expect(texts('She was elected in 1987 but it took another 10 years before another black woman won a seat.', 'en')).toEqual(['10 years']);
    expect(texts('It took 10 years before another black woman won a seat.', 'en')).toEqual(['10 years']);
    // a time dated by an event stays no claim
    expect(texts('That was another 10 years before the war.', 'en')).toEqual([]);
  });
});
