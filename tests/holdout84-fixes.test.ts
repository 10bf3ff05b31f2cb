// What holdout84's blind run showed: "the 9-11 Commission Report" read as a range, and "it took
// another 10 years before" read as a relative time. Sentences written for these tests unless named.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';
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

describe('a time before ", up from" a start level', () => {
  const periods = (text: string) => analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang: 'en' }).claims.map((c) => [c.text, c.period]);
  it('dates the new level before it, not the start level after the comma', () => {
    // holdout84, politics-138 (shortened)
    expect(periods('There were 922 cases of fraud in 2003, up from 831 in 2002.')).toEqual([['922', '2003'], ['831', '2002']]);
    // en-news business-248
    expect(periods('House prices were 11.8% higher on the year in the last quarter of 2004, down from 16.3% in the July-to-September quarter.')[0])
      .toEqual(['11.8%', '2004-Q4']);
  });
});
