// What holdout103's blind run showed: "Davenport has won three Grand Slams, the 2000 Australian Open,
// Wimbledon in 1999 and the 1998 US Open" dated the count by the first title's year. Sentences written
// for these tests.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline/analyse.js';

const periods = (text: string) => analyse({ path: 'a.txt', text, encoding: 'utf-8' }, { lang: 'en' }).claims.map((c) => [c.text, c.period]);

describe('an apposition listing what a figure counts, each item with its own time', () => {
  it('dates the count with none of them', () => {
    expect(periods('Henin has won four majors, the 2003 French Open, the 2004 Australian Open and Roland Garros in 2005.')).toEqual([['four', null]]);
  });

  it('but one time in the apposition, or times of figures of their own, still date', () => {
    expect(periods('Henin has won four majors, the 2003 French Open among them.')).toEqual([['four', '2003']]);
    expect(periods('The firm made 300 cars, 100 in 2003 and 200 in 2004.')).toEqual([['300', null], ['100', '2003'], ['200', '2004']]);
    expect(periods('She won the 2003 French Open with 25 aces.')).toEqual([['25', '2003']]);
  });
});
