// What holdout130's blind run showed: a span of 24-hour clock times read as a count, a clan's
// name opening a sentence ("Four-Kings") read as a count, "around" as a passive verb's preposition
// read as a hedge, and "throughout 2005" dating no figure. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';

const claims = (text: string) => analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang: 'en' }).claims;

describe('two 24-hour clock times joined as a span', () => {
  it('are no figure ("a curfew between 2200 and 0700", "from 0900 to 1730")', () => {
    expect(claims('He was given a curfew between 2200 and 0700, except when he works.')).toEqual([]);
    expect(claims('The shop is open from 0900 to 1730 on weekdays.')).toEqual([]);
  });

  it('while a range of counts stays one ("between 2200 and 2500 people")', () => {
    expect(claims('Between 2200 and 2500 people attended the rally.').map((c) => [c.value, c.high])).toEqual([[2200, 2500]]);
  });
});

describe('a 24-hour clock time before a word for hours', () => {
  it('tells the time with "hrs" or a leading zero ("between 2200hrs and 0700hrs", "at 0600 hours")', () => {
    expect(claims('The curfew runs between 2200hrs and 0700hrs.')).toEqual([]);
    expect(claims('He landed at 0600 hours and left at 2200 hrs.')).toEqual([]);
  });

  it('while four digits before "hours" stay a duration ("1500 hours of footage")', () => {
    expect(claims('They logged 1500 hours of footage.').map((c) => [c.value, c.unit])).toEqual([[1500, 'hour']]);
  });
});

describe('a capitalised number word hyphenated to a capitalised word', () => {
  it('is a name, at the start of a sentence too ("Four-Kings hopes", "Seven-Up sales")', () => {
    expect(claims('Four-Kings hopes the qualifiers will find good players.')).toEqual([]);
    expect(claims('Seven-Up sales rose 5%.').map((c) => c.text)).toEqual(['5%']);
  });

  it('but not before a unit or another number ("Four-year-old", "Twenty-Five")', () => {
    expect(claims('Four-year-old Tom won the race.').map((c) => c.text)).toEqual(['Four-year']);
    expect(claims('Twenty-Five people died.').map((c) => c.value)).toEqual([25]);
  });
});

describe('"around" after a passive verb it belongs to', () => {
  it('is no hedge ("will be arranged around ten tournaments", "revolves around three pillars")', () => {
    expect(claims('The tour will be arranged around ten separate tournaments.').map((c) => [c.value, c.qualifier])).toEqual([[10, 'exact']]);
    expect(claims('The plan revolves around three pillars.').map((c) => [c.value, c.qualifier])).toEqual([[3, 'exact']]);
  });

  it('while an active verb keeps the hedge ("They arranged around 50 meetings")', () => {
    expect(claims('They arranged around 50 meetings.').map((c) => [c.value, c.qualifier])).toEqual([[50, 'about']]);
    expect(claims('The firm built around 200 homes.').map((c) => [c.value, c.qualifier])).toEqual([[200, 'about']]);
  });
});

describe('"throughout 2005" after the verb', () => {
  it('dates the figure before it, as "during 2005" does', () => {
    expect(claims('The $1m contest will take place throughout 2005.').map((c) => c.period)).toEqual(['2005']);
    expect(claims('The $1m contest will take place across 2005.').map((c) => c.period)).toEqual(['2005']);
  });
});
